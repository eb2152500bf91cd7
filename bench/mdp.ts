/**
 * `npm run bench -- mdp`: the Market Data Publisher.
 *  1. MDP alone: engine events/s through L2 books + candles (events pre-generated, timed fold).
 *  2. End to end in one process, real threads: sequencer stamp (core thread) -> engine ->
 *     shared-memory ring -> MDP thread emits the LEVEL update; latency percentiles at offered
 *     loads of 50k, 215k orders/s and the highest sustainable rate, with and without pinning.
 *     No journal (memory only) so the figure is the hop, not the disk: the durable path adds
 *     the group commit's fdatasync (bench/journal.ts measures that).
 *  3. In the same run, the bare ring hop (one thread writes, the other reads) at the same rates:
 *     this machine's floor.
 *  4. gap_1y_ms: MDP time for the first input (a clock tick) after a year of silence, 100
 *     symbols that traded (issue 14: constant, whatever the gap); gap_1s_ms, the same input one
 *     second later, is its peer in the same run.
 *  5. uncross_100k_ms: the engine's uncross of a call with 100,000 resting orders (the
 *     SET_PHASE input that ends the opening call: AUCTION, every fill's TRADE, the AuctionEnd
 *     cancels, STATUS), from the book's own price levels. Its peer in the same run,
 *     uncross_sort_100k_ms, is the first version: the price alone, from loose orders sorted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../server/engine/engine.ts';
import { EventLog, EvSlot, EVENT_SLOTS } from '../server/engine/events.ts';
import { Cmd, encodeCommand, cmdSize, type Command, type Stamped } from '../server/engine/commands.ts';
import { TradingStatus } from '../server/kernel/types.ts';
import { uncross } from '../server/engine/auction.ts';
import { OrderFlow } from '../server/sim/flow.ts';
import { Mdp } from '../server/mdp/mdp.ts';
import { Exchange } from '../server/apps/runtime/exchange.ts';
import { exchangeOptions } from '../server/apps/runtime/options.ts';
import { measureRingHop } from './ring.ts';
import { printTable } from './lib/table.ts';
import type { Figures } from './lib/results.ts';
import { sleep } from '../test/support/wait.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Engine events for `inputs` simulated inputs, in one log. */
function events(symbols: number, inputs: number, resting: number): EventLog {
  const flow = new OrderFlow({ seed: 9, symbols, restingTarget: resting });
  const engine = new Engine();
  const buf = new Uint8Array(96);
  const all = new EventLog(inputs * 2);
  for (let k = 0; k < inputs; k++) {
    flow.next(buf, 0);
    engine.apply(buf, 0);
    const n = engine.out.count;
    while ((all.count + n) * 10 > all.f64.length) all.grow();
    all.f64.set(engine.out.f64.subarray(0, n * 10), all.count * 10);
    all.count += n;
    engine.out.clear();
  }
  return all;
}

function mdpAlone(symbols: number, resting: number): number {
  const log = events(symbols, 1_500_000, resting);
  const rates: number[] = [];
  for (let run = 0; run < 5; run++) {
    const mdp = new Mdp();
    const t0 = performance.now();
    const step = 4096;
    for (let k = 0; k < log.count; k += step) {
      mdp.consume(log.f64, log.i32, k, Math.min(step, log.count - k));
      mdp.out.clear();
    }
    rates.push(log.count / ((performance.now() - t0) / 1000));
  }
  return median(rates);
}

/** `n` orders, half each side, crossed over 200 ticks, 2 % market orders (price 0). */
function callOrders(n: number): { bp: Float64Array; bq: Float64Array; sp: Float64Array; sq: Float64Array } {
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const half = n / 2;
  const bp = new Float64Array(half), bq = new Float64Array(half), sp = new Float64Array(half), sq = new Float64Array(half);
  for (let i = 0; i < half; i++) {
    bp[i] = rnd() < 0.02 ? 0 : 10_000 + Math.floor(rnd() * 400) - 100;
    bq[i] = 1 + Math.floor(rnd() * 100);
    sp[i] = rnd() < 0.02 ? 0 : 10_000 + Math.floor(rnd() * 400) - 300;
    sq[i] = 1 + Math.floor(rnd() * 100);
  }
  return { bp, bq, sp, sq };
}

/**
 * Median ms of the engine's uncross of an opening call holding `n` orders (callOrders): the one
 * SET_PHASE input that ends the call, events included. Each run builds its book untimed.
 */
export function engineUncrossMs(n: number, runs = 7): { ms: number; firstMs: number; trades: number; priceMs: number } {
  const { bp, bq, sp, sq } = callOrders(n);
  const half = n / 2;
  const ms: number[] = [];
  const firstMs: number[] = [];
  const priceMs: number[] = [];
  let trades = 0;
  // Odd runs: a fresh engine, whose event log grows by ~12 MB inside the timed input (allocation
  // and first-touch page faults: ~9 ms of the profile). Even runs: the steady state of a running
  // exchange, whose log kept its buffer from an earlier uncross (EventLog.clear keeps it).
  for (let run = 0; run < 2 * runs; run++) {
    const warm = run % 2 === 1;
    const e = new Engine({ expectedOrders: n + 1024 });
    if (warm) {
      e.out.reserve(n + 1024);
      e.out.clear();
    }
    const buf = new Uint8Array(96);
    let seq = 0;
    const apply = (c: Command) => {
      buf.fill(0);
      encodeCommand({ ...c, seq: ++seq, time: 1_767_625_800_000_000 + seq } as Stamped, buf, 0);
      e.apply(buf, 0);
      e.out.clear();
    };
    apply({ type: Cmd.DefineInstrument, symbol: 1, name: 'AUC', tick: 1, lot: 1, maxQty: 1_000_000, refPrice: 10_000, bandBps: 1000, priceDecimals: 2, qtyDecimals: 0, currency: 'USD' });
    apply({ type: Cmd.SetPhase, symbol: 1, status: TradingStatus.OpeningAuction });
    for (let i = 0; i < half; i++) {
      apply({ type: Cmd.NewOrder, symbol: 1, side: 1, ordType: bp[i] === 0 ? 2 : 1, tif: 1, price: bp[i]!, qty: bq[i]!, account: 1, clientOrderId: i });
      apply({ type: Cmd.NewOrder, symbol: 1, side: 2, ordType: sp[i] === 0 ? 2 : 1, tif: 1, price: sp[i]!, qty: sq[i]!, account: 2, clientOrderId: i });
    }
    if (e.restingOrders !== n) throw new Error(`call holds ${e.restingOrders} orders, not ${n}`);
    // The price alone (what each indicative computes), over the book's levels.
    const p0 = performance.now();
    e.auctionResult(1);
    priceMs.push(performance.now() - p0);
    buf.fill(0, 0, cmdSize(Cmd.SetPhase));
    encodeCommand({ type: Cmd.SetPhase, symbol: 1, status: TradingStatus.Open, seq: ++seq, time: 1_767_625_800_000_000 + seq } as Stamped, buf, 0);
    const t0 = performance.now();
    e.apply(buf, 0);
    (warm ? ms : firstMs).push(performance.now() - t0);
    let t = 0;
    for (let k = 0; k < e.out.count; k++) if ((e.out.i32[k * 20]! & 0x7f) === 6) t++;
    trades = t;
  }
  return { ms: median(ms), firstMs: median(firstMs), trades, priceMs: median(priceMs) };
}

/** Median ms of the first version's uncross (price only) over `n` loose orders (callOrders): the peer. */
export function uncrossMs(n: number): number {
  const { bp, bq, sp, sq } = callOrders(n);
  const half = n / 2;
  const ms: number[] = [];
  for (let run = 0; run < 11; run++) {
    const t0 = performance.now();
    uncross(bp, bq, half, sp, sq, half, 10_000);
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Median ms the MDP spends on one clock tick `gap` µs after 100 symbols traded. */
function gapMs(gap: number): number {
  const log = events(100, 20_000, 100);
  const last = log.f64[(log.count - 1) * EVENT_SLOTS + EvSlot.time]!;
  const tick = new Engine();
  const buf = new Uint8Array(64);
  encodeCommand({ type: Cmd.ClockTick, seq: 1, time: last + gap } as Stamped, buf, 0);
  tick.apply(buf, 0);
  const ms: number[] = [];
  for (let run = 0; run < 21; run++) {
    const mdp = new Mdp();
    mdp.consumeLog(log);
    mdp.out.clear();
    const t0 = performance.now();
    mdp.consumeLog(tick.out);
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

interface E2e {
  offered: number;
  achieved: number;
  p50: number;
  p99: number;
  p999: number;
  max: number;
  samples: number;
  stalls: number;
  /** CPU ns per input of the core and MDP threads after the first second (warm-up). */
  coreNsPerInput: number;
  mdpNsPerInput: number;
}

async function e2e(rate: number, pinned: boolean, seconds = 3, metrics = true): Promise<E2e> {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-bench-mdp-'));
  try {
    const x = await Exchange.start(exchangeOptions({ data: dir, rate, symbols: 8, memoryOnly: true, measureLatency: true, metrics, pin: pinned ? { core: 0, mdp: 1 } : {}, ringRecords: 1 << 16 }));
    for (const p of x.pins) if (!p.result.ok) throw new Error(`pinning failed: ${p.result.reason}`);
    await sleep(1000);
    const w = x.stats();
    await sleep((seconds - 1) * 1000);
    const s = x.stats();
    const inputs = s.lastSeq - w.lastSeq;
    const coreNsPerInput = inputs > 0 ? Math.round(((s.coreCpuUs - w.coreCpuUs) * 1000) / inputs) : NaN;
    const mdpNsPerInput = inputs > 0 ? Math.round(((s.mdpCpuUs - w.mdpCpuUs) * 1000) / inputs) : NaN;
    const end = await x.stop();
    const all = end.samples ?? new Float64Array(0);
    // Skip the first quarter: JIT warm-up and the simulator filling its books.
    const xs = Array.from(all.subarray(Math.floor(all.length / 4))).sort((a, b) => a - b);
    const pct = (p: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : NaN);
    return { offered: rate, achieved: end.lastSeq / seconds, p50: pct(50), p99: pct(99), p999: pct(99.9), max: xs.length ? xs[xs.length - 1]! : NaN, samples: xs.length, stalls: s.ringStalls, coreNsPerInput, mdpNsPerInput };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Metrics on vs off (ExchangeOptions.metrics: the shared-memory histograms the core and MDP
 * threads record, docs/metrics.md), alternating on/off in the same run, `rounds` pairs: the
 * stamp -> MD level latency at 215k/s and the achieved rate when 1M/s is offered. Medians.
 */
export async function metricsOnOff(rounds = 4, seconds = 4): Promise<Figures> {
  const res = {
    on: { p50: [] as number[], p99: [] as number[], max: [] as number[], core: [] as number[], mdp: [] as number[] },
    off: { p50: [] as number[], p99: [] as number[], max: [] as number[], core: [] as number[], mdp: [] as number[] },
  };
  const rows: (string | number)[][] = [];
  for (let r = 0; r < rounds; r++) {
    for (const on of r % 2 === 0 ? [true, false] : [false, true]) {
      const k = on ? 'on' : 'off';
      const lat = await e2e(215_000, false, seconds, on);
      const top = await e2e(1_000_000, false, seconds, on);
      res[k].p50.push(lat.p50);
      res[k].p99.push(lat.p99);
      res[k].max.push(top.achieved);
      res[k].core.push(lat.coreNsPerInput);
      res[k].mdp.push(lat.mdpNsPerInput);
      rows.push([r + 1, k, Math.round(lat.achieved), lat.p50, lat.p99, lat.coreNsPerInput, lat.mdpNsPerInput, Math.round(top.achieved)]);
    }
  }
  printTable(['round', 'metrics', 'achieved/s at 215k', 'e2e p50 µs', 'e2e p99 µs', 'core CPU ns/input', 'MDP CPU ns/input', 'achieved/s at 1M offered'], rows, 'metrics on vs off (alternating, same run)');
  const f: Figures = {
    metrics_on_e2e_p50_us_215k: median(res.on.p50), metrics_off_e2e_p50_us_215k: median(res.off.p50),
    metrics_on_e2e_p99_us_215k: median(res.on.p99), metrics_off_e2e_p99_us_215k: median(res.off.p99),
    metrics_on_max_orders_per_s: Math.round(median(res.on.max)), metrics_off_max_orders_per_s: Math.round(median(res.off.max)),
    metrics_on_core_cpu_ns_per_input: median(res.on.core), metrics_off_core_cpu_ns_per_input: median(res.off.core),
    metrics_on_mdp_cpu_ns_per_input: median(res.on.mdp), metrics_off_mdp_cpu_ns_per_input: median(res.off.mdp),
  };
  // Noise of the CPU figures: the spread of the off rounds among themselves (max/min).
  f.metrics_off_core_cpu_spread_ratio = Math.round((Math.max(...res.off.core) / Math.min(...res.off.core)) * 100) / 100;
  f.metrics_on_vs_off_max_ratio = Math.round((f.metrics_on_max_orders_per_s! / f.metrics_off_max_orders_per_s!) * 1000) / 1000;
  f.metrics_on_vs_off_p99_ratio = Math.round((f.metrics_on_e2e_p99_us_215k! / f.metrics_off_e2e_p99_us_215k!) * 100) / 100;
  // Noise: the spread of the off rounds among themselves (max/min of achieved), for comparison.
  f.metrics_off_max_spread_ratio = Math.round((Math.max(...res.off.max) / Math.min(...res.off.max)) * 1000) / 1000;
  return f;
}

export async function runMdpBench(): Promise<Figures> {
  const figures: Figures = {};
  console.log(`load average ${loadavg()[0]!.toFixed(2)} (2 cores; medians, ratios in the same run)`);

  const one = mdpAlone(1, 1000);
  const many = mdpAlone(100, 1000);
  figures.mdp_events_per_s = Math.round(many);
  figures.mdp_events_per_s_1sym = Math.round(one);
  printTable(['scenario', 'events/s'], [['1 symbol, ~1k resting', Math.round(one)], ['100 symbols, ~1k resting each', Math.round(many)]], 'MDP alone (books + candles)');

  const gap1y = gapMs(365 * 86_400_000_000);
  const gap1s = gapMs(1_000_000);
  figures.gap_1y_ms = Math.round(gap1y * 1000) / 1000;
  figures.gap_1s_ms = Math.round(gap1s * 1000) / 1000;
  const eng = engineUncrossMs(100_000);
  figures.uncross_100k_ms = Math.round(eng.ms * 100) / 100;
  figures.uncross_100k_first_ms = Math.round(eng.firstMs * 100) / 100;
  figures.uncross_100k_trades = eng.trades;
  figures.uncross_price_100k_ms = Math.round(eng.priceMs * 1000) / 1000;
  figures.uncross_sort_100k_ms = Math.round(uncrossMs(100_000) * 100) / 100;
  figures.uncross_sort_vs_price = Math.round((figures.uncross_sort_100k_ms / figures.uncross_price_100k_ms) * 10) / 10;
  printTable(['100,000 orders', 'ms (median)'], [
    [`engine: the call-ending input, ${eng.trades} fills and their events included (7 runs)`, figures.uncross_100k_ms],
    ['  the same, first uncross of a fresh engine (its event log grows inside the input; 7 runs)', figures.uncross_100k_first_ms],
    ['engine: the price alone, over the book levels (7 runs)', figures.uncross_price_100k_ms],
    ['first version: the price alone, loose orders sorted (11 runs)', figures.uncross_sort_100k_ms],
  ], 'call auction uncross (goal < 50 ms)');
  printTable(['gap', 'MDP ms for the next input (median of 21)'], [['1 s', figures.gap_1s_ms], ['1 year', figures.gap_1y_ms]], 'first input after a gap, 100 symbols x 6 intervals (goal < 1 ms)');

  const rows: (string | number)[][] = [];
  for (const pinned of [false, true]) {
    const tag = pinned ? '_pinned' : '';
    for (const rate of [50_000, 215_000]) {
      const r = await e2e(rate, pinned);
      const hop = await measureRingHop({ ratePerS: rate, seconds: 3, ...(pinned ? { pin: { producer: 0, consumer: 1 } } : {}) });
      const k = `${rate / 1000}k`;
      figures[`e2e_p50_us_${k}${tag}`] = r.p50;
      figures[`e2e_p99_us_${k}${tag}`] = r.p99;
      figures[`e2e_p999_us_${k}${tag}`] = r.p999;
      figures[`e2e_max_us_${k}${tag}`] = r.max;
      figures[`ring_p99_us_${k}${tag}`] = hop.p99_us;
      figures[`ring_p999_us_${k}${tag}`] = hop.p999_us;
      figures[`e2e_vs_ring_p99_${k}${tag}`] = Math.round((r.p99 / hop.p99_us) * 100) / 100;
      rows.push([pinned ? 'pinned' : 'free', rate, Math.round(r.achieved), r.p50, r.p99, r.p999, r.max, hop.p50_us, hop.p99_us, hop.p999_us]);
    }
    // Highest sustainable rate: the simulator is paced, so once offered load passes what the
    // core can do, the achieved rate is its ceiling (rings are fixed, nothing is dropped: the
    // simulator simply falls behind). The simulator generates orders on the core thread, so
    // its cost is in the figure too.
    let best = 0;
    for (const rate of [300_000, 500_000, 700_000, 1_000_000]) {
      const r = await e2e(rate, pinned, 3);
      rows.push([pinned ? 'pinned' : 'free', rate, Math.round(r.achieved), r.p50, r.p99, r.p999, r.max, '', '', '']);
      best = Math.max(best, Math.round(r.achieved));
      if (r.achieved < 0.97 * rate) break;
    }
    figures[`max_sustained_orders_per_s${tag}`] = best;
  }
  printTable(['threads', 'offered/s', 'achieved/s', 'e2e p50 µs', 'p99', 'p99.9', 'max', 'ring p50 µs', 'ring p99', 'ring p99.9'], rows, 'stamp -> MDP level update, vs the bare ring hop (same run)');
  Object.assign(figures, await metricsOnOff());
  return figures;
}
