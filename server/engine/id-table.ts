/**
 * Open-addressing hash table from non-negative safe-integer keys to int32 values, in typed
 * arrays: no per-entry objects, no GC pressure, O(1) average insert/find/delete (linear
 * probing with backward-shift deletion, so there are no tombstones to pile up).
 * Empty slots hold key -1. Load factor is kept under 1/2. Key and value sit side by side in
 * one Float64Array (slot i: [2i] key, [2i+1] value), so a probe costs one cache miss, not two.
 */
const ENTRY = 2;
const KEY = 0;
const VAL = 1;

export class IdTable {
  private t: Float64Array;
  private mask: number;
  size = 0;

  constructor(initialCapacity = 1024) {
    let cap = 16;
    while (cap < initialCapacity * 2) cap *= 2;
    this.t = new Float64Array(cap * ENTRY).fill(-1);
    this.mask = cap - 1;
  }

  private slotOf(key: number): number {
    const lo = key >>> 0;
    const hi = (key / 4294967296) >>> 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1);
    h ^= h >>> 15;
    return h & this.mask;
  }

  /** Value for key, or -1. */
  get(key: number): number {
    const t = this.t;
    let i = this.slotOf(key);
    for (;;) {
      const k = t[i * ENTRY + KEY]!;
      if (k === key) return t[i * ENTRY + VAL]!;
      if (k === -1) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Insert or overwrite. */
  set(key: number, val: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.resize();
    const t = this.t;
    let i = this.slotOf(key);
    for (;;) {
      const k = t[i * ENTRY + KEY]!;
      if (k === key) {
        t[i * ENTRY + VAL] = val;
        return;
      }
      if (k === -1) {
        t[i * ENTRY + KEY] = key;
        t[i * ENTRY + VAL] = val;
        this.size++;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Remove key; returns whether it was present. */
  delete(key: number): boolean {
    const t = this.t;
    const mask = this.mask;
    let i = this.slotOf(key);
    for (;;) {
      const k = t[i * ENTRY + KEY]!;
      if (k === -1) return false;
      if (k === key) break;
      i = (i + 1) & mask;
    }
    // Backward-shift: pull later entries of the probe run into the hole.
    let hole = i;
    let j = (i + 1) & mask;
    for (;;) {
      const k = t[j * ENTRY + KEY]!;
      if (k === -1) break;
      const home = this.slotOf(k);
      // Move entry j into the hole if its home is not in (hole, j] cyclically.
      if (hole <= j ? home <= hole || home > j : home <= hole && home > j) {
        t[hole * ENTRY + KEY] = k;
        t[hole * ENTRY + VAL] = t[j * ENTRY + VAL]!;
        hole = j;
      }
      j = (j + 1) & mask;
    }
    t[hole * ENTRY + KEY] = -1;
    this.size--;
    return true;
  }

  clear(): void {
    this.t.fill(-1);
    this.size = 0;
  }

  private resize(): void {
    const old = this.t;
    const cap = (this.mask + 1) * 2;
    this.t = new Float64Array(cap * ENTRY).fill(-1);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += ENTRY) if (old[i + KEY] !== -1) this.set(old[i + KEY]!, old[i + VAL]!);
  }
}
