/**
 * Market-data records: what the MDP emits, in order, each with its own MD sequence number.
 * The multicast feed, the WebSocket relay and the bars store all consume this one stream, and
 * `md=<sha256>` in `bourse replay` hashes exactly these bytes. Fixed 80-byte records, ten
 * 8-byte slots, little-endian (the same framing as engine events):
 *
 *   0      1      2             4                          8
 *   +------+------+-------------+--------------------------+
 *   | type | side |  code u16   |        symbol u32        |  slot 0   type high bit: END_OF_UPDATE
 *   +------+------+-------------+--------------------------+
 *   |  mdSeq f64      contiguous from 1                    |  slot 1   MdSlot.seq
 *   |  time f64       µs (BAR: the bar's open time)        |  slot 2   MdSlot.time
 *   |  slots 3..9 by type (below)                          |
 *   +------------------------------------------------------+  80
 *
 *   LEVEL      side, code = LevelAction; 3 price, 4 qty (level total), 5 order count,
 *              6 checksum (u32, of the book after the whole update), 7 engine event seq,
 *              8 input seq. END_OF_UPDATE on the last LEVEL of one input for one symbol:
 *              verify the checksum there.                                        (LevelMd)
 *   TRADE      side = aggressor; 3 price, 4 qty, 5 trade id, 7 engine event seq, 8 input seq
 *                                                                                (TradeMd)
 *   BAR        code = interval index | BarKind << 8 (barCode); 2 open time, 3 open, 4 high,
 *              5 low, 6 close, 7 volume, 8 trade count, 9 notional (sum price*qty, for VWAP)
 *                                                                                  (BarMd)
 *   STATUS     code = TradingStatus
 *   EMPTY_RUN  code = interval index; 2 open time of the run's first empty bar, 3 `to` (open
 *              time after the run's last bar, exclusive), 4 price (the carried close), 5 bar
 *              count = (to - from) / len. Stands for that many closed empty bars (docs/candles.md)
 *                                                                             (EmptyRunMd)
 *   AUCTION    (17) the engine's AUCTION event: side = imbalance side (0 none), code =
 *              AuctionCode (1 indicative, 2 uncross); 3 price (0: none), 4 matched qty,
 *              5 imbalance qty, 6 call status (TradingStatus), 7 reference price  (AuctionMd)
 *   DAY_SUMMARY (18) end of a trading session (at STATUS closed): 2 the close's time, 3 official
 *              open, 4 high, 5 low, 6 official close, 7 volume, 8 trade count, 9 notional (VWAP =
 *              notional / volume); code bit 0: open from the opening auction, bit 1: close from
 *              the closing auction (else first / last trade)                   (DaySummaryMd)
 *   INSTRUMENT code = priceDecimals | qtyDecimals << 8 (decimalsCode); 3-4 name (16 bytes
 *              ASCII), 5 tick, 6 lot, 7 max qty, 8 reference price        (InstrumentMd)
 * Slots a type leaves out are 0. Read records with the accessors below (record index k of
 * f64/i32 views of the same buffer), or `f64[k * MD_SLOTS + TradeMd.price]` for the slots.
 */
import { BourseError } from '../kernel/errors.ts';
import type { Micros, Price, Qty, Seq, SymbolId } from '../kernel/types.ts';
import { BarKind } from './candles.ts';
import { EventLog, decimalsCode, priceDecimalsOf, qtyDecimalsOf, headType, headSide, headCode } from '../engine/events.ts';

/** Slot 0 is framed as in engine events; INSTRUMENT's code is the engine event's, passed through. */
export { headType, headSide, headCode, decimalsCode, priceDecimalsOf, qtyDecimalsOf } from '../engine/events.ts';
/** AUCTION's code, as the engine's AUCTION event's. */
export { AuctionCode } from '../engine/events.ts';

export const MD_SIZE = 80;
export const MD_SLOTS = 10;
/** i32 words per record; slot 0 is words 0 (type, side, code) and 1 (symbol). */
export const MD_WORDS = 20;
export const END_OF_UPDATE = 0x80;
export const MD_TYPE_MASK = 0x7f;

export const Md = { Level: 1, Trade: 2, Bar: 3, Status: 4, Instrument: 5, EmptyRun: 16, Auction: 17, DaySummary: 18 } as const;
export type MdType = (typeof Md)[keyof typeof Md];

export const LevelAction = { New: 1, Change: 2, Delete: 3 } as const;
export type LevelAction = (typeof LevelAction)[keyof typeof LevelAction];

const SEQ = 1, TIME = 2;
/** Slots 3..9: each type's fields, named by its table below. */
const B3 = 3, B4 = 4, B5 = 5, B6 = 6, B7 = 7, B8 = 8, B9 = 9;
/** f64 slots every record has. */
export const MdSlot = { seq: SEQ, time: TIME } as const;
/** f64 slots by type. */
export const LevelMd = { price: B3, qty: B4, count: B5, checksum: B6, eventSeq: B7, inputSeq: B8 } as const;
export const TradeMd = { price: B3, qty: B4, tradeId: B5, eventSeq: B7, inputSeq: B8 } as const;
export const BarMd = { openTime: TIME, open: B3, high: B4, low: B5, close: B6, volume: B7, trades: B8, notional: B9 } as const;
/** name: 16 bytes over slots 3-4. */
export const InstrumentMd = { name: B3, tick: B5, lot: B6, maxQty: B7, refPrice: B8 } as const;
export const MD_NAME_BYTES = 16;
export const AuctionMd = { price: B3, matchedQty: B4, imbalanceQty: B5, callStatus: B6, refPrice: B7 } as const;
export const DaySummaryMd = { open: B3, high: B4, low: B5, close: B6, volume: B7, trades: B8, notional: B9 } as const;
export const DaySummaryCode = { OpenFromAuction: 1, CloseFromAuction: 2 } as const;
/** A run of closed empty bars [from, to), each O = H = L = C = price, volume 0. */
export const EmptyRunMd = { from: TIME, to: B3, price: B4, bars: B5 } as const;

// --- zero-allocation readers (small enough for V8 to inline)

/** Slot 0's first word of record k: read it once, decode with headType/headSide/headCode. */
export function mdHead(i32: Int32Array, k: number): number {
  return i32[k * MD_WORDS]!;
}
export function headEndOfUpdate(head: number): boolean {
  return (head & END_OF_UPDATE) !== 0;
}
export function mdType(i32: Int32Array, k: number): number {
  return headType(mdHead(i32, k));
}
export function mdEndOfUpdate(i32: Int32Array, k: number): boolean {
  return headEndOfUpdate(mdHead(i32, k));
}
export function mdSide(i32: Int32Array, k: number): number {
  return headSide(mdHead(i32, k));
}
export function mdCode(i32: Int32Array, k: number): number {
  return headCode(mdHead(i32, k));
}
export function mdSymbol(i32: Int32Array, k: number): number {
  return i32[k * MD_WORDS + 1]! >>> 0;
}
export function mdSeq(f64: Float64Array, k: number): number {
  return f64[k * MD_SLOTS + MdSlot.seq]!;
}
export function mdTime(f64: Float64Array, k: number): number {
  return f64[k * MD_SLOTS + MdSlot.time]!;
}
/** The name of an INSTRUMENT record (cold: builds a string). */
export function mdName(f64: Float64Array, k: number): string {
  const u8 = new Uint8Array(f64.buffer, f64.byteOffset + (k * MD_SLOTS + InstrumentMd.name) * 8, MD_NAME_BYTES);
  let name = '';
  for (let i = 0; i < MD_NAME_BYTES && u8[i] !== 0; i++) name += String.fromCharCode(u8[i]!);
  return name;
}

// --- writing

/**
 * The MDP's output log: one append per record type, numbered from 1. Each writes every slot
 * once (0 where its type has none) and stays small enough for V8 to inline into the MDP.
 */
export class MdWriter extends EventLog {
  /** MD sequence number of the last record written. */
  seq = 0;

  /** Append a record: header, seq and time. Returns its f64 base. */
  private head(type: number, side: number, code: number, symbol: number, time: number): number {
    if ((this.count + 1) * MD_SLOTS > this.f64.length) this.grow();
    const k = this.count++;
    const b = k * MD_SLOTS;
    const i = this.i32;
    i[k * MD_WORDS] = type | (side << 8) | (code << 16);
    i[k * MD_WORDS + 1] = symbol;
    this.f64[b + SEQ] = ++this.seq;
    this.f64[b + TIME] = time;
    return b;
  }

  /** Returns the record's index (for endOfUpdate). */
  level(side: number, action: number, symbol: number, time: number, price: number, qty: number, count: number, checksum: number, eventSeq: number, inputSeq: number): number {
    const b = this.head(Md.Level, side, action, symbol, time);
    const f = this.f64;
    f[b + B3] = price;
    f[b + B4] = qty;
    f[b + B5] = count;
    f[b + B6] = checksum;
    f[b + B7] = eventSeq;
    f[b + B8] = inputSeq;
    f[b + B9] = 0;
    return this.count - 1;
  }

  trade(side: number, symbol: number, time: number, price: number, qty: number, tradeId: number, eventSeq: number, inputSeq: number): void {
    const b = this.head(Md.Trade, side, 0, symbol, time);
    const f = this.f64;
    f[b + B3] = price;
    f[b + B4] = qty;
    f[b + B5] = tradeId;
    f[b + B6] = 0;
    f[b + B7] = eventSeq;
    f[b + B8] = inputSeq;
    f[b + B9] = 0;
  }

  bar(kind: BarKind, symbol: number, interval: number, openTime: number, open: number, high: number, low: number, close: number, volume: number, trades: number, notional: number): void {
    const b = this.head(Md.Bar, 0, barCode(interval, kind), symbol, openTime);
    const f = this.f64;
    f[b + B3] = open;
    f[b + B4] = high;
    f[b + B5] = low;
    f[b + B6] = close;
    f[b + B7] = volume;
    f[b + B8] = trades;
    f[b + B9] = notional;
  }

  emptyRun(symbol: number, interval: number, from: number, to: number, price: number, bars: number): void {
    const b = this.head(Md.EmptyRun, 0, interval, symbol, from);
    const f = this.f64;
    f[b + B3] = to;
    f[b + B4] = price;
    f[b + B5] = bars;
    f[b + B6] = 0;
    f[b + B7] = 0;
    f[b + B8] = 0;
    f[b + B9] = 0;
  }

  status(symbol: number, status: number, time: number): void {
    const b = this.head(Md.Status, 0, status, symbol, time);
    this.f64.fill(0, b + B3, b + MD_SLOTS);
  }

  instrument(symbol: number, name: string, priceDecimals: number, qtyDecimals: number, time: number, tick: number, lot: number, maxQty: number, refPrice: number): void {
    const b = this.head(Md.Instrument, 0, decimalsCode(priceDecimals, qtyDecimals), symbol, time);
    const f = this.f64;
    f[b + B3] = 0;
    f[b + B4] = 0;
    f[b + B5] = tick;
    f[b + B6] = lot;
    f[b + B7] = maxQty;
    f[b + B8] = refPrice;
    f[b + B9] = 0;
    const at = (b + InstrumentMd.name) * 8;
    for (let i = 0; i < MD_NAME_BYTES && i < name.length; i++) this.u8[at + i] = name.charCodeAt(i);
  }

  /** AUCTION (17): side = imbalance side (0 none), code = AuctionCode. */
  auction(symbol: number, code: number, time: number, price: number, matchedQty: number, imbalanceQty: number, imbalanceSide: number, callStatus: number, refPrice: number): void {
    const b = this.head(Md.Auction, imbalanceSide, code, symbol, time);
    const f = this.f64;
    f[b + B3] = price;
    f[b + B4] = matchedQty;
    f[b + B5] = imbalanceQty;
    f[b + B6] = callStatus;
    f[b + B7] = refPrice;
    f[b + B8] = 0;
    f[b + B9] = 0;
  }

  /** DAY_SUMMARY (18): code = DaySummaryCode bits; time = the close's time. */
  daySummary(symbol: number, code: number, time: number, open: number, high: number, low: number, close: number, volume: number, trades: number, notional: number): void {
    const b = this.head(Md.DaySummary, 0, code, symbol, time);
    const f = this.f64;
    f[b + B3] = open;
    f[b + B4] = high;
    f[b + B5] = low;
    f[b + B6] = close;
    f[b + B7] = volume;
    f[b + B8] = trades;
    f[b + B9] = notional;
  }

  /** Flag record k as the last LEVEL of its symbol in this update. */
  endOfUpdate(k: number): void {
    this.i32[k * MD_WORDS] = this.i32[k * MD_WORDS]! | END_OF_UPDATE;
  }
}

export function barCode(interval: number, kind: BarKind): number {
  return interval | (kind << 8);
}
/** Index into INTERVALS of a BAR record's code. */
export function barInterval(code: number): number {
  return code & 0xff;
}
export function barClosed(code: number): boolean {
  return code >>> 8 === BarKind.Closed;
}

/** A decoded record, for tests and tools (never built on the hot path); numbers branded as in EventView. */
export type MdView = {
  endOfUpdate: boolean;
  side: number;
  code: number;
  symbol: SymbolId;
  mdSeq: Seq;
  time: Micros;
} & (
  | { type: typeof Md.Level; action: number; price: Price; qty: Qty; count: number; checksum: number; eventSeq: Seq; inputSeq: Seq }
  | { type: typeof Md.Trade; price: Price; qty: Qty; tradeId: number; eventSeq: Seq; inputSeq: Seq }
  | { type: typeof Md.Bar; interval: number; closed: boolean; openTime: number; open: Price; high: Price; low: Price; close: Price; volume: Qty; trades: number; notional: number }
  | { type: typeof Md.Status; status: number }
  | { type: typeof Md.EmptyRun; interval: number; from: number; to: number; price: Price; bars: number }
  | { type: typeof Md.Auction; auction: number; price: Price; matchedQty: Qty; imbalanceQty: Qty; imbalanceSide: number; callStatus: number; refPrice: Price }
  | { type: typeof Md.DaySummary; open: Price; high: Price; low: Price; close: Price; volume: Qty; trades: number; notional: number; openFromAuction: boolean; closeFromAuction: boolean }
  | { type: typeof Md.Instrument; name: string; tick: Price; lot: Qty; maxQty: Qty; refPrice: Price; priceDecimals: number; qtyDecimals: number }
);

export function decodeMd(f64: Float64Array, i32: Int32Array, k: number): MdView {
  const b = k * MD_SLOTS;
  const code = mdCode(i32, k);
  const head = { endOfUpdate: mdEndOfUpdate(i32, k), side: mdSide(i32, k), code, symbol: mdSymbol(i32, k) as SymbolId, mdSeq: mdSeq(f64, k) as Seq, time: mdTime(f64, k) as Micros };
  const px = (slot: number) => f64[b + slot]! as Price;
  const q = (slot: number) => f64[b + slot]! as Qty;
  const sq = (slot: number) => f64[b + slot]! as Seq;
  const type = mdType(i32, k);
  switch (type) {
    case Md.Level:
      return { ...head, type, action: code, price: px(LevelMd.price), qty: q(LevelMd.qty), count: f64[b + LevelMd.count]!, checksum: f64[b + LevelMd.checksum]!, eventSeq: sq(LevelMd.eventSeq), inputSeq: sq(LevelMd.inputSeq) };
    case Md.Trade:
      return { ...head, type, price: px(TradeMd.price), qty: q(TradeMd.qty), tradeId: f64[b + TradeMd.tradeId]!, eventSeq: sq(TradeMd.eventSeq), inputSeq: sq(TradeMd.inputSeq) };
    case Md.Bar:
      return {
        ...head, type, interval: barInterval(code), closed: barClosed(code), openTime: f64[b + BarMd.openTime]!, open: px(BarMd.open), high: px(BarMd.high),
        low: px(BarMd.low), close: px(BarMd.close), volume: q(BarMd.volume), trades: f64[b + BarMd.trades]!, notional: f64[b + BarMd.notional]!,
      };
    case Md.Status:
      return { ...head, type, status: code };
    case Md.EmptyRun:
      return { ...head, type, interval: code, from: f64[b + EmptyRunMd.from]!, to: f64[b + EmptyRunMd.to]!, price: px(EmptyRunMd.price), bars: f64[b + EmptyRunMd.bars]! };
    case Md.Auction:
      return {
        ...head, type, auction: code, price: px(AuctionMd.price), matchedQty: q(AuctionMd.matchedQty), imbalanceQty: q(AuctionMd.imbalanceQty), imbalanceSide: head.side,
        callStatus: f64[b + AuctionMd.callStatus]!, refPrice: px(AuctionMd.refPrice),
      };
    case Md.DaySummary:
      return {
        ...head, type, open: px(DaySummaryMd.open), high: px(DaySummaryMd.high), low: px(DaySummaryMd.low), close: px(DaySummaryMd.close), volume: q(DaySummaryMd.volume),
        trades: f64[b + DaySummaryMd.trades]!, notional: f64[b + DaySummaryMd.notional]!, openFromAuction: (code & DaySummaryCode.OpenFromAuction) !== 0,
        closeFromAuction: (code & DaySummaryCode.CloseFromAuction) !== 0,
      };
    case Md.Instrument:
      return {
        ...head, type, name: mdName(f64, k), tick: px(InstrumentMd.tick), lot: q(InstrumentMd.lot), maxQty: q(InstrumentMd.maxQty),
        refPrice: px(InstrumentMd.refPrice), priceDecimals: priceDecimalsOf(code), qtyDecimals: qtyDecimalsOf(code),
      };
    default:
      throw new BourseError('INVARIANT', `MD record ${k} has unknown type ${type}`);
  }
}

/** An instrument as the market-data stream describes it (INSTRUMENT and STATUS records). */
export interface MdInstrument {
  symbol: number;
  name: string;
  tick: number;
  lot: number;
  maxQty: number;
  refPrice: number;
  priceDecimals: number;
  qtyDecimals: number;
  status: number;
}
