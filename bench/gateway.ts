/**
 * `npm run bench -- gateway`: order entry end to end, over real TCP.
 *
 * Setup: the exchange's threads in this process (core with its journal and fdatasync, MDP,
 * gateway), the simulator off; `bourse load` in a SEPARATE process with 64 sessions offering
 * 215,000 orders/s in total for BENCH_GATEWAY_SECONDS (default 30). Measured at the client's
 * socket (the load process), each session keeping at most 256 orders unanswered (due orders
 * beyond are counted, not sent, so every order sent is waited for): order -> ack and order -> first fill report of aggressive orders,
 * the spread of ack latency between sessions sending at the same time, lost reports.
 * In the same run, in this process: the in-process stamp -> ack (the sequencer's stamp to the
 * ACCEPTED report derived in the gateway thread: journal + fdatasync + two ring hops), the
 * comparison the issue asks for (goal: ack_p99_us <= 2 x ack_p99_in_process_us).
 * Then one FIX 4.4 session (jspurefix's initiator, bench/fix-load.ts, its own process) sends orders
 * for BENCH_GATEWAY_FIX_SECONDS (default 5), at most 256 unanswered: fix_orders_per_s answered.
 * Then the low-rate phase: a FRESH exchange (same options and keys, its own data directory, so
 * its in-process histogram holds only this phase's orders and its books start empty), the same
 * 64 sessions (a new load process) offering BENCH_GATEWAY_LOW_RATE (default 100,000) orders/s for
 * BENCH_GATEWAY_LOW_SECONDS (default 15): a rate the machine sustains, so the ratio of the
 * client's ack p99 to the in-process stamp -> ack p99 measures the TCP/gateway path's own cost
 * rather than two views of one queue (figures *_low).
 * Both phases time 1 NewOrder in BENCH_GATEWAY_STAGE_SAMPLE (default 64; 0: off) stage by stage
 * (server/gateway/stages.ts): p50/p99 per stage, each stage's share of the p99 tail, and the p99
 * per second of the run with the snapshot moments (the result's `series`). The start-up of a fresh
 * exchange and load process is a transient (measured: the first 1-2 s hold the whole-run p99), so
 * the figures *_steady leave out the orders sent in the first BENCH_GATEWAY_WARMUP_S (default 3)
 * seconds, at the client (bourse load --warmup-seconds) and in process (the samples); the whole-run
 * figures stay as they were, beside them.
 * Ready before the open (docs/benchmarks.md, "The cold start"): the load and FIX processes are
 * started by a launcher forked before the exchange (bench/lib/launcher.ts; BENCH_GATEWAY_LAUNCHER=0:
 * spawned from this process, as before), the rings' and 65 resend windows' pages are committed
 * before the gateway listens (BENCH_GATEWAY_PREFAULT=0: not), the gateway thread runs
 * BENCH_GATEWAY_GW_WARMUP (default 100,000) orders through a scratch pipeline before it listens, and
 * the load process warms itself before its schedule's clock starts (BENCH_GATEWAY_LOAD_WARM=0: not).
 * Gateway snapshots copy the windows into buffers kept from the previous one (BENCH_GATEWAY_SNAPSHOT_REUSE=0:
 * fresh buffers, a page fault per 4 KiB). The offered load, the window and every figure's definition are unchanged.
 * BENCH_GW_WINDOW (default 4,096): the orders a session may have unanswered (bourse load --window), for
 * the A/B of docs/benchmarks.md, "Stalls, the loader's window and the sustained rate (gw13)"; the
 * table also prints the orders received per second at the gateway's socket (does a backlog clear?).
 * The machine is shared (see loadavg in the table): quote ratios, not lone absolutes.
 */
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { Exchange } from '../server/apps/runtime/exchange.ts';
import { exchangeOptions } from '../server/apps/runtime/options.ts';
import { gatewayOptions } from '../server/gateway/gateway.ts';
import { parseKeysFile } from '../server/gateway/keys.ts';
import { generateBrokerKey, brokerKeyJson, exchangeKeyEntry } from '../server/order-client/index.ts';
import type { LoadResult } from '../server/apps/load/generator.ts';
import { printTable } from './lib/table.ts';
import { Lat } from '../server/apps/runtime/shared-stats.ts';
import { quantileUs } from '../server/kernel/shared-histogram.ts';
import type { Figures } from './lib/results.ts';
import { threadCpu, cpuDelta, isCpuKey } from './lib/threads.ts';
import { BourseError } from '../server/kernel/errors.ts';
import { stageReport, stageSamples, STAGES, type StageReport, type StageBlocks } from '../server/gateway/stages.ts';
import { attachSeries } from './lib/results.ts';
import { Launcher } from './lib/launcher.ts';

const ROOT = new URL('..', import.meta.url).pathname;

/** A positive integer from the environment (or its default), else CLI_BAD_VALUE naming the variable. */
function envCount(name: string, dflt: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return dflt;
  const v = Number(raw);
  if (!Number.isInteger(v) || v <= 0) throw new BourseError('CLI_BAD_VALUE', `${name}=${raw}: a positive integer is required`);
  return v;
}

/**
 * Runs a bench process (node `args`) to its exit code: from the launcher (bench/lib/launcher.ts),
 * forked before the exchange started, so this process does not fork while an exchange runs (a fork
 * makes every page the exchange writes next take a copy-on-write fault); with
 * BENCH_GATEWAY_LAUNCHER=0 spawned from here, as before (the A/B).
 */
let launcher: Launcher | undefined;
async function runNode(args: string[]): Promise<number> {
  if (launcher) return (await launcher.run(process.execPath, args)).exited;
  return new Promise<number>((resolve) => {
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    p.on('exit', (c) => resolve(c ?? 1));
  });
}

/** `bourse load` in its own process against `port`; its --json result (throws if it failed without lost reports to show). */
async function spawnLoad(port: number, keyFile: string, sessions: number, rate: number, seconds: number, tickMs: number, window: number, out: string, prof?: string, warmup = 0): Promise<LoadResult> {
  const code = await runNode([...(prof ? ['--cpu-prof', '--cpu-prof-dir', prof] : []), join(ROOT, 'bin', 'bourse.js'), 'load', '--gateway', `127.0.0.1:${port}`, '--keys', keyFile,
    '--sessions', String(sessions), '--rate', String(rate), '--seconds', String(seconds), '--tick-ms', String(tickMs), '--window', String(window), '--warmup-seconds', String(warmup), '--json', out,
    // BENCH_GATEWAY_LOAD_WARM=0: the load process starts its schedule cold (bourse load --warm false), the A/B.
    '--warm', process.env.BENCH_GATEWAY_LOAD_WARM === '0' ? 'false' : 'true']);
  const r = JSON.parse(readFileSync(out, 'utf8')) as LoadResult;
  if (code !== 0 && r.lost_reports === 0) throw new Error(`bourse load exited ${code}`);
  return r;
}

export async function runGatewayBench(): Promise<Figures> {
  const sessions = Number(process.env.BENCH_GATEWAY_SESSIONS ?? 64);
  const rate = Number(process.env.BENCH_GATEWAY_RATE ?? 215_000);
  const seconds = Number(process.env.BENCH_GATEWAY_SECONDS ?? 30);
  /** The load generator's send tick (bourse load --tick-ms): one write per session per tick. */
  const tickMs = Number(process.env.BENCH_GATEWAY_TICK_MS ?? 4);
  /**
   * Orders a session may have unanswered (bourse load --window): a due order beyond it is not
   * sent. 4,096 (x 64 sessions: over a second of the offered flow) makes the loader queue through
   * a stall as a broker's OMS does, instead of dropping what a 256 window (76 ms) cannot hold:
   * the sustained rate is then what the exchange takes in and answers, and the latency of the
   * orders that waited is in the p99. BENCH_GW_WINDOW=256: the dropping loader of before
   * (docs/benchmarks.md, "Stalls, the loader's window and the sustained rate").
   */
  const window = envCount('BENCH_GW_WINDOW', 4096);
  const lowRate = envCount('BENCH_GATEWAY_LOW_RATE', 100_000);
  const lowSeconds = envCount('BENCH_GATEWAY_LOW_SECONDS', 15);
  const stageSample = Number(process.env.BENCH_GATEWAY_STAGE_SAMPLE ?? 64); // gatewayOptions validates it (GW_BAD_OPTION)
  /** Inputs the core runs on a scratch engine before serving (exchange option warmupInputs; 0: none). */
  const coreWarmup = Number(process.env.BENCH_GATEWAY_CORE_WARMUP ?? 300_000);
  // BENCH_GATEWAY_PIPELINE=0: the core's group commit unpipelined (exchange option pipelineCommit false), for the A/B.
  /** The warm-up window left out of the *_steady figures (client and in-process); the whole-run figures keep it. */
  const warmup = envCount('BENCH_GATEWAY_WARMUP_S', 3);
  const dir = mkdtempSync(join(tmpdir(), 'bourse-bench-gw-'));
  const keys = Array.from({ length: sessions }, (_, i) => generateBrokerKey(i + 1, i + 1));
  const fixSeconds = Number(process.env.BENCH_GATEWAY_FIX_SECONDS ?? 5);
  const fixKey = generateBrokerKey(sessions + 1, sessions + 1);
  const fixKeyFile = join(dir, 'fix.key');
  writeFileSync(fixKeyFile, brokerKeyJson(fixKey), { mode: 0o600 });
  const keyFile = join(dir, 'load.keys');
  writeFileSync(keyFile, JSON.stringify({ keys: keys.map((k) => JSON.parse(brokerKeyJson(k))) }), { mode: 0o600 });
  const exchangeKeys = parseKeysFile(JSON.stringify({ keys: [...keys, fixKey].map((k) => exchangeKeyEntry(k)) }), 'bench');
  // BENCH_GATEWAY_PREFAULT=0: the rings' and the sessions' resend windows' pages committed as they
  // are first written (during the load), not before the exchange listens (the A/B of "The cold start").
  const prefault = process.env.BENCH_GATEWAY_PREFAULT !== '0';
  /** NewOrders the gateway thread runs on a scratch pipeline before it listens (gateway option warmupOrders; 0: none). */
  const gwWarmup = Number(process.env.BENCH_GATEWAY_GW_WARMUP ?? 100_000);
  launcher = process.env.BENCH_GATEWAY_LAUNCHER === '0' ? undefined : await Launcher.start(); // before any exchange: see runNode
  const startExchange = (data: string) => Exchange.start(exchangeOptions({
    data: join(dir, data), rate: 0, fsync: true, feed: undefined, ringRecords: 1 << 18, warmupInputs: coreWarmup, pipelineCommit: process.env.BENCH_GATEWAY_PIPELINE !== '0',
    prefaultRings: prefault,
    gateway: gatewayOptions({ port: 0, measure: true, stageSample, prefaultWindows: prefault ? sessions + 1 : 0, warmupOrders: gwWarmup, snapshotReuse: process.env.BENCH_GATEWAY_SNAPSHOT_REUSE !== '0', snapshotSyncBytes: process.env.BENCH_GATEWAY_SNAPSHOT_SYNC_BYTES ? Number(process.env.BENCH_GATEWAY_SNAPSHOT_SYNC_BYTES) : undefined, eventsPerTurn: process.env.BENCH_GATEWAY_EVENTS_PER_TURN ? Number(process.env.BENCH_GATEWAY_EVENTS_PER_TURN) : undefined, fixPort: 0, fixStore: join(dir, `${data}-fix`), keys: exchangeKeys }),
  }));
  let x = await startExchange('data').catch((e: unknown) => {
    launcher?.close(); // its IPC channel would keep this process alive
    throw e;
  });
  const load0 = loadavg()[0]!;
  let r: LoadResult;
  let counters: Record<string, number> | undefined;
  let receipt = { p50: NaN, p99: NaN, count: 0 };
  let fix = { sent: 0, answered: 0, fills: 0, seconds: 0, fix_orders_per_s: NaN };
  let threads = new Map<string, number>();
  let lowThreads = new Map<string, number>();
  let wallUs = NaN;
  let lowWallUs = NaN;
  let commits = 0;
  let commitUs = { p50: NaN, p99: NaN };
  let low: LoadResult | undefined;
  let lowCounters: Record<string, number> | undefined;
  let lowReceipt = { p50: NaN, p99: NaN, count: 0 };
  let stages: StageReport | undefined;
  /** BENCH_GATEWAY_STAGE_DUMP=PREFIX: each phase's joined samples as PREFIX-PHASE.json (rx µs, total, stages), for analysis. */
  const dump = (b: StageBlocks | undefined, phase: string, fromUs = 0) => {
    const prefix = process.env.BENCH_GATEWAY_STAGE_DUMP;
    if (!prefix || !b) return;
    const { samples } = stageSamples(b, fromUs);
    writeFileSync(`${prefix}-${phase}.json`, JSON.stringify({ stages: STAGES.map(([n]) => n), samples: samples.map((x) => [Math.round(x.rxUs), Math.round(x.total), ...STAGES.map(([n]) => Math.round(x.stage[n]))]) }));
  };
  let lowStages: StageReport | undefined;
  const prof = process.env.BENCH_GATEWAY_PROF; // a directory: V8 CPU profile of the load process
  try {
    const out = join(dir, 'load.json');
    const cpu0 = threadCpu();
    const t0 = performance.now();
    const commits0 = x.latency[Lat.commit]!.snapshot().count;
    r = await spawnLoad(x.gatewayPort!, keyFile, sessions, rate, seconds, tickMs, window, out, prof, warmup);
    threads = cpuDelta(cpu0, threadCpu());
    wallUs = (performance.now() - t0) * 1000;
    const cs = x.latency[Lat.commit]!.snapshot();
    commits = cs.count - commits0;
    commitUs = { p50: Math.round(quantileUs(cs, 0.5)), p99: Math.round(quantileUs(cs, 0.99)) };
    counters = await x.gatewayCounters();
    // Receipt -> ack at the gateway's socket (the /metrics series), same run: what of the client's figure is the exchange's.
    const rs = x.latency[Lat.receipt]!.snapshot();
    receipt = { p50: Math.round(quantileUs(rs, 0.5)), p99: Math.round(quantileUs(rs, 0.99)), count: rs.count };
    stages = x.stageBlocks ? stageReport(x.stageBlocks, 0, warmup * 1e6) : undefined;
    dump(x.stageBlocks, 'high');
    const fixOut = join(dir, 'fix.json');
    const fixCode = await runNode([...(process.env.BENCH_FIX_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_FIX_PROF] : []), join(ROOT, 'bench', 'fix-load.ts'), String(x.fixPort), fixKeyFile, String(fixSeconds), 'memory', fixOut]);
    if (fixCode !== 0) throw new Error(`bench/fix-load.ts exited ${fixCode}`);
    fix = JSON.parse(readFileSync(fixOut, 'utf8')) as typeof fix;
    // The low-rate phase, on a fresh exchange: its stamp -> ack histogram is this phase's alone.
    await x.stop();
    // Its journal and snapshots (hundreds of MB, much of it dirty in the page cache) go first: removed
    // files are never written back, so the kernel's writeback does not compete with this phase's fdatasync.
    rmSync(join(dir, 'data'), { recursive: true, force: true });
    rmSync(join(dir, 'data-fix'), { recursive: true, force: true });
    x = await startExchange('data-low');
    const lowFromUs = (performance.timeOrigin + performance.now()) * 1000;
    const lowCpu0 = threadCpu();
    const lowT0 = performance.now();
    low = await spawnLoad(x.gatewayPort!, keyFile, sessions, lowRate, lowSeconds, tickMs, window, join(dir, 'load-low.json'), undefined, warmup);
    lowThreads = cpuDelta(lowCpu0, threadCpu());
    lowWallUs = (performance.now() - lowT0) * 1000;
    lowCounters = await x.gatewayCounters();
    const lrs = x.latency[Lat.receipt]!.snapshot();
    lowReceipt = { p50: Math.round(quantileUs(lrs, 0.5)), p99: Math.round(quantileUs(lrs, 0.99)), count: lrs.count };
    lowStages = x.stageBlocks ? stageReport(x.stageBlocks, lowFromUs, warmup * 1e6) : undefined;
    dump(x.stageBlocks, 'low', lowFromUs);
  } finally {
    await x.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    launcher?.close();
    launcher = undefined;
  }
  const load1 = loadavg()[0]!;
  const inProc = counters?.stampToAckP99Us ?? NaN;
  const inProcLow = lowCounters?.stampToAckP99Us ?? NaN;
  // CPU per answered order, µs, per thread of the exchange (this process) and for the load process.
  const perOrder2 = (us: number, n: number) => Math.round((us / Math.max(1, n)) * 100) / 100;
  const perOrder = (us: number) => perOrder2(us, r.answered);
  const named = ['bourse-gateway', 'bourse-core', 'bourse-mdp', 'MainThread', 'V8Worker', 'libuv-worker'];
  const cpu: Record<string, number> = {};
  let exchangeUs = 0;
  for (const [name, us] of threads) {
    if (!isCpuKey(name)) continue;
    exchangeUs += us;
    const key = named.includes(name) ? name : 'other';
    cpu[key] = (cpu[key] ?? 0) + us;
  }
  const waitPct = (t: Map<string, number>, k: string, wall: number) => Math.round(((t.get(`${k}:wait`) ?? NaN) / wall) * 1000) / 10;
  const sysOf = (k: string) => k === 'other' ? 0 : (threads.get(`${k}:sys`) ?? 0);
  const cpuRows = [...named, 'other'].filter((k) => cpu[k] !== undefined).map((k) => [`  CPU µs/order: ${k} (of which in the kernel)`, `${perOrder(cpu[k]!)} (${perOrder(sysOf(k))}; ${(cpu[k]! / 1e6).toFixed(1)} s)`]);
  printTable(['figure', 'value'], [
    ['sessions (separate process) x offered orders/s', `${sessions} x ${rate} for ${seconds} s, one write per session every ${tickMs} ms`],
    [`sent orders/s (client; due orders beyond ${window} unanswered per session are not sent)`, `${r.sent_per_s} (${r.not_sent} not sent)`],
    ['answered orders/s (gateway_orders_per_s)', r.orders_per_s],
    ['order -> ack p50 / p99 / p99.9 µs (client socket)', `${r.ack_p50_us} / ${r.ack_p99_us} / ${r.ack_p999_us}`],
    ['order -> fill report p99 µs (aggressive orders)', r.fill_p99_us],
    ['stamp -> ack p50 / p99 µs (in process)', `${counters?.stampToAckP50Us} / ${inProc}`],
    ['receipt -> ack p50 / p99 µs (gateway socket, /metrics histogram, bucket-interpolated)', `${receipt.p50} / ${receipt.p99} (${receipt.count} orders)`],
    ['ack p99 over in-process p99 (goal <= 2)', (r.ack_p99_us / inProc).toFixed(2)],
    [`steady (orders sent after the first ${warmup} s): ack p50 / p99 µs; in-process p99 (sampled); ratio`, `${r.ack_p50_us_steady} / ${r.ack_p99_us_steady}; ${stages ? Math.round(stages.steady.p99.inProcess) : '-'}; ${stages ? (r.ack_p99_us_steady / stages.steady.p99.inProcess).toFixed(2) : '-'}`],
    ['session spread p99 µs (100 ms windows)', r.session_spread_p99_us],
    ['gateway snapshots: count, last size bytes, last pause ms (gateway thread), last prune ms', `${counters?.snapshots} ${counters?.snapshotBytes} ${counters?.snapshotMs} ${counters?.snapshotPruneMs}`],
    ['gateway loop turns that folded events, events per turn (cap)', `${counters?.turns} ${((counters?.turnEvents ?? 0) / Math.max(1, counters?.turns ?? 0)).toFixed(0)} (${process.env.BENCH_GATEWAY_EVENTS_PER_TURN ?? 'default'}); low phase ${lowCounters?.turns} ${((lowCounters?.turnEvents ?? 0) / Math.max(1, lowCounters?.turns ?? 0)).toFixed(0)}`],
    ['lost reports (unanswered + seq gaps)', `${r.lost_reports} (${r.seq_gaps} gaps)`],
    ['accepted / engine-rejected / gateway-rejected / fills', `${r.accepted} / ${r.rejected} / ${r.gateway_rejected} / ${r.fills}`],
    ['FIX: one jspurefix session, orders answered/s (fix_orders_per_s; 256 unanswered at most)', `${fix.fix_orders_per_s} (${fix.answered} answered, ${fix.fills} fills in ${fix.seconds.toFixed(1)} s)`],
    ['group commits (journal write + fdatasync) during the load, orders per commit; commit p50 / p99 µs', `${commits}, ${(r.answered / Math.max(1, commits)).toFixed(1)}; ${commitUs.p50} / ${commitUs.p99}`],
    [`LOW RATE (fresh exchange, same ${sessions} sessions): offered / sent / answered orders/s`, `${lowRate} for ${lowSeconds} s / ${low!.sent_per_s} (${low!.not_sent} not sent) / ${low!.orders_per_s}`],
    ['  low: order -> ack p50 / p99 / p99.9 µs (client socket)', `${low!.ack_p50_us} / ${low!.ack_p99_us} / ${low!.ack_p999_us}`],
    ['  low: stamp -> ack p50 / p99 µs (in process, this phase only)', `${lowCounters?.stampToAckP50Us} / ${inProcLow}`],
    ['  low: receipt -> ack p50 / p99 µs (gateway socket, bucket-interpolated)', `${lowReceipt.p50} / ${lowReceipt.p99} (${lowReceipt.count} orders)`],
    ['  low: ack p99 over in-process p99 (goal <= 2)', (low!.ack_p99_us / inProcLow).toFixed(2)],
    [`  low, steady (after the first ${warmup} s): ack p50 / p99 µs; in-process p99 (sampled); ratio`, `${low!.ack_p50_us_steady} / ${low!.ack_p99_us_steady}; ${lowStages ? Math.round(lowStages.steady.p99.inProcess) : '-'}; ${lowStages ? (low!.ack_p99_us_steady / lowStages.steady.p99.inProcess).toFixed(2) : '-'}`],
    ['  low: session spread p99 µs / lost reports', `${low!.session_spread_p99_us} / ${low!.lost_reports} (${low!.seq_gaps} gaps)`],
    ['  low: CPU µs/order of the load process (of which in the kernel)', `${perOrder2(low!.cpu_us, low!.answered)} (${perOrder2(low!.cpu_sys_us, low!.answered)})`],
    ...cpuRows,
    ['  waiting for a CPU, % of the load: gateway thread / core thread (low phase: same)', `${waitPct(threads, 'bourse-gateway', wallUs)} / ${waitPct(threads, 'bourse-core', wallUs)} (${waitPct(lowThreads, 'bourse-gateway', lowWallUs)} / ${waitPct(lowThreads, 'bourse-core', lowWallUs)})`],
    ['CPU µs/order: exchange process (all threads) / load process / both', `${perOrder(exchangeUs)} / ${perOrder(r.cpu_us)} / ${perOrder(exchangeUs + r.cpu_us)}`],
    ['load average (1 min) before / after, on this many cpus', `${load0.toFixed(1)} / ${load1.toFixed(1)}`],
  ]);
  const ms = (us: number) => (us / 1000).toFixed(2);
  const stageRow = (n: (typeof STAGES)[number][0], what: string) => [`  ${n}: ${what}`, ...[stages, lowStages].map((s) => s ? `${ms(s.p50[n])} / ${ms(s.p99[n])} / ${(s.tailShare[n] * 100).toFixed(0)}%` : '-')];
  if (stages || lowStages) {
    console.log(`\nStages of 1 NewOrder in ${stageSample} (ms: p50 / p99 / share of the p99 tail's time)`);
    printTable(['stage', `${rate}/s phase`, `${lowRate}/s phase`], [
      ['samples (incomplete)', ...[stages, lowStages].map((s) => s ? `${s.samples} (${s.incomplete})` : '-')],
      ['  total: socket receipt -> report written', ...[stages, lowStages].map((s) => s ? `${ms(s.p50.total)} / ${ms(s.p99.total)}` : '-')],
      ['  in process: stamp -> report derived (sampled)', ...[stages, lowStages].map((s) => s ? `${ms(s.p50.inProcess)} / ${ms(s.p99.inProcess)}` : '-')],
      [`  steady (after the first ${warmup} s): total; in process`, ...[stages, lowStages].map((s) => s ? `${ms(s.steady.p50.total)} / ${ms(s.steady.p99.total)}; ${ms(s.steady.p50.inProcess)} / ${ms(s.steady.p99.inProcess)}` : '-')],
      ...STAGES.map(([n, what]) => stageRow(n, what)),
    ]);
    const perSecond = (s: StageReport | undefined) => s ? s.series.t_s.map((t, i) => `${t}:${ms(s.series.total_p99_us[i]!)}`).join(' ') : '-';
    console.log(`p99 total per second (s:ms): ${perSecond(stages)}\nlow phase: ${perSecond(lowStages)}`);
    // Orders received per second at the gateway's socket (sampled count x the sample rate): does a backlog clear?
    const received = (s: StageReport | undefined) => s ? s.series.count.map((c) => Math.round((c * stageSample) / 1000)).join(' ') : '-';
    console.log(`orders received per second (thousands, sampled): ${received(stages)}`);
    const marks = (s: StageReport | undefined) => s ? s.marks.map((m) => `${m.kind}@${m.t_s}s(${ms(m.duration_us)})`).join(' ') : '-';
    console.log(`snapshot moments: ${marks(stages)}\nlow phase: ${marks(lowStages)}`);
    attachSeries('gateway', { stage_sample: stageSample, stages: stages?.series, stage_marks: stages?.marks, stages_low: lowStages?.series, stage_marks_low: lowStages?.marks });
  }
  const stageFigures = (s: StageReport | undefined, suffix: string): Figures => {
    if (!s) return {};
    const f: Figures = {
      [`stage_samples${suffix}`]: s.samples, [`stage_total_p50_us${suffix}`]: Math.round(s.p50.total), [`stage_total_p99_us${suffix}`]: Math.round(s.p99.total),
      [`stage_in_process_p99_us${suffix}`]: Math.round(s.p99.inProcess), [`stage_total_p99_us_steady${suffix}`]: Math.round(s.steady.p99.total),
      [`ack_p99_in_process_us_steady${suffix}`]: Math.round(s.steady.p99.inProcess),
    };
    for (const [n] of STAGES) {
      f[`stage_${n}_p50_us${suffix}`] = Math.round(s.p50[n]);
      f[`stage_${n}_p99_us${suffix}`] = Math.round(s.p99[n]);
      f[`stage_${n}_tail_share${suffix}`] = Math.round(s.tailShare[n] * 1000) / 1000;
    }
    return f;
  };
  return {
    gateway_orders_per_s: r.orders_per_s,
    offered_orders_per_s: rate,
    sent_orders_per_s: r.sent_per_s,
    not_sent_orders: r.not_sent,
    sessions,
    seconds,
    load_tick_ms: tickMs,
    load_window: window,
    ack_p50_us: r.ack_p50_us,
    ack_p99_us: r.ack_p99_us,
    ack_p999_us: r.ack_p999_us,
    fill_p99_us: r.fill_p99_us,
    ack_p99_in_process_us: inProc,
    ack_p50_in_process_us: counters?.stampToAckP50Us ?? NaN,
    ack_p99_ratio_tcp_over_in_process: r.ack_p99_us / inProc,
    receipt_ack_p50_us: receipt.p50,
    receipt_ack_p99_us: receipt.p99,
    gateway_turns: counters?.turns ?? NaN,
    gateway_events_per_turn: Math.round((counters?.turnEvents ?? 0) / Math.max(1, counters?.turns ?? 0)),
    gateway_events_per_turn_low: Math.round((lowCounters?.turnEvents ?? 0) / Math.max(1, lowCounters?.turns ?? 0)),
    gateway_snapshots: counters?.snapshots ?? 0,
    gateway_snapshot_bytes: counters?.snapshotBytes ?? 0,
    gateway_snapshot_pause_ms: counters?.snapshotMs ?? 0,
    gateway_snapshot_prune_ms: counters?.snapshotPruneMs ?? NaN,
    session_spread_p99_us: r.session_spread_p99_us,
    lost_reports: r.lost_reports,
    fix_orders_per_s: fix.fix_orders_per_s,
    group_commits: commits,
    group_commit_p50_us: commitUs.p50,
    group_commit_p99_us: commitUs.p99,
    orders_per_group_commit: Math.round((r.answered / Math.max(1, commits)) * 10) / 10,
    cpu_us_per_order_exchange: perOrder(exchangeUs),
    cpu_us_per_order_gateway_thread: perOrder(cpu['bourse-gateway'] ?? 0),
    cpu_us_per_order_core_thread: perOrder(cpu['bourse-core'] ?? 0),
    cpu_us_per_order_mdp_thread: perOrder(cpu['bourse-mdp'] ?? 0),
    cpu_us_per_order_main_thread: perOrder(cpu.MainThread ?? 0),
    cpu_us_per_order_gc_helpers: perOrder(cpu.V8Worker ?? 0),
    cpu_us_per_order_load_process: perOrder(r.cpu_us),
    cpu_us_per_order_load_process_kernel: perOrder(r.cpu_sys_us),
    cpu_us_per_order_gateway_thread_kernel: perOrder(sysOf('bourse-gateway')),
    cpu_us_per_order_core_thread_kernel: perOrder(sysOf('bourse-core')),
    // Share of the load's wall time each thread was runnable but waiting for a CPU (schedstat).
    runqueue_wait_pct_gateway_thread: waitPct(threads, 'bourse-gateway', wallUs),
    runqueue_wait_pct_core_thread: waitPct(threads, 'bourse-core', wallUs),
    runqueue_wait_pct_gateway_thread_low: waitPct(lowThreads, 'bourse-gateway', lowWallUs),
    runqueue_wait_pct_core_thread_low: waitPct(lowThreads, 'bourse-core', lowWallUs),
    low_rate_offered_orders_per_s: lowRate,
    low_rate_orders_per_s: low!.orders_per_s,
    ack_p50_us_low: low!.ack_p50_us,
    ack_p99_us_low: low!.ack_p99_us,
    ack_p99_in_process_us_low: inProcLow,
    ack_p99_ratio_low: low!.ack_p99_us / inProcLow,
    session_spread_p99_us_low: low!.session_spread_p99_us,
    lost_reports_low: low!.lost_reports,
    low_rate_seconds: lowSeconds,
    receipt_ack_p99_us_low: lowReceipt.p99,
    cpu_us_per_order_load_process_low: perOrder2(low!.cpu_us, low!.answered),
    core_warmup_inputs: coreWarmup,
    prefault: prefault ? 1 : 0,
    snapshot_reuse: process.env.BENCH_GATEWAY_SNAPSHOT_REUSE === '0' ? 0 : 1,
    load_warm: process.env.BENCH_GATEWAY_LOAD_WARM === '0' ? 0 : 1,
    load_from_launcher: process.env.BENCH_GATEWAY_LAUNCHER === '0' ? 0 : 1,
    gateway_prefault_ms: counters?.prefaultMs ?? NaN,
    gateway_warmup_orders: counters?.warmupOrders ?? NaN,
    gateway_warmup_ms: counters?.warmupMs ?? NaN,
    loadavg_1m_start: load0,
    loadavg_1m_end: load1,
    warmup_seconds: warmup,
    ack_p50_us_steady: r.ack_p50_us_steady,
    ack_p99_us_steady: r.ack_p99_us_steady,
    ack_p99_ratio_steady: r.ack_p99_us_steady / (stages?.steady.p99.inProcess ?? NaN),
    ack_p50_us_steady_low: low!.ack_p50_us_steady,
    ack_p99_us_steady_low: low!.ack_p99_us_steady,
    ack_p99_ratio_steady_low: low!.ack_p99_us_steady / (lowStages?.steady.p99.inProcess ?? NaN),
    ...stageFigures(stages, ''),
    ...stageFigures(lowStages, '_low'),
  };
}
