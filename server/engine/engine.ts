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
import { Cmd, CmdOff, NAME_BYTES, CURRENCY_BYTES, KeyFlag, readAscii, Kyc, ACCOUNT_FLAGS_MASK, AccountFlag, FundsSet, KillTarget } from './commands.ts';
import { EventWriter, CancelReason, Priority, AuctionCode, TradeCode } from './events.ts';
import { uncrossLevels } from './auction.ts';
import { Ladder } from '../kernel/ladder.ts';
import { BookPools, type Layout } from './pools.ts';
import { writeState, readState, type EngineParts } from './engine-state.ts';
import { Instruments, type InstrumentInfo, type DayState } from './instruments.ts';
import { Accounts, MAX_FIRM, AF, PF, type AccountInfo, type PositionInfo } from './accounts.ts';
import type * as Acc from './accounts.ts';
import type * as Ins from './instruments.ts';

export type { InstrumentInfo, AccountInfo, PositionInfo };
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
const O_NEXT: typeof Layout.O_NEXT = 13, O_ACCOUNT: typeof Layout.O_ACCOUNT = 15, O_RISK: typeof Layout.O_RISK = 8, O_TIF: typeof Layout.O_TIF = 9;
const DAY_US = 86_400_000_000;
// TradingStatus and TimeInForce values the trading-day paths test (kernel/types.ts).
const ST_OPEN = 1, ST_HALTED = 2, ST_PREOPEN = 3, ST_OPENING = 4, ST_CLOSING = 5, ST_CLOSED = 6, ST_REOPENING = 7;
const TIF_IOC = 2, TIF_DAY = 3, TIF_GTD = 4, TIF_AT_OPEN = 5, TIF_AT_CLOSE = 6;
/** A call phase: orders accumulate without matching until the uncross that ends it. */
function isCall(st: number): boolean {
  return st === ST_PREOPEN || st === ST_OPENING || st === ST_CLOSING || st === ST_REOPENING;
}
/** Off-book queues per symbol and side (offLv): market orders of a call, and at-close orders held through continuous trading. */
const OFF_MARKET = 0, OFF_HELD = 1;
/** Level price marking an off-book queue's level (never a ladder price: those are > 0). */
const MARKET_LEVEL_PRICE = 0, HELD_LEVEL_PRICE = -1;
// The account and position records (accounts.ts), as literal local copies for the hot paths.
const A_STRIDE: typeof Acc.A_STRIDE = 16, P_STRIDE: typeof Acc.P_STRIDE = 8;
const A_GATE: typeof AF.gate = 0, A_MAXQTY: typeof AF.maxQty = 2, A_MAXNOT: typeof AF.maxNotional = 3, A_MAXOPEN: typeof AF.maxOpen = 4;
const A_OPEN: typeof AF.open = 5, A_CASH: typeof AF.cash = 6, A_HOLD: typeof AF.hold = 7, A_MAXDAILY: typeof AF.maxDaily = 8, A_FLAGS: typeof AF.flags = 9;
const P_POS: typeof PF.pos = 1, P_HOLD: typeof PF.hold = 2, P_OPEN: typeof PF.open = 3, P_VOL: typeof PF.vol = 4, P_DAY: typeof PF.day = 5;
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

  // --- accounts, KYC and pre-trade risk (accounts.ts, docs/accounts.md)
  private readonly acc = new Accounts();
  /** Position row the last passing risk check found or made for the order (-1: untracked). */
  private riskP = -1;

  // --- order and level pools: inherited from BookPools (pools.ts), see there why.

  // --- counters (input seq, time and event seq live in `out`, which stamps them on events)
  private tradeSeq = 0;

  // --- trading day (issue 14, docs/calendar.md): off-book queues, the GTD expiry queue, due work
  /** Level slot of each off-book queue: index sym * 4 + (sell ? 2 : 0) + OFF_MARKET | OFF_HELD; NIL when empty. */
  private readonly offLv = new Int32Array(MAX_SYMBOLS * 4).fill(-1);
  /** GTD expiry queue: a binary heap of (expire time, order id); ids of orders gone are skipped (lazy). */
  private gtdT = new Float64Array(64);
  private gtdId = new Float64Array(64);
  private gtdN = 0;
  /** Earliest sequenced time at which something is due (GTD, halt end, indicative): one compare per input otherwise. */
  private nextDue = Infinity;
  /** Uncross scratch: each side's levels ascending, and [price, volume, surplus]. */
  private ubp = new Float64Array(256);
  private ubq = new Float64Array(256);
  private usp = new Float64Array(256);
  private usq = new Float64Array(256);
  private readonly ures = new Float64Array(3);

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
    if (time >= this.nextDue) this.runDue(time);
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
      case Cmd.ApiKey:
        return this.apiKey(buf, dv, at);
      case Cmd.FirmAdd:
      case Cmd.AccountAdd:
      case Cmd.AccountKyc:
      case Cmd.AccountLimits:
      case Cmd.AccountFunds:
      case Cmd.Kill:
        return this.admin(type, dv, at);
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
    const session = dv.getUint32(at + CmdOff.session, true);

    let err: number = 0;
    let st = 0;
    if (sym >= MAX_SYMBOLS || this.defined[sym] === 0) err = Errors.UNKNOWN_SYMBOL.num;
    else if (side !== Side.Buy && side !== Side.Sell) err = Errors.BAD_SIDE.num;
    else if (ordType !== OrdType.Limit && ordType !== OrdType.Market) err = Errors.BAD_ORDER_TYPE.num;
    else if (tif < TimeInForce.GTC || tif > TimeInForce.AtClose) err = Errors.BAD_TIME_IN_FORCE.num;
    else if (acct === 0 || acct > MAX_ACCOUNT) err = Errors.BAD_ACCOUNT.num;
    else if ((st = this.status[sym]!) !== ST_OPEN || tif > TIF_IOC) err = this.phaseCheck(sym, st, tif) || this.checkQty(sym, qty);
    else err = this.checkQty(sym, qty);
    if (err === 0 && ordType === OrdType.Limit) err = this.checkPrice(sym, price);
    // GTD: the expire time (µs) travels in the orderId slot.
    const expire = tif === TIF_GTD ? dv.getFloat64(at + CmdOff.orderId, true) : 0;
    if (err === 0 && tif === TIF_GTD && !(Number.isSafeInteger(expire) && expire > this.out.time)) err = Errors.BAD_EXPIRE_TIME.num;
    if (err === 0 && this.byClient.get(acct * TWO32 + clId) !== NIL) err = Errors.DUPLICATE_CLIENT_ORDER_ID.num;
    const limit = ordType === OrdType.Limit ? price : side === Side.Buy ? this.bandHi[sym]! : this.bandLo[sym]!;
    const risk = this.acc.firms !== 0;
    if (err === 0 && risk) err = this.firmCheck(dv, at, acct) || this.riskCheck(sym, side, limit, qty, acct, 0, 0);
    if (err !== 0) {
      this.out.rejected(side & 0xff, err, sym, Cmd.NewOrder, orderId, price, qty, clId, acct, session);
      return;
    }

    this.out.accepted(side, ordType, tif, sym, orderId, ordType === OrdType.Limit ? price : 0, qty, clId, acct, session);
    const p = risk ? this.hold(sym, side, limit, qty, acct, this.riskP) : -1;
    this.riskP = p;
    const code = ordType | (tif << 4);
    if (st !== ST_OPEN || tif === TIF_AT_CLOSE) {
      // A call accumulates without matching (market orders off the public book); an at-close
      // order waits off the book through continuous trading for the closing call.
      const o = st === ST_OPEN ? this.restOff(sym, side, OFF_HELD, limit, qty, orderId, acct, clId, code)
        : ordType === OrdType.Limit ? this.rest(sym, side, price, qty, orderId, acct, clId, code)
        : this.restOff(sym, side, OFF_MARKET, limit, qty, orderId, acct, clId, code);
      this.restRisk(o, p, acct);
      if (tif === TIF_GTD) this.gtdPush(expire, orderId);
      return;
    }
    const leaves = this.match(sym, side, limit, qty, orderId, acct);
    if (leaves > 0) {
      // GTC, DAY and GTD limit orders rest (also when a volatility halt stopped the match).
      if (ordType === OrdType.Limit && tif !== TIF_IOC) {
        this.restRisk(this.rest(sym, side, price, leaves, orderId, acct, clId, code), p, acct);
        if (tif === TIF_GTD) this.gtdPush(expire, orderId);
      } else {
        this.out.cancelled(side, CancelReason.Unfilled, sym, orderId, limit, leaves, false);
        if (p >= 0) this.unhold(side, limit, leaves, acct, p);
      }
    }
  }

  private cancel(dv: DataView, at: number): void {
    const sym = dv.getUint32(at + CmdOff.symbol, true);
    const orderId = dv.getFloat64(at + CmdOff.orderId, true);
    const acct = dv.getUint32(at + CmdOff.account, true);
    const o = this.findOrder(sym, orderId, acct);
    const err = o < 0 ? -o : this.acc.firms !== 0 ? this.firmCheck(dv, at, acct) : 0;
    if (err !== 0) {
      this.out.rejected(0, err, sym, Cmd.Cancel, orderId, 0, 0, 0, acct, dv.getUint32(at + CmdOff.session, true));
      return;
    }
    this.cancelOrder(o, CancelReason.User);
  }

  /**
   * Take a resting order out of the book with a CANCELLED event, releasing its holds. The one way
   * out of the book besides a fill: cancel, kill switch, and expiry (issue 14's DAY/GTD orders
   * call this with their own reason).
   */
  cancelOrder(o: number, reason: number): void {
    // An off-book order (market in a call, held at-close) leaves with price 0: nothing in L2.
    const onBook = this.lf[this.oi[o * O_I32 + O_LEVEL]! * L_F64 + L_PRICE]! > 0;
    this.out.cancelled(this.oi[o * O_I32 + O_SIDE]!, reason, this.oi[o * O_I32 + O_SYMBOL]!, this.of[o * O_F64 + O_ID]!, onBook ? this.of[o * O_F64 + O_PRICE]! : 0, this.of[o * O_F64 + O_QTY]!, true);
    this.releaseHolds(o);
    this.removeOrder(o);
  }

  private modify(dv: DataView, at: number): void {
    const sym = dv.getUint32(at + CmdOff.symbol, true);
    const orderId = dv.getFloat64(at + CmdOff.orderId, true);
    const acct = dv.getUint32(at + CmdOff.account, true);
    const price = dv.getFloat64(at + CmdOff.price, true);
    const qty = dv.getFloat64(at + CmdOff.qty, true);
    const o = this.findOrder(sym, orderId, acct);
    let err = o < 0 ? -o : this.acc.firms !== 0 ? this.firmCheck(dv, at, acct) : 0;
    const st = this.status[sym]!;
    if (err === 0 && st !== ST_OPEN) err = st === ST_HALTED ? Errors.SYMBOL_HALTED.num : st === ST_CLOSED ? Errors.MARKET_CLOSED.num : 0;
    if (err === 0 && this.lf[this.oi[o * O_I32 + O_LEVEL]! * L_F64 + L_PRICE]! <= 0) err = Errors.ORDER_NOT_MODIFIABLE.num;
    if (err === 0) err = this.checkQty(sym, qty);
    if (err === 0) err = this.checkPrice(sym, price);
    const risk = err === 0 && this.acc.firms !== 0 && this.acc.row[acct] !== 0;
    if (risk) err = this.riskCheck(sym, this.oi[o * O_I32 + O_SIDE]!, price, qty, acct, this.of[o * O_F64 + O_PRICE]!, this.of[o * O_F64 + O_QTY]!);
    if (err !== 0) {
      this.out.rejected(o >= 0 ? this.oi[o * O_I32 + O_SIDE]! : 0, err, sym, Cmd.Modify, orderId, price, qty, 0, acct, dv.getUint32(at + CmdOff.session, true));
      return;
    }
    const side = this.oi[o * O_I32 + O_SIDE]!;
    const oldPrice = this.of[o * O_F64 + O_PRICE]!;
    const oldQty = this.of[o * O_F64 + O_QTY]!;
    if (price === oldPrice && qty <= oldQty) {
      // Same price, smaller or equal size: keeps its place in the queue.
      if (risk) this.unhold(side, price, oldQty - qty, acct, this.oi[o * O_I32 + O_RISK]!);
      this.of[o * O_F64 + O_QTY] = qty;
      const lvm = this.oi[o * O_I32 + O_LEVEL]!;
      this.lf[lvm * L_F64 + L_QTY] = this.lf[lvm * L_F64 + L_QTY]! - (oldQty - qty);
      this.out.modified(side, Priority.Kept, sym, orderId, price, qty, oldPrice, oldQty);
      return;
    }
    // Price change or size increase: leaves the book and re-enters as a new aggressor.
    const clId = (this.of[o * O_F64 + O_KEY]! % TWO32);
    const code = this.oi[o * O_I32 + O_TIF]!;
    this.out.modified(side, Priority.Lost, sym, orderId, price, qty, oldPrice, oldQty);
    this.releaseHolds(o);
    this.removeOrder(o);
    const p = risk ? this.hold(sym, side, price, qty, acct, this.riskP) : -1;
    this.riskP = p;
    // In a call it re-enters without matching.
    const leaves = st === ST_OPEN ? this.match(sym, side, price, qty, orderId, acct) : qty;
    if (leaves > 0) this.restRisk(this.rest(sym, side, price, leaves, orderId, acct, clId, code), p, acct);
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
    // The operator's halt lies over the phase (and a volatility halt): resuming returns to them.
    const ins = this.ins;
    ins.opHalt[sym] = st === ST_HALTED ? 1 : 0;
    // Resumed: its reopening and indicatives fall due again (they are not watched while halted).
    if (st === ST_OPEN) this.settleDue();
    this.status[sym] = this.effective(sym);
    this.out.status(sym, this.status[sym]!);
  }

  /** The status the symbol shows: the operator's halt, else a volatility halt's reopening call, else the phase. */
  private effective(sym: number): number {
    const ins = this.ins;
    return ins.opHalt[sym] === 1 ? ST_HALTED : ins.haltEnd[sym]! > 0 ? ST_REOPENING : ins.phase[sym]!;
  }

  /**
   * The calendar's phase change (sequenced by the driver at the phase's instant). Leaving a call
   * (pre-open, opening or closing auction) uncrosses it: AUCTION Uncross, its TRADEs, then the
   * AuctionEnd cancels of what was only for that auction. Entering the closing call brings the
   * held at-close orders into the book; the close expires DAY orders. A volatility halt's
   * reopening call in progress is uncrossed first. Under an operator halt nothing executes (the
   * auction-only orders are still cancelled) and the status stays Halted. Published as STATUS.
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
    const ins = this.ins;
    const old = ins.phase[sym]!;
    if (ins.haltEnd[sym]! > 0) this.reopen(sym);
    if (isCall(old) && !isCall(ph)) this.endCall(sym, old);
    if (ph === ST_CLOSING && old !== ST_CLOSING) this.releaseHeld(sym);
    if (ph === ST_CLOSED && old !== ST_CLOSED) {
      this.cancelOff(sym, OFF_HELD, CancelReason.AuctionEnd);
      this.expireDay(sym);
    }
    ins.phase[sym] = ph;
    if (isCall(ph) && !isCall(old)) this.startCall(sym);
    this.status[sym] = this.effective(sym);
    this.out.status(sym, this.status[sym]!);
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
    const volBps = dv.getUint16(at + CmdOff.volBandBps, true);
    const pauseS = dv.getUint16(at + CmdOff.volPauseS, true);
    const indMs = dv.getUint32(at + CmdOff.indicativeMs, true);
    const err = this.ins.check(sym, name, currency, tick, lot, maxQty, ref, bps, pd, qd) || this.ins.checkDay(volBps, pauseS);
    if (err !== 0) {
      this.out.rejected(0, err, sym, Cmd.DefineInstrument, 0, 0, 0, 0, 0);
      return;
    }
    this.install(sym, name, currency, tick, lot, maxQty, ref, bps, pd, qd, TradingStatus.Open, ref);
    this.ins.setDay(sym, volBps, pauseS, indMs);
    this.out.instrument(sym, name, tick, lot, maxQty, ref, pd, qd);
  }

  /** API_KEY: checked and echoed as an event; the gateway keeps the key table (the engine holds no key state). */
  private apiKey(buf: Uint8Array, dv: DataView, at: number): void {
    const flags = dv.getUint8(at + CmdOff.keyFlags);
    const keyId = dv.getUint32(at + CmdOff.keyId, true);
    const firm = dv.getUint32(at + CmdOff.firm, true);
    const rate = dv.getUint32(at + CmdOff.rate, true);
    if (keyId === 0 || firm === 0 || firm > MAX_ACCOUNT || (flags & ~KeyFlag.Revoke) !== 0) {
      this.out.rejected(0, Errors.GW_BAD_KEY_COMMAND.num, keyId, Cmd.ApiKey, 0, 0, 0, 0, firm);
      return;
    }
    this.out.apiKey(flags, keyId, buf, at + CmdOff.publicKey, firm, rate);
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

  // ------------------------------------------------------------------ pre-trade risk (docs/accounts.md)

  /**
   * 0 when the account may send this order (a modify: replace oldQty at oldPx), else the code.
   * Checked in this order: registered, KYC and kill switch (account, firm: the account's gate),
   * order qty, notional, open orders (new orders), daily volume (traded today + open + this
   * order), then buying power (buys: cash - held >= px * qty) or position (sells, unless short
   * selling is allowed).
   */
  /** A session's order names an account of another firm (the gateway stamps the session's firm; 0: no session). */
  private firmCheck(dv: DataView, at: number, acct: number): number {
    const firm = dv.getUint32(at + CmdOff.firm, true);
    if (firm === 0) return 0;
    const f = this.accountFirm(acct);
    return f !== 0 && f !== firm ? Errors.ACCOUNT_NOT_OF_FIRM.num : 0;
  }

  private riskCheck(sym: number, side: number, px: number, qty: number, acct: number, oldPx: number, oldQty: number): number {
    const a = this.acc;
    const r = a.row[acct]!;
    if (r === 0) return Errors.UNKNOWN_ACCOUNT.num;
    const af = a.af;
    const ra = r * A_STRIDE;
    const gate = af[ra + A_GATE]!;
    if (gate !== 0) return gate;
    const mq = af[ra + A_MAXQTY]!;
    if (mq > 0 && qty > mq) return Errors.RISK_ORDER_QTY.num;
    const notional = px * qty;
    const mn = af[ra + A_MAXNOT]!;
    if (mn > 0 && notional > mn) return Errors.RISK_ORDER_NOTIONAL.num;
    if (oldQty === 0) {
      const mo = af[ra + A_MAXOPEN]!;
      if (mo > 0 && af[ra + A_OPEN]! >= mo) return Errors.RISK_OPEN_ORDERS.num;
    }
    const p = a.find(acct, sym);
    this.riskP = p;
    const pf = a.pf;
    const pa = p * P_STRIDE;
    const md = af[ra + A_MAXDAILY]!;
    if (md > 0) {
      const vol = p >= 0 && pf[pa + P_DAY] === Math.floor(this.out.time / DAY_US) ? pf[pa + P_VOL]! : 0;
      const open = p >= 0 ? pf[pa + P_OPEN]! : 0;
      if (vol + open - oldQty + qty > md) return Errors.RISK_DAILY_VOLUME.num;
    }
    if (side === Side.Buy) {
      if (af[ra + A_CASH]! - af[ra + A_HOLD]! + oldPx * oldQty < notional) return Errors.RISK_BUYING_POWER.num;
    } else if ((af[ra + A_FLAGS]! & AccountFlag.ShortSell) === 0) {
      const free = p >= 0 ? pf[pa + P_POS]! - pf[pa + P_HOLD]! : 0;
      if (free + oldQty < qty) return Errors.RISK_POSITION.num;
    }
    return 0;
  }

  /**
   * Take an entering order's holds (buy: px * qty of cash; sell: qty of position). Returns its
   * position row, -1 if untracked. `known`: the row riskCheck found for it (-1: look it up).
   */
  private hold(sym: number, side: number, px: number, qty: number, acct: number, known: number): number {
    const a = this.acc;
    const r = a.row[acct]!;
    if (r === 0) return -1;
    const p = known >= 0 ? known : a.ensure(acct, sym);
    const pf = a.pf;
    if (side === Side.Buy) a.af[r * A_STRIDE + A_HOLD] = a.af[r * A_STRIDE + A_HOLD]! + px * qty;
    else pf[p * P_STRIDE + P_HOLD] = pf[p * P_STRIDE + P_HOLD]! + qty;
    pf[p * P_STRIDE + P_OPEN] = pf[p * P_STRIDE + P_OPEN]! + qty;
    return p;
  }

  /** Release qty of an order's holds (it left unfilled, or shrank). */
  private unhold(side: number, px: number, qty: number, acct: number, p: number): void {
    if (p < 0) return;
    const a = this.acc;
    const pf = a.pf;
    if (side === Side.Buy) {
      const k = a.row[acct]! * A_STRIDE + A_HOLD;
      a.af[k] = a.af[k]! - px * qty;
    }
    else pf[p * P_STRIDE + P_HOLD] = pf[p * P_STRIDE + P_HOLD]! - qty;
    pf[p * P_STRIDE + P_OPEN] = pf[p * P_STRIDE + P_OPEN]! - qty;
  }

  /** A resting order's risk link (position row, -1: untracked) and its account's open-order count. */
  private restRisk(o: number, p: number, acct: number): void {
    this.oi[o * O_I32 + O_RISK] = p;
    if (p >= 0) {
      const k = this.acc.row[acct]! * A_STRIDE + A_OPEN;
      this.acc.af[k] = this.acc.af[k]! + 1;
    }
  }

  /**
   * Release every hold of resting order `o` (call before taking it out of the book unfilled:
   * cancel, self-trade, kill switch, modify, and expiry with issue 14 via cancelOrder).
   */
  releaseHolds(o: number): void {
    const p = this.oi[o * O_I32 + O_RISK]!;
    if (p < 0) return;
    const acct = this.oi[o * O_I32 + O_ACCOUNT]!;
    this.unhold(this.oi[o * O_I32 + O_SIDE]!, this.of[o * O_F64 + O_PRICE]!, this.of[o * O_F64 + O_QTY]!, acct, p);
    const k = this.acc.row[acct]! * A_STRIDE + A_OPEN;
    this.acc.af[k] = this.acc.af[k]! - 1;
  }

  /** A resting order traded tq at lp (its own price; an uncross: the auction price): holds out, cash and position moved. */
  private fillMaker(o: number, lp: number, tq: number, rest: number): void {
    const p = this.oi[o * O_I32 + O_RISK]!;
    if (p < 0) return;
    const a = this.acc;
    const af = a.af;
    const pf = a.pf;
    const ra = a.row[this.oi[o * O_I32 + O_ACCOUNT]!]! * A_STRIDE;
    const pa = p * P_STRIDE;
    const n = lp * tq;
    if (this.oi[o * O_I32 + O_SIDE] === Side.Buy) {
      // Held at its limit (an uncross may fill it lower; in continuous trading lp is the limit).
      af[ra + A_HOLD] = af[ra + A_HOLD]! - this.of[o * O_F64 + O_PRICE]! * tq;
      af[ra + A_CASH] = af[ra + A_CASH]! - n;
      pf[pa + P_POS] = pf[pa + P_POS]! + tq;
    } else {
      pf[pa + P_HOLD] = pf[pa + P_HOLD]! - tq;
      pf[pa + P_POS] = pf[pa + P_POS]! - tq;
      af[ra + A_CASH] = af[ra + A_CASH]! + n;
    }
    pf[pa + P_OPEN] = pf[pa + P_OPEN]! - tq;
    this.traded(pf, pa, tq);
    if (rest === 0) af[ra + A_OPEN] = af[ra + A_OPEN]! - 1;
  }

  /** The aggressor (position row riskP) traded `filled` for `notional` in all; it held limit * qty. */
  private fillTaker(side: number, limit: number, filled: number, notional: number, acct: number): void {
    const p = this.riskP;
    if (p < 0) return;
    const a = this.acc;
    const af = a.af;
    const pf = a.pf;
    const ra = a.row[acct]! * A_STRIDE;
    const pa = p * P_STRIDE;
    if (side === Side.Buy) {
      af[ra + A_HOLD] = af[ra + A_HOLD]! - limit * filled;
      af[ra + A_CASH] = af[ra + A_CASH]! - notional;
      pf[pa + P_POS] = pf[pa + P_POS]! + filled;
    } else {
      pf[pa + P_HOLD] = pf[pa + P_HOLD]! - filled;
      pf[pa + P_POS] = pf[pa + P_POS]! - filled;
      af[ra + A_CASH] = af[ra + A_CASH]! + notional;
    }
    pf[pa + P_OPEN] = pf[pa + P_OPEN]! - filled;
    this.traded(pf, pa, filled);
  }

  /** Daily volume: counted per sequenced UTC day (input time), reset on the first fill of a new day. */
  private traded(pf: Float64Array, pa: number, q: number): void {
    const day = Math.floor(this.out.time / DAY_US);
    if (pf[pa + P_DAY] !== day) {
      pf[pa + P_DAY] = day;
      pf[pa + P_VOL] = 0;
    }
    pf[pa + P_VOL] = pf[pa + P_VOL]! + q;
  }

  // ------------------------------------------------------------------ admin commands (types 32-47)

  private admin(type: number, dv: DataView, at: number): void {
    const a = this.acc;
    const word = dv.getUint32(at + CmdOff.adminFirm, true); // firm, or the symbol of ACCOUNT_FUNDS
    const acct = dv.getUint32(at + CmdOff.account, true);
    const r = acct >= 1 && acct <= MAX_ACCOUNT ? a.row[acct]! : 0;
    const noAccount = acct < 1 || acct > MAX_ACCOUNT ? Errors.BAD_ACCOUNT.num : r === 0 ? Errors.UNKNOWN_ACCOUNT.num : 0;
    let err = 0;
    switch (type) {
      case Cmd.FirmAdd:
        if (word < 1 || word > MAX_FIRM) err = Errors.BAD_FIRM.num;
        else if (a.firmDefined[word] !== 0) err = Errors.FIRM_EXISTS.num;
        else {
          a.addFirm(word, 0);
          this.out.account(type, word, 0, 0, 0, 0, 0, 0);
          return;
        }
        break;
      case Cmd.AccountAdd: {
        const count = dv.getUint32(at + CmdOff.count, true);
        const kyc = dv.getUint8(at + CmdOff.kyc);
        const flags = dv.getUint8(at + CmdOff.flags);
        const cash = dv.getFloat64(at + CmdOff.cash, true);
        if (word < 1 || word > MAX_FIRM) err = Errors.BAD_FIRM.num;
        else if (a.firmDefined[word] === 0) err = Errors.UNKNOWN_FIRM.num;
        else if (acct < 1 || count < 1 || acct + count - 1 > MAX_ACCOUNT) err = Errors.BAD_ACCOUNT.num;
        else if (kyc < Kyc.Pending || kyc > Kyc.Closed) err = Errors.BAD_KYC_STATUS.num;
        else if ((flags & ~ACCOUNT_FLAGS_MASK) !== 0 || !isAmount(cash)) err = Errors.BAD_LIMIT.num;
        else for (let k = 0; k < count; k++) if (a.row[acct + k] !== 0) { err = Errors.ACCOUNT_EXISTS.num; break; }
        if (err !== 0) break;
        for (let k = 0; k < count; k++) a.addAccount(acct + k, word, kyc, flags, cash);
        if (this.byId.size > 0) this.adopt(acct, count);
        this.out.account(type, word, acct, kyc, flags, 0, cash, count);
        return;
      }
      case Cmd.AccountKyc: {
        const kyc = dv.getUint8(at + CmdOff.kyc);
        err = noAccount;
        if (err === 0 && (kyc < Kyc.Pending || kyc > Kyc.Closed)) err = Errors.BAD_KYC_STATUS.num;
        if (err !== 0) break;
        a.set(r, AF.kyc, kyc);
        a.regate(r);
        return this.accountEvent(type, r, 0);
      }
      case Cmd.AccountLimits: {
        const mq = dv.getFloat64(at + CmdOff.limitMaxQty, true);
        const mn = dv.getFloat64(at + CmdOff.maxNotional, true);
        const md = dv.getFloat64(at + CmdOff.maxDailyVolume, true);
        const mo = dv.getUint32(at + CmdOff.maxOpenOrders, true);
        const setFlags = dv.getUint8(at + CmdOff.what) === 1;
        const flags = dv.getUint8(at + CmdOff.flags);
        err = noAccount;
        if (err === 0 && (!isAmount(mq) || !isAmount(mn) || !isAmount(md) || (setFlags && (flags & ~ACCOUNT_FLAGS_MASK) !== 0))) err = Errors.BAD_LIMIT.num;
        if (err !== 0) break;
        a.set(r, AF.maxQty, mq);
        a.set(r, AF.maxNotional, mn);
        a.set(r, AF.maxDaily, md);
        a.set(r, AF.maxOpen, mo);
        if (setFlags) a.set(r, AF.flags, flags);
        return this.accountEvent(type, r, 0);
      }
      case Cmd.AccountFunds: {
        const what = dv.getUint8(at + CmdOff.what);
        const cash = dv.getFloat64(at + CmdOff.cash, true);
        const pos = dv.getFloat64(at + CmdOff.position, true);
        err = noAccount;
        if (err === 0 && (what === 0 || (what & ~(FundsSet.Cash | FundsSet.Position)) !== 0)) err = Errors.BAD_LIMIT.num;
        if (err === 0 && (what & FundsSet.Cash) !== 0 && !isAmount(cash)) err = Errors.BAD_LIMIT.num;
        if (err === 0 && (what & FundsSet.Position) !== 0) {
          if (word >= MAX_SYMBOLS || this.defined[word] === 0) err = Errors.UNKNOWN_SYMBOL.num;
          else if (!Number.isSafeInteger(pos)) err = Errors.BAD_LIMIT.num;
        }
        if (err !== 0) break;
        if ((what & FundsSet.Cash) !== 0) a.set(r, AF.cash, cash);
        if ((what & FundsSet.Position) !== 0) a.pset(a.ensure(acct, word), PF.pos, pos);
        return this.accountEvent(type, r, (what & FundsSet.Position) !== 0 ? pos : 0);
      }
      case Cmd.Kill: {
        const target = dv.getUint8(at + CmdOff.what);
        const on = dv.getUint8(at + CmdOff.on);
        if (on > 1) err = Errors.BAD_COMMAND.num;
        else if (target === KillTarget.Firm) {
          if (word < 1 || word > MAX_FIRM) err = Errors.BAD_FIRM.num;
          else if (a.firmDefined[word] === 0) err = Errors.UNKNOWN_FIRM.num;
          else {
            a.setFirmBlocked(word, on);
            const n = on === 1 ? this.killOrders(0, word) : 0;
            this.out.account(type, word, 0, 0, 0, on, 0, n);
            return;
          }
        } else if (target === KillTarget.Account) {
          err = noAccount;
          if (err === 0) {
            a.set(r, AF.blocked, on);
            a.regate(r);
            return this.accountEvent(type, r, on === 1 ? this.killOrders(acct, 0) : 0);
          }
        } else err = Errors.BAD_COMMAND.num;
        break;
      }
    }
    this.out.rejected(0, err, word, type, 0, 0, 0, 0, acct);
  }

  private accountEvent(type: number, r: number, n: number): void {
    const a = this.acc;
    this.out.account(type, a.get(r, AF.firm), a.get(r, AF.id), a.get(r, AF.kyc), a.get(r, AF.flags), a.get(r, AF.blocked), a.get(r, AF.cash), n);
  }

  /** Every resting order of the account (or of every account of the firm), in book order. Cold. */
  private ordersOf(acct: number, firm: number): number[] {
    const out: number[] = [];
    const a = this.acc;
    for (const sym of this.ins.ids) {
      for (const lv of this.levelsOf(sym)) {
        for (let o = this.li[lv * L_I32 + L_HEAD]!; o !== NIL; o = this.oi[o * O_I32 + O_NEXT]!) {
          const oa = this.oi[o * O_I32 + O_ACCOUNT]!;
          if (acct !== 0 ? oa === acct : a.row[oa] !== 0 && a.get(a.row[oa]!, AF.firm) === firm) out.push(o);
        }
      }
    }
    return out;
  }

  /** Kill switch: cancel (CancelReason.Kill) every resting order of the account or firm. Returns how many. */
  private killOrders(acct: number, firm: number): number {
    const orders = this.ordersOf(acct, firm);
    for (const o of orders) this.cancelOrder(o, CancelReason.Kill);
    return orders.length;
  }

  /** Accounts registered while their orders rest (placed before the registry was in force): take their holds now. */
  private adopt(first: number, count: number): void {
    for (const sym of this.ins.ids) {
      for (const lv of this.levelsOf(sym)) {
        for (let o = this.li[lv * L_I32 + L_HEAD]!; o !== NIL; o = this.oi[o * O_I32 + O_NEXT]!) {
          const oa = this.oi[o * O_I32 + O_ACCOUNT]!;
          if (oa < first || oa >= first + count) continue;
          const p = this.hold(sym, this.oi[o * O_I32 + O_SIDE]!, this.of[o * O_F64 + O_PRICE]!, this.of[o * O_F64 + O_QTY]!, oa, -1);
          this.restRisk(o, p, oa);
        }
      }
    }
  }

  /** Every level of a symbol holding orders, in book order: bids best first, asks best first, then the off-book queues. Cold. */
  private levelsOf(sym: number): number[] {
    const out: number[] = [];
    for (const ladder of [this.bids[sym]!, this.asks[sym]!]) for (let i = ladder.n - 1; i >= 0; i--) out.push(ladder.levels[i]!);
    for (let k = 0; k < 4; k++) if (this.offLv[sym * 4 + k] !== NIL) out.push(this.offLv[sym * 4 + k]!);
    return out;
  }

  // ------------------------------------------------------------------ matching

  /** Trade an aggressor against the opposite side up to `limit`; returns the quantity left. */
  private match(sym: number, side: number, limit: number, qty: number, takerId: number, acct: number): number {
    const opp = side === Side.Buy ? this.asks[sym]! : this.bids[sym]!;
    const buy = side === Side.Buy;
    let leaves = qty;
    let lastTrade = 0;
    const risk = this.acc.firms !== 0;
    let filled = 0;
    let notional = 0;
    const vb = this.ins.volBps[sym]!;
    while (leaves > 0 && opp.n > 0) {
      const lv = opp.levels[opp.n - 1]!;
      const lp = this.lf[lv * L_F64 + L_PRICE]!;
      if (buy ? lp > limit : lp < limit) break;
      if (vb > 0 && this.outsideVolBand(sym, lp, vb)) {
        this.volHalt(sym);
        break;
      }
      let o = this.li[lv * L_I32 + L_HEAD]!;
      while (o !== NIL && leaves > 0) {
        const next = this.oi[o * O_I32 + O_NEXT]!;
        const makerQty = this.of[o * O_F64 + O_QTY]!;
        if (this.oi[o * O_I32 + O_ACCOUNT] === acct) {
          // Self-trade prevention: the resting order of the same account is cancelled.
          this.out.cancelled(this.oi[o * O_I32 + O_SIDE]!, CancelReason.SelfTrade, sym, this.of[o * O_F64 + O_ID]!, lp, makerQty, true);
          if (risk) this.releaseHolds(o);
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
          if (risk) {
            this.fillMaker(o, lp, tq, rest);
            filled += tq;
            notional += lp * tq;
          }
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
    if (filled > 0) this.fillTaker(side, limit, filled, notional, acct);
    return leaves;
  }

  /** A new order slot with its fields written, linked nowhere yet. */
  private newSlot(sym: number, side: number, price: number, qty: number, orderId: number, acct: number, clId: number, code: number): number {
    const o = this.allocOrder();
    this.of[o * O_F64 + O_ID] = orderId;
    this.of[o * O_F64 + O_KEY] = acct * TWO32 + clId;
    this.of[o * O_F64 + O_PRICE] = price;
    this.of[o * O_F64 + O_QTY] = qty;
    this.oi[o * O_I32 + O_ACCOUNT] = acct;
    this.oi[o * O_I32 + O_SYMBOL] = sym;
    this.oi[o * O_I32 + O_SIDE] = side;
    this.oi[o * O_I32 + O_TIF] = code;
    return o;
  }

  /** Put an order in the book (RESTING); returns its slot, O_RISK unset. */
  private rest(sym: number, side: number, price: number, qty: number, orderId: number, acct: number, clId: number, code: number): number {
    const o = this.newSlot(sym, side, price, qty, orderId, acct, clId, code);
    this.place(o, sym, side, price);
    this.byId.add(o);
    this.byClient.add(o);
    this.out.resting(side, sym, orderId, price, qty);
    return o;
  }

  /** Link order `o` (fields written) at the tail of its price level, making the level if needed. */
  private place(o: number, sym: number, side: number, price: number): void {
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
    this.oi[o * O_I32 + O_LEVEL] = lv;
    this.link(o, lv);
  }

  /**
   * Put an order in an off-book queue (OFF_MARKET: a market order in a call, OFF_HELD: an
   * at-close order through continuous trading): RESTING with price 0, nothing in L2. `price`
   * is the limit its holds were taken at. Returns its slot, O_RISK unset.
   */
  private restOff(sym: number, side: number, kind: number, price: number, qty: number, orderId: number, acct: number, clId: number, code: number): number {
    const o = this.newSlot(sym, side, price, qty, orderId, acct, clId, code);
    this.linkOff(o, sym, side, kind);
    this.byId.add(o);
    this.byClient.add(o);
    this.out.resting(side, sym, orderId, 0, qty);
    return o;
  }

  private linkOff(o: number, sym: number, side: number, kind: number): void {
    const k = sym * 4 + (side === Side.Buy ? 0 : 2) + kind;
    let lv = this.offLv[k]!;
    if (lv === NIL) this.offLv[k] = lv = this.allocLevel(kind === OFF_MARKET ? MARKET_LEVEL_PRICE : HELD_LEVEL_PRICE);
    this.oi[o * O_I32 + O_LEVEL] = lv;
    this.link(o, lv);
  }

  /** Take a resting order out of its level (and the level out of its ladder when emptied). */
  private removeOrder(o: number): void {
    const lv = this.oi[o * O_I32 + O_LEVEL]!;
    this.unlink(o, lv);
    if (this.li[lv * L_I32 + L_COUNT] === 0) {
      const sym = this.oi[o * O_I32 + O_SYMBOL]!;
      const buy = this.oi[o * O_I32 + O_SIDE] === Side.Buy;
      const price = this.lf[lv * L_F64 + L_PRICE]!;
      if (price <= 0) {
        // An off-book queue emptied.
        this.offLv[sym * 4 + (buy ? 0 : 2) + (price === MARKET_LEVEL_PRICE ? OFF_MARKET : OFF_HELD)] = NIL;
        this.freeLevel(lv);
        this.freeOrder(o);
        return;
      }
      const ladder = buy ? this.bids[sym]! : this.asks[sym]!;
      const idx = ladder.search(buy ? price : -price);
      if (idx < 0) throw new BourseError('INVARIANT', `level ${price} missing from ladder of symbol ${sym}`);
      ladder.removeAt(idx);
      this.freeLevel(lv);
    }
    this.freeOrder(o);
  }

  // ------------------------------------------------------------------ trading day (issue 14, docs/calendar.md)

  /** 0 when an order with this time in force may enter in status `st`, else the code. */
  private phaseCheck(sym: number, st: number, tif: number): number {
    if (st === ST_HALTED) return Errors.SYMBOL_HALTED.num;
    if (st === ST_CLOSED) return Errors.MARKET_CLOSED.num;
    if (tif === TIF_AT_OPEN) return st === ST_PREOPEN || st === ST_OPENING ? 0 : Errors.AT_OPEN_NOT_NOW.num;
    if (tif === TIF_AT_CLOSE) {
      const ph = this.ins.phase[sym]!;
      return ph === ST_OPEN || ph === ST_CLOSING ? 0 : Errors.AT_CLOSE_NOT_NOW.num;
    }
    if (tif === TIF_IOC && st !== ST_OPEN) return Errors.IOC_IN_CALL.num;
    return 0;
  }

  /** A price outside the volatility band around the last trade (bps `vb`). */
  private outsideVolBand(sym: number, lp: number, vb: number): boolean {
    const last = this.ins.lastPrice[sym]!;
    return lp * 10000 > last * (10000 + vb) || lp * 10000 < last * (10000 - vb);
  }

  /** A trade would print outside the band: the symbol enters a reopening call for its pause. */
  private volHalt(sym: number): void {
    const ins = this.ins;
    ins.haltEnd[sym] = this.out.time + ins.volPauseUs[sym]!;
    if (ins.haltEnd[sym]! < this.nextDue) this.nextDue = ins.haltEnd[sym]!;
    this.startCall(sym);
    this.status[sym] = this.effective(sym);
    this.out.status(sym, this.status[sym]!);
  }

  /** A call begins: indicatives from one interval on. */
  private startCall(sym: number): void {
    const ins = this.ins;
    ins.indNext[sym] = this.out.time + ins.indicUs[sym]!;
    ins.indPx[sym] = 0;
    ins.indVol[sym] = 0;
    ins.indSur[sym] = 0;
    if (ins.indNext[sym]! < this.nextDue) this.nextDue = ins.indNext[sym]!;
  }

  /** A call ends: uncross (not under an operator halt), then cancel what was only for it. */
  private endCall(sym: number, callStatus: number): void {
    if (this.ins.opHalt[sym] === 0) this.uncrossSym(sym, callStatus);
    this.cancelOff(sym, OFF_MARKET, CancelReason.AuctionEnd);
    this.cancelWhere(sym, TIF_AT_OPEN, TIF_AT_CLOSE, CancelReason.AuctionEnd);
    this.ins.indNext[sym] = 0;
  }

  /** The volatility halt's reopening call ends (pause over, or a phase change): uncross, back to the phase. */
  private reopen(sym: number): void {
    this.endCall(sym, ST_REOPENING);
    this.ins.haltEnd[sym] = 0;
    if (isCall(this.ins.phase[sym]!)) this.startCall(sym);
  }

  /** The closing call begins: held at-close orders join the book (limit: RESTING at their price), in arrival order. */
  private releaseHeld(sym: number): void {
    for (const side of [Side.Buy, Side.Sell]) {
      const k = sym * 4 + (side === Side.Buy ? 0 : 2) + OFF_HELD;
      const lv = this.offLv[k]!;
      if (lv === NIL) continue;
      let o = this.li[lv * L_I32 + L_HEAD]!;
      while (o !== NIL) {
        const next = this.oi[o * O_I32 + O_NEXT]!;
        this.unlink(o, lv);
        if ((this.oi[o * O_I32 + O_TIF]! & 0x0f) === OrdType.Market) this.linkOff(o, sym, side, OFF_MARKET);
        else {
          const price = this.of[o * O_F64 + O_PRICE]!;
          this.place(o, sym, side, price);
          this.out.resting(side, sym, this.of[o * O_F64 + O_ID]!, price, this.of[o * O_F64 + O_QTY]!);
        }
        o = next;
      }
      this.offLv[k] = NIL;
      this.freeLevel(lv);
    }
  }

  /** Cancel every order of an off-book queue of the symbol (both sides). */
  private cancelOff(sym: number, kind: number, reason: number): void {
    for (let s = 0; s < 4; s += 2) {
      for (let lv = this.offLv[sym * 4 + s + kind]!; lv !== NIL; lv = this.offLv[sym * 4 + s + kind]!) this.cancelOrder(this.li[lv * L_I32 + L_HEAD]!, reason);
    }
  }

  /** Cancel the symbol's book orders whose time in force is tifA or tifB (one walk over its book). */
  private cancelWhere(sym: number, tifA: number, tifB: number, reason: number): void {
    const found: number[] = [];
    for (const ladder of [this.bids[sym]!, this.asks[sym]!]) {
      for (let i = ladder.n - 1; i >= 0; i--) {
        for (let o = this.li[ladder.levels[i]! * L_I32 + L_HEAD]!; o !== NIL; o = this.oi[o * O_I32 + O_NEXT]!) {
          const tif = this.oi[o * O_I32 + O_TIF]! >>> 4;
          if (tif === tifA || tif === tifB) found.push(o);
        }
      }
    }
    for (const o of found) this.cancelOrder(o, reason);
  }

  /** The close: DAY orders expire. */
  private expireDay(sym: number): void {
    this.cancelWhere(sym, TIF_DAY, TIF_DAY, CancelReason.Expired);
  }

  /**
   * The call's result over the book's own levels (no sort): ladders ascending into the scratch
   * arrays, market quantities from the off-book queues. Leaves [price, volume, surplus] in ures.
   */
  private computeUncross(sym: number): void {
    const b = this.bids[sym]!;
    const a = this.asks[sym]!;
    if (b.n > this.ubp.length) {
      this.ubp = new Float64Array(b.n * 2);
      this.ubq = new Float64Array(b.n * 2);
    }
    if (a.n > this.usp.length) {
      this.usp = new Float64Array(a.n * 2);
      this.usq = new Float64Array(a.n * 2);
    }
    const lf = this.lf;
    const bp = this.ubp, bq = this.ubq, sp = this.usp, sq = this.usq;
    for (let i = 0; i < b.n; i++) {
      const lv = b.levels[i]!;
      bp[i] = lf[lv * L_F64 + L_PRICE]!;
      bq[i] = lf[lv * L_F64 + L_QTY]!;
    }
    for (let i = a.n - 1, j = 0; i >= 0; i--, j++) {
      const lv = a.levels[i]!;
      sp[j] = lf[lv * L_F64 + L_PRICE]!;
      sq[j] = lf[lv * L_F64 + L_QTY]!;
    }
    const mb = this.offLv[sym * 4 + OFF_MARKET]!;
    const ms = this.offLv[sym * 4 + 2 + OFF_MARKET]!;
    uncrossLevels(bp, bq, b.n, sp, sq, a.n, mb === NIL ? 0 : lf[mb * L_F64 + L_QTY]!, ms === NIL ? 0 : lf[ms * L_F64 + L_QTY]!, this.ins.lastPrice[sym]!, this.ures);
  }

  /**
   * Uncross the symbol's call: AUCTION Uncross, then the fills at the single price in price-time
   * priority (market orders first), each a TRADE of side 0 (maker = the sell, taker = the buy).
   */
  private uncrossSym(sym: number, callStatus: number): void {
    this.computeUncross(sym);
    const r = this.ures;
    const price = r[0]!, vol = r[1]!, sur = r[2]!;
    this.out.auction(AuctionCode.Uncross, sur > 0 ? Side.Buy : sur < 0 ? Side.Sell : 0, sym, price, vol, sur < 0 ? -sur : sur, callStatus, this.ins.lastPrice[sym]!);
    if (vol === 0) return;
    this.out.reserve(this.executableOrders(sym, price) + 8);
    const risk = this.acc.firms !== 0;
    let left = vol;
    while (left > 0) {
      const b = this.auctionHead(sym, Side.Buy);
      const s = this.auctionHead(sym, Side.Sell);
      if (b === NIL || s === NIL) throw new BourseError('INVARIANT', `uncross of symbol ${sym}: ${left} left with a side empty`);
      const bq = this.of[b * O_F64 + O_QTY]!;
      const sq = this.of[s * O_F64 + O_QTY]!;
      let tq = bq < sq ? bq : sq;
      if (left < tq) tq = left;
      left -= tq;
      const bRest = bq - tq;
      const sRest = sq - tq;
      const blv = this.oi[b * O_I32 + O_LEVEL]!;
      const slv = this.oi[s * O_I32 + O_LEVEL]!;
      this.of[b * O_F64 + O_QTY] = bRest;
      this.of[s * O_F64 + O_QTY] = sRest;
      this.lf[blv * L_F64 + L_QTY] = this.lf[blv * L_F64 + L_QTY]! - tq;
      this.lf[slv * L_F64 + L_QTY] = this.lf[slv * L_F64 + L_QTY]! - tq;
      const code = (sRest === 0 ? TradeCode.MakerFilled : 0) | (bRest === 0 ? TradeCode.TakerFilled : 0)
        | (this.lf[slv * L_F64 + L_PRICE] === MARKET_LEVEL_PRICE ? TradeCode.MakerMarket : 0) | (this.lf[blv * L_F64 + L_PRICE] === MARKET_LEVEL_PRICE ? TradeCode.TakerMarket : 0);
      this.out.uncrossTrade(sym, code, this.of[s * O_F64 + O_ID]!, price, tq, this.of[b * O_F64 + O_ID]!, ++this.tradeSeq, sRest);
      if (risk) {
        this.fillMaker(s, price, tq, sRest);
        this.fillMaker(b, price, tq, bRest);
      }
      if (sRest === 0) this.removeFilled(s, slv, sym, Side.Sell);
      if (bRest === 0) this.removeFilled(b, blv, sym, Side.Buy);
    }
    this.ins.setLastPrice(sym, price);
  }

  /** An uncross filled order `o` at the head of level `lv`, its side's first (market queue or best level): out, no search. */
  private removeFilled(o: number, lv: number, sym: number, side: number): void {
    this.unlink(o, lv);
    if (this.li[lv * L_I32 + L_COUNT] === 0) {
      if (this.lf[lv * L_F64 + L_PRICE] === MARKET_LEVEL_PRICE) this.offLv[sym * 4 + (side === Side.Buy ? 0 : 2) + OFF_MARKET] = NIL;
      else (side === Side.Buy ? this.bids[sym]! : this.asks[sym]!).n--;
      this.freeLevel(lv);
    }
    this.freeOrder(o);
  }

  /** Orders that can execute at `price` (market, buys at or above, sells at or below): a bound on an uncross's trades. */
  private executableOrders(sym: number, price: number): number {
    let n = 0;
    for (let k = 0; k < 4; k += 2) {
      const m = this.offLv[sym * 4 + k + OFF_MARKET]!;
      if (m !== NIL) n += this.li[m * L_I32 + L_COUNT]!;
    }
    const b = this.bids[sym]!;
    for (let i = b.n - 1; i >= 0 && this.lf[b.levels[i]! * L_F64 + L_PRICE]! >= price; i--) n += this.li[b.levels[i]! * L_I32 + L_COUNT]!;
    const a = this.asks[sym]!;
    for (let i = a.n - 1; i >= 0 && this.lf[a.levels[i]! * L_F64 + L_PRICE]! <= price; i--) n += this.li[a.levels[i]! * L_I32 + L_COUNT]!;
    return n;
  }

  /** The next order an uncross fills on a side: the market queue's head, else the best level's. */
  private auctionHead(sym: number, side: number): number {
    const m = this.offLv[sym * 4 + (side === Side.Buy ? 0 : 2) + OFF_MARKET]!;
    if (m !== NIL) return this.li[m * L_I32 + L_HEAD]!;
    const ladder = side === Side.Buy ? this.bids[sym]! : this.asks[sym]!;
    return ladder.n > 0 ? this.li[ladder.levels[ladder.n - 1]! * L_I32 + L_HEAD]! : NIL;
  }

  /** AUCTION Indicative when the call's result changed since the last one published. */
  private indicative(sym: number): void {
    this.computeUncross(sym);
    const ins = this.ins;
    const r = this.ures;
    const price = r[0]!, vol = r[1]!, sur = r[2]!;
    if (price === ins.indPx[sym] && vol === ins.indVol[sym] && sur === ins.indSur[sym]) return;
    ins.indPx[sym] = price;
    ins.indVol[sym] = vol;
    ins.indSur[sym] = sur;
    this.out.auction(AuctionCode.Indicative, sur > 0 ? Side.Buy : sur < 0 ? Side.Sell : 0, sym, price, vol, sur < 0 ? -sur : sur, this.status[sym]!, ins.lastPrice[sym]!);
  }

  /** Whatever is due at sequenced time `time`: GTD expiries, reopenings, indicatives. */
  private runDue(time: number): void {
    while (this.gtdN > 0 && this.gtdT[0]! <= time) {
      const id = this.gtdId[0]!;
      this.gtdPop();
      const o = this.byId.get(id);
      if (o !== NIL) this.cancelOrder(o, CancelReason.Expired);
    }
    const ins = this.ins;
    for (const sym of ins.ids) {
      if (ins.opHalt[sym] === 1) continue;
      if (ins.haltEnd[sym]! > 0 && ins.haltEnd[sym]! <= time) {
        this.reopen(sym);
        this.status[sym] = this.effective(sym);
        this.out.status(sym, this.status[sym]!);
      }
      if (ins.indNext[sym]! > 0 && ins.indNext[sym]! <= time) {
        this.indicative(sym);
        ins.indNext[sym] = time + ins.indicUs[sym]!;
      }
    }
    this.settleDue();
  }

  /** Recompute nextDue from the queue and every symbol (cold: when something fell due, after a restore). */
  private settleDue(): void {
    let due = this.gtdN > 0 ? this.gtdT[0]! : Infinity;
    const ins = this.ins;
    for (const sym of ins.ids) {
      if (ins.opHalt[sym] === 1) continue;
      const h = ins.haltEnd[sym]!;
      if (h > 0 && h < due) due = h;
      const n = ins.indNext[sym]!;
      if (n > 0 && n < due) due = n;
    }
    this.nextDue = due;
  }

  /** Queue a GTD order's expiry. The queue is compacted (orders gone dropped) when it outgrows twice the book. */
  private gtdPush(t: number, id: number): void {
    if (this.gtdN >= 2 * this.byId.size + 1024) this.gtdCompact();
    if (this.gtdN === this.gtdT.length) {
      const nt = new Float64Array(this.gtdN * 2);
      nt.set(this.gtdT);
      this.gtdT = nt;
      const ni = new Float64Array(this.gtdN * 2);
      ni.set(this.gtdId);
      this.gtdId = ni;
    }
    const T = this.gtdT, I = this.gtdId;
    let i = this.gtdN++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (T[p]! < t || (T[p] === t && I[p]! < id)) break;
      T[i] = T[p]!;
      I[i] = I[p]!;
      i = p;
    }
    T[i] = t;
    I[i] = id;
    if (t < this.nextDue) this.nextDue = t;
  }

  private gtdPop(): void {
    const T = this.gtdT, I = this.gtdId;
    const n = --this.gtdN;
    const t = T[n]!, id = I[n]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && (T[c + 1]! < T[c]! || (T[c + 1] === T[c] && I[c + 1]! < I[c]!))) c++;
      if (t < T[c]! || (t === T[c] && id < I[c]!)) break;
      T[i] = T[c]!;
      I[i] = I[c]!;
      i = c;
    }
    T[i] = t;
    I[i] = id;
  }

  /** The live GTD entries, ascending (time, id): the canonical form (snapshot) and, being sorted, a valid heap. */
  private gtdLive(): [number, number][] {
    const live: [number, number][] = [];
    for (let i = 0; i < this.gtdN; i++) if (this.byId.get(this.gtdId[i]!) !== NIL) live.push([this.gtdT[i]!, this.gtdId[i]!]);
    return live.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  }

  private gtdLoad(live: [number, number][]): void {
    this.gtdN = 0;
    if (live.length > this.gtdT.length) {
      this.gtdT = new Float64Array(live.length * 2);
      this.gtdId = new Float64Array(live.length * 2);
    }
    for (const [t, id] of live) {
      this.gtdT[this.gtdN] = t;
      this.gtdId[this.gtdN++] = id;
    }
  }

  private gtdCompact(): void {
    this.gtdLoad(this.gtdLive());
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

  /** The call's result now over the symbol's book (what an indicative would say): price, volume, surplus (buy - sell). */
  auctionResult(sym: number): { price: number; volume: number; surplus: number } {
    if (sym >= MAX_SYMBOLS || this.defined[sym] === 0) return { price: 0, volume: 0, surplus: 0 };
    this.computeUncross(sym);
    return { price: this.ures[0]!, volume: this.ures[1]!, surplus: this.ures[2]! };
  }

  order(orderId: number): { orderId: number; symbol: number; side: Side; price: number; qty: number; account: number; clientOrderId: number } | undefined {
    const o = this.byId.get(orderId);
    if (o === NIL) return undefined;
    return { orderId, symbol: this.oi[o * O_I32 + O_SYMBOL]!, side: this.oi[o * O_I32 + O_SIDE] as Side, price: this.of[o * O_F64 + O_PRICE]!, qty: this.of[o * O_F64 + O_QTY]!, account: this.oi[o * O_I32 + O_ACCOUNT]!, clientOrderId: (this.of[o * O_F64 + O_KEY]! % TWO32) };
  }

  /** The firm of a registered account, 0 if it is not registered (the gateway's check that a session's firm owns the account). */
  accountFirm(account: number): number {
    const r = account >= 1 && account <= MAX_ACCOUNT ? this.acc.row[account]! : 0;
    return r === 0 ? 0 : this.acc.get(r, AF.firm);
  }

  /** True once a firm is registered: from then on every order needs a registered, verified account. */
  get accountsInForce(): boolean {
    return this.acc.firms > 0;
  }

  account(account: number): AccountInfo | undefined {
    return this.acc.info(account);
  }

  /** Registered accounts, ascending id. */
  accounts(): AccountInfo[] {
    return this.acc.accountIds().map((id) => this.acc.info(id)!);
  }

  firms(): { firm: number; blocked: boolean }[] {
    return this.acc.firmIds().map((f) => ({ firm: f, blocked: this.acc.firmBlocked[f] === 1 }));
  }

  /** Positions (with holds, open qty and the day's volume), ascending (account, symbol); one account's if given. */
  positions(account?: number): PositionInfo[] {
    return this.acc.positionRows().map((p) => this.acc.position(p)).filter((x) => account === undefined || x.account === account);
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
      rest: (sym, side, price, qty, orderId, acct, clId, code, off) => {
        const o = off < 0 ? e.rest(sym, side, price, qty, orderId, acct, clId, code) : e.restOff(sym, side, off, price, qty, orderId, acct, clId, code);
        // Holds and counts come from the accounts section; only the order's link is rebuilt.
        e.oi[o * O_I32 + O_RISK] = e.acc.row[acct] !== 0 ? e.acc.ensure(acct, sym) : -1;
      },
      accounts: e.acc,
      day: (sym) => e.ins.dayState(sym),
      setDay: (sym, volBps, pauseS, indMs, d) => {
        e.ins.setDay(sym, volBps, pauseS, indMs);
        e.ins.setDayState(sym, d);
      },
      offBook: (sym, side, kind) => {
        const out: { orderId: number; account: number; clientOrderId: number; qty: number; price: number; code: number }[] = [];
        const lv = e.offLv[sym * 4 + (side === Side.Buy ? 0 : 2) + kind]!;
        if (lv !== NIL) {
          for (let o = e.li[lv * L_I32 + L_HEAD]!; o !== NIL; o = e.oi[o * O_I32 + O_NEXT]!) {
            out.push({ orderId: e.of[o * O_F64 + O_ID]!, account: e.oi[o * O_I32 + O_ACCOUNT]!, clientOrderId: e.of[o * O_F64 + O_KEY]! % TWO32, qty: e.of[o * O_F64 + O_QTY]!, price: e.of[o * O_F64 + O_PRICE]!, code: e.oi[o * O_I32 + O_TIF]! });
          }
        }
        return out;
      },
      gtd: () => e.gtdLive(),
      setGtd: (live) => e.gtdLoad(live),
      settle: () => e.settleDue(),
    };
  }
}

/** A limit, cash amount: a safe integer >= 0 (0 = no limit, for limits). */
function isAmount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}
