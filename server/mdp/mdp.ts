/**
 * The Market Data Publisher's core: engine events in, market-data records out (records.ts).
 * Pure and deterministic: no I/O, no clock; time comes from the events. Same events in, same
 * bytes out, however the events are batched, because everything it conflates is flushed at
 * input boundaries (END_OF_INPUT on the engine's last event of each input).
 *
 * Per input, in this order: trades as they happen and closed bars as time passes them; then
 * at the end of the input one LEVEL record per price level that changed (new / change /
 * delete, with the book checksum after the input; END_OF_UPDATE on the symbol's last one),
 * then one BAR update per bar that changed.
 */
import { Side, TradingStatus } from '../kernel/types.ts';
import {
  Ev, EVENT_SLOTS, EventLog, EvSlot, RestingEv, CancelledEv, ModifiedEv, TradeEv, InstrumentEv, AuctionEv, Priority, TradeCode,
  evHead, headType, headSide, headCode, headEndOfInput, evSymbol, evNameBytes,
} from '../engine/events.ts';
import { CandleBuilder, INTERVALS, BarKind, type CandleSink, type BarView } from './candles.ts';
import { L2Books } from './l2-books.ts';
import { DaySummaries } from './day-summary.ts';
import { BourseError } from '../kernel/errors.ts';
import { smi } from '../kernel/smi.ts';
import type { StateReader, StateWriter } from './state-io.ts';
import type { MarketSeed } from './market-state.ts';
import { MdWriter, LevelAction, type MdInstrument, priceDecimalsOf, qtyDecimalsOf } from './records.ts';


export interface BookSnapshot {
  symbol: number;
  /** The book reflects every record up to and including this MD sequence number. */
  mdSeq: number;
  checksum: number;
  bids: { price: number; qty: number; count: number }[];
  asks: { price: number; qty: number; count: number }[];
}

export interface TradePrint {
  mdSeq: number;
  time: number;
  symbol: number;
  price: number;
  qty: number;
  side: number;
  tradeId: number;
}

const N_INTERVALS = INTERVALS.length;
/** Section 'MDP ' of the MDP snapshot; bump when its body changes (and read the old one). */
export const MDP_STATE_VERSION = 1;
/** A bar update waiting for the end of its input: these values at slot * PENDING_BAR. */
const PENDING_BAR = 8;
const PB = { openTime: 0, open: 1, high: 2, low: 3, close: 4, volume: 5, trades: 6, notional: 7 } as const;

export class Mdp implements CandleSink {
  /** Output records; the driver drains (publishes, hashes) and clears it. */
  readonly out = new MdWriter();
  readonly books = new L2Books();
  private readonly candles: CandleBuilder;
  /** End-of-day summaries (DAY_SUMMARY at each close): day-summary.ts. */
  private readonly days = new DaySummaries();
  private time = 0;
  private eventSeq = 0;
  private inputSeq = 0;
  private midInput = false;
  private readonly instruments = new Map<number, MdInstrument>();
  // Bar updates waiting for the end of the input: slot = symbol * N_INTERVALS + interval.
  private barVals = new Float64Array(64 * N_INTERVALS * PENDING_BAR);
  private barDirty = new Uint8Array(64 * N_INTERVALS);
  private dirtyBars = new Int32Array(64);
  private dirtyBarCount = 0;
  /** Last trades per symbol, newest last (bounded ring kept as plain arrays: cold path). */
  private readonly tape = new Map<number, TradePrint[]>();
  private readonly tapeDepth: number;

  constructor(opts: { tapeDepth?: number } = {}) {
    this.candles = new CandleBuilder(this);
    this.tapeDepth = opts.tapeDepth ?? 50;
  }

  get lastMdSeq(): number {
    return this.out.seq;
  }

  /** Input seq of the last complete input folded in. */
  get lastInputSeq(): number {
    return this.inputSeq;
  }

  get lastTime(): number {
    return this.time;
  }

  /** True between inputs: the books and every record emitted agree (take snapshots only then). */
  get atInputBoundary(): boolean {
    return !this.midInput;
  }

  /** Consume `count` engine event records starting at record `first` of the views. */
  consume(f64: Float64Array, i32: Int32Array, first: number, count: number): void {
    for (let k = first, end = first + count; k < end; k++) this.onEvent(f64, i32, k);
  }

  /** Consume every record held by an engine EventLog. */
  consumeLog(log: EventLog): void {
    this.consume(log.f64, log.i32, 0, log.count);
  }

  onEvent(f64: Float64Array, i32: Int32Array, index: number): void {
    const s = index * EVENT_SLOTS;
    const head = evHead(i32, index);
    const type = headType(head);
    const side = headSide(head);
    const code = headCode(head);
    const sym = evSymbol(i32, index);
    const input = f64[s + EvSlot.inputSeq]!;
    this.eventSeq = smi(f64[s + EvSlot.seq]!);
    // The events of one input share its stamp: store it once (a double field store allocates a number).
    const time = f64[s + EvSlot.time]!;
    if (time !== this.time) this.time = time;
    const books = this.books;
    switch (type) {
      // Price 0: an order off the public book (a market order in a call, an at-close order held
      // through continuous trading; issue 14): not in L2.
      case Ev.Resting:
        if (f64[s + RestingEv.price] !== 0) books.add(sym, side, f64[s + RestingEv.price]!, f64[s + RestingEv.qty]!, 1, input);
        break;
      case Ev.Cancelled:
        if (f64[s + CancelledEv.wasResting] === 1 && f64[s + CancelledEv.price] !== 0) books.add(sym, side, f64[s + CancelledEv.price]!, -f64[s + CancelledEv.qty]!, -1, input);
        break;
      case Ev.Modified:
        if (code === Priority.Kept) books.add(sym, side, f64[s + ModifiedEv.price]!, f64[s + ModifiedEv.qty]! - f64[s + ModifiedEv.oldQty]!, 0, input);
        else books.add(sym, side, f64[s + ModifiedEv.oldPrice]!, -f64[s + ModifiedEv.oldQty]!, -1, input);
        break;
      case Ev.Trade: {
        const price = f64[s + TradeEv.price]!;
        const qty = f64[s + TradeEv.qty]!;
        if (side !== 0) books.add(sym, side === Side.Buy ? Side.Sell : Side.Buy, price, -qty, code === TradeCode.MakerFilled ? -1 : 0, input);
        else {
          // An uncross (side 0): both orders rested, each at its own limit, filled best level
          // first in price-time order, so each comes off its side's best level now.
          if ((code & TradeCode.MakerMarket) === 0) books.add(sym, Side.Sell, books.bestPrice(sym, Side.Sell), -qty, (code & TradeCode.MakerFilled) !== 0 ? -1 : 0, input);
          if ((code & TradeCode.TakerMarket) === 0) books.add(sym, Side.Buy, books.bestPrice(sym, Side.Buy), -qty, (code & TradeCode.TakerFilled) !== 0 ? -1 : 0, input);
        }
        this.trade(sym, side, price, qty, f64[s + TradeEv.tradeId]!, input);
        this.candles.onTrade(sym, price, qty, this.time);
        this.days.onTrade(sym, side, price, qty);
        break;
      }
      case Ev.Clock:
        this.candles.onClock(this.time);
        break;
      case Ev.Status:
        this.status(sym, code);
        break;
      case Ev.Instrument:
        this.instrument(f64, index, sym, code);
        break;
      case Ev.Auction:
        this.out.auction(sym, code, this.time, f64[s + AuctionEv.price]!, f64[s + AuctionEv.matchedQty]!, f64[s + AuctionEv.imbalanceQty]!, side, f64[s + AuctionEv.callStatus]!, f64[s + AuctionEv.refPrice]!);
        break;
      default:
        break; // accepted / rejected: private to the order's owner
    }
    if (headEndOfInput(head)) {
      this.endInput(input);
      this.midInput = false;
    } else this.midInput = true;
  }

  // ------------------------------------------------------------------ records

  private trade(sym: number, side: number, price: number, qty: number, tradeId: number, input: number): void {
    this.out.trade(side, sym, this.time, price, qty, tradeId, this.eventSeq, input);
    let list = this.tape.get(sym);
    if (!list) this.tape.set(sym, (list = []));
    list.push({ mdSeq: this.out.seq, time: this.time, symbol: sym, price: smi(price), qty: smi(qty), side, tradeId: smi(tradeId) });
    if (list.length > this.tapeDepth * 2) list.splice(0, list.length - this.tapeDepth);
  }

  private status(sym: number, status: number): void {
    const inst = this.instruments.get(sym);
    if (inst) inst.status = status;
    // The trading session (docs/candles.md "Sessions"): closed and pre-open emit no empty bars.
    this.candles.setSession(sym, status !== TradingStatus.Closed && status !== TradingStatus.PreOpen, this.time);
    this.out.status(sym, status, this.time);
    this.days.onStatus(sym, status, this.time, this.out);
  }

  private instrument(f64: Float64Array, index: number, sym: number, code: number): void {
    const s = index * EVENT_SLOTS;
    let name = '';
    for (const c of evNameBytes(f64, index)) if (c !== 0) name += String.fromCharCode(c);
    const inst: MdInstrument = {
      symbol: sym, name, tick: f64[s + InstrumentEv.tick]!, lot: f64[s + InstrumentEv.lot]!, maxQty: f64[s + InstrumentEv.maxQty]!,
      refPrice: f64[s + InstrumentEv.refPrice]!, priceDecimals: priceDecimalsOf(code), qtyDecimals: qtyDecimalsOf(code), status: TradingStatus.Open,
    };
    this.instruments.set(sym, inst);
    this.books.define(sym);
    this.ensureBarSlots(sym);
    this.out.instrument(sym, name, inst.priceDecimals, inst.qtyDecimals, this.time, inst.tick, inst.lot, inst.maxQty, inst.refPrice);
  }

  /** CandleSink: closed bars go out at once; updates wait for the end of the input. */
  bar(kind: BarKind, sym: number, interval: number, openTime: number, open: number, high: number, low: number, close: number, volume: number, trades: number, notional: number): void {
    if (kind === BarKind.Closed) {
      // A bar closed by its session's close (a 1d bar) in the input that updated it: its
      // pending update must not follow the close.
      const slot = sym * N_INTERVALS + interval;
      if (this.barDirty[slot] === 1 && this.barVals[slot * PENDING_BAR + PB.openTime] === openTime) this.barDirty[slot] = 2;
      this.out.bar(BarKind.Closed, sym, interval, openTime, open, high, low, close, volume, trades, notional);
      return;
    }
    const slot = sym * N_INTERVALS + interval;
    this.ensureBarSlots(sym);
    const v = this.barVals;
    const o = slot * PENDING_BAR;
    v[o + PB.openTime] = openTime;
    v[o + PB.open] = open;
    v[o + PB.high] = high;
    v[o + PB.low] = low;
    v[o + PB.close] = close;
    v[o + PB.volume] = volume;
    v[o + PB.trades] = trades;
    v[o + PB.notional] = notional;
    if (this.barDirty[slot] !== 1) {
      if (this.barDirty[slot] === 0) {
        if (this.dirtyBarCount === this.dirtyBars.length) {
          const d = new Int32Array(this.dirtyBars.length * 2);
          d.set(this.dirtyBars);
          this.dirtyBars = d;
        }
        this.dirtyBars[this.dirtyBarCount++] = slot;
      }
      this.barDirty[slot] = 1;
    }
  }

  /** CandleSink: a run of empty bars closed at once goes out as one EMPTY_RUN record. */
  emptyRun(sym: number, interval: number, from: number, to: number, price: number): void {
    this.out.emptyRun(sym, interval, from, to, price, (to - from) / INTERVALS[interval]!.len);
  }

  private ensureBarSlots(sym: number): void {
    const need = (sym + 1) * N_INTERVALS;
    if (need <= this.barDirty.length) return;
    let n = this.barDirty.length;
    while (n < need) n *= 2;
    const v = new Float64Array(n * PENDING_BAR);
    v.set(this.barVals);
    this.barVals = v;
    const d = new Uint8Array(n);
    d.set(this.barDirty);
    this.barDirty = d;
  }

  /** End of an input: publish the levels it changed, then its bar updates. */
  private endInput(input: number): void {
    const books = this.books;
    const n = books.dirtyCount;
    if (n > 0) {
      // One input touches one symbol, but fold generally: checksum per symbol, once.
      let lastOfSym = -1;
      let lastSym = -1;
      let ck = 0;
      for (let i = 0; i < n; i++) {
        const lv = books.dirty[i]!;
        const sym = books.symbolOf(lv);
        const before = books.prevCount(lv) > 0;
        const after = books.count(lv) > 0;
        let action = 0;
        if (!before && after) action = LevelAction.New;
        else if (before && !after) action = LevelAction.Delete;
        else if (before && after && (books.qty(lv) !== books.prevQty(lv) || books.count(lv) !== books.prevCount(lv))) action = LevelAction.Change;
        if (action === 0) continue;
        if (sym !== lastSym) {
          if (lastOfSym >= 0) this.markEnd(lastOfSym);
          lastSym = sym;
          ck = this.checksumAfter(sym, i, n);
        }
        lastOfSym = this.out.level(books.sideOf(lv), action, sym, this.time, books.price(lv), after ? books.qty(lv) : 0, after ? books.count(lv) : 0, ck, this.eventSeq, input);
      }
      if (lastOfSym >= 0) this.markEnd(lastOfSym);
      books.endInput();
    }
    if (this.dirtyBarCount > 0) {
      const v = this.barVals;
      for (let i = 0; i < this.dirtyBarCount; i++) {
        const slot = this.dirtyBars[i]!;
        const superseded = this.barDirty[slot] === 2;
        this.barDirty[slot] = 0;
        if (superseded) continue;
        const o = slot * PENDING_BAR;
        this.out.bar(
          BarKind.Update, (slot / N_INTERVALS) | 0, slot % N_INTERVALS, v[o + PB.openTime]!, v[o + PB.open]!, v[o + PB.high]!, v[o + PB.low]!,
          v[o + PB.close]!, v[o + PB.volume]!, v[o + PB.trades]!, v[o + PB.notional]!,
        );
      }
      this.dirtyBarCount = 0;
    }
    this.inputSeq = input;
  }

  private markEnd(k: number): void {
    this.out.endOfUpdate(k);
  }

  /** Checksum after this input; recomputed only when a changed level can reach the top 10. */
  private checksumAfter(sym: number, from: number, n: number): number {
    const books = this.books;
    for (let i = from; i < n; i++) {
      const lv = books.dirty[i]!;
      if (books.symbolOf(lv) === sym && books.inChecksumWindow(sym, books.sideOf(lv), books.price(lv))) return books.refreshChecksum(sym);
    }
    return books.checksum(sym);
  }

  // ------------------------------------------------------------------ snapshots (cold)

  /**
   * The MDP's state between inputs, as four self-contained sections: 'MDP ' (sequenced time,
   * last engine event seq, last input seq, last MD seq, instruments with their status, the trade
   * tapes), then the L2 books' 'L2BK', the candle builder's 'CNDL' and the day summaries' 'DAYS'. Restored by loadState,
   * the next input produces exactly the bytes it would have produced without the restart.
   */
  saveState(w: StateWriter): void {
    if (this.midInput || this.books.dirtyCount !== 0 || this.dirtyBarCount !== 0) throw new BourseError('INVARIANT', 'MDP state saved in the middle of an input');
    if (this.out.count !== 0) throw new BourseError('INVARIANT', `MDP state saved with ${this.out.count} records not yet published`);
    w.begin('MDP ', MDP_STATE_VERSION);
    w.f64(this.time);
    w.f64(this.eventSeq);
    w.f64(this.inputSeq);
    w.f64(this.out.seq);
    const list = this.instrumentList();
    w.u32(list.length);
    for (const i of list) {
      w.u32(i.symbol);
      w.str(i.name);
      w.f64s(Float64Array.of(i.tick, i.lot, i.maxQty, i.refPrice, i.priceDecimals, i.qtyDecimals, i.status));
    }
    const tapes = [...this.tape.entries()].sort((a, b) => a[0] - b[0]);
    w.u32(tapes.length);
    for (const [sym, list] of tapes) {
      w.u32(sym);
      const t = new Float64Array(list.length * 6);
      list.forEach((p, k) => t.set([p.mdSeq, p.time, p.price, p.qty, p.side, p.tradeId], k * 6));
      w.f64s(t);
    }
    w.end();
    this.books.saveState(w);
    this.candles.saveState(w);
    this.days.saveState(w);
  }

  /** Replaces this (fresh or idle) MDP's state with a saved one: see saveState. */
  loadState(r: StateReader): void {
    if (this.midInput || this.out.count !== 0) throw new BourseError('INVARIANT', 'MDP state loaded in the middle of an input');
    r.begin('MDP ', MDP_STATE_VERSION);
    const time = r.f64();
    const eventSeq = r.f64();
    const inputSeq = r.f64();
    const mdSeq = r.f64();
    for (const v of [time, eventSeq, inputSeq, mdSeq]) if (!Number.isSafeInteger(v) || v < 0) r.invalid(`sequence or time ${v} is not an integer >= 0`);
    this.instruments.clear();
    const n = r.u32();
    for (let k = 0; k < n; k++) {
      const symbol = r.u32();
      const name = r.str();
      const v = r.f64s();
      if (v.length !== 7) r.invalid(`instrument ${symbol}: ${v.length} values, not 7`);
      this.instruments.set(symbol, { symbol, name, tick: v[0]!, lot: v[1]!, maxQty: v[2]!, refPrice: v[3]!, priceDecimals: v[4]!, qtyDecimals: v[5]!, status: v[6]! });
      this.ensureBarSlots(symbol);
    }
    this.tape.clear();
    const nt = r.u32();
    for (let k = 0; k < nt; k++) {
      const symbol = r.u32();
      const t = r.f64s();
      if (t.length % 6 !== 0) r.invalid(`tape of symbol ${symbol}: ${t.length} values`);
      const list: TradePrint[] = [];
      for (let i = 0; i < t.length; i += 6) list.push({ mdSeq: t[i]!, time: t[i + 1]!, symbol, price: t[i + 2]!, qty: t[i + 3]!, side: t[i + 4]!, tradeId: t[i + 5]! });
      this.tape.set(symbol, list);
    }
    r.close();
    this.books.loadState(r);
    this.candles.loadState(r);
    // 'DAYS' came later: a snapshot without it starts every session empty.
    if (!r.done) this.days.loadState(r);
    for (const sym of this.instruments.keys()) if (!this.books.has(sym)) r.invalid(`instrument ${sym} has no book`);
    this.time = time;
    this.eventSeq = eventSeq;
    this.inputSeq = inputSeq;
    this.out.seq = mdSeq;
  }

  // ------------------------------------------------------------------ queries (cold)

  /** A book snapshot, consistent with `mdSeq` (take it between inputs). */
  snapshot(sym: number, depth = Infinity): BookSnapshot | undefined {
    if (!this.books.has(sym)) return undefined;
    return { symbol: sym, mdSeq: this.out.seq, checksum: this.books.checksum(sym), bids: this.books.depth(sym, Side.Buy, depth), asks: this.books.depth(sym, Side.Sell, depth) };
  }

  /** The market as a consumer of the records so far would hold it (seeds a MarketState after a restore). */
  marketSeed(): MarketSeed {
    const instruments = this.instrumentList().map((i) => ({ ...i }));
    const books = instruments.map((i) => ({ symbol: i.symbol, checksum: this.books.checksum(i.symbol), bids: this.books.depth(i.symbol, Side.Buy), asks: this.books.depth(i.symbol, Side.Sell) }));
    const trades = [...this.tape.entries()].sort((a, b) => a[0] - b[0]).map(([symbol, list]) => ({ symbol, prints: list.map(({ symbol: _s, ...p }) => p) }));
    const bars: MarketSeed['bars'] = [];
    for (const i of instruments) {
      for (let iv = 0; iv < N_INTERVALS; iv++) {
        const b = this.candles.current(i.symbol, iv);
        if (b) bars.push({ symbol: i.symbol, bar: { interval: iv, openTime: b.openTime, open: b.open, high: b.high, low: b.low, close: b.close, volume: b.volume, trades: b.trades, notional: b.notional, closed: false } });
      }
    }
    return { mdSeq: this.out.seq, time: this.time, instruments, books, trades, bars };
  }

  instrumentList(): MdInstrument[] {
    return [...this.instruments.values()].sort((a, b) => a.symbol - b.symbol);
  }

  instrumentOf(sym: number): MdInstrument | undefined {
    return this.instruments.get(sym);
  }

  lastTrades(sym: number, n = 20): TradePrint[] {
    return (this.tape.get(sym) ?? []).slice(-n);
  }

  currentBar(sym: number, interval: number): BarView | undefined {
    return this.candles.current(sym, interval);
  }
}
