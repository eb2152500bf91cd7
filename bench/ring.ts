/**
 * Bench `ring`: the engine -> MDP hop through the shared-memory ring, between two worker threads.
 * A producer writes 80-byte records at an offered rate, each stamped with its send time; the
 * consumer records (receive - send) in a histogram. This is the machine's floor for that hop.
 *
 *   npm run bench -- ring          (bench/run.ts writes bench/results/ring.json)
 *   node bench/ring.ts [seconds] [runs]
 *
 * Clocks: performance.now() is per thread (its own time origin), so each thread measures once the
 * offset from its performance.now() to process.hrtime.bigint() (CLOCK_MONOTONIC, shared by every
 * thread) and stamps hrtime-based milliseconds without allocating a BigInt per record.
 */
import { isMainThread, parentPort, workerData, Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Ring, RING_SPIN } from '../server/bus/ring.ts';
import { pinCurrentThread, type PinResult } from '../server/apps/runtime/pin.ts';
import { EVENT_SIZE, EvSlot } from '../server/engine/events.ts';
import { Histogram } from '../server/kernel/histogram.ts';
import { writeResult } from './lib/results.ts';
import { printTable } from './lib/table.ts';

const SLOTS = EVENT_SIZE / 8;
const CAPACITY = 1 << 14; // 1.3 MB: ~16 ms of events at 1M/s
const WARMUP_S = 0.5;
const BATCH_MAX = 256;

export interface HopOptions {
  ratePerS: number;
  seconds: number;
  pin?: { producer: number; consumer: number };
  /** Consumer's polls of the write cursor before it sleeps (Ring default: RING_SPIN, ~1-2 µs). */
  spin?: number;
}

export interface HopResult {
  p50_us: number;
  p99_us: number;
  p999_us: number;
  max_us: number;
  delivered: number;
  offered_per_s: number;
  /** Times the producer had to wait for room (back-pressure); 0 when the consumer kept up. */
  stalls: number;
  /** Involuntary context switches of the two threads during the run: the scheduler's share of the tail. */
  preempted: number;
}

interface Job {
  benchRole: 'producer' | 'consumer';
  sab: SharedArrayBuffer;
  ratePerS: number;
  seconds: number;
  cpu?: number;
  spin: number;
}

interface ProducerReport {
  pin?: PinResult;
  preempted: number;
  measured: number;
  measuredMs: number;
  stalls: number;
}

interface ConsumerReport {
  pin?: PinResult;
  preempted: number;
  counts: Float64Array;
  count: number;
  min: number;
  max: number;
  sum: number;
  lost: number;
}

/** This thread's involuntary context switches so far (-1 where /proc has no answer). */
function preemptions(): number {
  try {
    const m = /^nonvoluntary_ctxt_switches:\s*(\d+)/m.exec(readFileSync('/proc/thread-self/status', 'latin1'));
    return m ? Number(m[1]) : -1;
  } catch {
    return -1;
  }
}

/** Milliseconds on the shared monotonic clock, via this thread's performance.now(). */
function monotonicClock(): () => number {
  let best = Infinity;
  let offset = 0;
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    const hr = Number(process.hrtime.bigint()) / 1e6;
    const t1 = performance.now();
    if (t1 - t0 < best) {
      best = t1 - t0;
      offset = hr - (t0 + t1) / 2;
    }
  }
  return () => performance.now() + offset;
}

// ---- worker side --------------------------------------------------------------------------------

function produce(job: Job): ProducerReport {
  const ring = Ring.attach(job.sab);
  const now = monotonicClock();
  const f64 = new Float64Array(BATCH_MAX * SLOTS);
  const u8 = new Uint8Array(f64.buffer);
  const perMs = job.ratePerS / 1000;
  // Record k is due at start + k / rate; those due in [warm-up end, end) are measured. Each is
  // stamped with the time it is actually handed to the ring (a late producer shows as a burst).
  const warm = Math.round(WARMUP_S * job.ratePerS);
  const total = warm + Math.round(job.seconds * job.ratePerS);
  const start = now();
  let sent = 0;
  while (sent < total) {
    const t = now();
    const due = Math.min(Math.floor((t - start) * perMs), total) - sent;
    if (due <= 0) continue; // spin on the clock: the bench may burn its own core
    const n = due < BATCH_MAX ? due : BATCH_MAX;
    for (let i = 0; i < n; i++) {
      const s = i * SLOTS;
      const k = sent + i;
      f64[s + EvSlot.seq] = k + 1;
      f64[s + EvSlot.inputSeq] = k >= warm ? 1 : 0;
      f64[s + EvSlot.time] = t;
    }
    ring.write(u8, n);
    sent += n;
  }
  const elapsed = now() - start;
  ring.close();
  return { preempted: 0, measured: total - warm, measuredMs: elapsed - WARMUP_S * 1000, stalls: ring.stats().stalls };
}

function consume(job: Job): ConsumerReport {
  const ring = Ring.attach(job.sab);
  const now = monotonicClock();
  const hist = new Histogram();
  let expect = 1;
  let lost = 0;
  const handler = (f64: Float64Array, _i32: Int32Array, first: number, count: number): void => {
    const t = now();
    for (let i = first; i < first + count; i++) {
      const s = i * SLOTS;
      const seq = f64[s + EvSlot.seq]!;
      if (seq !== expect) lost++;
      expect = seq + 1;
      if (f64[s + EvSlot.inputSeq] === 1) hist.record((t - f64[s + EvSlot.time]!) * 1e6); // ns
    }
  };
  for (;;) {
    if (ring.read(handler) > 0) continue;
    if (ring.closed) {
      if (ring.read(handler) === 0) break;
      continue;
    }
    ring.waitForData(100, job.spin);
  }
  return { preempted: 0, counts: hist.counts, count: hist.count, min: hist.min, max: hist.max, sum: hist.sum, lost };
}

if (!isMainThread && (workerData as Job | undefined)?.benchRole) {
  // Both threads start (module load, pinning) before either runs, so start-up is not measured.
  const job = workerData as Job;
  const pin = job.cpu === undefined ? undefined : pinCurrentThread(job.cpu);
  parentPort!.once('message', () => {
    const before = preemptions();
    const report = job.benchRole === 'producer' ? produce(job) : consume(job);
    parentPort!.postMessage({ ...report, pin, preempted: preemptions() - before });
  });
  parentPort!.postMessage('ready');
}

// ---- main side ----------------------------------------------------------------------------------

function result<T>(w: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`bench worker exited with ${code} before reporting`)));
  });
}

/** One run: p50/p99/p99.9/max of the hop in µs, records delivered in the window, offered rate. */
export async function measureRingHop(opts: HopOptions): Promise<HopResult> {
  const ring = Ring.create(CAPACITY, EVENT_SIZE);
  const job = { sab: ring.sab, ratePerS: opts.ratePerS, seconds: opts.seconds, spin: opts.spin ?? RING_SPIN };
  const self = new URL(import.meta.url);
  const consumer = new Worker(self, { workerData: { ...job, benchRole: 'consumer', cpu: opts.pin?.consumer } });
  const producer = new Worker(self, { workerData: { ...job, benchRole: 'producer', cpu: opts.pin?.producer } });
  try {
    await Promise.all([result<string>(consumer), result<string>(producer)]);
    const reports = Promise.all([result<ConsumerReport>(consumer), result<ProducerReport>(producer)]);
    consumer.postMessage('go');
    producer.postMessage('go');
    const [c, p] = await reports;
    for (const r of [c.pin, p.pin]) if (r && !r.ok) throw new Error(`pinning failed: ${r.reason}`);
    if (c.lost !== 0 || c.count !== p.measured) throw new Error(`ring lost records: ${c.lost} gaps, ${c.count}/${p.measured} delivered`);
    const hist = new Histogram();
    hist.counts.set(c.counts);
    hist.count = c.count;
    hist.min = c.min;
    hist.max = c.max;
    hist.sum = c.sum;
    const us = (ns: number): number => Math.round(ns / 10) / 100;
    return {
      p50_us: us(hist.percentile(50)),
      p99_us: us(hist.percentile(99)),
      p999_us: us(hist.percentile(99.9)),
      max_us: us(hist.max),
      delivered: c.count,
      offered_per_s: Math.round(p.measured / (p.measuredMs / 1000)),
      stalls: p.stalls,
      preempted: c.preempted + p.preempted,
    };
  } finally {
    await Promise.all([consumer.terminate(), producer.terminate()]);
  }
}

const RATES = [50_000, 215_000, 1_000_000];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Consumer spin for the "dedicated core" mode: ~50 µs of polling before sleeping. */
const LONG_SPIN = 5000;

/**
 * The grid: each rate with free threads, pinned threads (producer cpu 0, consumer cpu 1), and
 * pinned with the consumer spinning ~50 µs before it sleeps (what a dedicated core allows);
 * `runs` runs each, medians reported.
 */
export async function runRingBench(seconds = 3, runs = 3): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const rows: (string | number)[][] = [];
  const load = loadavg()[0]!;
  const pin = { producer: 0, consumer: 1 };
  const modes: [string, Omit<HopOptions, 'ratePerS' | 'seconds'>][] = [
    ['unpinned', {}],
    ['pinned', { pin }],
    ['pinned_spin', { pin, spin: LONG_SPIN }],
  ];
  for (const rate of RATES) {
    for (const [mode, extra] of modes) {
      const all: HopResult[] = [];
      for (let i = 0; i < runs; i++) all.push(await measureRingHop({ ratePerS: rate, seconds, ...extra }));
      const m = (k: keyof HopResult): number => median(all.map((r) => r[k]));
      const key = `${rate >= 1e6 ? `${rate / 1e6}m` : `${rate / 1e3}k`}_${mode}`;
      for (const k of ['p50_us', 'p99_us', 'p999_us', 'max_us', 'offered_per_s', 'stalls', 'preempted'] as const) figures[`${key}_${k}`] = m(k);
      rows.push([rate, mode, m('offered_per_s'), m('p50_us'), m('p99_us'), m('p999_us'), m('max_us'), m('stalls'), m('preempted')]);
    }
  }
  printTable(
    ['rate/s', 'threads', 'offered/s', 'p50 µs', 'p99 µs', 'p99.9 µs', 'max µs', 'stalls', 'preempted'],
    rows,
    `ring hop, engine -> MDP worker threads, 80-byte records (median of ${runs} runs of ${seconds} s each)`,
  );
  // The machine is shared: the load says how much of the tail is other people's work.
  figures.loadavg_start = load;
  figures.loadavg_end = loadavg()[0]!;
  figures.cpus = availableParallelism();
  console.log(`load average ${load.toFixed(2)} at start, ${figures.loadavg_end.toFixed(2)} at end, on ${figures.cpus} cpus`);
  return figures;
}

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await runRingBench(Number(process.argv[2] ?? 3), Number(process.argv[3] ?? 3));
  console.log(`wrote ${writeResult('ring', figures)}`);
}
