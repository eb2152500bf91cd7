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
import { EventWriter, CancelReason, Priority } from './events.ts';
import { Ladder } from '../kernel/ladder.ts';
import { BookPools, type Layout } from './pools.ts';
import { writeState, readState, type EngineParts } from './engine-state.ts';
import { Instruments, type InstrumentInfo } from './instruments.ts';
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
const O_NEXT: typeof Layout.O_NEXT = 13, O_ACCOUNT: typeof Layout.O_ACCOUNT = 15, O_RISK: typeof Layout.O_RISK = 8;
const DAY_US = 86_400_000_000;
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
    if (sym >= MAX_SYMBOLS || this.defined[sym] === 0) err = Errors.UNKNOWN_SYMBOL.num;
    else if (side !== Side.Buy && side !== Side.Sell) err = Errors.BAD_SIDE.num;
    else if (ordType !== OrdType.Limit && ordType !== OrdType.Market) err = Errors.BAD_ORDER_TYPE.num;
    else if (tif !== TimeInForce.GTC && tif !== TimeInForce.IOC) err = Errors.BAD_TIME_IN_FORCE.num;
    else if (acct === 0 || acct > MAX_ACCOUNT) err = Errors.BAD_ACCOUNT.num;
    else if (this.status[sym] !== TradingStatus.Open) err = this.status[sym] === TradingStatus.Halted ? Errors.SYMBOL_HALTED.num : Errors.MARKET_CLOSED.num;
    else err = this.checkQty(sym, qty);
    if (err === 0 && ordType === OrdType.Limit) err = this.checkPrice(sym, price);
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
    const leaves = this.match(sym, side, limit, qty, orderId, acct);
    if (leaves > 0) {
      if (ordType === OrdType.Limit && tif === TimeInForce.GTC) this.restRisk(this.rest(sym, side, price, leaves, orderId, acct, clId), p, acct);
      else {
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
    this.out.cancelled(this.oi[o * O_I32 + O_SIDE]!, reason, this.oi[o * O_I32 + O_SYMBOL]!, this.of[o * O_F64 + O_ID]!, this.of[o * O_F64 + O_PRICE]!, this.of[o * O_F64 + O_QTY]!, true);
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
    if (err === 0 && this.status[sym] !== TradingStatus.Open) err = this.status[sym] === TradingStatus.Halted ? Errors.SYMBOL_HALTED.num : Errors.MARKET_CLOSED.num;
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
    this.out.modified(side, Priority.Lost, sym, orderId, price, qty, oldPrice, oldQty);
    this.releaseHolds(o);
    this.removeOrder(o);
    const p = risk ? this.hold(sym, side, price, qty, acct, this.riskP) : -1;
    this.riskP = p;
    const leaves = this.match(sym, side, price, qty, orderId, acct);
    if (leaves > 0) this.restRisk(this.rest(sym, side, price, leaves, orderId, acct, clId), p, acct);
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

  /** A resting order traded tq at lp (its own price): holds out, cash and position moved. */
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
      af[ra + A_HOLD] = af[ra + A_HOLD]! - n;
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
      for (const ladder of [this.bids[sym]!, this.asks[sym]!]) {
        for (let i = ladder.n - 1; i >= 0; i--) {
          for (let o = this.li[ladder.levels[i]! * L_I32 + L_HEAD]!; o !== NIL; o = this.oi[o * O_I32 + O_NEXT]!) {
            const oa = this.oi[o * O_I32 + O_ACCOUNT]!;
            if (acct !== 0 ? oa === acct : a.row[oa] !== 0 && a.get(a.row[oa]!, AF.firm) === firm) out.push(o);
          }
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
      for (const ladder of [this.bids[sym]!, this.asks[sym]!]) {
        for (let i = ladder.n - 1; i >= 0; i--) {
          for (let o = this.li[ladder.levels[i]! * L_I32 + L_HEAD]!; o !== NIL; o = this.oi[o * O_I32 + O_NEXT]!) {
            const oa = this.oi[o * O_I32 + O_ACCOUNT]!;
            if (oa < first || oa >= first + count) continue;
            const p = this.hold(sym, this.oi[o * O_I32 + O_SIDE]!, this.of[o * O_F64 + O_PRICE]!, this.of[o * O_F64 + O_QTY]!, oa, -1);
            this.restRisk(o, p, oa);
          }
        }
      }
    }
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

  /** Put an order in the book (RESTING); returns its slot, O_RISK unset. */
  private rest(sym: number, side: number, price: number, qty: number, orderId: number, acct: number, clId: number): number {
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
    return o;
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
      rest: (sym, side, price, qty, orderId, acct, clId) => {
        const o = e.rest(sym, side, price, qty, orderId, acct, clId);
        // Holds and counts come from the accounts section; only the order's link is rebuilt.
        e.oi[o * O_I32 + O_RISK] = e.acc.row[acct] !== 0 ? e.acc.ensure(acct, sym) : -1;
      },
      accounts: e.acc,
    };
  }
}

/** A limit, cash amount: a safe integer >= 0 (0 = no limit, for limits). */
function isAmount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}
