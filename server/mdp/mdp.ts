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
import { Side } from '../kernel/types.ts';
import { Ev, EVENT_SLOTS, END_OF_INPUT, TYPE_MASK, EventLog } from '../engine/events.ts';
import { CandleBuilder, INTERVALS, BarKind, type CandleSink, type BarView } from './candles.ts';
import { L2Books } from './l2-books.ts';
import { Md, MD_SLOTS, END_OF_UPDATE, LevelAction, type MdInstrument } from './records.ts';


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

export class Mdp implements CandleSink {
  /** Output records; the driver drains (publishes, hashes) and clears it. */
  readonly out = new EventLog();
  readonly books = new L2Books();
  private readonly candles: CandleBuilder;
  private mdSeq = 0;
  private time = 0;
  private eventSeq = 0;
  private inputSeq = 0;
  private midInput = false;
  private readonly instruments = new Map<number, MdInstrument>();
  // Bar updates waiting for the end of the input: slot = symbol * N_INTERVALS + interval.
  private barVals = new Float64Array(64 * N_INTERVALS * 8);
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
    return this.mdSeq;
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
    const h = i32[s * 2]!;
    const type = h & TYPE_MASK;
    const side = (h >>> 8) & 0xff;
    const code = (h >>> 16) & 0xffff;
    const sym = i32[s * 2 + 1]! >>> 0;
    const input = f64[s + 2]!;
    this.eventSeq = f64[s + 1]!;
    this.time = f64[s + 3]!;
    const books = this.books;
    switch (type) {
      case Ev.Resting:
        books.add(sym, side, f64[s + 5]!, f64[s + 6]!, 1, input);
        break;
      case Ev.Cancelled:
        if (f64[s + 7] === 1) books.add(sym, side, f64[s + 5]!, -f64[s + 6]!, -1, input);
        break;
      case Ev.Modified:
        if (code === 1) books.add(sym, side, f64[s + 5]!, f64[s + 6]! - f64[s + 8]!, 0, input);
        else books.add(sym, side, f64[s + 7]!, -f64[s + 8]!, -1, input);
        break;
      case Ev.Trade: {
        const price = f64[s + 5]!;
        const qty = f64[s + 6]!;
        books.add(sym, side === Side.Buy ? Side.Sell : Side.Buy, price, -qty, code === 1 ? -1 : 0, input);
        this.trade(sym, side, price, qty, f64[s + 8]!, input);
        this.candles.onTrade(sym, price, qty, this.time);
        break;
      }
      case Ev.Clock:
        this.candles.onClock(this.time);
        break;
      case Ev.Status:
        this.status(sym, code);
        break;
      case Ev.Instrument:
        this.instrument(f64, i32, s, sym, code);
        break;
      default:
        break; // accepted / rejected: private to the order's owner
    }
    if ((h & END_OF_INPUT) !== 0) {
      this.endInput(input);
      this.midInput = false;
    } else this.midInput = true;
  }

  // ------------------------------------------------------------------ records

  private record(type: number, side: number, code: number, sym: number, time: number): number {
    const out = this.out;
    if ((out.count + 1) * MD_SLOTS > out.f64.length) out.grow();
    const b = out.count++ * MD_SLOTS;
    out.i32[b * 2] = type | (side << 8) | (code << 16);
    out.i32[b * 2 + 1] = sym;
    out.f64[b + 1] = ++this.mdSeq;
    out.f64[b + 2] = time;
    return b;
  }

  private trade(sym: number, side: number, price: number, qty: number, tradeId: number, input: number): void {
    const b = this.record(Md.Trade, side, 0, sym, this.time);
    const f = this.out.f64;
    f[b + 3] = price;
    f[b + 4] = qty;
    f[b + 5] = tradeId;
    f[b + 6] = 0;
    f[b + 7] = this.eventSeq;
    f[b + 8] = input;
    f[b + 9] = 0;
    let list = this.tape.get(sym);
    if (!list) this.tape.set(sym, (list = []));
    list.push({ mdSeq: this.mdSeq, time: this.time, symbol: sym, price, qty, side, tradeId });
    if (list.length > this.tapeDepth * 2) list.splice(0, list.length - this.tapeDepth);
  }

  private status(sym: number, status: number): void {
    const inst = this.instruments.get(sym);
    if (inst) inst.status = status;
    const b = this.record(Md.Status, 0, status, sym, this.time);
    this.out.f64.fill(0, b + 3, b + 10);
  }

  private instrument(f64: Float64Array, i32: Int32Array, s: number, sym: number, code: number): void {
    const nameBytes = new Uint8Array(f64.buffer, f64.byteOffset + (s + 4) * 8, 16);
    let name = '';
    for (const c of nameBytes) if (c !== 0) name += String.fromCharCode(c);
    const inst: MdInstrument = { symbol: sym, name, tick: f64[s + 6]!, lot: f64[s + 7]!, maxQty: f64[s + 8]!, refPrice: f64[s + 9]!, priceDecimals: code & 0xff, qtyDecimals: code >>> 8, status: 1 };
    this.instruments.set(sym, inst);
    this.books.define(sym);
    this.ensureBarSlots(sym);
    const b = this.record(Md.Instrument, 0, code, sym, this.time);
    const f = this.out.f64;
    new Uint8Array(f.buffer, (b + 3) * 8, 16).set(nameBytes);
    f[b + 5] = inst.tick;
    f[b + 6] = inst.lot;
    f[b + 7] = inst.maxQty;
    f[b + 8] = inst.refPrice;
    f[b + 9] = 0;
    void i32;
  }

  /** CandleSink: closed bars go out at once; updates wait for the end of the input. */
  bar(kind: BarKind, sym: number, interval: number, openTime: number, open: number, high: number, low: number, close: number, volume: number, trades: number, notional: number): void {
    if (kind === BarKind.Closed) {
      this.writeBar(BarKind.Closed, sym, interval, openTime, open, high, low, close, volume, trades, notional);
      return;
    }
    const slot = sym * N_INTERVALS + interval;
    this.ensureBarSlots(sym);
    const v = this.barVals;
    const o = slot * 8;
    v[o] = openTime; v[o + 1] = open; v[o + 2] = high; v[o + 3] = low; v[o + 4] = close; v[o + 5] = volume; v[o + 6] = trades; v[o + 7] = notional;
    if (this.barDirty[slot] === 0) {
      this.barDirty[slot] = 1;
      if (this.dirtyBarCount === this.dirtyBars.length) {
        const d = new Int32Array(this.dirtyBars.length * 2);
        d.set(this.dirtyBars);
        this.dirtyBars = d;
      }
      this.dirtyBars[this.dirtyBarCount++] = slot;
    }
  }

  private writeBar(kind: number, sym: number, interval: number, openTime: number, open: number, high: number, low: number, close: number, volume: number, trades: number, notional: number): void {
    const b = this.record(Md.Bar, 0, interval | (kind << 8), sym, openTime);
    const f = this.out.f64;
    f[b + 3] = open; f[b + 4] = high; f[b + 5] = low; f[b + 6] = close; f[b + 7] = volume; f[b + 8] = trades; f[b + 9] = notional;
  }

  private ensureBarSlots(sym: number): void {
    const need = (sym + 1) * N_INTERVALS;
    if (need <= this.barDirty.length) return;
    let n = this.barDirty.length;
    while (n < need) n *= 2;
    const v = new Float64Array(n * 8);
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
        const b = this.record(Md.Level, books.sideOf(lv), action, sym, this.time);
        const f = this.out.f64;
        f[b + 3] = books.price(lv);
        f[b + 4] = after ? books.qty(lv) : 0;
        f[b + 5] = after ? books.count(lv) : 0;
        f[b + 6] = ck;
        f[b + 7] = this.eventSeq;
        f[b + 8] = input;
        f[b + 9] = 0;
        lastOfSym = b;
      }
      if (lastOfSym >= 0) this.markEnd(lastOfSym);
      books.endInput();
    }
    if (this.dirtyBarCount > 0) {
      const v = this.barVals;
      for (let i = 0; i < this.dirtyBarCount; i++) {
        const slot = this.dirtyBars[i]!;
        this.barDirty[slot] = 0;
        const o = slot * 8;
        this.writeBar(BarKind.Update, (slot / N_INTERVALS) | 0, slot % N_INTERVALS, v[o]!, v[o + 1]!, v[o + 2]!, v[o + 3]!, v[o + 4]!, v[o + 5]!, v[o + 6]!, v[o + 7]!);
      }
      this.dirtyBarCount = 0;
    }
    this.inputSeq = input;
  }

  private markEnd(b: number): void {
    this.out.i32[b * 2] = this.out.i32[b * 2]! | END_OF_UPDATE;
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

  // ------------------------------------------------------------------ queries (cold)

  /** A book snapshot, consistent with `mdSeq` (take it between inputs). */
  snapshot(sym: number, depth = Infinity): BookSnapshot | undefined {
    if (!this.books.has(sym)) return undefined;
    return { symbol: sym, mdSeq: this.mdSeq, checksum: this.books.checksum(sym), bids: this.books.depth(sym, Side.Buy, depth), asks: this.books.depth(sym, Side.Sell, depth) };
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
