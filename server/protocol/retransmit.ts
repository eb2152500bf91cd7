/**
 * The retransmission protocol's bytes (proto/feed.proto, docs/feed.md), both ends: the client
 * writes requests and reads responses, the server parses requests and writes responses. Pure
 * (no node:*, no clock). Framing, both directions, over one TCP connection:
 *
 *   +-----------------------+----------------------------------+
 *   | length u32 big-endian | length bytes of protobuf         |
 *   +-----------------------+----------------------------------+
 *   client -> server  bourse.feed.v1.RetransmitRequest
 *   server -> client  bourse.feed.v1.RetransmitResponse (one per request, in request order)
 */
import { BourseError, Errors, type ErrorCode } from '../kernel/errors.ts';
import { WireReader } from './reader.ts';
import { ProtoWriter } from './writer.ts';

export const RetransmitStatus = {
  Unspecified: 0,
  Ok: 1,
  UnknownSession: 2,
  UnknownChannel: 3,
  RangeTooLarge: 4,
  TooOld: 5,
  NotYetPublished: 6,
  RateLimited: 7,
  Malformed: 8,
} as const;
export type RetransmitStatus = (typeof RetransmitStatus)[keyof typeof RetransmitStatus];
type Refusal = Exclude<RetransmitStatus, 0 | 1>;

/** The registry code behind each refusal. */
export const STATUS_ERROR: Record<Refusal, ErrorCode> = {
  2: 'RETRANSMIT_UNKNOWN_SESSION',
  3: 'RETRANSMIT_UNKNOWN_CHANNEL',
  4: 'RETRANSMIT_RANGE_TOO_LARGE',
  5: 'RETRANSMIT_TOO_OLD',
  6: 'RETRANSMIT_NOT_YET_PUBLISHED',
  7: 'RETRANSMIT_RATE_LIMITED',
  8: 'RETRANSMIT_MALFORMED',
};

const STATUS_NAMES = ['unspecified', 'ok', 'unknown_session', 'unknown_channel', 'range_too_large', 'too_old', 'not_yet_published', 'rate_limited', 'malformed'];
export function retransmitStatusName(s: number): string {
  return STATUS_NAMES[s] ?? `status_${s}`;
}

/** A request frame is a handful of varints: anything longer is garbage. */
export const MAX_REQUEST_FRAME = 64;
/** A reply holds at most the server's max range of datagrams; anything far larger is garbage. */
export const MAX_FRAME_BYTES = 64 << 20;
/** The server's numbers saturate here (values at or above 2^53 can name no session or sequence it holds). */
export const TOO_BIG = 2 ** 53;
/** The largest uint64: the largest session id or sequence number a request can carry. */
export const MAX_UINT64 = 2n ** 64n - 1n;

/**
 * Messages first_seq .. first_seq + count - 1 of one channel of one session. The client keeps
 * session ids exact (bigint); the server parses them into numbers saturated at TOO_BIG for its
 * decisions, and keeps the exact values (ParseResult.exact) to echo and to name in reasons.
 */
export interface RetransmitRequest<S extends number | bigint = bigint> {
  sessionId: S;
  channelId: number;
  firstSeq: number;
  count: number;
  requestId: number;
}

export interface RetransmitResponse<P> {
  requestId: number;
  status: number;
  reason: string;
  errorCode: number;
  sessionId: bigint;
  channelId: number;
  firstSeq: number;
  count: number;
  /** The original datagrams, as the packet reader given to readResponse returns them. */
  packets: P[];
  windowFirstSeq: number;
  lastSeq: number;
}

// ------------------------------------------------------------------ client -> server

/** One request, framed (length prefix included). */
export function encodeRequest(q: RetransmitRequest<number | bigint>): Uint8Array {
  const w = new ProtoWriter(64);
  w.pos = 4;
  w.fVarintBig(0x08, BigInt(q.sessionId));
  w.fVarint(0x10, q.channelId);
  w.fVarint(0x18, q.firstSeq);
  w.fVarint(0x20, q.count);
  w.fVarint(0x28, q.requestId);
  setLength(w.buf, w.pos - 4);
  return w.buf.slice(0, w.pos);
}

/** The exact 64-bit values of a request's session_id and first_seq. */
export interface ExactFields {
  sessionId: bigint;
  firstSeq: bigint;
}

export type ParseResult = { ok: true; request: RetransmitRequest<number>; exact: ExactFields } | { ok: false; requestId: number; detail: string };

/**
 * Parse one RetransmitRequest (the frame's payload), on the server. Unknown fields are skipped
 * (a newer client may send more); a known field with the wrong wire type, a truncated varint or
 * length, a group, field number 0 or a uint32 above 2^32-1 is malformed. Never throws: every
 * malformed frame gets a reason for its refusal.
 */
export function parseRetransmitRequest(b: Uint8Array): ParseResult {
  const r: RetransmitRequest<number> = { sessionId: 0, channelId: 0, firstSeq: 0, count: 0, requestId: 0 };
  const exact: ExactFields = { sessionId: 0n, firstSeq: 0n };
  let p = 0;
  const fail = (detail: string): ParseResult => ({ ok: false, requestId: r.requestId, detail });
  while (p < b.length) {
    const key = readVarint(b, p);
    if (key.next < 0) return fail(`truncated field key at byte ${p}`);
    p = key.next;
    const field = Math.floor(key.value / 8);
    const wire = key.value % 8;
    if (field === 0 || key.value >= TOO_BIG) return fail(`invalid field number at byte ${p}`);
    if (field >= 1 && field <= 5) {
      if (wire !== 0) return fail(`field ${field} must be a varint (wire type 0), not wire type ${wire}`);
      const v = readVarint(b, p);
      if (v.next < 0) return fail(`truncated varint in field ${field}`);
      if (field === 1 || field === 3) {
        const big = readVarintBig(b, p);
        if (field === 1) [r.sessionId, exact.sessionId] = [v.value, big];
        else [r.firstSeq, exact.firstSeq] = [v.value, big];
        p = v.next;
        continue;
      }
      p = v.next;
      if (v.value > 0xffffffff) return fail(`field ${field} is above 2^32-1`);
      if (field === 2) r.channelId = v.value;
      else if (field === 4) r.count = v.value;
      else r.requestId = v.value;
      continue;
    }
    switch (wire) {
      case 0: {
        const v = readVarint(b, p);
        if (v.next < 0) return fail(`truncated varint in field ${field}`);
        p = v.next;
        break;
      }
      case 1:
        if (p + 8 > b.length) return fail(`truncated fixed64 in field ${field}`);
        p += 8;
        break;
      case 2: {
        const v = readVarint(b, p);
        if (v.next < 0 || v.next + v.value > b.length) return fail(`truncated bytes in field ${field}`);
        p = v.next + v.value;
        break;
      }
      case 5:
        if (p + 4 > b.length) return fail(`truncated fixed32 in field ${field}`);
        p += 4;
        break;
      default:
        return fail(`wire type ${wire} (groups are not used) in field ${field}`);
    }
  }
  if (r.firstSeq === 0) return fail('first_seq is missing (sequence numbers start at 1)');
  return { ok: true, request: r, exact };
}

/** The exact uint64 of a complete varint at b[p] (readVarint has checked it; bits beyond 64 dropped). */
function readVarintBig(b: Uint8Array, p: number): bigint {
  let v = 0n;
  let shift = 0n;
  for (let i = 0; i < 10; i++, shift += 7n) {
    const byte = b[p + i]!;
    v |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) break;
  }
  return v & MAX_UINT64;
}

/**
 * A varint at b[p]: value (saturated at TOO_BIG) and the offset after it, next = -1 if truncated
 * or over 10 bytes. Not WireReader: the server's parser must not throw on garbage.
 */
function readVarint(b: Uint8Array, p: number): { value: number; next: number } {
  let value = 0;
  let mul = 1;
  for (let i = 0; i < 10; i++) {
    if (p + i >= b.length) return { value: 0, next: -1 };
    const byte = b[p + i]!;
    value += (byte & 0x7f) * mul;
    mul *= 128;
    if ((byte & 0x80) === 0) return { value: Math.min(value, TOO_BIG), next: p + i + 1 };
  }
  return { value: 0, next: -1 };
}

// ------------------------------------------------------------------ server -> client

/** What the server says in a response, but the packets. */
export interface ResponseHeader {
  requestId: number;
  status: RetransmitStatus;
  reason: string;
  /** A registry code more precise than the status's own (e.g. a connection limit under RATE_LIMITED). */
  errorCode?: ErrorCode;
  /** Echoed exactly: a bigint beyond 2^53 is written as is. */
  sessionId: number | bigint;
  channelId: number;
  firstSeq: number | bigint;
  count: number;
  windowFirstSeq: number;
  lastSeq: number;
}

/** One length-prefixed RetransmitResponse frame in `w` (reused); `packets` are embedded byte for byte. */
export function encodeResponse(w: ProtoWriter, h: ResponseHeader, packets: readonly Uint8Array[] = []): Uint8Array {
  let size = 96 + h.reason.length;
  for (const p of packets) size += p.length + 6;
  w.pos = 0;
  w.ensure(size);
  w.pos = 4;
  w.fVarint(0x08, h.requestId);
  w.fVarint(0x10, h.status);
  w.fAscii(0x1a, h.reason.slice(0, 200));
  w.fVarint(0x20, h.status === RetransmitStatus.Ok ? 0 : Errors[h.errorCode ?? STATUS_ERROR[h.status as Refusal]].num);
  uint64(w, 0x28, h.sessionId);
  w.fVarint(0x30, h.channelId);
  uint64(w, 0x38, h.firstSeq);
  w.fVarint(0x40, h.count);
  for (const p of packets) w.fBytes(0x4a, p);
  w.fVarint(0x50, h.windowFirstSeq);
  w.fVarint(0x58, h.lastSeq);
  setLength(w.buf, w.pos - 4);
  return w.buf.subarray(0, w.pos);
}

/**
 * Decode one response frame body (without its length prefix), on the client. Each packet is
 * handed to `readPacket` over its own bytes, checked exactly like a datagram (FEED_BAD_PACKET);
 * the rest of the frame fails with FEED_BAD_FRAME.
 */
export function readResponse<P>(buf: Uint8Array, start: number, end: number, readPacket: (r: WireReader, end: number) => P): RetransmitResponse<P> {
  const r = new WireReader(buf, start, end, 'FEED_BAD_FRAME', 'retransmit response');
  const m: RetransmitResponse<P> = { requestId: 0, status: 0, reason: '', errorCode: 0, sessionId: 0n, channelId: 0, firstSeq: 0, count: 0, packets: [], windowFirstSeq: 0, lastSeq: 0 };
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case 0x08: m.requestId = r.uint32(); break;
      case 0x10: m.status = r.uint32(); break;
      case 0x1a: m.reason = r.string(); break;
      case 0x20: m.errorCode = r.uint32(); break;
      case 0x28: m.sessionId = r.uint64Big(); break;
      case 0x30: m.channelId = r.uint32(); break;
      case 0x38: m.firstSeq = r.uint64('first_seq'); break;
      case 0x40: m.count = r.uint32(); break;
      case 0x4a: {
        const n = r.len();
        const pr = new WireReader(buf, r.pos, r.pos + n, 'FEED_BAD_PACKET', 'retransmitted packet');
        m.packets.push(readPacket(pr, r.pos + n));
        r.pos += n;
        break;
      }
      case 0x50: m.windowFirstSeq = r.uint64('window_first_seq'); break;
      case 0x58: m.lastSeq = r.uint64('last_seq'); break;
      default:
        if (key >>> 3 <= 11) r.fail(`field ${key >>> 3} has wrong wire type ${key & 7}`);
        r.skip(key & 7);
    }
  }
  return m;
}

/** A uint64 field: numbers as varints (saturated values below 2^53), bigints exactly. */
function uint64(w: ProtoWriter, tag: number, v: number | bigint): void {
  if (typeof v === 'bigint') w.fVarintBig(tag, v);
  else w.fVarint(tag, Math.min(v, TOO_BIG - 1));
}

// ------------------------------------------------------------------ framing, both ends

function setLength(b: Uint8Array, len: number): void {
  b[0] = len >>> 24;
  b[1] = (len >>> 16) & 255;
  b[2] = (len >>> 8) & 255;
  b[3] = len & 255;
}

/**
 * Incremental length-prefixed frame splitter. `push` bytes as they come (split anywhere: one
 * byte at a time works); `next()` returns the next complete frame body (a view valid until the
 * next push) or undefined. A length above `maxFrame` cannot be resynchronised: next() throws
 * `code` (the server answers MALFORMED and closes; the client drops the connection).
 */
export class FrameReader {
  private buf = new Uint8Array(4096);
  private start = 0;
  private end = 0;
  private readonly maxFrame: number;
  private readonly code: ErrorCode;

  constructor(maxFrame = MAX_FRAME_BYTES, code: ErrorCode = 'FEED_BAD_FRAME') {
    this.maxFrame = maxFrame;
    this.code = code;
  }

  /** Bytes held but not yet returned as frames. */
  get buffered(): number {
    return this.end - this.start;
  }

  push(chunk: Uint8Array): void {
    const held = this.end - this.start;
    if (this.end + chunk.length > this.buf.length) {
      if (held + chunk.length <= this.buf.length && this.start > 0) {
        this.buf.copyWithin(0, this.start, this.end);
      } else {
        let cap = this.buf.length * 2;
        while (cap < held + chunk.length) cap *= 2;
        const next = new Uint8Array(cap);
        next.set(this.buf.subarray(this.start, this.end));
        this.buf = next;
      }
      this.start = 0;
      this.end = held;
    }
    this.buf.set(chunk, this.end);
    this.end += chunk.length;
  }

  /** The next whole frame's body, or undefined when more bytes are needed. */
  next(): Uint8Array | undefined {
    const held = this.end - this.start;
    if (held < 4) return undefined;
    const b = this.buf;
    const s = this.start;
    const n = ((b[s]! << 24) | (b[s + 1]! << 16) | (b[s + 2]! << 8) | b[s + 3]!) >>> 0;
    if (n > this.maxFrame) throw new BourseError(this.code, `frame length ${n} is above the ${this.maxFrame}-byte limit`);
    if (held < 4 + n) return undefined;
    this.start = s + 4 + n;
    if (this.start === this.end) this.start = this.end = 0;
    return b.subarray(s + 4, s + 4 + n);
  }
}
