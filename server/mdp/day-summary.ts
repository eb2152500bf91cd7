/**
 * End-of-day summaries (issue 14): per symbol, the trading session's official open and close,
 * high, low, volume, trade count and notional, published as one DAY_SUMMARY record right after
 * the STATUS record that closes the symbol (status -> closed).
 *
 *   session   from the first trade after the previous summary (or the start) to the close
 *   open      the first trade's price: the opening auction's uncross price when the session
 *             opened by auction (its trades come first), else the first continuous trade
 *   close     the last trade's price: the closing auction's when it uncrossed, else the last trade
 *   auction   an uncross trade carries no aggressor (side 0); it belongs to the call the symbol
 *             was last in (opening -> open from auction, closing -> close from auction)
 *   nothing   is published for a symbol with no trade in the session (docs/candles.md, "End of day")
 *
 * Pure and clock-free like the MDP: state is a Float64Array of SLOTS values per symbol, grown by
 * doubling; one branch and a few stores per trade. Its state is the 'DAYS' section of the MDP
 * snapshot (an older snapshot without it starts every session empty).
 */
import { TradingStatus } from '../kernel/types.ts';
import { DaySummaryCode, type MdWriter } from './records.ts';
import type { StateReader, StateWriter } from './state-io.ts';

const OPEN = 0, HIGH = 1, LOW = 2, CLOSE = 3, VOLUME = 4, TRADES = 5, NOTIONAL = 6, FLAGS = 7, LAST_CALL = 8;
const SLOTS = 9;
export const DAYS_STATE_VERSION = 1;

export class DaySummaries {
  private v = new Float64Array(64 * SLOTS);

  private ensure(sym: number): void {
    const need = (sym + 1) * SLOTS;
    if (need <= this.v.length) return;
    let n = this.v.length;
    while (n < need) n *= 2;
    const v = new Float64Array(n);
    v.set(this.v);
    this.v = v;
  }

  /** A trade of `sym` (side 0: an uncross trade, no aggressor). */
  onTrade(sym: number, side: number, price: number, qty: number): void {
    this.ensure(sym);
    const v = this.v;
    const o = sym * SLOTS;
    const call = v[o + LAST_CALL]!;
    const auction = side === 0;
    if (v[o + TRADES] === 0) {
      v[o + OPEN] = price;
      v[o + HIGH] = price;
      v[o + LOW] = price;
      v[o + FLAGS] = auction && call === TradingStatus.OpeningAuction ? DaySummaryCode.OpenFromAuction : 0;
    } else {
      if (price > v[o + HIGH]!) v[o + HIGH] = price;
      if (price < v[o + LOW]!) v[o + LOW] = price;
    }
    v[o + CLOSE] = price;
    v[o + VOLUME] = v[o + VOLUME]! + qty;
    v[o + TRADES] = v[o + TRADES]! + 1;
    v[o + NOTIONAL] = v[o + NOTIONAL]! + price * qty;
    const flags = v[o + FLAGS]! & ~DaySummaryCode.CloseFromAuction;
    v[o + FLAGS] = auction && call === TradingStatus.ClosingAuction ? flags | DaySummaryCode.CloseFromAuction : flags;
  }

  /** A STATUS of `sym` (after its record went out): at closed, the summary (if it traded), and a new session. */
  onStatus(sym: number, status: number, time: number, out: MdWriter): void {
    this.ensure(sym);
    const v = this.v;
    const o = sym * SLOTS;
    if (status === TradingStatus.OpeningAuction || status === TradingStatus.ClosingAuction || status === TradingStatus.ReopeningAuction) v[o + LAST_CALL] = status;
    if (status !== TradingStatus.Closed) return;
    if (v[o + TRADES]! > 0) {
      out.daySummary(sym, v[o + FLAGS]!, time, v[o + OPEN]!, v[o + HIGH]!, v[o + LOW]!, v[o + CLOSE]!, v[o + VOLUME]!, v[o + TRADES]!, v[o + NOTIONAL]!);
    }
    v.fill(0, o, o + SLOTS);
  }

  saveState(w: StateWriter): void {
    w.begin('DAYS', DAYS_STATE_VERSION);
    // Only the symbols with something to keep: [sym, ...SLOTS values] each.
    const rows: number[] = [];
    const v = this.v;
    for (let sym = 0; sym * SLOTS < v.length; sym++) {
      const o = sym * SLOTS;
      let any = false;
      for (let i = 0; i < SLOTS && !any; i++) any = v[o + i] !== 0;
      if (any) rows.push(sym, ...v.subarray(o, o + SLOTS));
    }
    w.f64s(Float64Array.from(rows));
    w.end();
  }

  loadState(r: StateReader): void {
    r.begin('DAYS', DAYS_STATE_VERSION);
    const rows = r.f64s();
    if (rows.length % (SLOTS + 1) !== 0) r.invalid(`day summaries: ${rows.length} values`);
    this.v = new Float64Array(64 * SLOTS);
    for (let i = 0; i < rows.length; i += SLOTS + 1) {
      const sym = rows[i]!;
      if (!Number.isSafeInteger(sym) || sym < 0 || sym > 0xffffffff) r.invalid(`day summary of symbol ${sym}`);
      this.ensure(sym);
      this.v.set(rows.subarray(i + 1, i + 1 + SLOTS), sym * SLOTS);
    }
    r.close();
  }

  /** The session so far of `sym` (cold: tests, API). */
  current(sym: number): { open: number; high: number; low: number; close: number; volume: number; trades: number; notional: number; flags: number } | undefined {
    const o = sym * SLOTS;
    if (o >= this.v.length || this.v[o + TRADES] === 0) return undefined;
    const v = this.v;
    return { open: v[o + OPEN]!, high: v[o + HIGH]!, low: v[o + LOW]!, close: v[o + CLOSE]!, volume: v[o + VOLUME]!, trades: v[o + TRADES]!, notional: v[o + NOTIONAL]!, flags: v[o + FLAGS]! };
  }
}
