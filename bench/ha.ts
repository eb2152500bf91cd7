/**
 * HA benchmark (`npm run bench -- ha`): real processes on a real 3-node NATS JetStream cluster.
 *
 *   1. replication off: a standalone primary (journal fsync = ack) at the offered rate;
 *   2. replication on:  primary (--ack majority: fsync + the log's Raft majority) + a standby
 *      following it, same offered rate; ack latency p50/p99 and acknowledged inputs/s over the
 *      steady window (after the node's 2 s warm-up);
 *   3. kill -9 the primary: rto_ms = the standby's first accepted input - the kill;
 *      lost_acked = acknowledged inputs of the old primary missing (or different) in the new one's journal.
 *
 * Ack latency is measured inside the node, per input, from its scheduled arrival (the paced
 * simulator's clock) to its acknowledgement, so queueing behind a slow commit counts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figures } from './lib/results.ts';
import { printTable } from './lib/table.ts';
import { BourseProc, HA_TEST_ENV, journalBytes, natsMissing, sleep, startCluster } from '../test/support/nats.ts';

const RATE = Number(process.env.BENCH_HA_RATE ?? 215_000);
const SECONDS = Number(process.env.BENCH_HA_SECONDS ?? 12);

interface Phase {
  inputsPerS: number;
  p50: number;
  p99: number;
  acked: number;
}

/** Steady-state figures from a node's status lines (the last one carries cumulative latency). */
function steady(p: BourseProc, fromMs: number, toMs: number): Phase {
  const acks = p.ackTimes.filter((a) => a.at >= fromMs && a.at <= toMs);
  const first = acks[0];
  const last = acks[acks.length - 1];
  const inputsPerS = first && last && last.at > first.at ? ((last.seq - first.seq) * 1000) / (last.at - first.at) : 0;
  const st = [...p.lines].reverse().find((l) => l.includes(' ack_p99_us='));
  const m = st ? /ack_p50_us=(\d+) ack_p99_us=(\d+)/.exec(st) : null;
  return { inputsPerS, p50: m ? Number(m[1]) : NaN, p99: m ? Number(m[2]) : NaN, acked: p.maxAcked };
}

async function runPhase(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ proc: BourseProc; phase: Phase }> {
  const proc = new BourseProc(name, args, env);
  await proc.waitFor(/^ha: first_accepted/, 60_000);
  const t0 = Date.now();
  await sleep(SECONDS * 1000);
  return { proc, phase: steady(proc, t0 + 2500, Date.now()) };
}

export async function runHaBench(): Promise<Figures> {
  const missing = natsMissing();
  if (missing) throw new Error(`bench ha needs a NATS cluster: ${missing}`);
  const root = mkdtempSync(join(tmpdir(), 'bourse-bench-ha-'));
  const procs: BourseProc[] = [];
  const c = await startCluster();
  try {
    const common = ['--rate', String(RATE), '--symbols', '8'];
    // 1. replication off
    const off = await runPhase('local', ['start', '--role', 'primary', '--data', join(root, 'local'), ...common], {});
    procs.push(off.proc);
    await off.proc.stop();

    // 2. replication on, with a standby following
    const S = new BourseProc('standby', ['start', '--role', 'standby', '--nats', c.urls, '--data', join(root, 's'), ...common], { ...HA_TEST_ENV, BOURSE_HA_NODE_ID: 's' });
    procs.push(S);
    const on = await runPhase('primary', ['start', '--role', 'primary', '--nats', c.urls, '--data', join(root, 'p'), '--ack', 'majority', ...common], { ...HA_TEST_ENV, BOURSE_HA_NODE_ID: 'p' });
    procs.push(on.proc);
    await S.waitFor(/^ha: role=standby/, 30_000);

    // 3. kill -9 the primary under load
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
    printTable(['mode', 'offered/s', 'acked inputs/s', 'ack p50 µs', 'ack p99 µs'], [
      ['local fsync (replication off)', RATE, Math.round(off.phase.inputsPerS), off.phase.p50, off.phase.p99],
      ['fsync + log majority (on)', RATE, Math.round(on.phase.inputsPerS), on.phase.p50, on.phase.p99],
    ], `ha: ${SECONDS} s per mode, 3-node NATS ${'JetStream'} cluster on loopback`);
    printTable(['failover', 'value'], [['acked by the old primary', acked], ['rto ms (kill -9 -> first order accepted)', rto], ['lost acknowledged inputs', lost]]);
    return {
      replicated_inputs_per_s: Math.round(on.phase.inputsPerS),
      ack_p50_us_replicated: on.phase.p50,
      ack_p99_us_replicated: on.phase.p99,
      local_inputs_per_s: Math.round(off.phase.inputsPerS),
      ack_p50_us_local: off.phase.p50,
      ack_p99_us_local: off.phase.p99,
      rto_ms: rto,
      lost_acked: lost,
      offered_per_s: RATE,
    };
  } finally {
    for (const p of procs) p.kill();
    await Promise.all(procs.map((p) => p.exited));
    c.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
