/**
 * Latency histograms in shared memory: written by the thread that owns the measurement (core,
 * MDP, main), read by the main thread when /metrics is scraped. Single writer per histogram, no
 * lock, no allocation: `record(us)` is a table lookup by bit length, at most two compares and
 * three plain stores.
 *
 *   one histogram = SLOTS Float64 slots in a SharedArrayBuffer:
 *   ┌─────────┬──────────┬──────────────────────────────────────────────┐
 *   │ 0: count│ 1: sum µs│ 2 .. 2+BOUNDS: per-bucket counts (not        │
 *   │         │          │ cumulative), the last one is +Inf            │
 *   └─────────┴──────────┴──────────────────────────────────────────────┘
 *
 * A reader may see a sample in `count` and not yet in its bucket (plain stores, no ordering):
 * `snapshot()` therefore takes the count from the buckets, so an exposition is always
 * consistent (cumulative buckets non-decreasing, +Inf = count); `sum` may lag by a sample.
 * Bounds are the Prometheus classic-histogram `le` values, in seconds on the wire.
 */

/** Bucket upper bounds in µs (1-2.5-5 per decade, 1 µs .. 10 s). SLO thresholds must be one of these. */
export const LATENCY_BOUNDS_US: readonly number[] = [
  1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000,
  1_000_000, 2_500_000, 5_000_000, 10_000_000,
];
const BOUNDS = new Float64Array(LATENCY_BOUNDS_US);
const NB = BOUNDS.length;
export const HISTOGRAM_SLOTS = 2 + NB + 1;
/**
 * FIRST[b]: the first bucket whose bound is >= 2^(b-1), for b = bit length of floor(v) (0..24):
 * the bucket of v is then at most two steps further (a power of two spans at most two bounds).
 */
const FIRST = new Int32Array(26);
for (let b = 0; b < FIRST.length; b++) {
  const lo = b === 0 ? 0 : 2 ** (b - 1);
  let i = 0;
  while (i < NB && BOUNDS[i]! < lo) i++;
  FIRST[b] = i;
}
const TOP = BOUNDS[NB - 1]!;

/** Index of the first bucket whose bound is >= v (NB: +Inf). */
function bucketOf(v: number): number {
  if (v > TOP) return NB;
  let i = FIRST[32 - Math.clz32(v)]!; // v <= 1e7 < 2^24: floor by ToUint32 in clz32
  while (BOUNDS[i]! < v) i++;
  return i;
}

export interface HistogramSnapshot {
  /** Cumulative counts per bound (same order as LATENCY_BOUNDS_US), then +Inf (= count). */
  readonly cumulative: Float64Array;
  readonly count: number;
  readonly sumUs: number;
}

export class SharedHistogram {
  readonly f64: Float64Array;

  /** A view of histogram `index` in `sab` (see histogramBlock). */
  constructor(sab: SharedArrayBuffer, index: number) {
    this.f64 = new Float64Array(sab, index * HISTOGRAM_SLOTS * 8, HISTOGRAM_SLOTS);
  }

  /** One sample in µs (negative and NaN count as 0). */
  record(us: number): void {
    const v = us > 0 ? us : 0;
    const f = this.f64;
    f[2 + bucketOf(v)]!++;
    f[0]!++;
    f[1]! += v;
  }

  /** `n` samples of the same value (one bucket lookup). */
  recordN(us: number, n: number): void {
    const v = us > 0 ? us : 0;
    const f = this.f64;
    f[2 + bucketOf(v)]! += n;
    f[0]! += n;
    f[1]! += v * n;
  }

  /** Cumulative view for an exposition or a quantile (allocates: scrape time only). */
  snapshot(): HistogramSnapshot {
    const f = this.f64;
    const cumulative = new Float64Array(NB + 1);
    let acc = 0;
    for (let i = 0; i <= NB; i++) {
      acc += f[2 + i]!;
      cumulative[i] = acc;
    }
    return { cumulative, count: acc, sumUs: f[1]! };
  }

  /** Samples at or below `boundUs` (which must be one of LATENCY_BOUNDS_US). */
  countAtOrBelow(boundUs: number): number {
    const i = LATENCY_BOUNDS_US.indexOf(boundUs);
    const f = this.f64;
    let acc = 0;
    for (let k = 0; k <= i; k++) acc += f[2 + k]!;
    return acc;
  }

  total(): number {
    const f = this.f64;
    let acc = 0;
    for (let k = 0; k <= NB; k++) acc += f[2 + k]!;
    return acc;
  }
}

/** Shared memory for `n` histograms. */
export function histogramBlock(n: number): SharedArrayBuffer {
  return new SharedArrayBuffer(n * HISTOGRAM_SLOTS * 8);
}

/**
 * Quantile q (0..1) of a snapshot in µs, interpolated linearly inside the bucket as Prometheus'
 * histogram_quantile does (so `bourse status` and a PromQL query agree). NaN when empty; the
 * highest finite bound when the rank falls in +Inf.
 */
export function quantileUs(s: { cumulative: ArrayLike<number>; count: number }, q: number): number {
  if (s.count === 0) return NaN;
  const rank = q * s.count;
  for (let i = 0; i < NB; i++) {
    const c = s.cumulative[i]!;
    if (c >= rank) {
      const lower = i === 0 ? 0 : BOUNDS[i - 1]!;
      const below = i === 0 ? 0 : s.cumulative[i - 1]!;
      const inBucket = c - below;
      return inBucket === 0 ? BOUNDS[i]! : lower + (BOUNDS[i]! - lower) * ((rank - below) / inBucket);
    }
  }
  return BOUNDS[NB - 1]!;
}
