/**
 * The matching engine: many symbols, price-time (FIFO) priority, integer prices and quantities.
 * Pure and deterministic: it reads only the command records it is given (time included) and
 * writes event records to `out`. No I/O, no clock, no randomness, no allocation per order.
 *
 * Storage: orders and price levels live in typed-array pools addressed by slot (layout below),
 * linked into per-level FIFO queues; each book side is a Ladder (best level at the end).
 *   - best price: O(1) (end of the ladder)
 *   - cancel: O(1) to find (id -> slot hash) and unlink; an emptied level is removed from
 *     the ladder with a short memmove (levels near the touch) or O(log L) search deeper
 *   - order id = the sequence number of the NEW_ORDER input: unique, known at acknowledgement.
 */
import { Errors, BourseError } from '../kernel/errors.ts';
import { ByteWriter, ByteReader } from '../kernel/bytes.ts';
import { Side, OrdType, TimeInForce, TradingStatus } from '../kernel/types.ts';
import { Cmd, CmdOff, NAME_BYTES, CURRENCY_BYTES, readAscii } from './commands.ts';
import { EventWriter, CancelReason, Priority } from './events.ts';
import { SlotIndex } from './slot-index.ts';
import { Ladder } from '../kernel/ladder.ts';

export const MAX_SYMBOLS = 65536;
export const MAX_ACCOUNT = 1 << 20;
const NIL = -1;
const TWO32 = 4294967296;
const NAME_RE = /^[A-Z0-9][A-Z0-9._/-]{0,15}$/;
const CURRENCY_RE = /^[A-Z]{1,8}$/;

/*
 * Order pool: one 64-byte record per order (one cache line), two views of one buffer: of (f64)
 * and oi (i32). Struct-of-arrays would touch a line per field: with 100k+ live orders every
 * access misses. key = account * 2^32 + clientOrderId; level, next, prev are pool slots.
 *
 *   0         8         16        24        32        40     44     48     52     56     60    64
 *   +---------+---------+---------+---------+---------+------+------+------+------+------+------+
 *   | id      | key     | price   | qty     | unused  |symbol| side |level | next | prev | acct |
 *   +---------+---------+---------+---------+---------+------+------+------+------+------+------+
 *   of:  O_ID    O_KEY     O_PRICE   O_QTY         oi: O_SYMBOL ... O_ACCOUNT (i32 index 10..15)
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
const O_SYMBOL = 10, O_SIDE = 11, O_LEVEL = 12, O_NEXT = 13, O_PREV = 14, O_ACCOUNT = 15; // i32; next: free list too
const LEVEL_BYTES = 32, L_F64 = 4, L_I32 = 8;
const L_PRICE = 0, L_QTY = 1; // f64 index
const L_COUNT = 4, L_HEAD = 5, L_TAIL = 6; // i32 index; head: free list too

export interface InstrumentInfo {
  symbol: number;
  name: string;
  currency: string;
  tick: number;
  lot: number;
  maxQty: number;
  refPrice: number;
  bandBps: number;
  priceDecimals: number;
  qtyDecimals: number;
  status: TradingStatus;
  /** Reference for the band now: the last trade price, or refPrice before any trade. */
  lastPrice: number;
}

export interface LevelView {
  price: number;
  qty: number;
  count: number;
}

export interface EngineOptions {
  /** Pool size hint; pools grow by doubling past it. */
  expectedOrders?: number;
}

export class Engine {
  readonly out = new EventWriter();

  // --- instruments, indexed by symbol id
  private defined = new Uint8Array(MAX_SYMBOLS);
  private status = new Uint8Array(MAX_SYMBOLS);
  private tick = new Float64Array(MAX_SYMBOLS);
  private lot = new Float64Array(MAX_SYMBOLS);
  private maxQty = new Float64Array(MAX_SYMBOLS);
  private refPrice = new Float64Array(MAX_SYMBOLS);
  private lastPrice = new Float64Array(MAX_SYMBOLS);
  private bandBps = new Float64Array(MAX_SYMBOLS);
  private bandLo = new Float64Array(MAX_SYMBOLS);
  private bandHi = new Float64Array(MAX_SYMBOLS);
  private priceDec = new Uint8Array(MAX_SYMBOLS);
  private qtyDec = new Uint8Array(MAX_SYMBOLS);
  private names: string[] = [];
  private currencies: string[] = [];
  private nameToId = new Map<string, number>();
  private bids: Ladder[] = [];
  private asks: Ladder[] = [];
  private symbolIds: number[] = [];

  // --- order and level pools (layout above)
  private of: Float64Array;
  private oi: Int32Array;
  private oCap: number;
  private oFree = NIL;
  private oUsed = 0;

  private lf: Float64Array;
  private li: Int32Array;
  private lCap: number;
  private lFree = NIL;
  private lUsed = 0;

  /** Order id -> slot, and client key (account * 2^32 + clientOrderId) -> slot of a live order. */
  private byId: SlotIndex;
  private byClient: SlotIndex;

  // --- counters (input seq, time and event seq live in `out`, which stamps them on events)
  private tradeSeq = 0;

  private lastBuf: Uint8Array | null = null;
  private dv: DataView = new DataView(new ArrayBuffer(8));

  constructor(opts: EngineOptions = {}) {
    const n = Math.max(1024, opts.expectedOrders ?? 65536);
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

  /** Sequence of the last input applied (0 before any). */
  get lastSeq(): number {
    return this.out.inputSeq;
  }

  /** Sequence of the last event emitted. */
  get lastEventSeq(): number {
    return this.out.seq;
  }

  /** Time (µs) of the last input applied. */
  get time(): number {
    return this.out.time;
  }

  /** Number of orders resting in all books. */
  get restingOrders(): number {
    return this.byId.size;
  }

  // ------------------------------------------------------------------ input

  /** Apply one stamped command record at `buf[at]`. Events are appended to `out`, the last one flagged END_OF_INPUT. */
  apply(buf: Uint8Array, at: number): void {
    this.applyInput(buf, at);
    this.out.endInput();
  }

  private applyInput(buf: Uint8Array, at: number): void {
    if (buf !== this.lastBuf) {
      this.lastBuf = buf;
      this.dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    const dv = this.dv;
    const seq = dv.getFloat64(at + CmdOff.seq, true);
    const time = dv.getFloat64(at + CmdOff.time, true);
    const out = this.out;
    if (seq !== out.inputSeq + 1) {
      throw new BourseError('INVARIANT', `input seq ${seq} after ${out.inputSeq}: inputs must be contiguous`);
    }
    if (!(time >= out.time)) throw new BourseError('INVARIANT', `input ${seq} time ${time} before ${out.time}`);
    // The writer stamps every event of this input with them; they are the engine's clock too.
    out.inputSeq = seq;
    out.time = time;
    const type = buf[at + CmdOff.type]!;
    switch (type) {
      case Cmd.NewOrder:
        return this.newOrder(dv, at, seq);
      case Cmd.Cancel:
        return this.cancel(dv, at);
      case Cmd.Modify:
        return this.modify(dv, at);
      case Cmd.SetStatus:
        return this.setStatus(dv, at);
      case Cmd.ClockTick:
        this.out.clock();
        return;
      case Cmd.DefineInstrument:
        return this.defineInstrument(buf, dv, at);
      default:
        this.out.rejected(0, Errors.BAD_COMMAND.num, 0, type, 0, 0, 0, 0, 0);
    }
  }

  private newOrder(dv: DataView, at: number, orderId: number): void {
    const sym = dv.getUint32(at + CmdOff.symbol, true);
    const side = dv.getUint8(at + CmdOff.side);
    const ordType = dv.getUint8(at + CmdOff.ordType);
    const tif = dv.getUint8(at + CmdOff.tif);
    const price = dv.getFloat64(at + CmdOff.price, true);
    const qty = dv.getFloat64(at + CmdOff.qty, true);
    const acct = dv.getUint32(at + CmdOff.account, true);
    const clId = dv.getUint32(at + CmdOff.clientOrderId, true);

    let err: number = 0;
    if (sym >= MAX_SYMBOLS || this.defined[sym] === 0) err = Errors.UNKNOWN_SYMBOL.num;
    else if (side !== Side.Buy && side !== Side.Sell) err = Errors.BAD_SIDE.num;
    else if (ordType !== OrdType.Limit && ordType !== OrdType.Market) err = Errors.BAD_ORDER_TYPE.num;
    else if (tif !== TimeInForce.GTC && tif !== TimeInForce.IOC) err = Errors.BAD_TIME_IN_FORCE.num;
    else if (acct === 0 || acct > MAX_ACCOUNT) err = Errors.BAD_ACCOUNT.num;
    else if (this.status[sym] !== TradingStatus.Open) err = Errors.SYMBOL_HALTED.num;
    else err = this.checkQty(sym, qty);
    if (err === 0 && ordType === OrdType.Limit) err = this.checkPrice(sym, price);
    if (err === 0 && this.byClient.get(acct * TWO32 + clId) !== NIL) err = Errors.DUPLICATE_CLIENT_ORDER_ID.num;
    if (err !== 0) {
      this.out.rejected(side & 0xff, err, sym, Cmd.NewOrder, orderId, price, qty, clId, acct);
      return;
    }

    this.out.accepted(side, ordType, tif, sym, orderId, ordType === OrdType.Limit ? price : 0, qty, clId, acct);
    const limit = ordType === OrdType.Limit ? price : side === Side.Buy ? this.bandHi[sym]! : this.bandLo[sym]!;
    const leaves = this.match(sym, side, limit, qty, orderId, acct);
    if (leaves > 0) {
      if (ordType === OrdType.Limit && tif === TimeInForce.GTC) this.rest(sym, side, price, leaves, orderId, acct, clId);
      else this.out.cancelled(side, CancelReason.Unfilled, sym, orderId, limit, leaves, false);
    }
  }

  private cancel(dv: DataView, at: number): void {
    const sym = dv.getUint32(at + CmdOff.symbol, true);
    const orderId = dv.getFloat64(at + CmdOff.orderId, true);
    const acct = dv.getUint32(at + CmdOff.account, true);
    const o = this.findOrder(sym, orderId, acct);
    if (o < 0) {
      this.out.rejected(0, -o, sym, Cmd.Cancel, orderId, 0, 0, 0, acct);
      return;
    }
    this.out.cancelled(this.oi[o * O_I32 + O_SIDE]!, CancelReason.User, sym, orderId, this.of[o * O_F64 + O_PRICE]!, this.of[o * O_F64 + O_QTY]!, true);
    this.removeOrder(o);
  }

  private modify(dv: DataView, at: number): void {
    const sym = dv.getUint32(at + CmdOff.symbol, true);
    const orderId = dv.getFloat64(at + CmdOff.orderId, true);
    const acct = dv.getUint32(at + CmdOff.account, true);
    const price = dv.getFloat64(at + CmdOff.price, true);
    const qty = dv.getFloat64(at + CmdOff.qty, true);
    const o = this.findOrder(sym, orderId, acct);
    let err = o < 0 ? -o : 0;
    if (err === 0 && this.status[sym] !== TradingStatus.Open) err = Errors.SYMBOL_HALTED.num;
    if (err === 0) err = this.checkQty(sym, qty);
    if (err === 0) err = this.checkPrice(sym, price);
    if (err !== 0) {
      this.out.rejected(o >= 0 ? this.oi[o * O_I32 + O_SIDE]! : 0, err, sym, Cmd.Modify, orderId, price, qty, 0, acct);
      return;
    }
    const side = this.oi[o * O_I32 + O_SIDE]!;
    const oldPrice = this.of[o * O_F64 + O_PRICE]!;
    const oldQty = this.of[o * O_F64 + O_QTY]!;
    if (price === oldPrice && qty <= oldQty) {
      // Same price, smaller or equal size: keeps its place in the queue.
      this.of[o * O_F64 + O_QTY] = qty;
      const lvm = this.oi[o * O_I32 + O_LEVEL]!;
      this.lf[lvm * L_F64 + L_QTY] = this.lf[lvm * L_F64 + L_QTY]! - (oldQty - qty);
      this.out.modified(side, Priority.Kept, sym, orderId, price, qty, oldPrice, oldQty);
      return;
    }
    // Price change or size increase: leaves the book and re-enters as a new aggressor.
    const clId = (this.of[o * O_F64 + O_KEY]! % TWO32);
    this.out.modified(side, Priority.Lost, sym, orderId, price, qty, oldPrice, oldQty);
    this.removeOrder(o);
    const leaves = this.match(sym, side, price, qty, orderId, acct);
    if (leaves > 0) this.rest(sym, side, price, leaves, orderId, acct, clId);
  }

  private setStatus(dv: DataView, at: number): void {
    const sym = dv.getUint32(at + CmdOff.symbol, true);
    const st = dv.getUint32(at + CmdOff.status, true);
    let err = 0;
    if (sym >= MAX_SYMBOLS || this.defined[sym] === 0) err = Errors.UNKNOWN_SYMBOL.num;
    else if (st !== TradingStatus.Open && st !== TradingStatus.Halted) err = Errors.BAD_STATUS.num;
    if (err !== 0) {
      this.out.rejected(0, err, sym, Cmd.SetStatus, 0, 0, 0, 0, 0);
      return;
    }
    this.status[sym] = st;
    this.out.status(sym, st);
  }

  private defineInstrument(buf: Uint8Array, dv: DataView, at: number): void {
    const sym = dv.getUint32(at + CmdOff.symbol, true);
    const name = readAscii(buf, at + CmdOff.name, NAME_BYTES);
    const currency = readAscii(buf, at + CmdOff.currency, CURRENCY_BYTES);
    const tick = dv.getFloat64(at + CmdOff.tick, true);
    const lot = dv.getFloat64(at + CmdOff.lot, true);
    const maxQty = dv.getFloat64(at + CmdOff.maxQty, true);
    const ref = dv.getFloat64(at + CmdOff.refPrice, true);
    const bps = dv.getFloat64(at + CmdOff.bandBps, true);
    const pd = dv.getUint8(at + CmdOff.priceDecimals);
    const qd = dv.getUint8(at + CmdOff.qtyDecimals);
    let err = 0;
    if (sym >= MAX_SYMBOLS || !NAME_RE.test(name) || !CURRENCY_RE.test(currency)) err = Errors.BAD_INSTRUMENT.num;
    else if (!isPosInt(tick) || !isPosInt(lot) || !isPosInt(maxQty) || maxQty < lot) err = Errors.BAD_INSTRUMENT.num;
    else if (!isPosInt(ref) || ref % tick !== 0 || !isPosInt(bps) || bps > 10000) err = Errors.BAD_INSTRUMENT.num;
    else if (pd > 18 || qd > 18) err = Errors.BAD_INSTRUMENT.num;
    else if (this.defined[sym] !== 0 || this.nameToId.has(name)) err = Errors.INSTRUMENT_EXISTS.num;
    if (err !== 0) {
      this.out.rejected(0, err, sym, Cmd.DefineInstrument, 0, 0, 0, 0, 0);
      return;
    }
    this.install(sym, name, currency, tick, lot, maxQty, ref, bps, pd, qd, TradingStatus.Open, ref);
    this.out.instrument(sym, name, tick, lot, maxQty, ref, pd, qd);
  }

  private install(sym: number, name: string, currency: string, tick: number, lot: number, maxQty: number, ref: number, bps: number, pd: number, qd: number, status: number, last: number): void {
    this.defined[sym] = 1;
    this.status[sym] = status;
    this.tick[sym] = tick;
    this.lot[sym] = lot;
    this.maxQty[sym] = maxQty;
    this.refPrice[sym] = ref;
    this.bandBps[sym] = bps;
    this.priceDec[sym] = pd;
    this.qtyDec[sym] = qd;
    this.names[sym] = name;
    this.currencies[sym] = currency;
    this.nameToId.set(name, sym);
    this.bids[sym] = new Ladder();
    this.asks[sym] = new Ladder();
    this.symbolIds.push(sym);
    this.symbolIds.sort((a, b) => a - b);
    this.setLastPrice(sym, last);
  }

  // ------------------------------------------------------------------ checks

  private checkQty(sym: number, qty: number): number {
    if (!(qty > 0)) return Errors.QTY_NOT_POSITIVE.num;
    if (!Number.isSafeInteger(qty) || qty % this.lot[sym]! !== 0) return Errors.QTY_NOT_LOT_MULTIPLE.num;
    if (qty > this.maxQty[sym]!) return Errors.QTY_ABOVE_MAX.num;
    return 0;
  }

  private checkPrice(sym: number, price: number): number {
    if (!(price > 0)) return Errors.PRICE_NOT_POSITIVE.num;
    if (!Number.isSafeInteger(price) || price % this.tick[sym]! !== 0) return Errors.PRICE_OFF_TICK.num;
    if (price < this.bandLo[sym]! || price > this.bandHi[sym]!) return Errors.PRICE_OUTSIDE_BAND.num;
    return 0;
  }

  /** Order slot, or minus the error number (unknown symbol / unknown order). */
  private findOrder(sym: number, orderId: number, acct: number): number {
    if (sym >= MAX_SYMBOLS || this.defined[sym] === 0) return -Errors.UNKNOWN_SYMBOL.num;
    const o = this.byId.get(orderId);
    if (o === NIL || this.oi[o * O_I32 + O_ACCOUNT] !== acct || this.oi[o * O_I32 + O_SYMBOL] !== sym) return -Errors.UNKNOWN_ORDER.num;
    return o;
  }

  /** The protection band moves with the last trade: [last*(1-bps), last*(1+bps)], on ticks. */
  private setLastPrice(sym: number, price: number): void {
    this.lastPrice[sym] = price;
    const tick = this.tick[sym]!;
    const bps = this.bandBps[sym]!;
    const lo = Math.ceil((price * (10000 - bps)) / 10000 / tick) * tick;
    this.bandLo[sym] = lo < tick ? tick : lo;
    this.bandHi[sym] = Math.floor((price * (10000 + bps)) / 10000 / tick) * tick;
  }

  // ------------------------------------------------------------------ matching

  /** Trade an aggressor against the opposite side up to `limit`; returns the quantity left. */
  private match(sym: number, side: number, limit: number, qty: number, takerId: number, acct: number): number {
    const opp = side === Side.Buy ? this.asks[sym]! : this.bids[sym]!;
    const buy = side === Side.Buy;
    let leaves = qty;
    let lastTrade = 0;
    while (leaves > 0 && opp.n > 0) {
      const lv = opp.levels[opp.n - 1]!;
      const lp = this.lf[lv * L_F64 + L_PRICE]!;
      if (buy ? lp > limit : lp < limit) break;
      let o = this.li[lv * L_I32 + L_HEAD]!;
      while (o !== NIL && leaves > 0) {
        const next = this.oi[o * O_I32 + O_NEXT]!;
        const makerQty = this.of[o * O_F64 + O_QTY]!;
        if (this.oi[o * O_I32 + O_ACCOUNT] === acct) {
          // Self-trade prevention: the resting order of the same account is cancelled.
          this.out.cancelled(this.oi[o * O_I32 + O_SIDE]!, CancelReason.SelfTrade, sym, this.of[o * O_F64 + O_ID]!, lp, makerQty, true);
          this.unlink(o, lv);
          this.freeOrder(o);
        } else {
          const tq = leaves < makerQty ? leaves : makerQty;
          const rest = makerQty - tq;
          leaves -= tq;
          this.of[o * O_F64 + O_QTY] = rest;
          this.lf[lv * L_F64 + L_QTY] = this.lf[lv * L_F64 + L_QTY]! - tq;
          lastTrade = lp;
          this.out.trade(side, sym, this.of[o * O_F64 + O_ID]!, lp, tq, takerId, ++this.tradeSeq, rest);
          if (rest === 0) {
            this.unlink(o, lv);
            this.freeOrder(o);
          }
        }
        o = next;
      }
      if (this.li[lv * L_I32 + L_COUNT] === 0) {
        opp.n--;
        this.freeLevel(lv);
      }
    }
    if (lastTrade !== 0) this.setLastPrice(sym, lastTrade);
    return leaves;
  }

  private rest(sym: number, side: number, price: number, qty: number, orderId: number, acct: number, clId: number): void {
    const ladder = side === Side.Buy ? this.bids[sym]! : this.asks[sym]!;
    const key = side === Side.Buy ? price : -price;
    let idx = ladder.search(key);
    let lv: number;
    if (idx >= 0) lv = ladder.levels[idx]!;
    else {
      lv = this.allocLevel(price);
      idx = -idx - 1;
      ladder.insertAt(idx, key, lv);
    }
    const o = this.allocOrder();
    this.of[o * O_F64 + O_ID] = orderId;
    this.of[o * O_F64 + O_KEY] = acct * TWO32 + clId;
    this.of[o * O_F64 + O_PRICE] = price;
    this.of[o * O_F64 + O_QTY] = qty;
    this.oi[o * O_I32 + O_ACCOUNT] = acct;
    this.oi[o * O_I32 + O_SYMBOL] = sym;
    this.oi[o * O_I32 + O_SIDE] = side;
    this.oi[o * O_I32 + O_LEVEL] = lv;
    const tail = this.li[lv * L_I32 + L_TAIL]!;
    this.oi[o * O_I32 + O_PREV] = tail;
    this.oi[o * O_I32 + O_NEXT] = NIL;
    if (tail === NIL) this.li[lv * L_I32 + L_HEAD] = o;
    else this.oi[tail * O_I32 + O_NEXT] = o;
    this.li[lv * L_I32 + L_TAIL] = o;
    this.lf[lv * L_F64 + L_QTY] = this.lf[lv * L_F64 + L_QTY]! + qty;
    this.li[lv * L_I32 + L_COUNT] = this.li[lv * L_I32 + L_COUNT]! + 1;
    this.byId.add(o);
    this.byClient.add(o);
    this.out.resting(side, sym, orderId, price, qty);
  }

  /** Take a resting order out of its level (and the level out of its ladder when emptied). */
  private removeOrder(o: number): void {
    const lv = this.oi[o * O_I32 + O_LEVEL]!;
    this.unlink(o, lv);
    if (this.li[lv * L_I32 + L_COUNT] === 0) {
      const sym = this.oi[o * O_I32 + O_SYMBOL]!;
      const buy = this.oi[o * O_I32 + O_SIDE] === Side.Buy;
      const ladder = buy ? this.bids[sym]! : this.asks[sym]!;
      const price = this.lf[lv * L_F64 + L_PRICE]!;
      const idx = ladder.search(buy ? price : -price);
      if (idx < 0) throw new BourseError('INVARIANT', `level ${price} missing from ladder of symbol ${sym}`);
      ladder.removeAt(idx);
      this.freeLevel(lv);
    }
    this.freeOrder(o);
  }

  private unlink(o: number, lv: number): void {
    const prev = this.oi[o * O_I32 + O_PREV]!;
    const next = this.oi[o * O_I32 + O_NEXT]!;
    if (prev === NIL) this.li[lv * L_I32 + L_HEAD] = next;
    else this.oi[prev * O_I32 + O_NEXT] = next;
    if (next === NIL) this.li[lv * L_I32 + L_TAIL] = prev;
    else this.oi[next * O_I32 + O_PREV] = prev;
    this.lf[lv * L_F64 + L_QTY] = this.lf[lv * L_F64 + L_QTY]! - this.of[o * O_F64 + O_QTY]!;
    this.li[lv * L_I32 + L_COUNT] = this.li[lv * L_I32 + L_COUNT]! - 1;
  }

  // ------------------------------------------------------------------ pools

  private allocOrder(): number {
    let o = this.oFree;
    if (o !== NIL) {
      this.oFree = this.oi[o * O_I32 + O_NEXT]!;
      return o;
    }
    if (this.oUsed === this.oCap) this.growOrders();
    o = this.oUsed++;
    return o;
  }

  private freeOrder(o: number): void {
    this.byId.remove(o);
    this.byClient.remove(o);
    this.oi[o * O_I32 + O_NEXT] = this.oFree;
    this.oFree = o;
  }

  private allocLevel(price: number): number {
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

  private freeLevel(lv: number): void {
    this.li[lv * L_I32 + L_HEAD] = this.lFree;
    this.lFree = lv;
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

  // ------------------------------------------------------------------ queries (tools, tests, snapshots)

  symbolId(name: string): number | undefined {
    return this.nameToId.get(name);
  }

  symbols(): readonly number[] {
    return this.symbolIds;
  }

  instrument(sym: number): InstrumentInfo | undefined {
    if (sym >= MAX_SYMBOLS || this.defined[sym] === 0) return undefined;
    return {
      symbol: sym,
      name: this.names[sym]!,
      currency: this.currencies[sym]!,
      tick: this.tick[sym]!,
      lot: this.lot[sym]!,
      maxQty: this.maxQty[sym]!,
      refPrice: this.refPrice[sym]!,
      bandBps: this.bandBps[sym]!,
      priceDecimals: this.priceDec[sym]!,
      qtyDecimals: this.qtyDec[sym]!,
      status: this.status[sym] as TradingStatus,
      lastPrice: this.lastPrice[sym]!,
    };
  }

  /** Levels of one side, best first, at most `max`. */
  depth(sym: number, side: Side, max = Infinity): LevelView[] {
    const ladder = side === Side.Buy ? this.bids[sym] : this.asks[sym];
    const out: LevelView[] = [];
    if (!ladder) return out;
    for (let i = ladder.n - 1; i >= 0 && out.length < max; i--) {
      const lv = ladder.levels[i]!;
      out.push({ price: this.lf[lv * L_F64 + L_PRICE]!, qty: this.lf[lv * L_F64 + L_QTY]!, count: this.li[lv * L_I32 + L_COUNT]! });
    }
    return out;
  }

  /** Order ids resting at one price, in queue order. */
  ordersAt(sym: number, side: Side, price: number): number[] {
    const ladder = side === Side.Buy ? this.bids[sym] : this.asks[sym];
    if (!ladder) return [];
    const idx = ladder.search(side === Side.Buy ? price : -price);
    if (idx < 0) return [];
    const ids: number[] = [];
    for (let o = this.li[(ladder.levels[idx]!) * L_I32 + L_HEAD]!; o !== NIL; o = this.oi[o * O_I32 + O_NEXT]!) ids.push(this.of[o * O_F64 + O_ID]!);
    return ids;
  }

  order(orderId: number): { orderId: number; symbol: number; side: Side; price: number; qty: number; account: number; clientOrderId: number } | undefined {
    const o = this.byId.get(orderId);
    if (o === NIL) return undefined;
    return { orderId, symbol: this.oi[o * O_I32 + O_SYMBOL]!, side: this.oi[o * O_I32 + O_SIDE] as Side, price: this.of[o * O_F64 + O_PRICE]!, qty: this.of[o * O_F64 + O_QTY]!, account: this.oi[o * O_I32 + O_ACCOUNT]!, clientOrderId: (this.of[o * O_F64 + O_KEY]! % TWO32) };
  }

  // ------------------------------------------------------------------ snapshot

  /**
   * Canonical state: every instrument and every resting order in queue order, plus the
   * counters. Equal states give equal bytes (the state hash is sha256 of this), and
   * `Engine.restore(bytes)` rebuilds an engine that behaves identically from here on.
   */
  stateBytes(): Uint8Array {
    const w = new ByteWriter();
    w.u32(SNAPSHOT_MAGIC);
    w.u32(SNAPSHOT_VERSION);
    w.f64(this.out.inputSeq);
    w.f64(this.out.seq);
    w.f64(this.tradeSeq);
    w.f64(this.out.time);
    w.u32(this.symbolIds.length);
    for (const sym of this.symbolIds) {
      w.u32(sym);
      w.ascii(this.names[sym]!, NAME_BYTES);
      w.ascii(this.currencies[sym]!, CURRENCY_BYTES);
      w.u8(this.priceDec[sym]!);
      w.u8(this.qtyDec[sym]!);
      w.u8(this.status[sym]!);
      w.u8(0);
      w.f64(this.tick[sym]!);
      w.f64(this.lot[sym]!);
      w.f64(this.maxQty[sym]!);
      w.f64(this.refPrice[sym]!);
      w.f64(this.bandBps[sym]!);
      w.f64(this.lastPrice[sym]!);
      for (const ladder of [this.bids[sym]!, this.asks[sym]!]) {
        w.u32(ladder.n);
        for (let i = ladder.n - 1; i >= 0; i--) {
          const lv = ladder.levels[i]!;
          w.f64(this.lf[lv * L_F64 + L_PRICE]!);
          w.u32(this.li[lv * L_I32 + L_COUNT]!);
          for (let o = this.li[lv * L_I32 + L_HEAD]!; o !== NIL; o = this.oi[o * O_I32 + O_NEXT]!) {
            w.f64(this.of[o * O_F64 + O_ID]!);
            w.u32(this.oi[o * O_I32 + O_ACCOUNT]!);
            w.u32((this.of[o * O_F64 + O_KEY]! % TWO32));
            w.f64(this.of[o * O_F64 + O_QTY]!);
          }
        }
      }
    }
    return w.finish();
  }

  /** Rebuild an engine from `stateBytes()`. Throws SNAPSHOT_CORRUPT on malformed input. */
  static restore(bytes: Uint8Array, opts: EngineOptions = {}): Engine {
    const r = new ByteReader(bytes, 'engine snapshot');
    if (r.u32() !== SNAPSHOT_MAGIC) throw new BourseError('SNAPSHOT_CORRUPT', 'bad magic');
    const version = r.u32();
    if (version !== SNAPSHOT_VERSION) throw new BourseError('SNAPSHOT_CORRUPT', `unsupported version ${version}`);
    const e = new Engine(opts);
    e.out.inputSeq = r.f64();
    e.out.seq = r.f64();
    e.tradeSeq = r.f64();
    e.out.time = r.f64();
    const nSym = r.u32();
    for (let k = 0; k < nSym; k++) {
      const sym = r.u32();
      const name = r.ascii(NAME_BYTES);
      const currency = r.ascii(CURRENCY_BYTES);
      const pd = r.u8();
      const qd = r.u8();
      const status = r.u8();
      r.u8();
      const tick = r.f64();
      const lot = r.f64();
      const maxQty = r.f64();
      const ref = r.f64();
      const bps = r.f64();
      const last = r.f64();
      if (sym >= MAX_SYMBOLS || e.defined[sym] !== 0) throw new BourseError('SNAPSHOT_CORRUPT', `bad symbol ${sym}`);
      e.install(sym, name, currency, tick, lot, maxQty, ref, bps, pd, qd, status, last);
      for (const side of [Side.Buy, Side.Sell] as const) {
        const nLevels = r.u32();
        for (let i = 0; i < nLevels; i++) {
          const price = r.f64();
          const count = r.u32();
          if (count === 0) throw new BourseError('SNAPSHOT_CORRUPT', `empty level ${price}`);
          for (let j = 0; j < count; j++) {
            const id = r.f64();
            const acct = r.u32();
            const clId = r.u32();
            const qty = r.f64();
            e.restQuiet(sym, side, price, qty, id, acct, clId);
          }
        }
      }
    }
    if (!r.done) throw new BourseError('SNAPSHOT_CORRUPT', 'trailing bytes');
    return e;
  }

  /** `rest` without an event: used only to rebuild from a snapshot. */
  private restQuiet(sym: number, side: number, price: number, qty: number, id: number, acct: number, clId: number): void {
    const count = this.out.count;
    const seq = this.out.seq;
    this.rest(sym, side, price, qty, id, acct, clId);
    this.out.count = count;
    this.out.seq = seq;
  }
}

const SNAPSHOT_MAGIC = 0x45535242; // "BRSE"
const SNAPSHOT_VERSION = 1;

function isPosInt(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0;
}

