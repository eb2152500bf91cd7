/**
 * MD records -> `bourse.feed.v1.Packet` datagrams (proto/feed.proto), one stream of one channel.
 * Pure (no node:*, no clock of its own: `clock` is injected), allocation-free per message: every
 * message is encoded in place into one reused buffer, and the packet header is written in front
 * of the messages when the packet is emitted, so nothing is copied twice.
 *
 *   buf: [ .. HEADER_RESERVE .. ][ msg ][ msg ] ... [ msg ]
 *                      [ header ]^ emitted datagram = header + messages  (<= maxDatagram)
 *
 * Each message consumes one sequence number. A packet is emitted when the next message would not
 * fit (that message opens the next packet), on `flush()`, or as an empty heartbeat packet.
 * The `sink` gets a view into the reused buffer, valid only during the call. The header's layout
 * and the message framing are the wire contract, drawn in protocol/packet.ts.
 */
import { BourseError } from '../kernel/errors.ts';
import {
  Md, MD_SLOTS, LevelMd, TradeMd, BarMd, InstrumentMd, mdHead, headType, headSide, headCode, headEndOfUpdate, mdCode, mdSymbol, mdTime, mdName,
  barInterval, barClosed, EmptyRunMd, AuctionMd, DaySummaryMd, DaySummaryCode, AuctionCode, priceDecimalsOf, qtyDecimalsOf,
} from '../mdp/records.ts';
import { INTERVALS } from '../mdp/candles.ts';
import { TradingStatus } from '../kernel/types.ts';
import { ProtoWriter, usToNs, varintSize } from '../protocol/writer.ts';
import { Body, Stream, countSize, headerSize, writeHeader, type InstrumentTerms } from '../protocol/packet.ts';

/** ChannelReset.Reason values. */
export const ResetReason = { NewSession: 1 } as const;

/** Room kept in front of the messages for the header (at most 41 bytes, protocol/packet.ts). */
export const HEADER_RESERVE = 48;
/** Smallest maxDatagram accepted: a header plus the largest message with room to spare. */
export const MIN_DATAGRAM = 256;
/** Largest UDP payload over IPv4. */
export const MAX_DATAGRAM = 65_507;
const SLACK = 512;

const INTERVAL_S = INTERVALS.map((i) => i.len / 1_000_000);

/** Receives each finished datagram: a view valid only during the call. */
export type PacketSink = (bytes: Uint8Array, firstSeq: number, count: number) => void;

export interface PacketizerOptions {
  channelId: number;
  sessionId: number;
  maxDatagram: number;
  stream?: Stream;
  /** Wall clock in µs since the epoch (fraction = sub-µs): the packets' send_time_ns. */
  clock: () => number;
  sink: PacketSink;
  /** Currency of instruments defined by INSTRUMENT records (the records do not carry one). */
  currency?: string;
}

/** What an InstrumentDefinition carries (the instrument loop keeps these). */
export interface InstrumentInfo extends InstrumentTerms {
  symbol: number;
  maxQty: number;
  refPrice: number;
}

export interface PacketizerStats {
  packets: number;
  messages: number;
  bytes: number;
  heartbeats: number;
}

export class Packetizer {
  readonly channelId: number;
  readonly sessionId: number;
  readonly maxDatagram: number;
  readonly stream: Stream;
  private readonly clock: () => number;
  private readonly sink: PacketSink;
  private readonly currency: string;
  private readonly w: ProtoWriter;
  private readonly head = new ProtoWriter(64);
  private readonly ns = new Uint32Array(2);
  private seqNext = 1;
  private packetFirst = 1;
  private count = 0;
  private fixedHeader = 0;
  private readonly st: PacketizerStats = { packets: 0, messages: 0, bytes: 0, heartbeats: 0 };

  constructor(o: PacketizerOptions) {
    if (!(o.maxDatagram >= MIN_DATAGRAM && o.maxDatagram <= MAX_DATAGRAM)) {
      throw new BourseError('PUBLISHER_BAD_CONFIG', `maxDatagram ${o.maxDatagram} is outside ${MIN_DATAGRAM}..${MAX_DATAGRAM}`);
    }
    this.channelId = o.channelId;
    this.sessionId = o.sessionId;
    this.maxDatagram = o.maxDatagram;
    this.stream = o.stream ?? Stream.Incremental;
    this.clock = o.clock;
    this.sink = o.sink;
    this.currency = o.currency ?? 'USD';
    this.w = new ProtoWriter(HEADER_RESERVE + o.maxDatagram + SLACK);
    this.w.pos = HEADER_RESERVE;
  }

  /** Sequence number the next message will get. */
  get nextSeq(): number {
    return this.seqNext;
  }

  /** Sequence number of the last message added (sent or still pending); 0 before any. */
  get lastSeq(): number {
    return this.seqNext - 1;
  }

  /** Messages waiting in the packet being built. */
  get pending(): number {
    return this.count;
  }

  stats(): PacketizerStats {
    return { ...this.st };
  }

  // ------------------------------------------------------------------ hot path

  /** One MD record (server/mdp/records.ts) as one message. */
  addRecord(f64: Float64Array, i32: Int32Array, index: number): void {
    const b = index * MD_SLOTS;
    const head = mdHead(i32, index);
    const type = headType(head);
    const sym = mdSymbol(i32, index);
    const w = this.w;
    let start: number;
    switch (type) {
      case Md.Level:
        start = this.begin();
        w.fVarint(0x08, sym);
        w.fVarint(0x10, headSide(head));
        w.fVarint(0x18, headCode(head));
        w.fVarint(0x20, f64[b + LevelMd.price]!);
        w.fVarint(0x28, f64[b + LevelMd.qty]!);
        w.fVarint(0x30, f64[b + LevelMd.count]!);
        w.fFixed32(0x3d, f64[b + LevelMd.checksum]!);
        w.fBool(0x40, headEndOfUpdate(head));
        this.end(start, Body.LevelUpdate);
        return;
      case Md.Trade:
        start = this.begin();
        w.fVarint(0x08, sym);
        w.fVarint(0x10, f64[b + TradeMd.price]!);
        w.fVarint(0x18, f64[b + TradeMd.qty]!);
        w.fVarint(0x20, headSide(head));
        w.fVarint(0x28, f64[b + TradeMd.tradeId]!);
        w.fVarint(0x30, mdTime(f64, index));
        this.end(start, Body.Trade);
        return;
      case Md.Bar: {
        const code = headCode(head);
        start = this.begin();
        w.fVarint(0x08, sym);
        w.fVarint(0x10, INTERVAL_S[barInterval(code)] ?? 0);
        w.fVarint(0x18, f64[b + BarMd.openTime]!);
        w.fVarint(0x20, f64[b + BarMd.open]!);
        w.fVarint(0x28, f64[b + BarMd.high]!);
        w.fVarint(0x30, f64[b + BarMd.low]!);
        w.fVarint(0x38, f64[b + BarMd.close]!);
        w.fVarint(0x40, f64[b + BarMd.volume]!);
        w.fVarint(0x48, f64[b + BarMd.trades]!);
        w.fVarint(0x50, f64[b + BarMd.notional]!);
        this.end(start, barClosed(code) ? Body.CandleClose : Body.CandleUpdate);
        return;
      }
      case Md.EmptyRun:
        start = this.begin();
        w.fVarint(0x08, sym);
        w.fVarint(0x10, INTERVAL_S[headCode(head)] ?? 0);
        w.fVarint(0x18, f64[b + EmptyRunMd.from]!);
        w.fVarint(0x20, f64[b + EmptyRunMd.to]!);
        w.fVarint(0x28, f64[b + EmptyRunMd.price]!);
        w.fVarint(0x30, f64[b + EmptyRunMd.bars]!);
        this.end(start, Body.CandleEmptyRun);
        return;
      case Md.Auction:
        start = this.begin();
        w.fVarint(0x08, sym);
        w.fBool(0x10, headCode(head) === AuctionCode.Uncross);
        w.fVarint(0x18, f64[b + AuctionMd.price]!);
        w.fVarint(0x20, f64[b + AuctionMd.matchedQty]!);
        w.fVarint(0x28, f64[b + AuctionMd.imbalanceQty]!);
        w.fVarint(0x30, headSide(head));
        w.fVarint(0x38, f64[b + AuctionMd.callStatus]!);
        w.fVarint(0x40, f64[b + AuctionMd.refPrice]!);
        w.fVarint(0x48, mdTime(f64, index));
        this.end(start, Body.AuctionInfo);
        return;
      case Md.DaySummary: {
        const code = headCode(head);
        start = this.begin();
        w.fVarint(0x08, sym);
        w.fVarint(0x10, mdTime(f64, index));
        w.fVarint(0x18, f64[b + DaySummaryMd.open]!);
        w.fVarint(0x20, f64[b + DaySummaryMd.high]!);
        w.fVarint(0x28, f64[b + DaySummaryMd.low]!);
        w.fVarint(0x30, f64[b + DaySummaryMd.close]!);
        w.fVarint(0x38, f64[b + DaySummaryMd.volume]!);
        w.fVarint(0x40, f64[b + DaySummaryMd.trades]!);
        w.fVarint(0x48, f64[b + DaySummaryMd.notional]!);
        w.fBool(0x50, (code & DaySummaryCode.OpenFromAuction) !== 0);
        w.fBool(0x58, (code & DaySummaryCode.CloseFromAuction) !== 0);
        this.end(start, Body.DaySummary);
        return;
      }
      case Md.Status:
        this.addStatus(sym, headCode(head), mdTime(f64, index));
        return;
      case Md.Instrument:
        this.addInstrument(instrumentFromRecord(f64, i32, index, this.currency));
        return;
      default:
        throw new BourseError('INVARIANT', `MD record type ${type} at index ${index}`);
    }
  }

  /** Emit the packet being built, if it holds any message. */
  flush(): void {
    if (this.count > 0) this.emit();
  }

  /** An empty packet (first_seq = next sequence number): only when nothing is pending. */
  heartbeat(): void {
    if (this.count > 0) {
      this.emit();
      return;
    }
    this.packetFirst = this.seqNext;
    this.st.heartbeats++;
    this.emit();
  }

  // ------------------------------------------------------------------ other messages (cold)

  addStatus(symbol: number, status: number, timeUs: number): void {
    const w = this.w;
    const start = this.begin();
    w.fVarint(0x08, symbol);
    w.fVarint(0x10, status);
    w.fVarint(0x18, timeUs);
    this.end(start, Body.TradingStatus);
  }

  addInstrument(d: InstrumentInfo): void {
    const w = this.w;
    const start = this.begin();
    w.fVarint(0x08, d.symbol);
    w.fAscii(0x12, d.name.slice(0, 16));
    w.fVarint(0x18, d.tick);
    w.fVarint(0x20, d.lot);
    w.fVarint(0x28, d.priceDecimals);
    w.fVarint(0x30, d.qtyDecimals);
    w.fAscii(0x3a, d.currency.slice(0, 8));
    w.fVarint(0x40, d.status);
    w.fVarint(0x48, d.maxQty);
    w.fVarint(0x50, d.refPrice);
    this.end(start, Body.InstrumentDefinition);
  }

  addHeartbeatMessage(lastSeq: number): void {
    const start = this.begin();
    this.w.fVarint(0x08, lastSeq);
    this.end(start, Body.Heartbeat);
  }

  addChannelReset(booksEmpty: boolean, timeUs: number): void {
    const w = this.w;
    const start = this.begin();
    w.fVarint(0x08, ResetReason.NewSession);
    w.fBool(0x10, booksEmpty);
    w.fVarint(0x18, Math.floor(timeUs));
    this.end(start, Body.ChannelReset);
  }

  addEndOfSession(timeUs: number): void {
    const w = this.w;
    const start = this.begin();
    w.fVarint(0x08, this.seqNext);
    w.fVarint(0x10, Math.floor(timeUs));
    this.end(start, Body.EndOfSession);
  }

  addSnapshotBegin(symbol: number, lastSeq: number, bids: number, asks: number, checksum: number, status: number, snapshotId: number): void {
    const w = this.w;
    const start = this.begin();
    w.fVarint(0x08, symbol);
    w.fVarint(0x10, lastSeq);
    w.fVarint(0x18, bids);
    w.fVarint(0x20, asks);
    w.fFixed32(0x2d, checksum);
    w.fVarint(0x30, status);
    w.fVarint(0x38, snapshotId);
    this.end(start, Body.SnapshotBegin);
  }

  addSnapshotLevel(symbol: number, side: number, price: number, qty: number, orders: number): void {
    const w = this.w;
    const start = this.begin();
    w.fVarint(0x08, symbol);
    w.fVarint(0x10, side);
    w.fVarint(0x18, price);
    w.fVarint(0x20, qty);
    w.fVarint(0x28, orders);
    this.end(start, Body.SnapshotLevel);
  }

  addSnapshotEnd(symbol: number, lastSeq: number, levels: number, checksum: number, snapshotId: number): void {
    const w = this.w;
    const start = this.begin();
    w.fVarint(0x08, symbol);
    w.fVarint(0x10, lastSeq);
    w.fVarint(0x18, levels);
    w.fFixed32(0x25, checksum);
    w.fVarint(0x28, snapshotId);
    this.end(start, Body.SnapshotEnd);
  }

  // ------------------------------------------------------------------ framing

  /** Reserve the two length-prefixed wrappers (Packet.messages and the oneof) in front of a body. */
  private begin(): number {
    if (this.count === 0) this.startPacket();
    const start = this.w.pos;
    this.w.pos = start + 4;
    return start;
  }

  private end(start: number, field: number): void {
    const w = this.w;
    const b = w.buf;
    const bodyLen = w.pos - start - 4;
    if (bodyLen < 126 && field < 16) {
      b[start] = 0x32;
      b[start + 1] = bodyLen + 2;
      b[start + 2] = (field << 3) | 2;
      b[start + 3] = bodyLen;
    } else this.widen(start, field, bodyLen);
    this.count++;
    this.seqNext++;
    const cnt = this.count;
    const size = this.fixedHeader + countSize(cnt) + (w.pos - HEADER_RESERVE);
    if (size > this.maxDatagram) this.overflow(start);
  }

  /**
   * Bodies of 126+ bytes need 2-byte lengths, and bodies numbered 16+ (CandleEmptyRun = 20) a
   * 2-byte key: shift the body right.
   */
  private widen(start: number, field: number, bodyLen: number): void {
    const w = this.w;
    const key = (field << 3) | 2;
    const innerLen = varintSize(key) + varintSize(bodyLen) + bodyLen;
    const hdr = 1 + varintSize(innerLen) + varintSize(key) + varintSize(bodyLen);
    w.buf.copyWithin(start + hdr, start + 4, start + 4 + bodyLen);
    w.pos = start;
    w.byte(0x32);
    w.varint(innerLen);
    w.varint(key);
    w.varint(bodyLen);
    w.pos = start + hdr + bodyLen;
  }

  /** The message at `start` made the packet too big: send the rest, then start over with it. */
  private overflow(start: number): void {
    const w = this.w;
    const end = w.pos;
    this.count--;
    this.seqNext--;
    if (this.count === 0) {
      w.pos = HEADER_RESERVE;
      throw new BourseError('PUBLISHER_MESSAGE_TOO_LARGE', `${end - start} bytes in a ${this.maxDatagram}-byte datagram`);
    }
    w.pos = start;
    this.emit();
    this.startPacket();
    w.buf.copyWithin(HEADER_RESERVE, start, end);
    w.pos = HEADER_RESERVE + (end - start);
    this.count = 1;
    this.seqNext++;
  }

  private startPacket(): void {
    this.packetFirst = this.seqNext;
    this.fixedHeader = headerSize(this.channelId, this.sessionId, this.packetFirst, this.stream);
  }

  private emit(): void {
    const h = this.head;
    h.pos = 0;
    usToNs(this.clock(), this.ns);
    writeHeader(h, this.channelId, this.sessionId, this.packetFirst, this.ns, this.count, this.stream);
    const from = HEADER_RESERVE - h.pos;
    const b = this.w.buf;
    b.set(h.buf.subarray(0, h.pos), from);
    const end = this.w.pos;
    const st = this.st;
    st.packets++;
    st.messages += this.count;
    st.bytes += end - from;
    const first = this.packetFirst;
    const n = this.count;
    this.count = 0;
    this.w.pos = HEADER_RESERVE;
    this.packetFirst = this.seqNext;
    this.sink(b.subarray(from, end), first, n);
  }
}

/** An INSTRUMENT record as InstrumentInfo (status Open: the engine defines instruments open). */
export function instrumentFromRecord(f64: Float64Array, i32: Int32Array, index: number, currency: string): InstrumentInfo {
  const b = index * MD_SLOTS;
  const code = mdCode(i32, index);
  return {
    symbol: mdSymbol(i32, index),
    name: mdName(f64, index),
    tick: f64[b + InstrumentMd.tick]!,
    lot: f64[b + InstrumentMd.lot]!,
    priceDecimals: priceDecimalsOf(code),
    qtyDecimals: qtyDecimalsOf(code),
    currency,
    status: TradingStatus.Open,
    maxQty: f64[b + InstrumentMd.maxQty]!,
    refPrice: f64[b + InstrumentMd.refPrice]!,
  };
}
