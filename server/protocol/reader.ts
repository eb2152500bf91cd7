/**
 * Protobuf wire primitives for reading: a bounds-checked reader over one buffer (feed datagrams,
 * retransmission frames). Pure code, no I/O. Writing is writer.ts.
 *
 * Why not the generated protobufjs code: uint64 session ids must stay exact (bigint here), the
 * reader must reject garbage with a clear reason instead of reading past a length, and the hot
 * path should not allocate per field. A test encodes random messages with proto/gen and checks
 * this reader decodes them equal, so the two cannot drift apart silently.
 */
import { BourseError, type ErrorCode } from '../kernel/errors.ts';

export const WireType = { Varint: 0, Fixed64: 1, Bytes: 2, Fixed32: 5 } as const;

const TWO32 = 4294967296;
const MAX_SAFE_HI = 0x1fffff; // 2^53 = hi < 2^21

export class WireReader {
  buf: Uint8Array;
  pos: number;
  end: number;
  /** The registered error this reader throws (packet vs retransmission frame). */
  private readonly code: ErrorCode;
  private readonly what: string;
  // Scratch of the last varint read: low and high 32 bits.
  private lo = 0;
  private hi = 0;

  constructor(buf: Uint8Array, start: number, end: number, code: ErrorCode, what: string) {
    this.buf = buf;
    this.pos = start;
    this.end = end;
    this.code = code;
    this.what = what;
  }

  /** Points this reader at another span (hot paths reuse one reader instead of making one per frame). */
  reset(buf: Uint8Array, start: number, end: number): this {
    this.buf = buf;
    this.pos = start;
    this.end = end;
    return this;
  }

  fail(detail: string): never {
    throw new BourseError(this.code, `${this.what}: ${detail} (byte ${this.pos})`);
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  /** Reads a varint into lo/hi. */
  private varint(): void {
    const buf = this.buf;
    const end = this.end;
    let pos = this.pos;
    let lo = 0;
    let b: number;
    for (let i = 0; i < 4; i++) {
      if (pos >= end) this.fail('varint runs past the end');
      b = buf[pos++]!;
      lo |= (b & 0x7f) << (7 * i);
      if (b < 0x80) {
        this.pos = pos;
        this.lo = lo >>> 0;
        this.hi = 0;
        return;
      }
    }
    if (pos >= end) this.fail('varint runs past the end');
    b = buf[pos++]!;
    lo |= (b & 0x0f) << 28;
    let hi = (b & 0x7f) >> 4;
    if (b >= 0x80) {
      for (let i = 0; ; i++) {
        if (i === 5) this.fail('varint longer than 10 bytes');
        if (pos >= end) this.fail('varint runs past the end');
        b = buf[pos++]!;
        hi |= (b & 0x7f) << (7 * i + 3);
        if (b < 0x80) break;
      }
    }
    this.pos = pos;
    this.lo = lo >>> 0;
    this.hi = hi >>> 0;
  }

  /** Field key: returns field number * 8 + wire type, or fails on an impossible key. */
  key(): number {
    const p = this.pos;
    if (p < this.end) {
      // Fast path: fields 1..15 have one-byte keys.
      const b = this.buf[p]!;
      if (b < 0x80 && b >= 8) {
        const wt = b & 7;
        if (wt === 0 || wt === 1 || wt === 2 || wt === 5) {
          this.pos = p + 1;
          return b;
        }
      }
    }
    this.varint();
    if (this.hi !== 0 || this.lo >>> 3 === 0) this.fail('invalid field key');
    const wt = this.lo & 7;
    if (wt !== 0 && wt !== 1 && wt !== 2 && wt !== 5) this.fail(`unsupported wire type ${wt}`);
    return this.lo;
  }

  uint32(): number {
    const p = this.pos;
    if (p < this.end && this.buf[p]! < 0x80) {
      this.pos = p + 1;
      return this.buf[p]!;
    }
    this.varint();
    // proto3 uint32/enum: upper bits of a longer varint are dropped (as protobufjs does).
    return this.lo;
  }

  bool(): boolean {
    this.varint();
    return this.lo !== 0 || this.hi !== 0;
  }

  /**
   * Fast path of the 64-bit readers: a varint that ends within 4 bytes (a value below 2^28, the
   * common case for seqs, prices and quantities) is returned and consumed; otherwise -1, and
   * nothing is consumed (the caller falls back to the full varint).
   */
  private small(): number {
    const buf = this.buf;
    let p = this.pos;
    if (p + 4 > this.end) return -1;
    let v = 0;
    for (let i = 0; i < 4; i++) {
      const b = buf[p++]!;
      v |= (b & 0x7f) << (7 * i);
      if (b < 0x80) {
        this.pos = p;
        return v;
      }
    }
    return -1;
  }

  /** uint64 as a number; fails above 2^53 (sequence numbers, counts, times in µs). */
  uint64(field: string): number {
    const v = this.small();
    if (v >= 0) return v;
    this.varint();
    if (this.hi > MAX_SAFE_HI) this.fail(`${field} is above 2^53`);
    return this.hi * TWO32 + this.lo;
  }

  /**
   * uint64 as two 32-bit halves, no bigint (a session id compared with the last one seen, on a
   * path that must not allocate): returns the low half; the high half is `highHalf` after it.
   */
  uint64Halves(): number {
    this.varint();
    this.highHalf = this.hi;
    return this.lo;
  }

  /** The high 32 bits of the last uint64Halves(). */
  highHalf = 0;

  /** uint64 exactly (session ids). */
  uint64Big(): bigint {
    this.varint();
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }

  /** int64 (two's complement varint) as a number; fails outside +-2^53. */
  int64(field: string): number {
    // A non-negative value below 2^28 (prices, quantities): the fast path.
    const v = this.small();
    if (v >= 0) return v;
    this.varint();
    let hi = this.hi;
    let lo = this.lo;
    if (hi & 0x80000000) {
      lo = (~lo + 1) >>> 0;
      hi = (~hi + (lo === 0 ? 1 : 0)) >>> 0;
      if (hi > MAX_SAFE_HI) this.fail(`${field} is below -2^53`);
      return -(hi * TWO32 + lo);
    }
    if (hi > MAX_SAFE_HI) this.fail(`${field} is above 2^53`);
    return hi * TWO32 + lo;
  }

  fixed32(): number {
    const p = this.pos;
    if (p + 4 > this.end) this.fail('fixed32 runs past the end');
    const b = this.buf;
    this.pos = p + 4;
    return (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24)) >>> 0;
  }

  /** fixed64 as a number (exact below 2^53; send_time_ns is rounded to ~256 ns, fine for µs latency). */
  fixed64(): number {
    const lo = this.fixed32();
    const hi = this.fixed32();
    return hi * TWO32 + lo;
  }

  /** Length of a length-delimited field; checks it fits. Leaves pos at its first byte. */
  len(): number {
    const p = this.pos;
    if (p < this.end) {
      const b = this.buf[p]!;
      if (b < 0x80) {
        if (b > this.end - p - 1) this.fail('length runs past the end');
        this.pos = p + 1;
        return b;
      }
    }
    this.varint();
    if (this.hi !== 0 || this.lo > this.end - this.pos) this.fail('length runs past the end');
    return this.lo;
  }

  string(): string {
    const n = this.len();
    const p = this.pos;
    this.pos = p + n;
    let s = '';
    for (let i = p; i < p + n; i++) {
      const c = this.buf[i]!;
      // Names and currencies are ASCII by contract; anything else is shown escaped, never trusted.
      s += c < 0x80 ? String.fromCharCode(c) : '\ufffd';
    }
    return s;
  }

  /** Skip a field of an unknown number (forward compatibility). */
  skip(wireType: number): void {
    switch (wireType) {
      case WireType.Varint:
        this.varint();
        return;
      case WireType.Fixed64:
        if (this.pos + 8 > this.end) this.fail('fixed64 runs past the end');
        this.pos += 8;
        return;
      case WireType.Bytes: {
        const n = this.len(); // before `this.pos +=`, which would read pos first
        this.pos += n;
        return;
      }
      case WireType.Fixed32:
        if (this.pos + 4 > this.end) this.fail('fixed32 runs past the end');
        this.pos += 4;
        return;
      default:
        this.fail(`unsupported wire type ${wireType}`);
    }
  }

  /** Fails unless a known field came with its declared wire type. */
  expect(key: number, wireType: number, field: string): void {
    if ((key & 7) !== wireType) this.fail(`${field} has wire type ${key & 7}, expected ${wireType}`);
  }
}
