/**
 * The packed half of the SQLite bars store: a `bar_blocks` row holds up to BLOCK_SLOTS consecutive
 * interval slots of one symbol and interval as a BLOB of float64 fields (the BarChunk layout,
 * BAR_FIELDS per bar, sorted by open time). These are the pure functions over such a block.
 */
import { BAR_FIELDS, type BarRow } from './store.ts';

/** Interval slots per block: 256 x 64 bytes = 16 KB at most (a day of 1m bars is ~6 blocks). */
export const BLOCK_SLOTS = 256;
const FW = BAR_FIELDS;

/** A block BLOB as float64s (a view when aligned, else a copy). */
export function f64Of(b: Uint8Array): Float64Array {
  if (b.byteOffset % 8 === 0) return new Float64Array(b.buffer, b.byteOffset, b.length / 8);
  const out = new Float64Array(b.length / 8);
  new Uint8Array(out.buffer).set(b);
  return out;
}

/** First row of a block whose open time is > t (rows are sorted by open time). */
export function firstAfter(f: Float64Array, n: number, t: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (f[mid * FW]! > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** `rows` (sorted by open time, unique) merged into a block: a new bar is added, a rewritten one replaced. */
export function mergeBlock(old: Float64Array | undefined, rows: readonly BarRow[]): Float64Array {
  const n0 = old ? old.length / FW : 0;
  const put = (out: Float64Array, at: number, r: BarRow) => {
    const o = at * FW;
    out[o] = r.openTime; out[o + 1] = r.open; out[o + 2] = r.high; out[o + 3] = r.low;
    out[o + 4] = r.close; out[o + 5] = r.volume; out[o + 6] = r.trades; out[o + 7] = r.notional;
  };
  if (!old || n0 === 0 || rows[0]!.openTime > old[(n0 - 1) * FW]!) {
    const out = new Float64Array((n0 + rows.length) * FW);
    if (old) out.set(old);
    rows.forEach((r, i) => put(out, n0 + i, r));
    return out;
  }
  const tmp = new Float64Array((n0 + rows.length) * FW);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < n0 || j < rows.length) {
    const to = i < n0 ? old[i * FW]! : Infinity;
    const tn = j < rows.length ? rows[j]!.openTime : Infinity;
    if (tn <= to) {
      put(tmp, k++, rows[j++]!);
      if (tn === to) i++;
    } else {
      tmp.set(old.subarray(i * FW, i * FW + FW), k++ * FW);
      i++;
    }
  }
  return tmp.slice(0, k * FW);
}

