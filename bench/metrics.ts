/**
 * `npm run bench -- metrics`: what metrics cost the hot path (docs/metrics.md). The end-to-end
 * A/B (metrics on vs off, alternating) is the last part of `npm run bench -- mdp`.
 *  1. Per observation, same loop, alternating rounds, medians: the shared-memory histogram the
 *     hot threads use (kernel/shared-histogram.ts) vs prom-client's Histogram.observe (same 22
 *     buckets; without and with a label) and Counter.inc, against an empty loop's baseline.
 *     Also what each allocates (heap growth per million observations, GC off where possible).
 *  2. A scrape: rendering /metrics of a populated registry through prom-client.
 */
import { Counter, Histogram, Registry } from 'prom-client';
import { loadavg } from 'node:os';
import { SharedHistogram, histogramBlock, LATENCY_BOUNDS_US } from '../server/kernel/shared-histogram.ts';
import { Metrics } from '../server/http/metrics.ts';
import { printTable } from './lib/table.ts';
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

  // A scrape of a registry like bourse start's (every histogram filled).
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
    load_avg_1m: Math.round(loadavg()[0]! * 100) / 100,
  };
  printTable(['scrape (8 histograms, 80 counters, prom-client format)', 'ms p50'], [['render()', figures.scrape_ms_p50!]]);
  console.log('metrics on vs off end to end: npm run bench -- mdp (its last table; figures metrics_on_* / metrics_off_* in bench/results/mdp.json)');
  return figures;
}
