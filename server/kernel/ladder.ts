/**
 * One side of one book: the price levels in a sorted array with the BEST AT THE END, so the
 * best level is O(1) to read and to pop, and new levels (which arrive near the touch) are
 * inserted with a short memmove. Keys are `price` for bids and `-price` for asks, so both
 * sides sort ascending and "better" always means "larger key".
 *
 * Why not a tree: orders cluster near the touch, so the work of a sorted array is a few
 * element moves, with no per-node allocation or pointer chasing. Lookups scan a few levels
 * from the touch, then fall back to binary search, so a deep book costs O(log L).
 *
 * In the kernel because the engine's books, the MDP's L2 books and the feed client's books
 * (feed-client/book.ts, which keeps its own parallel arrays and uses searchLadder) share it.
 */
const LINEAR_PROBE = 8;

/**
 * Index of `key` in the ascending keys[0..n), or -(insertion index) - 1 when absent.
 * Scans from the touch (the end) first: that is where almost every lookup lands.
 */
export function searchLadder(keys: Float64Array, n: number, key: number): number {
  let hi = n - 1;
  const stop = hi - LINEAR_PROBE;
  for (; hi >= 0 && hi > stop; hi--) {
    const k = keys[hi]!;
    if (k === key) return hi;
    if (k < key) return -(hi + 1) - 1;
  }
  if (hi < 0) return -1;
  let lo = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -lo - 1;
}

export class Ladder {
  keys: Float64Array;
  levels: Int32Array;
  n = 0;

  constructor(capacity = 64) {
    this.keys = new Float64Array(capacity);
    this.levels = new Int32Array(capacity);
  }

  /** Level slot at the touch, or -1. */
  best(): number {
    return this.n > 0 ? this.levels[this.n - 1]! : -1;
  }

  /** Index of `key`, or -(insertion index) - 1 when absent (searchLadder). */
  search(key: number): number {
    return searchLadder(this.keys, this.n, key);
  }

  insertAt(index: number, key: number, level: number): void {
    if (this.n === this.keys.length) this.grow();
    const n = this.n;
    if (index < n) {
      this.keys.copyWithin(index + 1, index, n);
      this.levels.copyWithin(index + 1, index, n);
    }
    this.keys[index] = key;
    this.levels[index] = level;
    this.n = n + 1;
  }

  removeAt(index: number): void {
    const n = this.n - 1;
    if (index < n) {
      this.keys.copyWithin(index, index + 1, n + 1);
      this.levels.copyWithin(index, index + 1, n + 1);
    }
    this.n = n;
  }

  private grow(): void {
    const k = new Float64Array(this.keys.length * 2);
    k.set(this.keys);
    this.keys = k;
    const l = new Int32Array(this.levels.length * 2);
    l.set(this.levels);
    this.levels = l;
  }
}
