/**
 * Byte-level decoder of feed datagrams (proto/feed.proto, schema v1): one datagram in, one
 * `FeedPacket` out, or a FEED_BAD_PACKET error saying what is wrong and at which byte. Pure:
 * no sockets, no clock, no state — the protocol state machine (tracker.ts, channel.ts) never
 * sees bytes, and this file never sees sequence rules (nats.js keeps its parser the same way).
 *
 * Checked here (structure and per-field sense): wire types of known fields, lengths, varint
 * sizes, integers within 2^53, message_count equal to the messages decoded, first_seq >= 1,
 * a known stream, sides and level actions in range. Unknown fields are skipped and an unknown
 * message body decodes as { kind: 'unknown' } (it still consumes its sequence number).
 * The packet's layout, its header and the reader primitives are the wire contract shared with
 * the publisher (server/protocol/).
 */
import { WireReader, WireType } from '../protocol/reader.ts';
import type { InstrumentTerms, Stream } from '../protocol/packet.ts';
import { readResponse, type RetransmitResponse as Response } from '../protocol/retransmit.ts';

export const FeedSide = { Buy: 1, Sell: 2 } as const;
export const FeedLevelAction = { New: 1, Change: 2, Delete: 3 } as const;

export interface InstrumentMsg extends InstrumentTerms {
  kind: 'instrument';
  symbolId: number;
  maxQty: number;
  referencePrice: number;
}
export interface StatusMsg { kind: 'status'; symbolId: number; status: number; timeUs: number }
export interface LevelMsg {
  kind: 'level';
  symbolId: number;
  side: number;
  action: number;
  price: number;
  qty: number;
  orderCount: number;
  checksum: number;
  endOfUpdate: boolean;
}
export interface TradeMsg { kind: 'trade'; symbolId: number; price: number; qty: number; aggressorSide: number; tradeId: number; timeUs: number }
export interface CandleMsg {
  kind: 'candle';
  /** false: CandleUpdate (the open bar changed); true: CandleClose (final). */
  closed: boolean;
  symbolId: number;
  intervalS: number;
  openTimeUs: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  tradeCount: number;
  notional: number;
}
/** CandleEmptyRun: bars opening at fromOpenTimeUs + k * intervalS s, before toOpenTimeUs, all empty at `price`. */
export interface CandleEmptyRunMsg { kind: 'candleEmptyRun'; symbolId: number; intervalS: number; fromOpenTimeUs: number; toOpenTimeUs: number; price: number; barCount: number }
/** AuctionInfo: a call auction's indicative state (uncross false) or its result (uncross true). */
export interface AuctionMsg {
  kind: 'auction';
  symbolId: number;
  uncross: boolean;
  /** 0: no price crosses. */
  price: number;
  matchedQty: number;
  imbalanceQty: number;
  /** 0: no imbalance, else buy (1) or sell (2). */
  imbalanceSide: number;
  /** The call: 4 opening, 5 closing, 7 reopening auction. */
  callStatus: number;
  referencePrice: number;
  timeUs: number;
}
/** DaySummary: one instrument's trading session, sent when it closes. */
export interface DaySummaryMsg {
  kind: 'daySummary';
  symbolId: number;
  closeTimeUs: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  tradeCount: number;
  /** Sum of price * qty: VWAP = notional / volume. */
  notional: number;
  openFromAuction: boolean;
  closeFromAuction: boolean;
}
export interface HeartbeatMsg { kind: 'heartbeat'; lastSeq: number }
export interface SnapshotBeginMsg { kind: 'snapshotBegin'; symbolId: number; lastSeq: number; bidCount: number; askCount: number; checksum: number; status: number; snapshotId: number }
export interface SnapshotLevelMsg { kind: 'snapshotLevel'; symbolId: number; side: number; price: number; qty: number; orderCount: number }
export interface SnapshotEndMsg { kind: 'snapshotEnd'; symbolId: number; lastSeq: number; levelCount: number; checksum: number; snapshotId: number }
export interface ChannelResetMsg { kind: 'channelReset'; reason: number; booksEmpty: boolean; timeUs: number }
export interface EndOfSessionMsg { kind: 'endOfSession'; lastSeq: number; timeUs: number }
export interface UnknownMsg { kind: 'unknown'; field: number }

export type FeedMessage =
  | InstrumentMsg | StatusMsg | LevelMsg | TradeMsg | CandleMsg | CandleEmptyRunMsg | AuctionMsg | DaySummaryMsg | HeartbeatMsg | SnapshotBeginMsg
  | SnapshotLevelMsg | SnapshotEndMsg | ChannelResetMsg | EndOfSessionMsg | UnknownMsg;

export interface FeedPacket {
  channelId: number;
  /** Exact uint64 (a new, larger one on every publisher start). */
  sessionId: bigint;
  /** Sequence number of messages[0]; of the next message when there are none (heartbeat). */
  firstSeq: number;
  /** Publisher wall clock at send, ns since the epoch (rounded to ~256 ns). */
  sendTimeNs: number;
  stream: Stream;
  messages: FeedMessage[];
}

const MAX_SEQ = 2 ** 53;

/** Decode one datagram (or one packet of a retransmission reply). Throws FEED_BAD_PACKET. */
export function decodePacket(buf: Uint8Array, start = 0, end = buf.length): FeedPacket {
  const r = new WireReader(buf, start, end, 'FEED_BAD_PACKET', 'packet');
  return readPacket(r, end);
}

/** A retransmission reply whose packets are decoded as on the feed. */
export type RetransmitResponse = Response<FeedPacket>;

/** Decode one retransmission response frame body (without its length prefix). */
export function decodeResponse(buf: Uint8Array, start = 0, end = buf.length): RetransmitResponse {
  return readResponse(buf, start, end, readPacket);
}

/** Reads a Packet from `r` up to `end`; field numbers as drawn in protocol/packet.ts. */
function readPacket(r: WireReader, end: number): FeedPacket {
  let channelId = 0;
  let sessionId = 0n;
  let firstSeq = 0;
  let sendTimeNs = 0;
  let count = 0;
  let stream = 0;
  const messages: FeedMessage[] = [];
  const saveEnd = r.end;
  r.end = end;
  while (r.pos < end) {
    const key = r.key();
    switch (key >>> 3) {
      case 1: r.expect(key, WireType.Varint, 'channel_id'); channelId = r.uint32(); break;
      case 2: r.expect(key, WireType.Varint, 'session_id'); sessionId = r.uint64Big(); break;
      case 3: r.expect(key, WireType.Varint, 'first_seq'); firstSeq = r.uint64('first_seq'); break;
      case 4: r.expect(key, WireType.Fixed64, 'send_time_ns'); sendTimeNs = r.fixed64(); break;
      case 5: r.expect(key, WireType.Varint, 'message_count'); count = r.uint32(); break;
      case 6: {
        r.expect(key, WireType.Bytes, 'messages');
        const n = r.len();
        messages.push(readMessage(r, r.pos + n));
        break;
      }
      case 7: r.expect(key, WireType.Varint, 'stream'); stream = r.uint32(); break;
      default: r.skip(key & 7);
    }
  }
  r.end = saveEnd;
  if (sessionId === 0n) r.fail('session_id is missing (0)');
  if (firstSeq < 1) r.fail('first_seq is missing (0)');
  if (count !== messages.length) r.fail(`message_count ${count} but ${messages.length} messages`);
  if (firstSeq + count > MAX_SEQ) r.fail('sequence numbers run above 2^53');
  if (stream !== 0 && stream !== 1 && stream !== 2) r.fail(`unknown stream ${stream}`);
  return { channelId, sessionId, firstSeq, sendTimeNs, stream: stream as Stream, messages };
}

/**
 * One datagram read without allocating per message (a relay node's input path): `open` reads
 * the header and finds every message's bytes, with the structural checks of decodePacket
 * (field wire types, lengths, message_count, session, first_seq, stream); `message(i)` decodes
 * message i into a scratch object reused for its kind (level, trade, candle, heartbeat; the
 * rare kinds are fresh objects), valid until the next `message` call: copy what you keep.
 * A body that breaks its rules throws FEED_BAD_PACKET when it is read, not at `open`.
 * `packet()` decodes the whole datagram into fresh objects, as decodePacket does.
 */
export class PacketCursor {
  channelId = 0;
  /** Exact uint64; the same bigint as long as the session does not change (no bigint per datagram). */
  sessionId = 0n;
  firstSeq = 0;
  sendTimeNs = 0;
  /** Messages in the packet. */
  count = 0;
  stream: Stream = 0 as Stream;
  private buf: Uint8Array = new Uint8Array(0);
  private end = 0;
  private sessionLo = -1;
  private sessionHi = -1;
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  private readonly r = new WireReader(new Uint8Array(0), 0, 0, 'FEED_BAD_PACKET', 'packet');
  private readonly scratch: Scratch = { level: newLevel(), trade: newTrade(), candle: newCandle(), heartbeat: { kind: 'heartbeat', lastSeq: 0 } };

  /** Reads the datagram's header and message spans. Throws FEED_BAD_PACKET. */
  open(buf: Uint8Array, start = 0, end = buf.length): this {
    const r = this.r.reset(buf, start, end);
    this.buf = buf;
    this.end = end;
    let channelId = 0;
    let lo = 0;
    let hi = 0;
    let firstSeq = 0;
    let sendTimeNs = 0;
    let count = 0;
    let stream = 0;
    let n = 0;
    while (r.pos < end) {
      const key = r.key();
      switch (key >>> 3) {
        case 1: r.expect(key, WireType.Varint, 'channel_id'); channelId = r.uint32(); break;
        case 2: r.expect(key, WireType.Varint, 'session_id'); lo = r.uint64Halves(); hi = r.highHalf; break;
        case 3: r.expect(key, WireType.Varint, 'first_seq'); firstSeq = r.uint64('first_seq'); break;
        case 4: r.expect(key, WireType.Fixed64, 'send_time_ns'); sendTimeNs = r.fixed64(); break;
        case 5: r.expect(key, WireType.Varint, 'message_count'); count = r.uint32(); break;
        case 6: {
          r.expect(key, WireType.Bytes, 'messages');
          const len = r.len();
          if (n === this.starts.length) this.grow();
          this.starts[n] = r.pos;
          this.ends[n] = r.pos + len;
          n++;
          r.pos += len;
          break;
        }
        case 7: r.expect(key, WireType.Varint, 'stream'); stream = r.uint32(); break;
        default: r.skip(key & 7);
      }
    }
    if (lo === 0 && hi === 0) r.fail('session_id is missing (0)');
    if (firstSeq < 1) r.fail('first_seq is missing (0)');
    if (count !== n) r.fail(`message_count ${count} but ${n} messages`);
    if (firstSeq + count > MAX_SEQ) r.fail('sequence numbers run above 2^53');
    if (stream !== 0 && stream !== 1 && stream !== 2) r.fail(`unknown stream ${stream}`);
    if (lo !== this.sessionLo || hi !== this.sessionHi) {
      this.sessionLo = lo;
      this.sessionHi = hi;
      this.sessionId = (BigInt(hi) << 32n) | BigInt(lo);
    }
    this.channelId = channelId;
    this.firstSeq = firstSeq;
    this.sendTimeNs = sendTimeNs;
    this.count = count;
    this.stream = stream as Stream;
    return this;
  }

  /** Message i (0 <= i < count), decoded into the scratch object of its kind. Throws FEED_BAD_PACKET. */
  message(i: number): FeedMessage {
    const r = this.r.reset(this.buf, this.starts[i]!, this.end);
    return readMessage(r, this.ends[i]!, this.scratch);
  }

  /** The whole packet in fresh objects (decodePacket's result). Throws FEED_BAD_PACKET. */
  packet(): FeedPacket {
    const messages: FeedMessage[] = [];
    for (let i = 0; i < this.count; i++) messages.push(readMessage(this.r.reset(this.buf, this.starts[i]!, this.end), this.ends[i]!));
    return { channelId: this.channelId, sessionId: this.sessionId, firstSeq: this.firstSeq, sendTimeNs: this.sendTimeNs, stream: this.stream, messages };
  }

  private grow(): void {
    const s = new Int32Array(this.starts.length * 2);
    const e = new Int32Array(this.ends.length * 2);
    s.set(this.starts);
    e.set(this.ends);
    this.starts = s;
    this.ends = e;
  }
}

/** A message with no body (yet): shared, never handed out (an unknown body gets an object of its own). */
const NO_BODY: UnknownMsg = Object.freeze({ kind: 'unknown', field: 0 }) as UnknownMsg;

function readMessage(r: WireReader, end: number, scratch: Scratch | null = null): FeedMessage {
  let msg: FeedMessage = NO_BODY;
  const saveEnd = r.end;
  r.end = end;
  while (r.pos < end) {
    const key = r.key();
    const field = key >>> 3;
    if ((field >= 1 && field <= 12) || (field >= 20 && field <= 22)) {
      r.expect(key, WireType.Bytes, 'message body');
      const n = r.len();
      // A oneof seen twice keeps the last body, as protobuf parsers do.
      msg = readBody(r, field, r.pos + n, scratch);
    } else {
      r.skip(key & 7);
      if (msg.kind === 'unknown' && msg.field === 0) msg = { kind: 'unknown', field };
    }
  }
  r.end = saveEnd;
  return msg === NO_BODY ? { kind: 'unknown', field: 0 } : msg;
}

function side(r: WireReader, v: number, what: string): number {
  if (v !== 1 && v !== 2) r.fail(`${what} side ${v} is not buy (1) or sell (2)`);
  return v;
}

function readBody(r: WireReader, field: number, end: number, s: Scratch | null): FeedMessage {
  const saveEnd = r.end;
  r.end = end;
  let m: FeedMessage;
  switch (field) {
    case 1: m = instrument(r); break;
    case 2: m = status(r); break;
    case 3: m = level(r, s ? s.level : newLevel()); break;
    case 4: m = trade(r, s ? s.trade : newTrade()); break;
    case 5: m = candle(r, false, s ? s.candle : newCandle()); break;
    case 6: m = candle(r, true, s ? s.candle : newCandle()); break;
    case 7: m = heartbeat(r, s ? s.heartbeat : { kind: 'heartbeat', lastSeq: 0 }); break;
    case 8: m = snapshotBegin(r); break;
    case 9: m = snapshotLevel(r); break;
    case 10: m = snapshotEnd(r); break;
    case 11: m = channelReset(r); break;
    case 20: m = candleEmptyRun(r); break;
    case 21: m = auction(r); break;
    case 22: m = daySummary(r); break;
    default: m = endOfSession(r); break;
  }
  if (r.pos !== end) r.fail('message body runs past its length');
  r.end = saveEnd;
  return m;
}

const newLevel = (): LevelMsg => ({ kind: 'level', symbolId: 0, side: 0, action: 0, price: 0, qty: 0, orderCount: 0, checksum: 0, endOfUpdate: false });
const newTrade = (): TradeMsg => ({ kind: 'trade', symbolId: 0, price: 0, qty: 0, aggressorSide: 0, tradeId: 0, timeUs: 0 });
const newCandle = (): CandleMsg => ({ kind: 'candle', closed: false, symbolId: 0, intervalS: 0, openTimeUs: 0, open: 0, high: 0, low: 0, close: 0, volume: 0, tradeCount: 0, notional: 0 });

/** The reused messages of a PacketCursor: the kinds that make up nearly all of the incremental stream. */
interface Scratch {
  readonly level: LevelMsg;
  readonly trade: TradeMsg;
  readonly candle: CandleMsg;
  readonly heartbeat: HeartbeatMsg;
}

/** Fills `m` (every field reset: absent fields are proto3 defaults). */
function level(r: WireReader, m: LevelMsg): LevelMsg {
  m.symbolId = 0;
  m.side = 0;
  m.action = 0;
  m.price = 0;
  m.qty = 0;
  m.orderCount = 0;
  m.checksum = 0;
  m.endOfUpdate = false;
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.symbolId = r.uint32(); break;
      case (2 << 3) | 0: m.side = r.uint32(); break;
      case (3 << 3) | 0: m.action = r.uint32(); break;
      case (4 << 3) | 0: m.price = r.int64('price'); break;
      case (5 << 3) | 0: m.qty = r.int64('qty'); break;
      case (6 << 3) | 0: m.orderCount = r.uint32(); break;
      case (7 << 3) | 5: m.checksum = r.fixed32(); break;
      case (8 << 3) | 0: m.endOfUpdate = r.bool(); break;
      default: known(r, key, 8); r.skip(key & 7);
    }
  }
  side(r, m.side, 'level update');
  if (m.action < 1 || m.action > 3) r.fail(`level action ${m.action} is not new (1), change (2) or delete (3)`);
  return m;
}

/** A known field number with the wrong wire type is a broken packet, not an extension. */
function known(r: WireReader, key: number, maxField: number): void {
  if (key >>> 3 <= maxField) r.fail(`field ${key >>> 3} has wrong wire type ${key & 7}`);
}

function instrument(r: WireReader): InstrumentMsg {
  const m: InstrumentMsg = { kind: 'instrument', symbolId: 0, name: '', tick: 0, lot: 0, priceDecimals: 0, qtyDecimals: 0, currency: '', status: 0, maxQty: 0, referencePrice: 0 };
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.symbolId = r.uint32(); break;
      case (2 << 3) | 2: m.name = r.string(); break;
      case (3 << 3) | 0: m.tick = r.int64('tick'); break;
      case (4 << 3) | 0: m.lot = r.int64('lot'); break;
      case (5 << 3) | 0: m.priceDecimals = r.uint32(); break;
      case (6 << 3) | 0: m.qtyDecimals = r.uint32(); break;
      case (7 << 3) | 2: m.currency = r.string(); break;
      case (8 << 3) | 0: m.status = r.uint32(); break;
      case (9 << 3) | 0: m.maxQty = r.int64('max_qty'); break;
      case (10 << 3) | 0: m.referencePrice = r.int64('reference_price'); break;
      default: known(r, key, 10); r.skip(key & 7);
    }
  }
  if (m.priceDecimals > 18 || m.qtyDecimals > 18) r.fail('decimals above 18');
  return m;
}

function status(r: WireReader): StatusMsg {
  const m: StatusMsg = { kind: 'status', symbolId: 0, status: 0, timeUs: 0 };
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.symbolId = r.uint32(); break;
      case (2 << 3) | 0: m.status = r.uint32(); break;
      case (3 << 3) | 0: m.timeUs = r.uint64('time_us'); break;
      default: known(r, key, 3); r.skip(key & 7);
    }
  }
  return m;
}

function trade(r: WireReader, m: TradeMsg): TradeMsg {
  m.symbolId = 0;
  m.price = 0;
  m.qty = 0;
  m.aggressorSide = 0;
  m.tradeId = 0;
  m.timeUs = 0;
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.symbolId = r.uint32(); break;
      case (2 << 3) | 0: m.price = r.int64('price'); break;
      case (3 << 3) | 0: m.qty = r.int64('qty'); break;
      case (4 << 3) | 0: m.aggressorSide = r.uint32(); break;
      case (5 << 3) | 0: m.tradeId = r.uint64('trade_id'); break;
      case (6 << 3) | 0: m.timeUs = r.uint64('time_us'); break;
      default: known(r, key, 6); r.skip(key & 7);
    }
  }
  return m;
}

function candle(r: WireReader, closed: boolean, m: CandleMsg): CandleMsg {
  m.closed = closed;
  m.symbolId = 0;
  m.intervalS = 0;
  m.openTimeUs = 0;
  m.open = 0;
  m.high = 0;
  m.low = 0;
  m.close = 0;
  m.volume = 0;
  m.tradeCount = 0;
  m.notional = 0;
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.symbolId = r.uint32(); break;
      case (2 << 3) | 0: m.intervalS = r.uint32(); break;
      case (3 << 3) | 0: m.openTimeUs = r.uint64('open_time_us'); break;
      case (4 << 3) | 0: m.open = r.int64('open'); break;
      case (5 << 3) | 0: m.high = r.int64('high'); break;
      case (6 << 3) | 0: m.low = r.int64('low'); break;
      case (7 << 3) | 0: m.close = r.int64('close'); break;
      case (8 << 3) | 0: m.volume = r.int64('volume'); break;
      case (9 << 3) | 0: m.tradeCount = r.uint64('trade_count'); break;
      case (10 << 3) | 0: m.notional = r.int64('notional'); break;
      default: known(r, key, 10); r.skip(key & 7);
    }
  }
  return m;
}

function candleEmptyRun(r: WireReader): CandleEmptyRunMsg {
  const m: CandleEmptyRunMsg = { kind: 'candleEmptyRun', symbolId: 0, intervalS: 0, fromOpenTimeUs: 0, toOpenTimeUs: 0, price: 0, barCount: 0 };
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.symbolId = r.uint32(); break;
      case (2 << 3) | 0: m.intervalS = r.uint32(); break;
      case (3 << 3) | 0: m.fromOpenTimeUs = r.uint64('from_open_time_us'); break;
      case (4 << 3) | 0: m.toOpenTimeUs = r.uint64('to_open_time_us'); break;
      case (5 << 3) | 0: m.price = r.int64('price'); break;
      case (6 << 3) | 0: m.barCount = r.uint64('bar_count'); break;
      default: known(r, key, 6); r.skip(key & 7);
    }
  }
  return m;
}

function auction(r: WireReader): AuctionMsg {
  const m: AuctionMsg = { kind: 'auction', symbolId: 0, uncross: false, price: 0, matchedQty: 0, imbalanceQty: 0, imbalanceSide: 0, callStatus: 0, referencePrice: 0, timeUs: 0 };
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.symbolId = r.uint32(); break;
      case (2 << 3) | 0: m.uncross = r.bool(); break;
      case (3 << 3) | 0: m.price = r.int64('price'); break;
      case (4 << 3) | 0: m.matchedQty = r.int64('matched_qty'); break;
      case (5 << 3) | 0: m.imbalanceQty = r.int64('imbalance_qty'); break;
      case (6 << 3) | 0: m.imbalanceSide = r.uint32(); break;
      case (7 << 3) | 0: m.callStatus = r.uint32(); break;
      case (8 << 3) | 0: m.referencePrice = r.int64('reference_price'); break;
      case (9 << 3) | 0: m.timeUs = r.uint64('time_us'); break;
      default: known(r, key, 9); r.skip(key & 7);
    }
  }
  if (m.imbalanceSide !== 0) side(r, m.imbalanceSide, 'auction imbalance');
  return m;
}

function daySummary(r: WireReader): DaySummaryMsg {
  const m: DaySummaryMsg = {
    kind: 'daySummary', symbolId: 0, closeTimeUs: 0, open: 0, high: 0, low: 0, close: 0, volume: 0, tradeCount: 0, notional: 0, openFromAuction: false, closeFromAuction: false,
  };
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.symbolId = r.uint32(); break;
      case (2 << 3) | 0: m.closeTimeUs = r.uint64('close_time_us'); break;
      case (3 << 3) | 0: m.open = r.int64('open'); break;
      case (4 << 3) | 0: m.high = r.int64('high'); break;
      case (5 << 3) | 0: m.low = r.int64('low'); break;
      case (6 << 3) | 0: m.close = r.int64('close'); break;
      case (7 << 3) | 0: m.volume = r.int64('volume'); break;
      case (8 << 3) | 0: m.tradeCount = r.uint64('trade_count'); break;
      case (9 << 3) | 0: m.notional = r.int64('notional'); break;
      case (10 << 3) | 0: m.openFromAuction = r.bool(); break;
      case (11 << 3) | 0: m.closeFromAuction = r.bool(); break;
      default: known(r, key, 11); r.skip(key & 7);
    }
  }
  return m;
}

function heartbeat(r: WireReader, m: HeartbeatMsg): HeartbeatMsg {
  m.lastSeq = 0;
  while (!r.done) {
    const key = r.key();
    if (key === ((1 << 3) | 0)) m.lastSeq = r.uint64('last_seq');
    else { known(r, key, 1); r.skip(key & 7); }
  }
  return m;
}

function snapshotBegin(r: WireReader): SnapshotBeginMsg {
  const m: SnapshotBeginMsg = { kind: 'snapshotBegin', symbolId: 0, lastSeq: 0, bidCount: 0, askCount: 0, checksum: 0, status: 0, snapshotId: 0 };
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.symbolId = r.uint32(); break;
      case (2 << 3) | 0: m.lastSeq = r.uint64('last_seq'); break;
      case (3 << 3) | 0: m.bidCount = r.uint32(); break;
      case (4 << 3) | 0: m.askCount = r.uint32(); break;
      case (5 << 3) | 5: m.checksum = r.fixed32(); break;
      case (6 << 3) | 0: m.status = r.uint32(); break;
      case (7 << 3) | 0: m.snapshotId = r.uint64('snapshot_id'); break;
      default: known(r, key, 7); r.skip(key & 7);
    }
  }
  return m;
}

function snapshotLevel(r: WireReader): SnapshotLevelMsg {
  const m: SnapshotLevelMsg = { kind: 'snapshotLevel', symbolId: 0, side: 0, price: 0, qty: 0, orderCount: 0 };
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.symbolId = r.uint32(); break;
      case (2 << 3) | 0: m.side = r.uint32(); break;
      case (3 << 3) | 0: m.price = r.int64('price'); break;
      case (4 << 3) | 0: m.qty = r.int64('qty'); break;
      case (5 << 3) | 0: m.orderCount = r.uint32(); break;
      default: known(r, key, 5); r.skip(key & 7);
    }
  }
  side(r, m.side, 'snapshot level');
  return m;
}

function snapshotEnd(r: WireReader): SnapshotEndMsg {
  const m: SnapshotEndMsg = { kind: 'snapshotEnd', symbolId: 0, lastSeq: 0, levelCount: 0, checksum: 0, snapshotId: 0 };
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.symbolId = r.uint32(); break;
      case (2 << 3) | 0: m.lastSeq = r.uint64('last_seq'); break;
      case (3 << 3) | 0: m.levelCount = r.uint32(); break;
      case (4 << 3) | 5: m.checksum = r.fixed32(); break;
      case (5 << 3) | 0: m.snapshotId = r.uint64('snapshot_id'); break;
      default: known(r, key, 5); r.skip(key & 7);
    }
  }
  return m;
}

function channelReset(r: WireReader): ChannelResetMsg {
  const m: ChannelResetMsg = { kind: 'channelReset', reason: 0, booksEmpty: false, timeUs: 0 };
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.reason = r.uint32(); break;
      case (2 << 3) | 0: m.booksEmpty = r.bool(); break;
      case (3 << 3) | 0: m.timeUs = r.uint64('time_us'); break;
      default: known(r, key, 3); r.skip(key & 7);
    }
  }
  return m;
}

function endOfSession(r: WireReader): EndOfSessionMsg {
  const m: EndOfSessionMsg = { kind: 'endOfSession', lastSeq: 0, timeUs: 0 };
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.lastSeq = r.uint64('last_seq'); break;
      case (2 << 3) | 0: m.timeUs = r.uint64('time_us'); break;
      default: known(r, key, 2); r.skip(key & 7);
    }
  }
  return m;
}
