/**
 * `node bench/fix-stall.ts`: the FIX phase of bench gateway in a loop, to catch the stall seen once
 * (issue 13: one FIX session answered 512 orders in 6.7 s where other runs answered 6,000-11,000/s).
 *
 * One exchange (as bench/gateway.ts builds it: core with its journal and fdatasync, MDP, gateway
 * with the FIX acceptor), gateway snapshots taken often (FIX_STALL_GW_SNAPSHOT_INPUTS inputs,
 * default 100,000, engine pairs every 25,000), optionally `bourse load` running concurrently
 * (FIX_STALL_LOAD_SECONDS, at FIX_STALL_LOAD_RATE over 64 sessions: fills the resend windows, so the
 * snapshots are the bench's size). Then FIX_STALL_RUNS runs of bench/fix-load.ts (a fresh key and
 * process each, FIX_STALL_SECONDS each). Per run: answers/s, the longest silence with orders
 * unanswered and the state then; on a stall (a second without an answer, printed by fix-load) the
 * acceptor's state is asked for at once (how long the gateway thread took to answer, its FIX
 * numbers, bytes queued in the socket, unparsed input, paused sockets, the store's slowest
 * append); after each run, whether every order sent has its ExecutionReport in the acceptor's store.
 * Evidence: FIX_STALL_OUT (default bench/results/fix-stall.json).
 */
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { Exchange } from '../server/apps/runtime/exchange.ts';
import { exchangeOptions } from '../server/apps/runtime/options.ts';
import { gatewayOptions } from '../server/gateway/gateway.ts';
import { parseKeysFile } from '../server/gateway/keys.ts';
import { threadCpu, cpuDelta, isCpuKey } from './lib/threads.ts';
import { Lat } from '../server/apps/runtime/shared-stats.ts';
import { LATENCY_BOUNDS_US, type HistogramSnapshot } from '../server/kernel/shared-histogram.ts';
import { generateBrokerKey, brokerKeyJson, exchangeKeyEntry } from '../server/order-client/index.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const env = (k: string, d: number) => Number(process.env[k] ?? d);
const runs = env('FIX_STALL_RUNS', 20);
const fixSeconds = env('FIX_STALL_SECONDS', 2);
const loadSeconds = env('FIX_STALL_LOAD_SECONDS', 0);
const loadRate = env('FIX_STALL_LOAD_RATE', 100_000);
const gwInputs = env('FIX_STALL_GW_SNAPSHOT_INPUTS', 100_000);
const out = process.env.FIX_STALL_OUT ?? join(ROOT, 'bench', 'results', 'fix-stall.json');
const sessions = 64;

const dir = mkdtempSync(join(tmpdir(), 'bourse-fix-stall-'));
const keys = Array.from({ length: sessions }, (_, i) => generateBrokerKey(i + 1, i + 1));
const fixKeys = Array.from({ length: runs }, (_, i) => generateBrokerKey(sessions + 1 + i, sessions + 1 + i));
const keyFile = join(dir, 'load.keys');
writeFileSync(keyFile, JSON.stringify({ keys: keys.map((k) => JSON.parse(brokerKeyJson(k))) }), { mode: 0o600 });
const fixStore = join(dir, 'fix');
const x = await Exchange.start(exchangeOptions({
  data: join(dir, 'data'), rate: 0, fsync: true, feed: undefined, ringRecords: 1 << 18, snapshotEvery: 25_000,
  gateway: gatewayOptions({ port: 0, measure: true, fixPort: 0, fixStore, snapshotInputs: gwInputs, keys: parseKeysFile(JSON.stringify({ keys: [...keys, ...fixKeys].map((k) => exchangeKeyEntry(k)) }), 'bench') }),
}));

/** The gateway thread's counters, or how long it did not answer. */
async function gatewayState(timeoutMs = 5000): Promise<{ answerMs: number; counters?: Record<string, number> }> {
  const t0 = performance.now();
  const c = await Promise.race([x.gatewayCounters(), new Promise<undefined>((r) => setTimeout(() => r(undefined), timeoutMs).unref())]);
  return { answerMs: Math.round(performance.now() - t0), ...(c ? { counters: pick(c) } : {}) };
}
function pick(c: Record<string, number>): Record<string, number> {
  const o: Record<string, number> = {};
  for (const [k, v] of Object.entries(c)) if (k.startsWith('fix') || k.startsWith('snapshot') || k === 'commands' || k === 'reports') o[k] = v;
  return o;
}

/** Orders of this key's store: ClOrdIDs with an ExecutionReport new (150=0) or rejected (150=8), and duplicates. */
function storeAnswers(keyId: number): { answered: number; duplicates: number; lastSeq: number } {
  const text = readFileSync(join(fixStore, `${keyId}.fixlog`), 'latin1');
  const seen = new Set<string>();
  let dup = 0;
  let lastSeq = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith('S ')) continue;
    lastSeq = Math.max(lastSeq, Number(line.slice(2, line.indexOf(' ', 2))));
    if (!/\x0135=8\x01/.test(line) || !/\x01150=[08]\x01/.test(line)) continue;
    const cl = /\x0111=([^\x01]*)\x01/.exec(line)![1]!;
    if (seen.has(cl)) dup++;
    seen.add(cl);
  }
  return { answered: seen.size, duplicates: dup, lastSeq };
}

/** Group commits (journal write + fdatasync) between two snapshots of the core's histogram: how many, how many over 250 ms and 1 s, the slowest bucket. */
function commits(a: HistogramSnapshot, b: HistogramSnapshot): Record<string, number> {
  const over = (us: number) => {
    const i = LATENCY_BOUNDS_US.indexOf(us);
    return (b.count - b.cumulative[i]!) - (a.count - a.cumulative[i]!);
  };
  let top = 0;
  for (let i = 0; i < LATENCY_BOUNDS_US.length; i++) {
    const n = (b.cumulative[i]! - (i > 0 ? b.cumulative[i - 1]! : 0)) - (a.cumulative[i]! - (i > 0 ? a.cumulative[i - 1]! : 0));
    if (n > 0) top = LATENCY_BOUNDS_US[i]!;
  }
  return { count: b.count - a.count, over250ms: over(250_000), over1s: over(1_000_000), slowestBucketUs: b.count - b.cumulative[LATENCY_BOUNDS_US.length - 1]! > a.count - a.cumulative[LATENCY_BOUNDS_US.length - 1]! ? Infinity : top };
}

/** CPU µs per answered FIX order of the gateway and core threads and of the whole exchange process (the run's span: with a concurrent load, its share too). */
function perOrder(cpu: Map<string, number>, answered: number): Record<string, number> {
  const r = (us: number) => Math.round((us / Math.max(1, answered)) * 100) / 100;
  let all = 0;
  for (const [k, v] of cpu) if (isCpuKey(k)) all += v;
  return { gateway: r(cpu.get('bourse-gateway') ?? 0), gatewaySys: r(cpu.get('bourse-gateway:sys') ?? 0), core: r(cpu.get('bourse-core') ?? 0), exchange: r(all) };
}

let load: Promise<number> | undefined;
if (loadSeconds > 0) {
  load = new Promise<number>((resolve) => {
    const p = spawn(process.execPath, [join(ROOT, 'bin', 'bourse.js'), 'load', '--gateway', `127.0.0.1:${x.gatewayPort}`, '--keys', keyFile,
      '--sessions', String(sessions), '--rate', String(loadRate), '--seconds', String(loadSeconds), '--tick-ms', '4', '--json', join(dir, 'load.json')], { stdio: ['ignore', 'ignore', 'inherit'] });
    p.on('exit', (c) => resolve(c ?? 1));
  });
}

const results: Record<string, unknown>[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const k = fixKeys[i]!;
    const kf = join(dir, `fix-${k.id}.key`);
    writeFileSync(kf, brokerKeyJson(k), { mode: 0o600 });
    const o = join(dir, `fix-${k.id}.json`);
    const stalls: Record<string, unknown>[] = [];
    const before = await gatewayState();
    const c0 = x.latency[Lat.commit]!.snapshot();
    const cpu0 = threadCpu();
    const t0 = Date.now();
    const code = await new Promise<number>((resolve) => {
      const p = spawn(process.execPath, [join(ROOT, 'bench', 'fix-load.ts'), String(x.fixPort), kf, String(fixSeconds), 'memory', o], { stdio: ['ignore', 'ignore', 'pipe'] });
      p.stderr.setEncoding('utf8');
      p.stderr.on('data', (t: string) => {
        process.stderr.write(t);
        if (t.includes('fix-load: stall')) {
          const c1 = x.latency[Lat.commit]!.snapshot();
          void gatewayState().then((s) => stalls.push({ at: Date.now() - t0, initiator: t.trim(), acceptor: s, commitsSoFar: commits(c0, c1) }));
        }
      });
      p.on('exit', (c) => resolve(c ?? 1));
    });
    const r = code === 0 ? JSON.parse(readFileSync(o, 'utf8')) as Record<string, number | string> : { error: `exit ${code}` };
    const cpu = cpuDelta(cpu0, threadCpu());
    const after = await gatewayState();
    const store = storeAnswers(k.id);
    const commit = commits(c0, x.latency[Lat.commit]!.snapshot());
    const row = { run: i + 1, key: k.id, load1: loadavg()[0], ...r, cpuUsPerOrder: perOrder(cpu, Number(r.answered ?? 0)), store, commit, stalls, snapshotsDuring: (after.counters?.snapshots ?? 0) - (before.counters?.snapshots ?? 0), storeWriteMaxUs: after.counters?.fixStoreWriteMaxUs, snapshots: after.counters?.snapshots, snapshotPruneMs: after.counters?.snapshotPruneMs };
    results.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  if (load) console.log(`load exited ${await load}`);
  await x.stop().catch(() => undefined);
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, runs, fixSeconds, loadSeconds, loadRate, gwInputs, results }, null, 1) + '\n');
  rmSync(dir, { recursive: true, force: true });
}
