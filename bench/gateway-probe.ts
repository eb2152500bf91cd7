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
 * /tmp/probe.perf.data; start node with --perf-basic-prof-only-functions for JS names).
 * PROBE_GW_SNAPSHOT_INPUTS: the gateway option snapshotInputs (default 1,000,000). Under
 * `flock /work/bench.lock`, as every timing run.
 */
import { mkdtempSync, writeFileSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { Exchange } from '../server/apps/runtime/exchange.ts';
import { exchangeOptions } from '../server/apps/runtime/options.ts';
import { gatewayOptions } from '../server/gateway/gateway.ts';
import { parseKeysFile } from '../server/gateway/keys.ts';
import { generateBrokerKey, brokerKeyJson, exchangeKeyEntry } from '../server/order-client/index.ts';
import type { LoadResult } from '../server/apps/load/generator.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const num = (name: string, d: number) => (process.env[name] ? Number(process.env[name]) : d);
const seconds = num('PROBE_SECONDS', 10);
const rate = num('PROBE_RATE', 215_000);
const skip = num('PROBE_SKIP', 2);
const sessions = 64;

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
const x = await Exchange.start(exchangeOptions({
  data: join(dir, 'data'), rate: 0, fsync: true, feed: undefined, ringRecords: 1 << 18,
  gateway: gatewayOptions({ port: 0, measure: true, keys: exchangeKeys, ...(process.env.PROBE_GW_SNAPSHOT_INPUTS ? { snapshotInputs: Number(process.env.PROBE_GW_SNAPSHOT_INPUTS) } : {}) }),
}));
const out = join(dir, 'load.json');
const load0 = loadavg()[0]!;
const child = spawn(process.execPath, [join(ROOT, 'bin', 'bourse.js'), 'load', '--gateway', `127.0.0.1:${x.gatewayPort}`, '--keys', keyFile,
  '--sessions', String(sessions), '--rate', String(rate), '--seconds', String(seconds), '--tick-ms', '4', '--json', out], { stdio: ['ignore', 'ignore', 'inherit'] });
const exited = new Promise<void>((r) => child.on('exit', () => r()));
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
    const args = strace ? ['strace', ['-c', '-p', tid]] as const : ['perf', ['record', '-F', '999', '-g', '-t', tid, '-o', process.env.PROBE_PERF_OUT ?? '/tmp/probe.perf.data']] as const;
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
await x.stop();
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
console.log(JSON.stringify({ rate, seconds, orders_in_window: orders, window_orders_per_s: Math.round(orders / (seconds - skip)), answered_per_s: r.orders_per_s, not_sent: r.not_sent, lost: r.lost_reports, exchange_us: per(ex), load_us: per(ld), total_us: per(ex + ld), load_avg: [load0, loadavg()[0]], threads }));
if (tool) console.log(await tool);
