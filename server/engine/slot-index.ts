/**
 * Hash index from a key stored in the order records to the record's slot. The table holds only
 * slot numbers (4 bytes each); the key is read from the record itself, which the caller is about
 * to touch anyway. So the index for 100k live orders is ~1 MB (fits in L2) instead of the 4 MB a
 * key+value table needs, and a lookup costs the record's cache line and little else.
 *
 * Open addressing, linear probing, backward-shift deletion (no tombstones), load factor < 1/2.
 * Keys: non-negative safe integers, unique among live records.
 */
const EMPTY = -1;

export class SlotIndex {
  private tab: Int32Array;
  private mask: number;
  private recs: Float64Array;
  private readonly stride: number;
  private readonly field: number;
  size = 0;

  /** `field` is the key's index inside each record of `stride` f64 slots in `records`. */
  constructor(records: Float64Array, stride: number, field: number, initialCapacity = 1024) {
    let cap = 16;
    while (cap < initialCapacity * 2) cap *= 2;
    this.tab = new Int32Array(cap).fill(EMPTY);
    this.mask = cap - 1;
    this.recs = records;
    this.stride = stride;
    this.field = field;
  }

  /** The records array was replaced (grown): same content, new buffer. */
  rebind(records: Float64Array): void {
    this.recs = records;
  }

  private home(key: number): number {
    const lo = key >>> 0;
    const hi = (key / 4294967296) >>> 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1);
    h ^= h >>> 15;
    return h & this.mask;
  }

  private keyAt(slot: number): number {
    return this.recs[slot * this.stride + this.field]!;
  }

  /** Slot of the record holding `key`, or -1. */
  get(key: number): number {
    const tab = this.tab;
    let i = this.home(key);
    for (;;) {
      const s = tab[i]!;
      if (s === EMPTY) return EMPTY;
      if (this.keyAt(s) === key) return s;
      i = (i + 1) & this.mask;
    }
  }

  /** Index `slot`, whose record already holds its (new, unique) key. */
  add(slot: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.resize();
    const tab = this.tab;
    let i = this.home(this.keyAt(slot));
    while (tab[i] !== EMPTY) i = (i + 1) & this.mask;
    tab[i] = slot;
    this.size++;
  }

  /** Remove `slot` (its record must still hold its key). */
  remove(slot: number): void {
    const tab = this.tab;
    const mask = this.mask;
    let i = this.home(this.keyAt(slot));
    for (;;) {
      const s = tab[i]!;
      if (s === slot) break;
      if (s === EMPTY) return;
      i = (i + 1) & mask;
    }
    let hole = i;
    let j = (i + 1) & mask;
    for (;;) {
      const s = tab[j]!;
      if (s === EMPTY) break;
      const h = this.home(this.keyAt(s));
      if (hole <= j ? h <= hole || h > j : h <= hole && h > j) {
        tab[hole] = s;
        hole = j;
      }
      j = (j + 1) & mask;
    }
    tab[hole] = EMPTY;
    this.size--;
  }

  private resize(): void {
    const old = this.tab;
    this.tab = new Int32Array(old.length * 2).fill(EMPTY);
    this.mask = this.tab.length - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i++) if (old[i] !== EMPTY) this.add(old[i]!);
  }
}
