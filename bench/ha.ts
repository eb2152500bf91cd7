/**
 * HA benchmark (`npm run bench -- ha`): real processes on a real 3-node NATS JetStream cluster.
 *
 *   1. replication off: a standalone primary (journal fsync = ack) at the offered rate;
 *   2. replication on: primary (--ack majority: fsync + the log's Raft majority), no standby on
 *      this machine (in production it has its own);
 *      2b. the same with the NATS servers' files on tmpfs (on this VM their writes share the
 *      journal's disk; in production each server has its own);
 *   3. replication on with a standby following on this same machine (fresh cluster), then
 *      kill -9 the primary: rto_ms = the standby's first accepted input - the kill;
 *      lost_acked = acknowledged inputs of the old primary missing (or different) in the new one's journal.
 * Each mode: acknowledged inputs/s and ack latency p50/p99 over SECONDS after WARMUP_S of warm-up.
 *
 * Ack latency is measured inside the node, per input, from its scheduled arrival (the paced
 * simulator's clock) to its acknowledgement, so queueing behind a slow commit counts.
 */
import { closeSync, existsSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { Histogram } from '../server/kernel/histogram.ts';
import { connectNats } from '../server/replication/log.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figures } from './lib/results.ts';
import { printTable } from './lib/table.ts';
import { BourseProc, HA_TEST_ENV, journalBytes, type NatsCluster, natsMissing, startCluster } from '../test/support/nats.ts';
import { sleep } from '../test/support/wait.ts';

const RATE = Number(process.env.BENCH_HA_RATE ?? 215_000);
const WARMUP_S = Number(process.env.BENCH_HA_WARMUP_S ?? 5);
const SECONDS = Number(process.env.BENCH_HA_SECONDS ?? 10);

interface Phase {
  inputsPerS: number;
  p50: number;
  p99: number;
  /** The node's own fdatasync and publish->stream-ack latencies over the same window (µs). */
  fsyncP50: number;
  fsyncP99: number;
  rttP50: number;
  rttP99: number;
  /** How late the node's event loop ran what was due, p99 (µs). */
  loopP99: number;
  acked: number;
}

/** Runs a node until it is warm, then SECONDS more; figures over that window (node timestamps). */
async function runPhase(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ proc: BourseProc; phase: Phase }> {
  const proc = new BourseProc(name, args, { ...env, BOURSE_HA_WARMUP_MS: String(WARMUP_S * 1000) });
  const warm = await proc.waitFor(/^ha: warm at_ms=(\d+)/, 120_000);
  const from = Number(warm[1]);
  await sleep(SECONDS * 1000);
  const acks = proc.ackTimes.filter((a) => a.at >= from);
  const first = acks[0];
  const last = acks[acks.length - 1];
  const inputsPerS = first && last && last.at > first.at ? ((last.seq - first.seq) * 1000) / (last.at - first.at) : 0;
  // Status lines carry the latency percentiles recorded since the node got warm.
  const st = [...proc.lines].reverse().find((l) => l.includes(' ack_p99_us='));
  const m = st ? /ack_p50_us=(\d+) ack_p99_us=(\d+) fsync_p50_us=(\d+) fsync_p99_us=(\d+)(?: log_rtt_p50_us=(\d+) log_rtt_p99_us=(\d+))? loop_delay_p99_us=(\d+)/.exec(st) : null;
  const n = (i: number): number => (m?.[i] !== undefined ? Number(m[i]) : NaN);
  return { proc, phase: { inputsPerS, p50: n(1), p99: n(2), fsyncP50: n(3), fsyncP99: n(4), rttP50: n(5), rttP99: n(6), loopP99: n(7), acked: proc.maxAcked } };
}

/** The floor under any ack: bare fdatasync of one batch-sized write, on the disk the journals use. */
function fsyncProbe(dir: string, seconds = 2): Histogram {
  const h = new Histogram();
  const fd = openSync(join(dir, 'fsync-probe'), 'w');
  const buf = new Uint8Array(16_384).fill(7);
  try {
    for (const t0 = performance.now(); performance.now() - t0 < seconds * 1000; ) {
      writeSync(fd, buf);
      const s = performance.now();
      fdatasyncSync(fd);
      h.record((performance.now() - s) * 1e6);
    }
  } finally {
    closeSync(fd);
  }
  return h;
}

/** The other floor: a bare client publishing batch-sized messages (expected-last-seq, pipelined
 * like the primary's) to a 3-replica stream on the same cluster, nothing else running. */
async function logRttProbe(urls: string, seconds = 4): Promise<Histogram> {
  const h = new Histogram();
  const nc = await connectNats(urls.split(','), 'bench-rtt');
  const jsm = await nc.jetstreamManager();
  await jsm.streams.add({ name: 'BENCH_RTT', subjects: ['bench.rtt'], num_replicas: 3 });
  const js = nc.jetstream();
  const payload = new Uint8Array(14_000); // ~215 records of 64 bytes: one commit at 215k/s every 1 ms
  let seq = 0;
  const pending: Promise<void>[] = [];
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (performance.now() - t0 > seconds * 1000) {
        clearInterval(timer);
        resolve();
        return;
      }
      const s = performance.now();
      pending.push(js.publish('bench.rtt', payload, { expect: { lastSequence: seq++ } }).then(() => h.record((performance.now() - s) * 1e6)));
    }, 4);
  });
  await Promise.allSettled(pending);
  await jsm.streams.delete('BENCH_RTT');
  await nc.close();
  return h;
}

export async function runHaBench(): Promise<Figures> {
  const missing = natsMissing();
  if (missing) throw new Error(`bench ha needs a NATS cluster: ${missing}`);
  const root = mkdtempSync(join(tmpdir(), 'bourse-bench-ha-'));
  const procs: BourseProc[] = [];
  const clusters: NatsCluster[] = [];
  try {
    const common = ['--rate', String(RATE), '--symbols', '8'];
    // 1. replication off
    const off = await runPhase('local', ['start', '--port', '0', '--role', 'primary', '--data', join(root, 'local'), ...common], {});
    procs.push(off.proc);
    await off.proc.stop();

    // 2. replication on, the standby elsewhere (in production it has its own machine; here it
    //    would take the CPU the primary's two vCPUs share with three NATS servers)
    const c1 = await startCluster();
    clusters.push(c1);
    const fsyncBare = fsyncProbe(root);
    const rttBare = await logRttProbe(c1.urls);
    const alone = await runPhase('primary-alone', ['start', '--port', '0', '--role', 'primary', '--nats', c1.urls, '--data', join(root, 'p1'), '--ack', 'majority', ...common], { ...HA_TEST_ENV, BOURSE_HA_NODE_ID: 'p1' });
    procs.push(alone.proc);
    await alone.proc.stop();
    c1.stop();
    clusters.pop();

    // 2b. the same, with the NATS servers' files on tmpfs: on this one VM their writes share the
    //     journal's disk, and ext4's ordered-mode fdatasync waits for them; in production each
    //     server has its own machine and disk (nats-server 2.9 fsyncs on a 2-minute timer anyway)
    const shm = existsSync('/dev/shm') ? '/dev/shm' : undefined;
    let ownDisks: Phase | undefined;
    if (shm) {
      const c2 = await startCluster({ baseDir: shm });
      clusters.push(c2);
      const r = await runPhase('primary-own-disks', ['start', '--port', '0', '--role', 'primary', '--nats', c2.urls, '--data', join(root, 'p2'), '--ack', 'majority', ...common], { ...HA_TEST_ENV, BOURSE_HA_NODE_ID: 'p2' });
      procs.push(r.proc);
      await r.proc.stop();
      ownDisks = r.phase;
      c2.stop();
      clusters.pop();
    }

    // 3. replication on with a standby following on the same machine; then kill -9 the primary
    const c = await startCluster();
    clusters.push(c);
    const S = new BourseProc('standby', ['start', '--port', '0', '--role', 'standby', '--nats', c.urls, '--data', join(root, 's'), ...common], { ...HA_TEST_ENV, BOURSE_HA_NODE_ID: 's' });
    procs.push(S);
    const on = await runPhase('primary', ['start', '--port', '0', '--role', 'primary', '--nats', c.urls, '--data', join(root, 'p'), '--ack', 'majority', ...common], { ...HA_TEST_ENV, BOURSE_HA_NODE_ID: 'p' });
    procs.push(on.proc);
    await S.waitFor(/^ha: role=standby/, 30_000);

    const killedAt = Date.now();
    on.proc.kill('SIGKILL');
    await on.proc.exited;
    const acked = on.proc.maxAcked;
    const first = await S.waitFor(/^ha: first_accepted seq=(\d+) at_ms=(\d+)/, 60_000);
    const rto = Number(first[2]) - killedAt;
    await S.waitAcked(Number(first[1]) + RATE, 60_000).catch(() => undefined);
    await S.stop();
    const a = await journalBytes(join(root, 'p', 'journal'), 1, acked);
    const b = await journalBytes(join(root, 's', 'journal'), 1, acked);
    let lost = acked - Math.min(a.count, b.count);
    if (lost === 0 && !a.bytes.equals(b.bytes)) lost = acked; // differing history: count all as lost
    const row = (mode: string, p: Phase): (string | number)[] => [mode, RATE, Math.round(p.inputsPerS), p.p50, p.p99, `${p.fsyncP50} / ${p.fsyncP99}`, Number.isNaN(p.rttP50) ? '-' : `${p.rttP50} / ${p.rttP99}`, p.loopP99];
    const us = (h: Histogram, q: number): number => Math.round(h.percentile(q) / 1000);
    printTable(['mode', 'offered/s', 'acked inputs/s', 'ack p50 µs', 'ack p99 µs', 'fsync p50/p99 µs', 'log rtt p50/p99 µs', 'loop delay p99 µs'], [
      ['floors: bare fdatasync, bare R3 publish (nothing else running)', '-', '-', '-', '-', `${us(fsyncBare, 50)} / ${us(fsyncBare, 99)}`, `${us(rttBare, 50)} / ${us(rttBare, 99)}`, '-'],
      row('local fsync (replication off)', off.phase),
      row('fsync + log majority, standby elsewhere', alone.phase),
      ...(ownDisks ? [row('  the same, NATS files on tmpfs (own disks)', ownDisks)] : []),
      row('fsync + log majority, standby on this machine', on.phase),
    ], `ha: ${SECONDS} s per mode after ${WARMUP_S} s of warm-up, 3-node NATS JetStream cluster on loopback`);
    printTable(['failover', 'value'], [['acked by the old primary', acked], ['rto ms (kill -9 -> first order accepted)', rto], ['lost acknowledged inputs', lost]]);
    return {
      replicated_inputs_per_s: Math.round(alone.phase.inputsPerS),
      ack_p50_us_replicated: alone.phase.p50,
      ack_p99_us_replicated: alone.phase.p99,
      replicated_own_disks_inputs_per_s: ownDisks ? Math.round(ownDisks.inputsPerS) : NaN,
      ack_p50_us_replicated_own_disks: ownDisks?.p50 ?? NaN,
      ack_p99_us_replicated_own_disks: ownDisks?.p99 ?? NaN,
      fsync_p99_us_replicated_own_disks: ownDisks?.fsyncP99 ?? NaN,
      log_rtt_p99_us_replicated_own_disks: ownDisks?.rttP99 ?? NaN,
      replicated_with_standby_inputs_per_s: Math.round(on.phase.inputsPerS),
      ack_p50_us_replicated_with_standby: on.phase.p50,
      ack_p99_us_replicated_with_standby: on.phase.p99,
      local_inputs_per_s: Math.round(off.phase.inputsPerS),
      ack_p50_us_local: off.phase.p50,
      ack_p99_us_local: off.phase.p99,
      ratio_p99_replicated_vs_local: Number((alone.phase.p99 / off.phase.p99).toFixed(2)),
      fsync_p50_us_bare: us(fsyncBare, 50),
      fsync_p99_us_bare: us(fsyncBare, 99),
      log_rtt_p50_us_bare: us(rttBare, 50),
      log_rtt_p99_us_bare: us(rttBare, 99),
      fsync_p99_us_replicated: alone.phase.fsyncP99,
      loop_delay_p99_us_replicated: alone.phase.loopP99,
      loop_delay_p99_us_local: off.phase.loopP99,
      log_rtt_p50_us_replicated: alone.phase.rttP50,
      log_rtt_p99_us_replicated: alone.phase.rttP99,
      rto_ms: rto,
      lost_acked: lost,
      offered_per_s: RATE,
    };
  } finally {
    for (const p of procs) p.kill();
    await Promise.all(procs.map((p) => p.exited));
    for (const c of clusters) c.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
