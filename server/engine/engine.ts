/**
 * The matching engine: many symbols, price-time (FIFO) priority, integer prices and quantities.
 * Pure and deterministic: it reads only the command records it is given (time included) and
 * writes event records to `out`. No I/O, no clock, no randomness, no allocation per order.
 *
 * Storage: orders and price levels live in typed-array pools addressed by slot (pools.ts),
 * linked into per-level FIFO queues; each book side is a Ladder (best level at the end).
 *   - best price: O(1) (end of the ladder)
 *   - cancel: O(1) to find (id -> slot hash) and unlink; an emptied level is removed from
 *     the ladder with a short memmove (levels near the touch) or O(log L) search deeper
 *   - order id = the sequence number of the NEW_ORDER input: unique, known at acknowledgement.
 * Instrument terms and the band: instruments.ts. State bytes and snapshot restore: engine-state.ts.
 */
import { Errors, BourseError } from '../kernel/errors.ts';
import { Side, OrdType, TimeInForce, TradingStatus } from '../kernel/types.ts';
import { Cmd, CmdOff, NAME_BYTES, CURRENCY_BYTES, readAscii } from './commands.ts';
import { EventWriter, CancelReason, Priority } from './events.ts';
import { Ladder } from '../kernel/ladder.ts';
import { BookPools, type Layout } from './pools.ts';
import { writeState, readState, type EngineParts } from './engine-state.ts';
import { Instruments, type InstrumentInfo } from './instruments.ts';
import type * as Ins from './instruments.ts';

export type { InstrumentInfo };
/** A literal local copy, checked against instruments.ts: read per input (see Layout in pools.ts). */
export const MAX_SYMBOLS: typeof Ins.MAX_SYMBOLS = 65536;

export const MAX_ACCOUNT = 1 << 20;
const TWO32 = 4294967296;
// The pool layout (pools.ts) as literal local consts, for the hot loops (see Layout there); each is
// typed by its Layout entry, so a copy that drifts from the layout does not compile.
const NIL: typeof Layout.NIL = -1;
const O_F64: typeof Layout.O_F64 = 8, O_I32: typeof Layout.O_I32 = 16;
const O_ID: typeof Layout.O_ID = 0, O_KEY: typeof Layout.O_KEY = 1, O_PRICE: typeof Layout.O_PRICE = 2, O_QTY: typeof Layout.O_QTY = 3;
const O_SYMBOL: typeof Layout.O_SYMBOL = 10, O_SIDE: typeof Layout.O_SIDE = 11, O_LEVEL: typeof Layout.O_LEVEL = 12;
const O_NEXT: typeof Layout.O_NEXT = 13, O_ACCOUNT: typeof Layout.O_ACCOUNT = 15;
const L_F64: typeof Layout.L_F64 = 4, L_I32: typeof Layout.L_I32 = 8;
const L_PRICE: typeof Layout.L_PRICE = 0, L_QTY: typeof Layout.L_QTY = 1, L_COUNT: typeof Layout.L_COUNT = 4, L_HEAD: typeof Layout.L_HEAD = 5;

export interface LevelView {
  price: number;
  qty: number;
  count: number;
}

export interface EngineOptions {
  /** Pool size hint; pools grow by doubling past it. */
  expectedOrders?: number;
}

export class Engine extends BookPools {
  readonly out = new EventWriter();

  // --- instruments (instruments.ts), and the arrays the hot paths read, by reference
  private readonly ins = new Instruments();
  private readonly defined = this.ins.defined;
  private readonly status = this.ins.status;
  private readonly tick = this.ins.tick;
  private readonly lot = this.ins.lot;
  private readonly maxQty = this.ins.maxQty;
  private readonly bandLo = this.ins.bandLo;
  private readonly bandHi = this.ins.bandHi;
  private readonly bids: Ladder[] = [];
  private readonly asks: Ladder[] = [];

  // --- order and level pools: inherited from BookPools (pools.ts), see there why.

  // --- counters (input seq, time and event seq live in `out`, which stamps them on events)
  private tradeSeq = 0;

  private lastBuf: Uint8Array | null = null;
  private dv: DataView = new DataView(new ArrayBuffer(8));

  constructor(opts: EngineOptions = {}) {
    super(Math.max(1024, opts.expectedOrders ?? 65536));
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
      case Cmd.SetPhase:
        return this.setPhase(dv, at);
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
    else if (this.status[sym] !== TradingStatus.Open) err = this.status[sym] === TradingStatus.Halted ? Errors.SYMBOL_HALTED.num : Errors.MARKET_CLOSED.num;
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
    if (err === 0 && this.status[sym] !== TradingStatus.Open) err = this.status[sym] === TradingStatus.Halted ? Errors.SYMBOL_HALTED.num : Errors.MARKET_CLOSED.num;
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

  /**
   * The calendar's phase change (sequenced by the driver at the phase's instant): continuous
   * (Open) or one of the phases in which no order is accepted (MARKET_CLOSED). Resting orders
   * stay. Published as STATUS like a halt, so every consumer sees it.
   */
  private setPhase(dv: DataView, at: number): void {
    const sym = dv.getUint32(at + CmdOff.symbol, true);
    const ph = dv.getUint32(at + CmdOff.status, true);
    let err = 0;
    if (sym >= MAX_SYMBOLS || this.defined[sym] === 0) err = Errors.UNKNOWN_SYMBOL.num;
    else if (ph !== TradingStatus.Open && (ph < TradingStatus.PreOpen || ph > TradingStatus.Closed)) err = Errors.BAD_PHASE.num;
    if (err !== 0) {
      this.out.rejected(0, err, sym, Cmd.SetPhase, 0, 0, 0, 0, 0);
      return;
    }
    this.status[sym] = ph;
    this.out.status(sym, ph);
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
    const err = this.ins.check(sym, name, currency, tick, lot, maxQty, ref, bps, pd, qd);
    if (err !== 0) {
      this.out.rejected(0, err, sym, Cmd.DefineInstrument, 0, 0, 0, 0, 0);
      return;
    }
    this.install(sym, name, currency, tick, lot, maxQty, ref, bps, pd, qd, TradingStatus.Open, ref);
    this.out.instrument(sym, name, tick, lot, maxQty, ref, pd, qd);
  }

  private install(sym: number, name: string, currency: string, tick: number, lot: number, maxQty: number, ref: number, bps: number, pd: number, qd: number, status: number, last: number): void {
    this.ins.add(sym, name, currency, tick, lot, maxQty, ref, bps, pd, qd, status, last);
    this.bids[sym] = new Ladder();
    this.asks[sym] = new Ladder();
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
    if (lastTrade !== 0) this.ins.setLastPrice(sym, lastTrade);
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
    this.link(o, lv);
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

  // ------------------------------------------------------------------ queries (tools, tests, snapshots)

  symbolId(name: string): number | undefined {
    return this.ins.nameToId.get(name);
  }

  symbols(): readonly number[] {
    return this.ins.ids;
  }

  instrument(sym: number): InstrumentInfo | undefined {
    return this.ins.info(sym);
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

  // ------------------------------------------------------------------ snapshot (engine-state.ts)

  /**
   * Canonical state: every instrument and every resting order in queue order, plus the
   * counters. Equal states give equal bytes (the state hash is sha256 of this), and
   * `Engine.restore(bytes)` rebuilds an engine that behaves identically from here on.
   */
  stateBytes(): Uint8Array {
    return writeState(this.parts());
  }

  /** Rebuild an engine from `stateBytes()`. Throws SNAPSHOT_CORRUPT on malformed input. */
  static restore(bytes: Uint8Array, opts: EngineOptions = {}): Engine {
    const e = new Engine(opts);
    readState(bytes, e.parts());
    return e;
  }

  /** This engine's internals, for the state codec only. */
  private parts(): EngineParts {
    const e = this;
    return {
      out: e.out,
      get tradeSeq() { return e.tradeSeq; },
      set tradeSeq(n: number) { e.tradeSeq = n; },
      symbols: e.ins.ids,
      instrument: (sym) => e.instrument(sym),
      bids: e.bids,
      asks: e.asks,
      pools: () => e.arrays(),
      isFreeSymbol: (sym) => sym < MAX_SYMBOLS && e.defined[sym] === 0,
      install: (sym, name, currency, tick, lot, maxQty, ref, bps, pd, qd, status, last) => e.install(sym, name, currency, tick, lot, maxQty, ref, bps, pd, qd, status, last),
      rest: (sym, side, price, qty, orderId, acct, clId) => e.rest(sym, side, price, qty, orderId, acct, clId),
    };
  }
}
