/**
 * MarketState: the market as seen by a consumer of the market-data stream (records.ts), not by
 * the engine. It folds LEVEL, TRADE, BAR, STATUS and INSTRUMENT records into instruments, L2
 * books (by price), a bounded trade tape per symbol and the open bar per interval. The HTTP API,
 * the WebSocket relay and the tests read the market through it; the feed client keeps the same
 * shape of state from the multicast feed.
 *
 * Cold path relative to the MDP (it runs beside the API, not in the matching loop): plain Maps,
 * but no per-record allocation except new levels and trade prints.
 */
import { Side, TradingStatus } from '../kernel/types.ts';
import { bookChecksum } from '../kernel/book-checksum.ts';
import { smi } from '../kernel/smi.ts';
import {
  Md, MD_SLOTS, LevelMd, TradeMd, BarMd, InstrumentMd, AuctionMd, DaySummaryMd, DaySummaryCode, AuctionCode, LevelAction, type MdInstrument,
  mdHead, headType, headSide, headCode, mdSymbol, mdSeq, mdTime, mdName, barInterval, barClosed, priceDecimalsOf, qtyDecimalsOf,
} from './records.ts';
import { INTERVALS } from './candles.ts';

export type InstrumentState = MdInstrument;

export interface Level {
  price: number;
  qty: number;
  count: number;
}

export interface Print {
  mdSeq: number;
  time: number;
  price: number;
  qty: number;
  side: number;
  tradeId: number;
}

export interface Bar {
  interval: number;
  openTime: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  trades: number;
  notional: number;
  closed: boolean;
}

/** The latest AUCTION record of a symbol: a call's indicative state, or its uncross. */
export interface AuctionState {
  mdSeq: number;
  time: number;
  uncross: boolean;
  /** 0: no price crosses. */
  price: number;
  matchedQty: number;
  imbalanceQty: number;
  /** 0 none, 1 buy, 2 sell. */
  imbalanceSide: number;
  /** TradingStatus of the call: 4 opening, 5 closing, 7 reopening. */
  callStatus: number;
  refPrice: number;
}

/** The latest DAY_SUMMARY record of a symbol. */
export interface DaySummaryState {
  mdSeq: number;
  /** The close's time (µs). */
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  trades: number;
  notional: number;
  openFromAuction: boolean;
  closeFromAuction: boolean;
}

/** True for the call phases (opening, closing, reopening auction). */
export function isCallStatus(status: number): boolean {
  return status === TradingStatus.OpeningAuction || status === TradingStatus.ClosingAuction || status === TradingStatus.ReopeningAuction;
}

/**
 * The market at MD seq `mdSeq`, as an MDP restored from a snapshot holds it (Mdp.marketSeed): a
 * consumer that starts there (the main thread of a restart) seeds itself with it, then folds the
 * records that follow.
 */
export interface MarketSeed {
  mdSeq: number;
  time: number;
  instruments: InstrumentState[];
  books: { symbol: number; checksum: number; bids: Level[]; asks: Level[] }[];
  trades: { symbol: number; prints: Print[] }[];
  bars: { symbol: number; bar: Bar }[];
}

/**
 * Books kept elsewhere (a relay node: the feed client's verified L2 books). MarketState then
 * folds LEVEL records into the checksum and the book's seq only, and reads levels from here.
 */
export interface ExternalBooks {
  /** Levels of one side of `sym` (1 buy, 2 sell), best first, at most `max`; fresh objects. */
  levels(sym: number, side: number, max: number): Level[];
}

class SymbolState {
  bids = new Map<number, Level>();
  asks = new Map<number, Level>();
  /**
   * The trade tape: a ring of print objects reused once it is full (no object per trade); the
   * last `tapeLen` entries before `tapeEnd` are the tape, newest last. As a list did: up to
   * 2 x tapeDepth are kept, then the oldest beyond tapeDepth go.
   */
  tape: Print[] = [];
  tapeEnd = 0;
  tapeLen = 0;
  bars: (Bar | undefined)[] = new Array(INTERVALS.length).fill(undefined);
  checksum = 0;
  auction: AuctionState | undefined;
  summary: DaySummaryState | undefined;
  /** MD seq of the last record that changed this symbol's book. */
  bookSeq = 0;
}

export class MarketState {
  readonly instruments = new Map<number, InstrumentState>();
  private readonly byName = new Map<string, number>();
  private readonly symbols = new Map<number, SymbolState>();
  private readonly tapeDepth: number;
  /** Set: books are read from there and LEVEL records fold only the checksum and seq (one book per symbol). */
  private readonly external: ExternalBooks | undefined;
  /** Last MD sequence number folded in. */
  mdSeq = 0;
  /** Time (µs) of the last record folded in. */
  time = 0;

  constructor(opts: { tapeDepth?: number; books?: ExternalBooks } = {}) {
    this.tapeDepth = opts.tapeDepth ?? 200;
    this.external = opts.books;
  }

  /** Forgets everything: the MD stream starts again from its first record (an HA node's new life). */
  reset(): void {
    this.instruments.clear();
    this.byName.clear();
    this.symbols.clear();
    this.mdSeq = 0;
    this.time = 0;
  }

  /**
   * Forgets everything and takes the market of `seed` (then fold the records after seed.mdSeq).
   * With external books the seed's levels are not kept here (the books' owner holds them); its
   * checksums and seqs are.
   */
  seed(seed: MarketSeed): void {
    this.reset();
    for (const i of seed.instruments) this.instrument({ ...i });
    for (const b of seed.books) {
      const s = this.symbols.get(b.symbol);
      if (!s) continue;
      for (const l of b.bids) s.bids.set(l.price, { ...l });
      for (const l of b.asks) s.asks.set(l.price, { ...l });
      s.checksum = b.checksum;
      s.bookSeq = seed.mdSeq;
    }
    for (const t of seed.trades) {
      const s = this.symbols.get(t.symbol);
      if (!s) continue;
      s.tape = [];
      s.tapeEnd = 0;
      s.tapeLen = 0;
      for (const p of t.prints.slice(-this.tapeDepth)) this.print(s, p.mdSeq, p.time, p.price, p.qty, p.side, p.tradeId);
    }
    for (const b of seed.bars) {
      const s = this.symbols.get(b.symbol);
      if (s) s.bars[b.bar.interval] = { ...b.bar };
    }
    this.mdSeq = seed.mdSeq;
    this.time = seed.time;
  }

  symbolId(name: string): number | undefined {
    return this.byName.get(name);
  }

  /** Fold `count` MD records starting at record `first`. */
  applyRecords(f64: Float64Array, i32: Int32Array, first: number, count: number): void {
    for (let k = first, end = first + count; k < end; k++) this.applyRecord(f64, i32, k);
  }

  applyRecord(f64: Float64Array, i32: Int32Array, index: number): void {
    const b = index * MD_SLOTS;
    const head = mdHead(i32, index);
    const type = headType(head);
    const side = headSide(head);
    const code = headCode(head);
    const sym = mdSymbol(i32, index);
    this.mdSeq = smi(mdSeq(f64, index));
    const t = mdTime(f64, index);
    switch (type) {
      case Md.Level:
        if (t !== this.time) this.time = t; // an input's records share its stamp: one store (and one number) per input
        this.level(sym, side, code, f64[b + LevelMd.price]!, f64[b + LevelMd.qty]!, f64[b + LevelMd.count]!, f64[b + LevelMd.checksum]!);
        break;
      case Md.Trade:
        if (t !== this.time) this.time = t;
        this.trade(sym, side, f64[b + TradeMd.price]!, f64[b + TradeMd.qty]!, f64[b + TradeMd.tradeId]!);
        break;
      case Md.Bar:
        this.bar(
          sym, barInterval(code), barClosed(code), f64[b + BarMd.openTime]!, f64[b + BarMd.open]!, f64[b + BarMd.high]!, f64[b + BarMd.low]!,
          f64[b + BarMd.close]!, f64[b + BarMd.volume]!, f64[b + BarMd.trades]!, f64[b + BarMd.notional]!,
        );
        break;
      case Md.Status:
        this.time = t;
        this.status(sym, code);
        break;
      case Md.Auction:
        this.time = t;
        this.auction(sym, {
          mdSeq: this.mdSeq, time: t, uncross: code === AuctionCode.Uncross, price: f64[b + AuctionMd.price]!, matchedQty: f64[b + AuctionMd.matchedQty]!,
          imbalanceQty: f64[b + AuctionMd.imbalanceQty]!, imbalanceSide: side, callStatus: f64[b + AuctionMd.callStatus]!, refPrice: f64[b + AuctionMd.refPrice]!,
        });
        break;
      case Md.DaySummary:
        this.time = t;
        this.daySummary(sym, {
          mdSeq: this.mdSeq, time: t, open: f64[b + DaySummaryMd.open]!, high: f64[b + DaySummaryMd.high]!, low: f64[b + DaySummaryMd.low]!, close: f64[b + DaySummaryMd.close]!,
          volume: f64[b + DaySummaryMd.volume]!, trades: f64[b + DaySummaryMd.trades]!, notional: f64[b + DaySummaryMd.notional]!,
          openFromAuction: (code & DaySummaryCode.OpenFromAuction) !== 0, closeFromAuction: (code & DaySummaryCode.CloseFromAuction) !== 0,
        });
        break;
      case Md.Instrument:
        this.instrument({
          symbol: sym, name: mdName(f64, index), tick: f64[b + InstrumentMd.tick]!, lot: f64[b + InstrumentMd.lot]!, maxQty: f64[b + InstrumentMd.maxQty]!,
          refPrice: f64[b + InstrumentMd.refPrice]!, priceDecimals: priceDecimalsOf(code), qtyDecimals: qtyDecimalsOf(code), status: TradingStatus.Open,
        });
        break;
    }
  }

  // --- primitive folds (also used by decoders of other encodings of the same stream)

  instrument(inst: InstrumentState): void {
    this.instruments.set(inst.symbol, inst);
    this.byName.set(inst.name, inst.symbol);
    if (!this.symbols.has(inst.symbol)) this.symbols.set(inst.symbol, new SymbolState());
  }

  status(sym: number, status: number): void {
    const inst = this.instruments.get(sym);
    if (inst) inst.status = status;
  }

  auction(sym: number, a: AuctionState): void {
    const s = this.symbols.get(sym);
    if (s) s.auction = a;
  }

  daySummary(sym: number, d: DaySummaryState): void {
    const s = this.symbols.get(sym);
    if (s) s.summary = d;
  }

  level(sym: number, side: number, action: number, price: number, qty: number, count: number, checksum: number): void {
    const s = this.symbols.get(sym);
    if (!s) return;
    s.checksum = checksum;
    s.bookSeq = this.mdSeq;
    if (this.external) return;
    const book = side === Side.Buy ? s.bids : s.asks;
    if (action === LevelAction.Delete) book.delete(price);
    else {
      const l = book.get(price);
      if (l) {
        l.qty = smi(qty);
        l.count = smi(count);
      } else book.set(price, { price: smi(price), qty: smi(qty), count: smi(count) });
    }
  }

  trade(sym: number, side: number, price: number, qty: number, tradeId: number): void {
    const s = this.symbols.get(sym);
    if (!s) return;
    this.print(s, this.mdSeq, this.time, smi(price), smi(qty), side, smi(tradeId));
  }

  private print(s: SymbolState, mdSeq: number, time: number, price: number, qty: number, side: number, tradeId: number): void {
    const cap = Math.max(1, this.tapeDepth * 2);
    const w = s.tapeEnd;
    const p = s.tape[w];
    if (p === undefined) s.tape[w] = { mdSeq, time, price, qty, side, tradeId };
    else {
      p.mdSeq = mdSeq;
      p.time = time;
      p.price = price;
      p.qty = qty;
      p.side = side;
      p.tradeId = tradeId;
    }
    s.tapeEnd = w + 1 === cap ? 0 : w + 1;
    if (++s.tapeLen > this.tapeDepth * 2) s.tapeLen = this.tapeDepth;
  }

  bar(sym: number, interval: number, closed: boolean, openTime: number, open: number, high: number, low: number, close: number, volume: number, trades: number, notional: number): void {
    const s = this.symbols.get(sym);
    if (!s) return;
    const cur = s.bars[interval];
    if (cur && cur.openTime > openTime) return; // a late close of an older bar changes nothing live
    if (cur && cur.openTime === openTime) {
      // The open bar again (every trade updates it): in place, no allocation per record.
      cur.open = open;
      cur.high = high;
      cur.low = low;
      cur.close = close;
      cur.volume = volume;
      cur.trades = trades;
      cur.notional = notional;
      cur.closed = closed;
      return;
    }
    s.bars[interval] = { interval, openTime, open, high, low, close, volume, trades, notional, closed };
  }

  // --- queries

  /** Levels of one side, best first. */
  depth(sym: number, side: Side, max = Infinity): Level[] {
    const s = this.symbols.get(sym);
    if (!s) return [];
    if (this.external) return this.external.levels(sym, side, max);
    const list = [...(side === Side.Buy ? s.bids : s.asks).values()];
    list.sort((a, b) => (side === Side.Buy ? b.price - a.price : a.price - b.price));
    return (max < list.length ? list.slice(0, max) : list).map((l) => ({ ...l }));
  }

  /** A consistent snapshot: the book after MD record `mdSeq`. */
  book(sym: number, depth = Infinity): { symbol: number; mdSeq: number; checksum: number; bids: Level[]; asks: Level[] } | undefined {
    const s = this.symbols.get(sym);
    if (!s) return undefined;
    return { symbol: sym, mdSeq: this.mdSeq, checksum: s.checksum, bids: this.depth(sym, Side.Buy, depth), asks: this.depth(sym, Side.Sell, depth) };
  }

  /** Recompute the checksum from the book held here (equals the feed's when the book is right). */
  computeChecksum(sym: number): number {
    return bookChecksum(this.depth(sym, Side.Buy, 10), this.depth(sym, Side.Sell, 10));
  }

  trades(sym: number, max = 50): Print[] {
    const s = this.symbols.get(sym);
    if (!s) return [];
    const cap = Math.max(1, this.tapeDepth * 2);
    // As the list's slice(-max) did: 0 means the whole tape.
    const n = max === 0 ? s.tapeLen : Math.min(max, s.tapeLen);
    const out: Print[] = [];
    for (let i = 0; i < n; i++) out.push({ ...s.tape[(((s.tapeEnd - n + i) % cap) + cap) % cap]! });
    return out;
  }

  /** The latest auction record of `sym` while it is in a call phase; undefined outside calls. */
  currentAuction(sym: number): AuctionState | undefined {
    const status = this.instruments.get(sym)?.status ?? 0;
    return isCallStatus(status) ? this.symbols.get(sym)?.auction : undefined;
  }

  /** The latest auction record of `sym`, whatever its phase now. */
  lastAuction(sym: number): AuctionState | undefined {
    return this.symbols.get(sym)?.auction;
  }

  /** The latest end-of-session summary of `sym`. */
  lastDaySummary(sym: number): DaySummaryState | undefined {
    return this.symbols.get(sym)?.summary;
  }

  currentBar(sym: number, interval: number): Bar | undefined {
    return this.symbols.get(sym)?.bars[interval];
  }
}
