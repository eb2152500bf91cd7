/**
 * The engine's order and level pools: fixed-size records in typed arrays, addressed by slot,
 * recycled through free lists, grown by doubling. Each price level holds a FIFO queue of order
 * slots (head, tail; next, prev in the orders). The pools know records and links, not prices or
 * sides: which level an order joins, and which ladder a level sits in, is the engine's business.
 *
 * The Engine extends BookPools rather than holding one: its hot loops read `this.of`, `this.li`,
 * ... and call `this.unlink()`, `this.freeOrder()` on one object, as when all of this lived in
 * engine.ts. A separate pools object (the engine keeping its own references to the arrays, re-read
 * after a grow) measured ~2-3% slower on the 1-symbol bench, in-process A/B.
 *
 * A grow replaces the typed arrays (same content, new buffer): read them through `this` (or
 * `arrays()`), never keep them across an `allocOrder()` / `allocLevel()`.
 */
import { SlotIndex } from './slot-index.ts';

const NIL = -1;

/*
 * Order pool: one 64-byte record per order (one cache line), two views of one buffer: of (f64)
 * and oi (i32). Struct-of-arrays would touch a line per field: with 100k+ live orders every
 * access misses. key = account * 2^32 + clientOrderId; level, next, prev are pool slots.
 *
 *   0         8         16        24        32        40     44     48     52     56     60    64
 *   +---------+---------+---------+---------+---------+------+------+------+------+------+------+
 *   | id      | key     | price   | qty     |risk|tif|symbol| side |level | next | prev | acct |
 *   +---------+---------+---------+---------+---------+------+------+------+------+------+------+
 *   of:  O_ID    O_KEY     O_PRICE   O_QTY   oi: O_RISK (8), O_SYMBOL ... O_ACCOUNT (i32 index 10..15)
 * risk = the order's position row in the account tables (accounts.ts), -1 when untracked.
 * tif = its TimeInForce (issue 14: DAY expiry at the close, GTD, at-open / at-close orders).
 * price = its limit; a market order resting in a call holds there the limit its holds were taken at.
 *
 * Level pool: 32 bytes per level, lf (f64) and li (i32); head and tail are order slots.
 *
 *   0         8         16     20     24     28    32
 *   +---------+---------+------+------+------+------+
 *   | price   | qty     |count | head | tail |unused|
 *   +---------+---------+------+------+------+------+
 *   lf: L_PRICE  L_QTY  li: L_COUNT L_HEAD L_TAIL (i32 index 4..6)
 */
const ORDER_BYTES = 64, O_F64 = 8, O_I32 = 16; // per order: bytes, f64s, i32s
const O_ID = 0, O_KEY = 1, O_PRICE = 2, O_QTY = 3; // f64 index
const O_RISK = 8, O_TIF = 9;
const O_SYMBOL = 10, O_SIDE = 11, O_LEVEL = 12, O_NEXT = 13, O_PREV = 14, O_ACCOUNT = 15; // i32; next: free list too
const LEVEL_BYTES = 32, L_F64 = 4, L_I32 = 8;
const L_PRICE = 0, L_QTY = 1; // f64 index
const L_COUNT = 4, L_HEAD = 5, L_TAIL = 6; // i32 index; head: free list too

/**
 * The layout for other modules. The constants above are not exported on purpose: V8 folds a
 * module's own literal consts into the code, while an exported or imported binding is a load at
 * each use; in the engine's hot loops that measured ~5% on the 1-symbol bench. So hot code
 * elsewhere (engine.ts) keeps literal local copies, each typed by this table
 * (`const O_QTY: typeof Layout.O_QTY = 3`): tsc rejects a copy that drifts. Cold code reads it.
 */
export const Layout = {
  NIL, O_F64, O_I32, O_ID, O_KEY, O_PRICE, O_QTY, O_SYMBOL, O_SIDE, O_LEVEL, O_NEXT, O_PREV, O_ACCOUNT, O_RISK, O_TIF,
  L_F64, L_I32, L_PRICE, L_QTY, L_COUNT, L_HEAD, L_TAIL,
} as const;

/** The pool arrays as they are now, for cold readers (the state bytes). */
export interface PoolArrays {
  of: Float64Array;
  oi: Int32Array;
  lf: Float64Array;
  li: Int32Array;
}

export class BookPools {
  protected of: Float64Array;
  protected oi: Int32Array;
  private oCap: number;
  private oFree = NIL;
  private oUsed = 0;

  protected lf: Float64Array;
  protected li: Int32Array;
  private lCap: number;
  private lFree = NIL;
  private lUsed = 0;

  /** Order id -> slot, and client key (account * 2^32 + clientOrderId) -> slot of a live order. */
  protected readonly byId: SlotIndex;
  protected readonly byClient: SlotIndex;

  /** `expectedOrders`: initial order capacity (levels: a quarter of it). */
  constructor(expectedOrders: number) {
    const n = expectedOrders;
    this.oCap = n;
    const ob = new ArrayBuffer(n * ORDER_BYTES);
    this.of = new Float64Array(ob);
    this.oi = new Int32Array(ob);
    const l = Math.max(256, n >> 2);
    this.lCap = l;
    const lb = new ArrayBuffer(l * LEVEL_BYTES);
    this.lf = new Float64Array(lb);
    this.li = new Int32Array(lb);
    this.byId = new SlotIndex(this.of, O_F64, O_ID, n);
    this.byClient = new SlotIndex(this.of, O_F64, O_KEY, n);
  }

  protected arrays(): PoolArrays {
    return { of: this.of, oi: this.oi, lf: this.lf, li: this.li };
  }

  /** A free order slot; its fields are stale until written. May grow (new `of`, `oi`). */
  protected allocOrder(): number {
    let o = this.oFree;
    if (o !== NIL) {
      this.oFree = this.oi[o * O_I32 + O_NEXT]!;
      return o;
    }
    if (this.oUsed === this.oCap) this.growOrders();
    o = this.oUsed++;
    return o;
  }

  /** Drop an (unlinked) order from both indexes and free its slot. */
  protected freeOrder(o: number): void {
    this.byId.remove(o);
    this.byClient.remove(o);
    this.oi[o * O_I32 + O_NEXT] = this.oFree;
    this.oFree = o;
  }

  /** An empty level at `price`. May grow (new `lf`, `li`). */
  protected allocLevel(price: number): number {
    let lv = this.lFree;
    if (lv !== NIL) this.lFree = this.li[lv * L_I32 + L_HEAD]!;
    else {
      if (this.lUsed === this.lCap) this.growLevels();
      lv = this.lUsed++;
    }
    this.lf[lv * L_F64 + L_PRICE] = price;
    this.lf[lv * L_F64 + L_QTY] = 0;
    this.li[lv * L_I32 + L_COUNT] = 0;
    this.li[lv * L_I32 + L_HEAD] = NIL;
    this.li[lv * L_I32 + L_TAIL] = NIL;
    return lv;
  }

  protected freeLevel(lv: number): void {
    this.li[lv * L_I32 + L_HEAD] = this.lFree;
    this.lFree = lv;
  }

  /** Queue order `o` (its qty already written) at the tail of level `lv`. */
  protected link(o: number, lv: number): void {
    const tail = this.li[lv * L_I32 + L_TAIL]!;
    this.oi[o * O_I32 + O_PREV] = tail;
    this.oi[o * O_I32 + O_NEXT] = NIL;
    if (tail === NIL) this.li[lv * L_I32 + L_HEAD] = o;
    else this.oi[tail * O_I32 + O_NEXT] = o;
    this.li[lv * L_I32 + L_TAIL] = o;
    this.lf[lv * L_F64 + L_QTY] = this.lf[lv * L_F64 + L_QTY]! + this.of[o * O_F64 + O_QTY]!;
    this.li[lv * L_I32 + L_COUNT] = this.li[lv * L_I32 + L_COUNT]! + 1;
  }

  /** Take order `o` out of the queue of level `lv` (which may be left empty: count 0). */
  protected unlink(o: number, lv: number): void {
    const prev = this.oi[o * O_I32 + O_PREV]!;
    const next = this.oi[o * O_I32 + O_NEXT]!;
    if (prev === NIL) this.li[lv * L_I32 + L_HEAD] = next;
    else this.oi[prev * O_I32 + O_NEXT] = next;
    if (next === NIL) this.li[lv * L_I32 + L_TAIL] = prev;
    else this.oi[next * O_I32 + O_PREV] = prev;
    this.lf[lv * L_F64 + L_QTY] = this.lf[lv * L_F64 + L_QTY]! - this.of[o * O_F64 + O_QTY]!;
    this.li[lv * L_I32 + L_COUNT] = this.li[lv * L_I32 + L_COUNT]! - 1;
  }

  private growOrders(): void {
    const n = this.oCap * 2;
    const b = new ArrayBuffer(n * ORDER_BYTES);
    new Uint8Array(b).set(new Uint8Array(this.of.buffer));
    this.of = new Float64Array(b);
    this.oi = new Int32Array(b);
    this.oCap = n;
    this.byId.rebind(this.of);
    this.byClient.rebind(this.of);
  }

  private growLevels(): void {
    const n = this.lCap * 2;
    const b = new ArrayBuffer(n * LEVEL_BYTES);
    new Uint8Array(b).set(new Uint8Array(this.lf.buffer));
    this.lf = new Float64Array(b);
    this.li = new Int32Array(b);
    this.lCap = n;
  }
}
