/**
 * L2 books for every symbol: size and order count per price, full depth, folded from the
 * engine's L3 events. Changes are collected per input and published once per input (a sweep
 * through ten orders at one price is one level update), so each level touched by an input is
 * remembered with its state before the input ("prev") until `flush`.
 *
 * Levels live in a typed-array pool; each side is a Ladder (best at the end), as in the engine.
 */
import { BourseError } from '../kernel/errors.ts';
import { BookChecksum, CHECKSUM_DEPTH } from '../kernel/book-checksum.ts';
import { Side } from '../kernel/types.ts';
import { Ladder } from '../kernel/ladder.ts';
import type { StateReader, StateWriter } from './state-io.ts';

/** Section 'L2BK' of the MDP snapshot; bump when its body changes (and read the old one). */
export const L2_STATE_VERSION = 1;

const NIL = -1;

export class L2Books {
  private bids: Ladder[] = [];
  private asks: Ladder[] = [];
  // level pool
  private lPrice = new Float64Array(1024);
  private lQty = new Float64Array(1024);
  private lCount = new Float64Array(1024);
  private lPrevQty = new Float64Array(1024);
  private lPrevCount = new Float64Array(1024);
  private lTouch = new Float64Array(1024); // input seq of the last touch
  private lSym = new Int32Array(1024);
  private lSide = new Uint8Array(1024);
  private lDead = new Uint8Array(1024); // out of the ladder, freed at flush
  private lFree = NIL;
  private lNextFree = new Int32Array(1024);
  private lUsed = 0;
  /** Levels touched by the current input, in first-touch order. */
  dirty = new Int32Array(256);
  dirtyCount = 0;
  private readonly ck = new BookChecksum();
  private checksums = new Float64Array(64);

  has(sym: number): boolean {
    return this.bids[sym] !== undefined;
  }

  define(sym: number): void {
    this.bids[sym] = new Ladder();
    this.asks[sym] = new Ladder();
    if (sym >= this.checksums.length) {
      const c = new Float64Array(Math.max(sym + 1, this.checksums.length * 2));
      c.set(this.checksums);
      this.checksums = c;
    }
    this.checksums[sym] = this.computeChecksum(sym);
  }

  /** Price of a side's best level (NaN when the side is empty). */
  bestPrice(sym: number, side: number): number {
    const ladder = side === Side.Buy ? this.bids[sym]! : this.asks[sym]!;
    return ladder.n > 0 ? this.lPrice[ladder.levels[ladder.n - 1]!]! : Number.NaN;
  }

  checksum(sym: number): number {
    return this.checksums[sym]!;
  }

  /** Add dQty and dCount at a price (negative to remove). `input` identifies the current input. */
  add(sym: number, side: number, price: number, dQty: number, dCount: number, input: number): void {
    const ladder = side === Side.Buy ? this.bids[sym]! : this.asks[sym]!;
    const key = side === Side.Buy ? price : -price;
    let idx = ladder.search(key);
    let lv: number;
    if (idx >= 0) lv = ladder.levels[idx]!;
    else {
      // A level emptied earlier in this same input comes back as itself (one update, not
      // a delete and a new).
      lv = this.revive(sym, side, price);
      if (lv === NIL) lv = this.alloc(sym, side, price);
      idx = -idx - 1;
      ladder.insertAt(idx, key, lv);
    }
    if (this.lTouch[lv] !== input) {
      this.lTouch[lv] = input;
      this.lPrevQty[lv] = this.lQty[lv]!;
      this.lPrevCount[lv] = this.lCount[lv]!;
      if (this.dirtyCount === this.dirty.length) {
        const d = new Int32Array(this.dirty.length * 2);
        d.set(this.dirty);
        this.dirty = d;
      }
      this.dirty[this.dirtyCount++] = lv;
    }
    const count = this.lCount[lv]! + dCount;
    this.lQty[lv] = this.lQty[lv]! + dQty;
    this.lCount[lv] = count;
    if (count === 0) {
      ladder.removeAt(idx);
      this.lDead[lv] = 1;
    }
  }

  // --- read access to dirty levels during flush
  price(lv: number): number { return this.lPrice[lv]!; }
  qty(lv: number): number { return this.lQty[lv]!; }
  count(lv: number): number { return this.lCount[lv]!; }
  prevQty(lv: number): number { return this.lPrevQty[lv]!; }
  prevCount(lv: number): number { return this.lPrevCount[lv]!; }
  symbolOf(lv: number): number { return this.lSym[lv]!; }
  sideOf(lv: number): number { return this.lSide[lv]!; }

  /**
   * Whether a change at `price` can move the top CHECKSUM_DEPTH levels of its side: true when
   * the price is at or better than the current 10th level, or the side has fewer levels.
   */
  inChecksumWindow(sym: number, side: number, price: number): boolean {
    const ladder = side === Side.Buy ? this.bids[sym]! : this.asks[sym]!;
    if (ladder.n < CHECKSUM_DEPTH) return true;
    const edge = ladder.keys[ladder.n - CHECKSUM_DEPTH]!;
    return (side === Side.Buy ? price : -price) >= edge;
  }

  /** Recompute and store the checksum of a symbol's book. */
  refreshChecksum(sym: number): number {
    const c = this.computeChecksum(sym);
    this.checksums[sym] = c;
    return c;
  }

  /** End of an input: forget the touch marks and free the levels that emptied. */
  endInput(): void {
    for (let i = 0; i < this.dirtyCount; i++) {
      const lv = this.dirty[i]!;
      if (this.lDead[lv] === 1) {
        this.lDead[lv] = 0;
        this.lNextFree[lv] = this.lFree;
        this.lFree = lv;
      }
    }
    this.dirtyCount = 0;
  }

  private computeChecksum(sym: number): number {
    const ck = this.ck;
    ck.begin();
    const b = this.bids[sym]!;
    for (let i = b.n - 1, k = 0; i >= 0 && k < CHECKSUM_DEPTH; i--, k++) {
      const lv = b.levels[i]!;
      ck.level(true, this.lPrice[lv]!, this.lQty[lv]!);
    }
    const a = this.asks[sym]!;
    for (let i = a.n - 1, k = 0; i >= 0 && k < CHECKSUM_DEPTH; i--, k++) {
      const lv = a.levels[i]!;
      ck.level(false, this.lPrice[lv]!, this.lQty[lv]!);
    }
    return ck.finish();
  }

  /** Levels of one side, best first (snapshots, tools). */
  depth(sym: number, side: Side, max = Infinity): { price: number; qty: number; count: number }[] {
    const ladder = side === Side.Buy ? this.bids[sym] : this.asks[sym];
    const out: { price: number; qty: number; count: number }[] = [];
    if (!ladder) return out;
    for (let i = ladder.n - 1; i >= 0 && out.length < max; i--) {
      const lv = ladder.levels[i]!;
      out.push({ price: this.lPrice[lv]!, qty: this.lQty[lv]!, count: this.lCount[lv]! });
    }
    return out;
  }

  /**
   * Section 'L2BK' (between inputs only): per defined symbol, its id, its checksum, then each
   * side's levels in ladder order (worst first) as [price, qty, count] triples.
   */
  saveState(w: StateWriter): void {
    if (this.dirtyCount !== 0) throw new BourseError('INVARIANT', 'L2 books saved in the middle of an input');
    w.begin('L2BK', L2_STATE_VERSION);
    const syms: number[] = [];
    for (let s = 0; s < this.bids.length; s++) if (this.bids[s] !== undefined) syms.push(s);
    w.u32(syms.length);
    for (const s of syms) {
      w.u32(s);
      w.f64(this.checksums[s]!);
      for (const ladder of [this.bids[s]!, this.asks[s]!]) {
        const t = new Float64Array(ladder.n * 3);
        for (let i = 0; i < ladder.n; i++) {
          const lv = ladder.levels[i]!;
          t[i * 3] = this.lPrice[lv]!;
          t[i * 3 + 1] = this.lQty[lv]!;
          t[i * 3 + 2] = this.lCount[lv]!;
        }
        w.f64s(t);
      }
    }
    w.end();
  }

  /** Replaces every book with section 'L2BK'; checks order, sizes and each book's checksum. */
  loadState(r: StateReader): void {
    r.begin('L2BK', L2_STATE_VERSION);
    this.bids = [];
    this.asks = [];
    this.lFree = NIL;
    this.lUsed = 0;
    this.dirtyCount = 0;
    const n = r.u32();
    let prev = -1;
    for (let k = 0; k < n; k++) {
      const s = r.u32();
      if (s <= prev || s > 0xfffff) r.invalid(`symbol ${s} out of order or range`);
      prev = s;
      const ck = r.f64();
      this.define(s);
      for (const side of [Side.Buy, Side.Sell]) {
        const t = r.f64s();
        if (t.length % 3 !== 0) r.invalid(`symbol ${s}: level array of ${t.length} values`);
        const ladder = side === Side.Buy ? this.bids[s]! : this.asks[s]!;
        for (let i = 0; i < t.length / 3; i++) {
          const price = t[i * 3]!, qty = t[i * 3 + 1]!, count = t[i * 3 + 2]!;
          const key = side === Side.Buy ? price : -price;
          if (!(qty > 0) || !(count > 0) || (i > 0 && !(key > ladder.keys[i - 1]!))) r.invalid(`symbol ${s}: level ${i} (${price}, ${qty}, ${count}) is empty or out of order`);
          const lv = this.alloc(s, side, price);
          this.lQty[lv] = qty;
          this.lCount[lv] = count;
          ladder.insertAt(i, key, lv);
        }
      }
      if (this.refreshChecksum(s) !== ck) r.invalid(`symbol ${s}: book checksum ${this.checksums[s]} is not the saved ${ck}`);
    }
    r.close();
  }

  private revive(sym: number, side: number, price: number): number {
    for (let i = 0; i < this.dirtyCount; i++) {
      const lv = this.dirty[i]!;
      if (this.lDead[lv] === 1 && this.lPrice[lv] === price && this.lSym[lv] === sym && this.lSide[lv] === side) {
        this.lDead[lv] = 0;
        return lv;
      }
    }
    return NIL;
  }

  private alloc(sym: number, side: number, price: number): number {
    let lv = this.lFree;
    if (lv !== NIL) this.lFree = this.lNextFree[lv]!;
    else {
      if (this.lUsed === this.lPrice.length) this.grow();
      lv = this.lUsed++;
    }
    this.lPrice[lv] = price;
    this.lQty[lv] = 0;
    this.lCount[lv] = 0;
    this.lTouch[lv] = -1;
    this.lSym[lv] = sym;
    this.lSide[lv] = side;
    this.lDead[lv] = 0;
    return lv;
  }

  private grow(): void {
    const n = this.lPrice.length * 2;
    const f = (a: Float64Array) => { const b = new Float64Array(n); b.set(a); return b; };
    this.lPrice = f(this.lPrice);
    this.lQty = f(this.lQty);
    this.lCount = f(this.lCount);
    this.lPrevQty = f(this.lPrevQty);
    this.lPrevCount = f(this.lPrevCount);
    this.lTouch = f(this.lTouch);
    const s = new Int32Array(n); s.set(this.lSym); this.lSym = s;
    const d = new Uint8Array(n); d.set(this.lSide); this.lSide = d;
    const x = new Uint8Array(n); x.set(this.lDead); this.lDead = x;
    const nf = new Int32Array(n); nf.set(this.lNextFree); this.lNextFree = nf;
  }
}
