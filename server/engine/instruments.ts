/**
 * The engine's instrument table: each symbol's terms (tick, lot, max qty, reference price, band
 * width, decimals, name, currency) and state (trading status, last trade price and the
 * protection band it sets), in arrays indexed by symbol id. The engine reads the arrays directly
 * on its hot path (its own references: the arrays are never replaced); this file holds the
 * rules for a valid definition and for moving the band.
 */
import { Errors } from '../kernel/errors.ts';
import type { TradingStatus } from '../kernel/types.ts';

export const MAX_SYMBOLS = 65536;
const NAME_RE = /^[A-Z0-9][A-Z0-9._/-]{0,15}$/;
const CURRENCY_RE = /^[A-Z]{1,8}$/;

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
  // --- trading day (issue 14, docs/calendar.md)
  /** Volatility halt band around the last trade (bps, 0 = none) and its reopening call (s). */
  volBandBps: number;
  volPauseS: number;
  /** Interval of the indicative AUCTION events during a call (ms). */
  indicativeMs: number;
  /** The calendar's phase (SET_PHASE); `status` is Halted over it while the operator halts. */
  phase: TradingStatus;
  operatorHalt: boolean;
}

/** A symbol's trading-day state beside its terms (snapshot, restore). */
export interface DayState {
  phase: number;
  opHalt: number;
  /** End (µs) of the volatility halt's reopening call, 0 when none. */
  haltEnd: number;
  /** Next indicative due (µs, 0: none) and the last one published (price, matched, surplus). */
  indNext: number;
  indPx: number;
  indVol: number;
  indSur: number;
}

export class Instruments {
  readonly defined = new Uint8Array(MAX_SYMBOLS);
  readonly status = new Uint8Array(MAX_SYMBOLS);
  readonly tick = new Float64Array(MAX_SYMBOLS);
  readonly lot = new Float64Array(MAX_SYMBOLS);
  readonly maxQty = new Float64Array(MAX_SYMBOLS);
  readonly refPrice = new Float64Array(MAX_SYMBOLS);
  readonly lastPrice = new Float64Array(MAX_SYMBOLS);
  readonly bandBps = new Float64Array(MAX_SYMBOLS);
  readonly bandLo = new Float64Array(MAX_SYMBOLS);
  readonly bandHi = new Float64Array(MAX_SYMBOLS);
  readonly priceDec = new Uint8Array(MAX_SYMBOLS);
  readonly qtyDec = new Uint8Array(MAX_SYMBOLS);
  // trading day (issue 14)
  readonly phase = new Uint8Array(MAX_SYMBOLS);
  readonly opHalt = new Uint8Array(MAX_SYMBOLS);
  readonly volBps = new Float64Array(MAX_SYMBOLS);
  readonly volPauseUs = new Float64Array(MAX_SYMBOLS);
  readonly indicUs = new Float64Array(MAX_SYMBOLS);
  readonly haltEnd = new Float64Array(MAX_SYMBOLS);
  readonly indNext = new Float64Array(MAX_SYMBOLS);
  readonly indPx = new Float64Array(MAX_SYMBOLS);
  readonly indVol = new Float64Array(MAX_SYMBOLS);
  readonly indSur = new Float64Array(MAX_SYMBOLS);
  readonly names: string[] = [];
  readonly currencies: string[] = [];
  readonly nameToId = new Map<string, number>();
  /** Defined symbol ids, ascending. */
  readonly ids: number[] = [];

  /** 0 when DEFINE_INSTRUMENT may define `sym` with these terms, else the error number. */
  check(sym: number, name: string, currency: string, tick: number, lot: number, maxQty: number, ref: number, bps: number, pd: number, qd: number): number {
    if (sym >= MAX_SYMBOLS || !NAME_RE.test(name) || !CURRENCY_RE.test(currency)) return Errors.BAD_INSTRUMENT.num;
    if (!isPosInt(tick) || !isPosInt(lot) || !isPosInt(maxQty) || maxQty < lot) return Errors.BAD_INSTRUMENT.num;
    if (!isPosInt(ref) || ref % tick !== 0 || !isPosInt(bps) || bps > 10000) return Errors.BAD_INSTRUMENT.num;
    if (pd > 18 || qd > 18) return Errors.BAD_INSTRUMENT.num;
    if (this.defined[sym] !== 0 || this.nameToId.has(name)) return Errors.INSTRUMENT_EXISTS.num;
    return 0;
  }

  add(sym: number, name: string, currency: string, tick: number, lot: number, maxQty: number, ref: number, bps: number, pd: number, qd: number, status: number, last: number): void {
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
    this.ids.push(sym);
    this.ids.sort((a, b) => a - b);
    this.setLastPrice(sym, last);
    this.phase[sym] = status === 2 ? 1 : status;
    this.opHalt[sym] = status === 2 ? 1 : 0;
    this.indicUs[sym] = 1_000_000;
  }

  /** 0 when the trading-day settings of DEFINE_INSTRUMENT are valid, else the error number. */
  checkDay(volBps: number, pauseS: number): number {
    if (volBps > 10000 || (volBps > 0 && pauseS === 0)) return Errors.BAD_INSTRUMENT.num;
    return 0;
  }

  setDay(sym: number, volBps: number, pauseS: number, indicativeMs: number): void {
    this.volBps[sym] = volBps;
    this.volPauseUs[sym] = pauseS * 1_000_000;
    this.indicUs[sym] = (indicativeMs === 0 ? 1000 : indicativeMs) * 1000;
  }

  dayState(sym: number): DayState {
    return { phase: this.phase[sym]!, opHalt: this.opHalt[sym]!, haltEnd: this.haltEnd[sym]!, indNext: this.indNext[sym]!, indPx: this.indPx[sym]!, indVol: this.indVol[sym]!, indSur: this.indSur[sym]! };
  }

  setDayState(sym: number, d: DayState): void {
    this.phase[sym] = d.phase;
    this.opHalt[sym] = d.opHalt;
    this.haltEnd[sym] = d.haltEnd;
    this.indNext[sym] = d.indNext;
    this.indPx[sym] = d.indPx;
    this.indVol[sym] = d.indVol;
    this.indSur[sym] = d.indSur;
  }

  /** The protection band moves with the last trade: [last*(1-bps), last*(1+bps)], on ticks. */
  setLastPrice(sym: number, price: number): void {
    this.lastPrice[sym] = price;
    const tick = this.tick[sym]!;
    const bps = this.bandBps[sym]!;
    const lo = Math.ceil((price * (10000 - bps)) / 10000 / tick) * tick;
    this.bandLo[sym] = lo < tick ? tick : lo;
    this.bandHi[sym] = Math.floor((price * (10000 + bps)) / 10000 / tick) * tick;
  }

  info(sym: number): InstrumentInfo | undefined {
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
      volBandBps: this.volBps[sym]!,
      volPauseS: this.volPauseUs[sym]! / 1_000_000,
      indicativeMs: this.indicUs[sym]! / 1000,
      phase: this.phase[sym] as TradingStatus,
      operatorHalt: this.opHalt[sym] === 1,
    };
  }
}

function isPosInt(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0;
}
