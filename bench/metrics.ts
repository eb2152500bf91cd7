/**
 * `npm run bench -- metrics`: what metrics cost the hot path (docs/metrics.md). The end-to-end
 * A/B (metrics on vs off, alternating) is the last part of `npm run bench -- mdp`.
 *  1. Per observation, same loop, alternating rounds, medians: the shared-memory histogram the
 *     hot threads use (kernel/shared-histogram.ts) vs prom-client's Histogram.observe (same 22
 *     buckets; without and with a label) and Counter.inc, against an empty loop's baseline.
 *     Also what each allocates (heap growth per million observations, GC off where possible).
 *  2. The hot-path hooks themselves, in one thread, alternating on/off rounds: the core agent
 *     (simulator -> sequencer -> engine, no journal) with and without the ack recorder (worst
 *     case: one commit per input, as memory-only runs do; and one commit per 4096), and the MDP
 *     agent over pre-generated events with and without the stamp -> record sink (batches of 64).
 *     CPU-bound, single-threaded, timed by the thread's CPU time: far less noisy than the
 *     threaded A/B on a shared machine.
 *  3. A scrape: rendering /metrics of a populated registry through prom-client.
 */
import { Counter, Histogram, Registry } from 'prom-client';
import { loadavg } from 'node:os';
import { SharedHistogram, histogramBlock, LATENCY_BOUNDS_US } from '../server/kernel/shared-histogram.ts';
import { Metrics } from '../server/http/metrics.ts';
import { printTable } from './lib/table.ts';
import { Engine } from '../server/engine/engine.ts';
import { EventLog } from '../server/engine/events.ts';
import { CoreAgent } from '../server/sequencer/core-agent.ts';
import { MdpAgent } from '../server/mdp/mdp-agent.ts';
import { OrderFlow } from '../server/sim/flow.ts';
import { simulatorFor } from '../server/apps/runtime/sources.ts';
import { AckLatency } from '../server/apps/runtime/ack-latency.ts';
import { MdLatency } from '../server/apps/runtime/md-latency.ts';
import type { Figures } from './lib/results.ts';

const N = 2_000_000;
const ROUNDS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Latency-like values in µs (log-uniform 1 µs .. 100 ms), pre-generated. */
const values = new Float64Array(1 << 16);
{
  let s = 12345;
  for (let i = 0; i < values.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    values[i] = Math.exp((s / 2 ** 32) * Math.log(100_000));
  }
}

type Op = (v: number) => void;

function time(op: Op): number {
  const mask = values.length - 1;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) op(values[i & mask]!);
  return ((performance.now() - t0) * 1e6) / N;
}

function heapPerMillion(op: Op): number {
  const mask = values.length - 1;
  (globalThis as { gc?: () => void }).gc?.();
  const h0 = process.memoryUsage().heapUsed;
  for (let i = 0; i < 1_000_000; i++) op(values[i & mask]!);
  return Math.max(0, process.memoryUsage().heapUsed - h0);
}

export async function runMetricsBench(): Promise<Figures> {
  console.log(`load average ${loadavg()[0]!.toFixed(2)} (2 cores; medians of ${ROUNDS} alternating rounds of ${N.toLocaleString('en-US')} observations)`);
  const reg = new Registry();
  const buckets = LATENCY_BOUNDS_US.map((us) => us / 1e6);
  const ph = new Histogram({ name: 'bench_plain_seconds', help: 'x', buckets, registers: [reg] });
  const pl = new Histogram({ name: 'bench_labelled_seconds', help: 'x', buckets, labelNames: ['from'], registers: [reg] });
  const pc = new Counter({ name: 'bench_total', help: 'x', registers: [reg] });
  const sh = new SharedHistogram(histogramBlock(1), 0);
  const labels = { from: 'stamp' };
  let sink = 0;
  const ops: [string, Op][] = [
    ['empty loop (baseline)', (v) => { sink += v; }],
    ['shared-memory histogram record', (v) => sh.record(v)],
    ['prom-client Histogram.observe', (v) => ph.observe(v / 1e6)],
    ['prom-client Histogram.observe {label}', (v) => pl.observe(labels, v / 1e6)],
    ['prom-client Counter.inc', () => pc.inc()],
  ];
  const ns: number[][] = ops.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? ops.map((_, i) => i) : ops.map((_, i) => ops.length - 1 - i);
    for (const i of order) ns[i]!.push(time(ops[i]![1]));
  }
  const heap = ops.map(([, op]) => heapPerMillion(op));
  const med = ns.map(median);
  const base = med[0]!;
  printTable(['per observation', 'ns (median)', 'ns over baseline', 'min', 'max', 'heap bytes / 1M'],
    ops.map(([name], i) => [name, med[i]!.toFixed(1), (med[i]! - base).toFixed(1), Math.min(...ns[i]!).toFixed(1), Math.max(...ns[i]!).toFixed(1), heap[i]!]), 'hot-path cost of one observation');
  if (sink === -1) console.log(sink);

  // 2. The hooks in their agents, same thread, alternating; rates per second of this thread's CPU
  // time (a loaded machine preempts the thread: wall time would measure the neighbours).
  const cpuMs = () => {
    const c = process.threadCpuUsage();
    return (c.user + c.system) / 1000;
  };
  const wall = () => (performance.timeOrigin + performance.now()) * 1000;
  const coreRun = (on: boolean, commitEvery: number, inputs: number): number => {
    const engine = new Engine();
    const src = simulatorFor(engine, { seed: 7, symbols: 8 });
    const ack = new AckLatency(new SharedHistogram(histogramBlock(1), 0), wall, 4097);
    const core = CoreAgent.sync({ engine, clock: on ? ack.clock : wall, source: src, commitEvery, onDurable: on ? (log) => { ack.released(); src.flow.observe(log); } : (log) => src.flow.observe(log) });
    core.doWork(20_000); // warm the books
    const t0 = cpuMs();
    for (let done = 0; done < inputs; done += 512) {
      core.doWork(512);
      if (on) ack.flush(wall());
    }
    return inputs / ((cpuMs() - t0) / 1000);
  };
  const log = new EventLog(1 << 20);
  {
    const flow = new OrderFlow({ seed: 9, symbols: 8, restingTarget: 1000 });
    const engine = new Engine();
    const buf = new Uint8Array(96);
    for (let k = 0; k < 400_000; k++) {
      flow.next(buf, 0);
      engine.apply(buf, 0);
      const n = engine.out.count;
      while ((log.count + n) * 10 > log.f64.length) log.grow();
      log.f64.set(engine.out.f64.subarray(0, n * 10), log.count * 10);
      log.count += n;
      engine.out.clear();
    }
  }
  const mdpRun = (on: boolean): number => {
    const agent = new MdpAgent();
    const md = new MdLatency(new SharedHistogram(histogramBlock(1), 0), () => true, wall);
    agent.addSink(on ? md.sink : () => {});
    const t0 = cpuMs();
    for (let k = 0; k < log.count; k += 64) agent.onEvents(log.f64, log.i32, k, Math.min(64, log.count - k));
    return log.count / ((cpuMs() - t0) / 1000);
  };
  // The core's per-input hook alone: the sequencer's clock with and without the ack recorder
  // (stamp kept, released and recorded every 512 inputs), ns per call of thread CPU time.
  const clockNs = (on: boolean): number => {
    const ack = new AckLatency(new SharedHistogram(histogramBlock(1), 0), wall, 4097);
    const clock = on ? ack.clock : wall;
    let acc = 0;
    const t0 = cpuMs();
    for (let i = 0; i < N; i++) {
      acc += clock();
      if (on && (i & 511) === 511) {
        ack.released();
        ack.flush(wall());
      }
    }
    if (acc === -1) console.log(acc);
    return ((cpuMs() - t0) * 1e6) / N;
  };
  const clk = { on: [] as number[], off: [] as number[] };
  clockNs(true);
  clockNs(false);
  for (let r = 0; r < ROUNDS; r++) for (const on of r % 2 === 0 ? [true, false] : [false, true]) clk[on ? 'on' : 'off'].push(clockNs(on));
  printTable(['sequencer clock per input', 'ns (median, thread CPU)', 'min', 'max'], [
    ['wall clock (metrics off)', median(clk.off).toFixed(1), Math.min(...clk.off).toFixed(1), Math.max(...clk.off).toFixed(1)],
    ['ack recorder clock (metrics on)', median(clk.on).toFixed(1), Math.min(...clk.on).toFixed(1), Math.max(...clk.on).toFixed(1)],
  ], 'the core\'s one per-input hook');

  const ab: Record<string, { on: number[]; off: number[] }> = { core1: { on: [], off: [] }, core4096: { on: [], off: [] }, mdp: { on: [], off: [] } };
  // One discarded round of each first: JIT warm-up would otherwise count against whichever runs first.
  for (const on of [true, false]) {
    coreRun(on, 1, 50_000);
    coreRun(on, 4096, 50_000);
    mdpRun(on);
  }
  for (let r = 0; r < 8; r++) {
    for (const on of r % 2 === 0 ? [true, false] : [false, true]) {
      const k = on ? 'on' : 'off';
      ab.core1![k].push(coreRun(on, 1, 200_000));
      ab.core4096![k].push(coreRun(on, 4096, 200_000));
      ab.mdp![k].push(mdpRun(on));
    }
  }
  const abRows = Object.entries(ab).map(([name, v]) => {
    const on = median(v.on);
    const off = median(v.off);
    const spread = Math.max(...v.off) / Math.min(...v.off);
    return [name === 'core1' ? 'core agent, commit per input (inputs/s)' : name === 'core4096' ? 'core agent, commit per 4096 (inputs/s)' : 'MDP agent, batches of 64 (events/s)', Math.round(on), Math.round(off), (on / off).toFixed(3), spread.toFixed(3)];
  });
  printTable(['hot path, same thread', 'metrics on', 'metrics off', 'on/off', 'off rounds max/min'], abRows, 'hooks on vs off (8 alternating rounds, medians; per second of thread CPU time)');

  // 3. A scrape of a registry like bourse start's (every histogram filled).
  const m = new Metrics();
  for (let k = 0; k < 8; k++) m.histogram(`bench_h${k}_seconds`, 'x', () => sh.snapshot());
  for (let k = 0; k < 80; k++) m.counter(`bench_c${k}_total`, 'x', () => k);
  const scrapes: number[] = [];
  for (let r = 0; r < 20; r++) {
    const t0 = performance.now();
    await m.render();
    scrapes.push(performance.now() - t0);
  }

  const figures: Figures = {
    shared_histogram_ns: Math.round((med[1]! - base) * 10) / 10,
    promclient_histogram_ns: Math.round((med[2]! - base) * 10) / 10,
    promclient_histogram_labelled_ns: Math.round((med[3]! - base) * 10) / 10,
    promclient_counter_ns: Math.round((med[4]! - base) * 10) / 10,
    promclient_vs_shared_histogram_ratio: Math.round(((med[2]! - base) / Math.max(0.1, med[1]! - base)) * 10) / 10,
    shared_histogram_heap_bytes_per_1m: heap[1]!,
    promclient_histogram_labelled_heap_bytes_per_1m: heap[3]!,
    scrape_ms_p50: Math.round(median(scrapes) * 100) / 100,
    core_commit1_on_inputs_per_s: Math.round(median(ab.core1!.on)), core_commit1_off_inputs_per_s: Math.round(median(ab.core1!.off)),
    core_commit1_on_vs_off: Math.round((median(ab.core1!.on) / median(ab.core1!.off)) * 1000) / 1000,
    core_commit4096_on_inputs_per_s: Math.round(median(ab.core4096!.on)), core_commit4096_off_inputs_per_s: Math.round(median(ab.core4096!.off)),
    core_commit4096_on_vs_off: Math.round((median(ab.core4096!.on) / median(ab.core4096!.off)) * 1000) / 1000,
    mdp_on_events_per_s: Math.round(median(ab.mdp!.on)), mdp_off_events_per_s: Math.round(median(ab.mdp!.off)),
    mdp_on_vs_off: Math.round((median(ab.mdp!.on) / median(ab.mdp!.off)) * 1000) / 1000,
    ack_clock_on_ns: Math.round(median(clk.on) * 10) / 10, ack_clock_off_ns: Math.round(median(clk.off) * 10) / 10,
    ack_clock_extra_ns: Math.round((median(clk.on) - median(clk.off)) * 10) / 10,
    off_rounds_spread_core1: Math.round((Math.max(...ab.core1!.off) / Math.min(...ab.core1!.off)) * 1000) / 1000,
    load_avg_1m: Math.round(loadavg()[0]! * 100) / 100,
  };
  printTable(['scrape (8 histograms, 80 counters, prom-client format)', 'ms p50'], [['render()', figures.scrape_ms_p50!]]);
  console.log('metrics on vs off end to end: npm run bench -- mdp (its last table; figures metrics_on_* / metrics_off_* in bench/results/mdp.json)');
  return figures;
}
