/**
 * The order-flow simulator's book-keeping: per symbol, the orders it placed and believes live
 * (flow.ts picks cancels and modifies from here). Typed arrays, swap-remove, no allocation per
 * order; one IdTable maps id -> slot for all symbols (ids are unique across symbols).
 */
import type { IdTable } from '../engine/id-table.ts';

/** Pool record fields: an order the generator placed on one symbol and believes live. */
export const F_ID = 0, F_SIDE = 1, F_PRICE = 2, F_QTY = 3, F_ACCT = 4, F_CID = 5;
const W = 6;

/** Live order ids of one symbol: records of W f64 fields, swap-remove; `where` maps id -> slot. */
export class Pool {
  private readonly where: IdTable; // shared by all pools (ids are unique across symbols)
  n = 0;
  d = new Float64Array(1024 * W);

  constructor(where: IdTable) {
    this.where = where;
  }

  add(id: number, side: number, price: number, qty: number, account: number, cid: number): void {
    if ((this.n + 1) * W > this.d.length) {
      const next = new Float64Array(this.d.length * 2);
      next.set(this.d);
      this.d = next;
    }
    const i = this.n++;
    this.where.set(id, i);
    const d = this.d;
    const o = i * W;
    d[o + F_ID] = id;
    d[o + F_SIDE] = side;
    d[o + F_PRICE] = price;
    d[o + F_QTY] = qty;
    d[o + F_ACCT] = account;
    d[o + F_CID] = cid;
  }

  get(i: number, f: number): number {
    return this.d[i * W + f]!;
  }

  set(i: number, f: number, v: number): void {
    this.d[i * W + f] = v;
  }

  remove(i: number): void {
    const last = --this.n;
    this.where.delete(this.d[i * W]!);
    if (i !== last) {
      this.where.set(this.d[last * W]!, i);
      this.d.copyWithin(i * W, last * W, last * W + W);
    }
  }

  /** Remove by id; false when the id is not (or no longer) here. */
  removeId(id: number): boolean {
    const i = this.where.get(id);
    if (i < 0 || i >= this.n || this.d[i * W] !== id) return false;
    this.remove(i);
    return true;
  }
}
