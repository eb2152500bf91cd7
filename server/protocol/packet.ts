/**
 * The feed datagram's top level (proto/feed.proto, `bourse.feed.v1.Packet`), shared by the
 * publisher (multicast/packetizer.ts writes it) and the broker library (feed-client/decoder.ts
 * reads it). Every datagram is exactly one Packet; the publisher writes its fields in this order
 * (proto3 allows any order, and decoders accept any):
 *
 *   +------+------------+------+------------+------+-----------+------+------------------------+
 *   | 0x08 | channel_id | 0x10 | session_id | 0x18 | first_seq | 0x21 | send_time_ns, 8 B (LE) |
 *   +------+------------+------+------------+------+-----------+------+------------------------+
 *   | 0x28 | message_count | 0x38 | stream | 0x32 len Message | 0x32 len Message | ...
 *   +------+---------------+------+--------+------------------+------------------+
 *
 *   Message = +------------------+-----+------------------+    body = one of Body below
 *             | (body << 3) | 2  | len | the body's fields |
 *             +------------------+-----+------------------+
 *
 * Varints throughout but send_time_ns (fixed64: ns since the epoch need 61 bits). Zero fields are
 * left out as proto3 does: channel_id 0, message_count 0 (a heartbeat packet), stream 0
 * (INCREMENTAL). first_seq is never 0 (sequences start at 1). The header is at most 41 bytes.
 */
import { WireReader } from './reader.ts';
import { varintSize, type ProtoWriter } from './writer.ts';

/** Packet.stream: each stream of each channel has its own sequence numbers and group. */
export const Stream = { Incremental: 0, Snapshot: 1, Instruments: 2 } as const;
export type Stream = (typeof Stream)[keyof typeof Stream];

/** Field numbers of the Message oneof (its bodies). */
export const Body = {
  InstrumentDefinition: 1, TradingStatus: 2, LevelUpdate: 3, Trade: 4, CandleUpdate: 5, CandleClose: 6,
  Heartbeat: 7, SnapshotBegin: 8, SnapshotLevel: 9, SnapshotEnd: 10, ChannelReset: 11, EndOfSession: 12,
  CandleEmptyRun: 20, AuctionInfo: 21, DaySummary: 22,
} as const;

/** Key bytes of the Packet fields (field << 3 | wire type). */
export const PacketKey = {
  ChannelId: 0x08, SessionId: 0x10, FirstSeq: 0x18, SendTimeNs: 0x21, MessageCount: 0x28, Messages: 0x32, Stream: 0x38,
} as const;

/** What an InstrumentDefinition says of a symbol, named alike on both sides (ids and extras differ). */
export interface InstrumentTerms {
  name: string;
  tick: number;
  lot: number;
  priceDecimals: number;
  qtyDecimals: number;
  currency: string;
  status: number;
}

/** Header bytes but message_count: fixed for a packet once its first sequence number is known. */
export function headerSize(channelId: number, sessionId: number, firstSeq: number, stream: number): number {
  return (
    (channelId === 0 ? 0 : 1 + varintSize(channelId)) +
    (sessionId === 0 ? 0 : 1 + varintSize(sessionId)) +
    1 + varintSize(firstSeq) + 9 + (stream === 0 ? 0 : 2)
  );
}

/** Bytes of the message_count field for `count` messages (at least 1). */
export const countSize = (count: number): number => (count < 128 ? 2 : 1 + varintSize(count));

/** Writes the header at w.pos; `sendTimeNs` holds the low and high 32 bits (writer.ts usToNs). */
export function writeHeader(w: ProtoWriter, channelId: number, sessionId: number, firstSeq: number, sendTimeNs: Uint32Array, count: number, stream: number): void {
  w.fVarint(PacketKey.ChannelId, channelId);
  w.fVarint(PacketKey.SessionId, sessionId);
  w.fVarint(PacketKey.FirstSeq, firstSeq);
  w.byte(PacketKey.SendTimeNs);
  w.fixed64(sendTimeNs[0]!, sendTimeNs[1]!);
  w.fVarint(PacketKey.MessageCount, count);
  w.fVarint(PacketKey.Stream, stream);
}

export interface PacketHeader {
  channelId: number;
  sessionId: bigint;
  firstSeq: number;
  messageCount: number;
  stream: number;
}

/**
 * The header fields of a datagram without decoding its messages (skipped by length): enough
 * to drop the second copy of a packet (feed B after A) at a fraction of the cost. Throws
 * FEED_BAD_PACKET on a broken top level; the messages themselves are not checked.
 */
export function peekHeader(buf: Uint8Array, start = 0, end = buf.length): PacketHeader {
  const r = new WireReader(buf, start, end, 'FEED_BAD_PACKET', 'packet');
  const h: PacketHeader = { channelId: 0, sessionId: 0n, firstSeq: 0, messageCount: 0, stream: 0 };
  while (r.pos < end) {
    const key = r.key();
    switch (key) {
      case 0x08: h.channelId = r.uint32(); break;
      case 0x10: h.sessionId = r.uint64Big(); break;
      case 0x18: h.firstSeq = r.uint64('first_seq'); break;
      case 0x28: h.messageCount = r.uint32(); break;
      case 0x38: h.stream = r.uint32(); break;
      default: r.skip(key & 7);
    }
  }
  return h;
}
