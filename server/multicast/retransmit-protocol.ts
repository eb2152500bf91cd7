/**
 * The retransmission protocol's bytes, pure (no node:*, no clock): framing, the request parser
 * (never throws on any input: every malformed frame gets a clear refusal), the decision for a
 * request against a channel's window, the response encoder, and the per-client rate limiter.
 *
 * Framing, both directions:  [ length u32 big-endian ][ length bytes of protobuf ]
 *   client -> server  bourse.feed.v1.RetransmitRequest
 *   server -> client  bourse.feed.v1.RetransmitResponse (one per request, in order)
 */
import { Errors, type ErrorCode } from '../kernel/errors.ts';
import { ProtoWriter } from './wire.ts';

export const RetransmitStatus = {
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

/** The registry code behind each refusal. */
export const STATUS_ERROR: Record<Exclude<RetransmitStatus, 1>, ErrorCode> = {
  2: 'RETRANSMIT_UNKNOWN_SESSION',
  3: 'RETRANSMIT_UNKNOWN_CHANNEL',
  4: 'RETRANSMIT_RANGE_TOO_LARGE',
  5: 'RETRANSMIT_TOO_OLD',
  6: 'RETRANSMIT_NOT_YET_PUBLISHED',
  7: 'RETRANSMIT_RATE_LIMITED',
  8: 'RETRANSMIT_MALFORMED',
};

/** A request frame is a handful of varints: anything longer is garbage. */
export const MAX_REQUEST_FRAME = 64;
/** Values at or above 2^53 are reported as this (they can name no session or sequence we hold). */
export const TOO_BIG = 2 ** 53;

export interface RetransmitRequest {
  sessionId: number;
  channelId: number;
  firstSeq: number;
  count: number;
  requestId: number;
}

export type ParseResult = { ok: true; request: RetransmitRequest } | { ok: false; requestId: number; detail: string };

/**
 * Parse one RetransmitRequest (the frame's payload). Unknown fields are skipped (a newer client
 * may send more); a known field with the wrong wire type, a truncated varint or length, a
 * group, field number 0 or a uint32 above 2^32-1 is malformed. Never throws.
 */
export function parseRetransmitRequest(b: Uint8Array): ParseResult {
  const r: RetransmitRequest = { sessionId: 0, channelId: 0, firstSeq: 0, count: 0, requestId: 0 };
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
      p = v.next;
      if (field === 1) r.sessionId = v.value;
      else if (field === 3) r.firstSeq = v.value;
      else {
        if (v.value > 0xffffffff) return fail(`field ${field} is above 2^32-1`);
        if (field === 2) r.channelId = v.value;
        else if (field === 4) r.count = v.value;
        else r.requestId = v.value;
      }
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
  return { ok: true, request: r };
}

/** A varint at b[p]: value (saturated at TOO_BIG) and the offset after it, next = -1 if truncated or over 10 bytes. */
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

/** What the decision needs to know of the server and one channel's window. */
export interface WindowState {
  sessionId: number;
  /** The channel's window, or undefined for an unknown channel id. */
  window: (channelId: number) => { firstSeq: number; lastSeq: number } | undefined;
  maxMessagesPerRequest: number;
}

export interface Decision {
  status: RetransmitStatus;
  detail: string;
  windowFirstSeq: number;
  lastSeq: number;
}

/** The server's answer to a well-formed request (rate limiting is decided before this). */
export function decide(req: RetransmitRequest, st: WindowState): Decision {
  const d = (status: RetransmitStatus, detail: string, first = 0, last = 0): Decision => ({ status, detail, windowFirstSeq: first, lastSeq: last });
  if (req.sessionId !== st.sessionId) return d(RetransmitStatus.UnknownSession, `session ${req.sessionId} is not the current session ${st.sessionId}`);
  const w = st.window(req.channelId);
  if (!w) return d(RetransmitStatus.UnknownChannel, `channel ${req.channelId} is not published here`);
  if (req.count < 1 || req.count > st.maxMessagesPerRequest) return d(RetransmitStatus.RangeTooLarge, `count ${req.count} is outside 1..${st.maxMessagesPerRequest}`, w.firstSeq, w.lastSeq);
  const last = req.firstSeq + req.count - 1;
  if (w.lastSeq === 0 || last > w.lastSeq) return d(RetransmitStatus.NotYetPublished, `messages ${req.firstSeq}..${last} end after the last published ${w.lastSeq}`, w.firstSeq, w.lastSeq);
  if (req.firstSeq < w.firstSeq) return d(RetransmitStatus.TooOld, `message ${req.firstSeq} has left the window (oldest held: ${w.firstSeq})`, w.firstSeq, w.lastSeq);
  return d(RetransmitStatus.Ok, '', w.firstSeq, w.lastSeq);
}

export interface ResponseHeader {
  requestId: number;
  status: RetransmitStatus;
  reason: string;
  sessionId: number;
  channelId: number;
  firstSeq: number;
  count: number;
  windowFirstSeq: number;
  lastSeq: number;
}

/** One length-prefixed RetransmitResponse frame; `packets` are embedded byte for byte. */
export function encodeResponse(w: ProtoWriter, h: ResponseHeader, packets: readonly Uint8Array[] = []): Uint8Array {
  let size = 96 + h.reason.length;
  for (const p of packets) size += p.length + 6;
  w.pos = 0;
  w.ensure(size);
  w.pos = 4;
  w.fVarint(0x08, h.requestId);
  w.fVarint(0x10, h.status);
  w.fAscii(0x1a, h.reason.slice(0, 200));
  w.fVarint(0x20, h.status === RetransmitStatus.Ok ? 0 : Errors[STATUS_ERROR[h.status as Exclude<RetransmitStatus, 1>]].num);
  w.fVarint(0x28, Math.min(h.sessionId, TOO_BIG - 1));
  w.fVarint(0x30, h.channelId);
  w.fVarint(0x38, Math.min(h.firstSeq, TOO_BIG - 1));
  w.fVarint(0x40, h.count);
  for (const p of packets) w.fBytes(0x4a, p);
  w.fVarint(0x50, h.windowFirstSeq);
  w.fVarint(0x58, h.lastSeq);
  const len = w.pos - 4;
  const b = w.buf;
  b[0] = len >>> 24;
  b[1] = (len >>> 16) & 255;
  b[2] = (len >>> 8) & 255;
  b[3] = len & 255;
  return b.subarray(0, w.pos);
}

/** A length-prefixed RetransmitRequest frame (for clients and tests). */
export function encodeRequest(req: RetransmitRequest): Uint8Array {
  const w = new ProtoWriter(64);
  w.pos = 4;
  w.fVarint(0x08, req.sessionId);
  w.fVarint(0x10, req.channelId);
  w.fVarint(0x18, req.firstSeq);
  w.fVarint(0x20, req.count);
  w.fVarint(0x28, req.requestId);
  const len = w.pos - 4;
  new DataView(w.buf.buffer).setUint32(0, len, false);
  return w.buf.slice(0, w.pos);
}

/**
 * Splits a byte stream into frames. `push` bytes as they arrive, then call `next()` until null.
 * A length above `maxFrame` cannot be resynchronised: `next()` returns 'oversize' and the
 * connection should be answered MALFORMED and closed.
 */
export class FrameReader {
  readonly maxFrame: number;
  private buf = new Uint8Array(256);
  private start = 0;
  private end = 0;

  constructor(maxFrame: number) {
    this.maxFrame = maxFrame;
  }

  /** Bytes received and not yet returned as frames. */
  get buffered(): number {
    return this.end - this.start;
  }

  push(chunk: Uint8Array): void {
    const live = this.end - this.start;
    if (this.end + chunk.length > this.buf.length) {
      if (live + chunk.length > this.buf.length) {
        const next = new Uint8Array(Math.max(this.buf.length * 2, live + chunk.length));
        next.set(this.buf.subarray(this.start, this.end));
        this.buf = next;
      } else this.buf.copyWithin(0, this.start, this.end);
      this.start = 0;
      this.end = live;
    }
    this.buf.set(chunk, this.end);
    this.end += chunk.length;
  }

  next(): Uint8Array | null | 'oversize' {
    const have = this.end - this.start;
    if (have < 4) return null;
    const b = this.buf;
    const s = this.start;
    const len = ((b[s]! << 24) | (b[s + 1]! << 16) | (b[s + 2]! << 8) | b[s + 3]!) >>> 0;
    if (len > this.maxFrame) return 'oversize';
    if (have < 4 + len) return null;
    this.start = s + 4 + len;
    return b.slice(s + 4, s + 4 + len);
  }
}

/** Token bucket per client key: `rate` requests per second sustained, `burst` at once. */
export class RateLimiter {
  readonly rate: number;
  readonly burst: number;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(rate: number, burst: number) {
    this.rate = rate;
    this.burst = burst;
  }

  /** Take one token for `key` at time `nowMs`; false = over the limit. */
  take(key: string, nowMs: number): boolean {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= 10_000) this.prune(nowMs);
      b = { tokens: this.burst, at: nowMs };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((nowMs - b.at) * this.rate) / 1000);
    b.at = nowMs;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  /** Forget buckets that are full again (bounded memory under many client addresses). */
  private prune(nowMs: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + ((nowMs - b.at) * this.rate) / 1000 >= this.burst) this.buckets.delete(k);
  }
}
