/**
 * Open-addressing hash table from non-negative safe-integer keys to int32 values, in typed
 * arrays: no per-entry objects, no GC pressure, O(1) average insert/find/delete (linear
 * probing with backward-shift deletion, so there are no tombstones to pile up).
 * Empty slots hold key -1. Load factor is kept under 1/2.
 */
export class IdTable {
  private keys: Float64Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(initialCapacity = 1024) {
    let cap = 16;
    while (cap < initialCapacity * 2) cap *= 2;
    this.keys = new Float64Array(cap).fill(-1);
    this.vals = new Int32Array(cap);
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
    const keys = this.keys;
    let i = this.slotOf(key);
    for (;;) {
      const k = keys[i]!;
      if (k === key) return this.vals[i]!;
      if (k === -1) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Insert or overwrite. */
  set(key: number, val: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.resize();
    const keys = this.keys;
    let i = this.slotOf(key);
    for (;;) {
      const k = keys[i]!;
      if (k === key) {
        this.vals[i] = val;
        return;
      }
      if (k === -1) {
        keys[i] = key;
        this.vals[i] = val;
        this.size++;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Remove key; returns whether it was present. */
  delete(key: number): boolean {
    const keys = this.keys;
    const vals = this.vals;
    const mask = this.mask;
    let i = this.slotOf(key);
    for (;;) {
      const k = keys[i]!;
      if (k === -1) return false;
      if (k === key) break;
      i = (i + 1) & mask;
    }
    // Backward-shift: pull later entries of the probe run into the hole.
    let hole = i;
    let j = (i + 1) & mask;
    for (;;) {
      const k = keys[j]!;
      if (k === -1) break;
      const home = this.slotOf(k);
      // Move entry j into the hole if its home is not in (hole, j] cyclically.
      if (hole <= j ? home <= hole || home > j : home <= hole && home > j) {
        keys[hole] = k;
        vals[hole] = vals[j]!;
        hole = j;
      }
      j = (j + 1) & mask;
    }
    keys[hole] = -1;
    this.size--;
    return true;
  }

  clear(): void {
    this.keys.fill(-1);
    this.size = 0;
  }

  private resize(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    const cap = oldK.length * 2;
    this.keys = new Float64Array(cap).fill(-1);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < oldK.length; i++) if (oldK[i] !== -1) this.set(oldK[i]!, oldV[i]!);
  }
}
