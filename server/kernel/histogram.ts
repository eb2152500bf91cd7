/**
 * Log-linear histogram (the HdrHistogram layout) in one Float64Array of counts: values below
 * 2*SUB are counted exactly; above, each power of two is split into SUB equal buckets, so a
 * bucket is at most 1/SUB of its lower bound wide. With SUB_BITS = 7 a reported percentile
 * (the bucket's midpoint) is within 1/256 (0.4%) of a value in that bucket: RELATIVE_ERROR.
 *
 * Values are non-negative integers (fractions are truncated): record nanoseconds, not µs.
 * Recording allocates nothing; the range is 0 .. 2^MAX_BITS - 1 (larger values are clamped).
 */
const SUB_BITS = 7;
const SUB = 1 << SUB_BITS;
const MAX_BITS = 44; // ~4.9 hours in ns
const BUCKETS = (MAX_BITS - SUB_BITS + 1) * SUB;
const MAX_VALUE = 2 ** MAX_BITS - 1;

/** Bound on |reported - true| / true for any percentile (plus 0 for values below 2*SUB). */
export const RELATIVE_ERROR = 1 / (2 * SUB);

function indexOf(v: number): number {
  if (v < 2 * SUB) return v;
  let msb: number;
  let top: number;
  if (v < 4294967296) {
    msb = 31 - Math.clz32(v);
    top = v >>> (msb - SUB_BITS);
  } else {
    const hi = Math.floor(v / 4294967296);
    msb = 63 - Math.clz32(hi);
    top = Math.floor(v / 2 ** (msb - SUB_BITS));
  }
  const shift = msb - SUB_BITS;
  return (shift + 1) * SUB + (top - SUB);
}

/** Lowest value that maps to bucket `i`, and the bucket's width. */
function bucketLow(i: number): number {
  if (i < 2 * SUB) return i;
  const shift = Math.floor(i / SUB) - 1;
  return (SUB + (i % SUB)) * 2 ** shift;
}

function bucketWidth(i: number): number {
  return i < 2 * SUB ? 1 : 2 ** (Math.floor(i / SUB) - 1);
}

export class Histogram {
  readonly counts = new Float64Array(BUCKETS);
  count = 0;
  min = Infinity;
  max = 0;
  sum = 0;

  record(value: number): void {
    let v = Math.floor(value);
    if (!(v >= 0)) v = 0; // negatives and NaN count as 0
    if (v > MAX_VALUE) v = MAX_VALUE;
    this.counts[indexOf(v)]!++;
    this.count++;
    this.sum += v;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }

  /** Value at percentile p (0..100): the smallest recorded value with at least p% at or below it. */
  percentile(p: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil((Math.min(100, Math.max(0, p)) / 100) * this.count));
    let seen = 0;
    const counts = this.counts;
    for (let i = 0; i < BUCKETS; i++) {
      seen += counts[i]!;
      if (seen >= rank) {
        const w = bucketWidth(i);
        const mid = w === 1 ? bucketLow(i) : bucketLow(i) + (w - 1) / 2;
        return Math.min(this.max, Math.max(this.min, mid));
      }
    }
    return this.max;
  }

  mean(): number {
    return this.count === 0 ? 0 : this.sum / this.count;
  }

  merge(other: Histogram): void {
    for (let i = 0; i < BUCKETS; i++) this.counts[i]! += other.counts[i]!;
    this.count += other.count;
    this.sum += other.sum;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  reset(): void {
    this.counts.fill(0);
    this.count = 0;
    this.min = Infinity;
    this.max = 0;
    this.sum = 0;
  }
}
