/**
 * `node bench/gateway-probe.ts`: one short order-entry load for profiling and A/Bs (issue 13).
 * The exchange of bench/gateway.ts (core with journal and fdatasync, MDP, gateway; simulator off)
 * in this process, `bourse load` (64 sessions, 4 ms ticks) in another, for PROBE_SECONDS (default
 * 10) at PROBE_RATE (default 215,000) orders/s. Prints one JSON line: answered orders/s, not sent,
 * and per thread of the exchange (and for the load process) µs of CPU per answered order, of which
 * in the kernel, voluntary context switches (sleeps: futex or epoll waits) and read/write syscalls
 * per 1,000 orders (/proc/PID/task/TID/{stat,status,io}), over the steady part of the load (from
 * PROBE_SKIP seconds in, default 2, to the load's end).
 * PROBE_STRACE=THREAD (bourse-gateway, bourse-core, ...): `strace -c` on that thread alone for 4 s
 * from PROBE_SKIP; PROBE_PERF=THREAD: `perf record -t TID` for 4 s (PROBE_PERF_OUT, default
 * /tmp/probe.perf.data; start node with --perf-basic-prof-only-functions for JS names;
 * PROBE_PERF_EVENT=page-faults records where the thread's page faults come from instead of cycles).
 * PROBE_GW_SNAPSHOT_INPUTS: the gateway option snapshotInputs (default 1,000,000). Under
 * `flock /work/bench.lock`, as every timing run.
 * PROBE_CORE_WARMUP: the exchange option warmupInputs (default 0; the gateway bench uses 300,000).
 * PROBE_GW_WARMUP: the gateway option warmupOrders (default 0; the bench uses 100,000).
 * PROBE_LOAD_WARM=0: the load process starts its schedule cold (bourse load --warm false).
 * PROBE_LAUNCHER=0: the load process spawned from this process after the exchange started (before
 * gwwarm; see bench/lib/launcher.ts), not from a launcher forked before it.
 * PROBE_PREFAULT=0: the rings' and the 64 resend windows' pages not committed before the open
 * (exchange option prefaultRings, gateway option prefaultWindows; default: both, as the bench).
 * PROBE_PER_SECOND=1: also a table of the start-up, per second from the load process's spawn: the
 * inputs sequenced, and per thread of both processes CPU ms, of which kernel, ms waiting for a CPU
 * (schedstat) and minor page faults (/proc/PID/task/TID/stat minflt): which thread is slow in the
 * first seconds, and why (issue 13, gwwarm). PROBE_STEP_MS (default 1000; e.g. 100): the table's
 * step, CPU then from schedstat's run time (ns) rather than stat's 10 ms ticks (issue 13, gws0), with
 * the gateway snapshot being written (its temporary file's MB so far) in the last column (gwsnap).
 * The per-step table also has the group commits of the step (count, p99 and the top bucket's bound,
 * ms): the journal's fdatasync around a gateway snapshot's write (issue 13, gw13).
 * PROBE_GW_SNAPSHOT_SYNC_BYTES: the gateway option snapshotSyncBytes (default 2 MiB; gw13).
 * PROBE_WINDOW: bourse load --window (default 256).
 * PROBE_RESEND_BYTES: the gateway option resendBytes (default 4 MiB): a smaller window fills
 * sooner, so the first snapshot with full windows comes earlier (issue 13, gwsnap).
 */
import { mkdtempSync, writeFileSync, writeSync, readFileSync, rmSync, readdirSync, statSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { Exchange } from '../server/apps/runtime/exchange.ts';
import { exchangeOptions } from '../server/apps/runtime/options.ts';
import { gatewayOptions } from '../server/gateway/gateway.ts';
import { parseKeysFile } from '../server/gateway/keys.ts';
import { generateBrokerKey, brokerKeyJson, exchangeKeyEntry } from '../server/order-client/index.ts';
import type { LoadResult } from '../server/apps/load/generator.ts';
import { Launcher } from './lib/launcher.ts';
import { SNAPSHOT_DIR } from '../server/sequencer/recovery.ts';
import { Lat } from '../server/apps/runtime/shared-stats.ts';
import { quantileUs, LATENCY_BOUNDS_US, type HistogramSnapshot } from '../server/kernel/shared-histogram.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const num = (name: string, d: number) => (process.env[name] ? Number(process.env[name]) : d);
const seconds = num('PROBE_SECONDS', 10);
const rate = num('PROBE_RATE', 215_000);
const skip = num('PROBE_SKIP', 2);
const sessions = 64;
/** The per-second table's step (PROBE_STEP_MS). */
const step = num('PROBE_STEP_MS', 1000);

interface T { cpu: number; sys: number; vcs: number; ncs: number; r: number; w: number }
/** Per thread name: CPU and kernel µs, voluntary/involuntary context switches, read/write syscalls. */
function sample(pid: number | 'self'): Map<string, T> {
  const out = new Map<string, T>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const base = `/proc/${pid}/task/${tid}`;
      const name = readFileSync(`${base}/comm`, 'utf8').trim();
      const stat = readFileSync(`${base}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const status = readFileSync(`${base}/status`, 'utf8');
      const io = readFileSync(`${base}/io`, 'utf8');
      const field = (s: string, k: string) => Number(new RegExp(`${k}:\\s*(\\d+)`).exec(s)?.[1] ?? 0);
      const t = out.get(name) ?? { cpu: 0, sys: 0, vcs: 0, ncs: 0, r: 0, w: 0 };
      t.cpu += (Number(f[11]) + Number(f[12])) * 10_000;
      t.sys += Number(f[12]) * 10_000;
      t.vcs += field(status, 'voluntary_ctxt_switches');
      t.ncs += field(status, 'nonvoluntary_ctxt_switches');
      t.r += field(io, 'syscr');
      t.w += field(io, 'syscw');
      out.set(name, t);
    } catch {
      /* ended */
    }
  }
  return out;
}
function tidOf(pid: number | 'self', name: string): string | undefined {
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      if (readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim() === name) return tid;
    } catch { /* ended */ }
  }
  return undefined;
}

const dir = mkdtempSync(join(tmpdir(), 'bourse-probe-'));
const keys = Array.from({ length: sessions }, (_, i) => generateBrokerKey(i + 1, i + 1));
const keyFile = join(dir, 'load.keys');
writeFileSync(keyFile, JSON.stringify({ keys: keys.map((k) => JSON.parse(brokerKeyJson(k))) }), { mode: 0o600 });
const exchangeKeys = parseKeysFile(JSON.stringify({ keys: keys.map((k) => exchangeKeyEntry(k)) }), 'probe');
// The load process is started by a launcher forked now, before the exchange (bench/lib/launcher.ts:
// a fork of this process once the exchange runs would make each page it writes next fault again);
// PROBE_LAUNCHER=0: spawned from this process, as before.
const launcher = process.env.PROBE_LAUNCHER === '0' ? undefined : await Launcher.start();
const x = await Exchange.start(exchangeOptions({
  data: join(dir, 'data'), rate: 0, fsync: true, feed: undefined, ringRecords: 1 << 18, warmupInputs: num('PROBE_CORE_WARMUP', 0), prefaultRings: process.env.PROBE_PREFAULT !== '0',
  gateway: gatewayOptions({ port: 0, measure: true, keys: exchangeKeys, prefaultWindows: process.env.PROBE_PREFAULT === '0' ? 0 : sessions, warmupOrders: num('PROBE_GW_WARMUP', 0), ...(process.env.PROBE_GW_SNAPSHOT_INPUTS ? { snapshotInputs: Number(process.env.PROBE_GW_SNAPSHOT_INPUTS) } : {}), ...(process.env.PROBE_RESEND_BYTES ? { resendBytes: Number(process.env.PROBE_RESEND_BYTES) } : {}),
    ...(process.env.PROBE_GW_SNAPSHOT_SYNC_BYTES ? { snapshotSyncBytes: Number(process.env.PROBE_GW_SNAPSHOT_SYNC_BYTES) } : {}) }),
}));
const out = join(dir, 'load.json');
const load0 = loadavg()[0]!;
const loadArgs = [join(ROOT, 'bin', 'bourse.js'), 'load', '--gateway', `127.0.0.1:${x.gatewayPort}`, '--keys', keyFile,
  '--sessions', String(sessions), '--rate', String(rate), '--seconds', String(seconds), '--tick-ms', '4', '--window', String(num('PROBE_WINDOW', 256)), '--json', out,
  '--warm', process.env.PROBE_LOAD_WARM === '0' ? 'false' : 'true'];
let child: { pid?: number };
let exited: Promise<void>;
if (launcher) {
  const l = await launcher.run(process.execPath, loadArgs);
  child = { pid: l.pid };
  exited = l.exited.then(() => undefined);
} else {
  const p = spawn(process.execPath, loadArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
  child = p;
  exited = new Promise<void>((r) => p.on('exit', () => r()));
}
const perSecond = process.env.PROBE_PER_SECOND === '1' ? startupSeries(child.pid!, () => x.stats().lastSeq, exited, join(dir, 'data', 'journal', SNAPSHOT_DIR), () => x.latency[Lat.commit]!.snapshot()) : undefined;
await new Promise((r) => setTimeout(r, skip * 1000));
const a = sample('self');
const la = sample(child.pid!);
const answered0 = x.stats().inputs; // not used: the core counts simulator inputs only
void answered0;
const events0 = x.stats().lastSeq;
let tool: Promise<string> | undefined;
const strace = process.env.PROBE_STRACE;
const perf = process.env.PROBE_PERF;
if (strace || perf) {
  const tid = tidOf('self', (strace ?? perf)!);
  if (tid) {
    const args = strace ? ['strace', ['-c', '-p', tid]] as const : ['perf', ['record', ...(process.env.PROBE_PERF_EVENT ? ['-e', process.env.PROBE_PERF_EVENT] : ['-F', '999']), '-g', '-t', tid, '-o', process.env.PROBE_PERF_OUT ?? '/tmp/probe.perf.data']] as const;
    const p = spawn(args[0], [...args[1]], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    p.stdout.on('data', (d) => (text += d));
    p.stderr.on('data', (d) => (text += d));
    setTimeout(() => p.kill('SIGINT'), 4000);
    tool = new Promise((r) => p.on('exit', () => r(text)));
  }
}
// The steady window ends when the load stops sending (its last answers drain after).
const tEnd = performance.now() + (seconds - skip) * 1000;
await new Promise((r) => setTimeout(r, Math.max(0, tEnd - performance.now())));
const b = sample('self');
const lb = sample(child.pid!);
const events1 = x.stats().lastSeq;
await exited;
const r = JSON.parse(readFileSync(out, 'utf8')) as LoadResult;
const gwc = await x.gatewayCounters();
await x.stop();
launcher?.close();
rmSync(dir, { recursive: true, force: true });
// Orders in the window: sequenced inputs (NewOrders; nothing else is sent during the load).
const orders = events1 - events0;
const per = (v: number) => Math.round((v / orders) * 1000) / 1000;
const threads: Record<string, unknown> = {};
const sum = (m: Map<string, T>, m0: Map<string, T>, prefix = '') => {
  let all = 0;
  for (const [name, t] of m) {
    const t0 = m0.get(name) ?? { cpu: 0, sys: 0, vcs: 0, ncs: 0, r: 0, w: 0 };
    const cpu = t.cpu - t0.cpu;
    all += cpu;
    if (cpu === 0) continue;
    threads[prefix + name] = { us: per(cpu), sys: per(t.sys - t0.sys), vcs_k: per((t.vcs - t0.vcs) * 1000), ncs_k: per((t.ncs - t0.ncs) * 1000), r_k: per((t.r - t0.r) * 1000), w_k: per((t.w - t0.w) * 1000) };
  }
  return all;
};
const ex = sum(b, a);
const ld = sum(lb, la, 'load:');
console.log(JSON.stringify({ rate, seconds, orders_in_window: orders, window_orders_per_s: Math.round(orders / (seconds - skip)), answered_per_s: r.orders_per_s, not_sent: r.not_sent, lost: r.lost_reports, exchange_us: per(ex), load_us: per(ld), total_us: per(ex + ld), load_avg: [load0, loadavg()[0]], prefaulted_windows: gwc?.prefaultedWindows, prefault_ms: gwc?.prefaultMs, gw_warmup_orders: gwc?.warmupOrders, gw_warmup_ms: gwc?.warmupMs, gw: gwc, threads }));
if (tool) console.log(await tool);
if (perSecond) console.log(await perSecond);

interface F { cpu: number; sys: number; wait: number; minflt: number }
/** Per thread name of `pid`: CPU, kernel and run-queue wait µs, minor faults. */
function faults(pid: number | 'self'): Map<string, F> {
  const out = new Map<string, F>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch { /* ended */ }
  for (const tid of tids) {
    try {
      const base = `/proc/${pid}/task/${tid}`;
      const name = readFileSync(`${base}/comm`, 'utf8').trim();
      const stat = readFileSync(`${base}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const t = out.get(name) ?? { cpu: 0, sys: 0, wait: 0, minflt: 0 };
      const ss = readFileSync(`${base}/schedstat`, 'utf8').split(' ');
      t.cpu += step < 1000 ? Number(ss[0]) / 1000 : (Number(f[11]) + Number(f[12])) * 10_000;
      t.sys += Number(f[12]) * 10_000;
      t.minflt += Number(f[7]);
      t.wait += Number(ss[1]) / 1000;
      out.set(name, t);
    } catch { /* ended */ }
  }
  return out;
}

/** The gateway snapshot being written in `dir`: its temporary file's MB so far ('' when none). */
function gwWriting(dir: string): string {
  try {
    for (const f of readdirSync(dir)) if (f.startsWith('gw-') && f.includes('.tmp')) return `gw ${Math.round(statSync(join(dir, f)).size / 1e6)} MB`;
  } catch { /* not there yet */ }
  return '';
}

/** The group commits (journal write + fdatasync) between two snapshots of the commit histogram: count, p99 and the top bucket's bound, ms. */
function commitsBetween(a: HistogramSnapshot, b: HistogramSnapshot): string {
  const cumulative = b.cumulative.map((c, i) => c - a.cumulative[i]!);
  const count = b.count - a.count;
  if (count === 0) return '0';
  let top = cumulative.length - 1;
  while (top > 0 && cumulative[top - 1] === count) top--;
  const bound = top < LATENCY_BOUNDS_US.length ? LATENCY_BOUNDS_US[top]! : Infinity;
  return `${count} ${(quantileUs({ cumulative, count }, 0.99) / 1000).toFixed(1)}/<=${(bound / 1000).toFixed(1)}`;
}

/** Every PROBE_STEP_MS from now until `done`: inputs sequenced and, per thread, CPU/kernel/wait ms and minor faults, the step's group commits (a text table). */
async function startupSeries(pid: number, seq: () => number, done: Promise<void>, snapDir: string, commitHist: () => HistogramSnapshot): Promise<string> {
  const rows: string[] = [];
  let over = false;
  void done.then(() => (over = true));
  let e0 = faults('self');
  let l0 = faults(pid);
  let s0 = seq();
  let c0 = commitHist();
  const names = ['bourse-gateway', 'bourse-core', 'bourse-mdp', 'MainThread', 'V8Worker', 'libuv-worker'];
  rows.push(`${step === 1000 ? 's' : `x${step}ms`} inputs | ${names.map((n) => `${n} cpu/sys/wait ms, minflt`).join(' | ')} | load: MainThread | load: V8Worker | commits n p99/max ms | snapshot`);
  const t0 = performance.now();
  for (let s = 0; !over && s < (120_000 / step); s++) {
    await new Promise((r) => setTimeout(r, Math.max(0, t0 + (s + 1) * step - performance.now())));
    const e1 = faults('self');
    const l1 = faults(pid);
    const s1 = seq();
    const c1 = commitHist();
    const cell = (a: Map<string, F>, b: Map<string, F>, n: string) => {
      const x = b.get(n);
      const y = a.get(n) ?? { cpu: 0, sys: 0, wait: 0, minflt: 0 };
      if (!x) return '-';
      return `${Math.round((x.cpu - y.cpu) / 1000)}/${Math.round((x.sys - y.sys) / 1000)}/${Math.round((x.wait - y.wait) / 1000)}, ${x.minflt - y.minflt}`;
    };
    // PROBE_MARKS=1: each step marked on stdout as it ends, so V8's traces (--trace-gc, --trace-opt;
    // run under `stdbuf -o0`, they are printf'd) can be placed in it.
    if (process.env.PROBE_MARKS === '1') writeSync(1, `@@ step ${s} inputs ${s1 - s0}\n`);
    rows.push(`${step === 1000 ? s : (s * step / 1000).toFixed(1)} ${s1 - s0} | ${names.map((n) => cell(e0, e1, n)).join(' | ')} | ${cell(l0, l1, 'MainThread')} | ${cell(l0, l1, 'V8Worker')} | ${commitsBetween(c0, c1)} | ${gwWriting(snapDir)}`);
    e0 = e1;
    l0 = l1.size > 0 ? l1 : l0;
    s0 = s1;
    c0 = c1;
  }
  return rows.join('\n');
}
