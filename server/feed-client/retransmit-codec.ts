/**
 * The client's side of the retransmission protocol (proto/feed.proto): every TCP frame is a
 * 4-byte big-endian length N then N bytes of protobuf. Pure code:
 *  - `FrameReader` cuts a byte stream, split anywhere (one byte at a time works), into frames;
 *  - `encodeRequest` builds one RetransmitRequest frame;
 *  - `decodeResponse` reads one RetransmitResponse frame, its packets decoded as on the feed.
 * Garbage gets a FEED_BAD_FRAME / FEED_BAD_PACKET error naming the problem, never a crash.
 */
import { BourseError } from '../kernel/errors.ts';
import { WireReader, WireWriter } from './wire.ts';
import { readPacket, type FeedPacket } from './decoder.ts';

/** A reply holds at most the server's max range of datagrams; anything far larger is garbage. */
export const MAX_FRAME_BYTES = 64 << 20;

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

const STATUS_NAMES = ['unspecified', 'ok', 'unknown_session', 'unknown_channel', 'range_too_large', 'too_old', 'not_yet_published', 'rate_limited', 'malformed'];
export function retransmitStatusName(s: number): string {
  return STATUS_NAMES[s] ?? `status_${s}`;
}

export interface RetransmitRequest {
  sessionId: bigint;
  channelId: number;
  firstSeq: number;
  count: number;
  requestId: number;
}

export interface RetransmitResponse {
  requestId: number;
  status: number;
  reason: string;
  errorCode: number;
  sessionId: bigint;
  channelId: number;
  firstSeq: number;
  count: number;
  packets: FeedPacket[];
  windowFirstSeq: number;
  lastSeq: number;
}

/** One request, framed (length prefix included). */
export function encodeRequest(q: RetransmitRequest): Uint8Array {
  const w = new WireWriter();
  w.uint(1, q.sessionId);
  w.uint(2, q.channelId);
  w.uint(3, q.firstSeq);
  w.uint(4, q.count);
  w.uint(5, q.requestId);
  const body = w.finish();
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint32(0, body.length, false);
  out.set(body, 4);
  return out;
}

/** Decode one response frame body (without its length prefix). */
export function decodeResponse(buf: Uint8Array, start = 0, end = buf.length): RetransmitResponse {
  const r = new WireReader(buf, start, end, 'FEED_BAD_FRAME', 'retransmit response');
  const m: RetransmitResponse = { requestId: 0, status: 0, reason: '', errorCode: 0, sessionId: 0n, channelId: 0, firstSeq: 0, count: 0, packets: [], windowFirstSeq: 0, lastSeq: 0 };
  while (!r.done) {
    const key = r.key();
    switch (key) {
      case (1 << 3) | 0: m.requestId = r.uint32(); break;
      case (2 << 3) | 0: m.status = r.uint32(); break;
      case (3 << 3) | 2: m.reason = r.string(); break;
      case (4 << 3) | 0: m.errorCode = r.uint32(); break;
      case (5 << 3) | 0: m.sessionId = r.uint64Big(); break;
      case (6 << 3) | 0: m.channelId = r.uint32(); break;
      case (7 << 3) | 0: m.firstSeq = r.uint64('first_seq'); break;
      case (8 << 3) | 0: m.count = r.uint32(); break;
      case (9 << 3) | 2: {
        const n = r.len();
        // Packets inside a reply are checked exactly like datagrams (FEED_BAD_PACKET).
        const pr = new WireReader(buf, r.pos, r.pos + n, 'FEED_BAD_PACKET', 'retransmitted packet');
        m.packets.push(readPacket(pr, r.pos + n));
        r.pos += n;
        break;
      }
      case (10 << 3) | 0: m.windowFirstSeq = r.uint64('window_first_seq'); break;
      case (11 << 3) | 0: m.lastSeq = r.uint64('last_seq'); break;
      default:
        if (key >>> 3 <= 11) r.fail(`field ${key >>> 3} has wrong wire type ${key & 7}`);
        r.skip(key & 7);
    }
  }
  return m;
}

/**
 * Incremental length-prefixed frame splitter. `push` bytes as they come; `next()` returns the
 * next complete frame body (a view valid until the next push) or undefined.
 */
export class FrameReader {
  private buf = new Uint8Array(4096);
  private start = 0;
  private end = 0;
  private readonly maxFrame: number;

  constructor(maxFrame = MAX_FRAME_BYTES) {
    this.maxFrame = maxFrame;
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

  /** The next whole frame's body, or undefined when more bytes are needed. Throws FEED_BAD_FRAME. */
  next(): Uint8Array | undefined {
    const held = this.end - this.start;
    if (held < 4) return undefined;
    const b = this.buf;
    const s = this.start;
    const n = ((b[s]! << 24) | (b[s + 1]! << 16) | (b[s + 2]! << 8) | b[s + 3]!) >>> 0;
    if (n > this.maxFrame) throw new BourseError('FEED_BAD_FRAME', `frame length ${n} is above the ${this.maxFrame}-byte limit`);
    if (held < 4 + n) return undefined;
    this.start = s + 4 + n;
    if (this.start === this.end) this.start = this.end = 0;
    return b.subarray(s + 4, s + 4 + n);
  }
}
