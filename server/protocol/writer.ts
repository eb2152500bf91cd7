/**
 * Hand-written protobuf encoding into a reused byte buffer: the packetizer's hot path, the
 * retransmission replies, and the client's requests. Faster than protobufjs's Writer here
 * (bench/feed.ts measures both) because nothing is allocated per field and 64-bit values stay
 * plain numbers (safe integers) instead of LongBits. Emits canonical proto3: fields in the order
 * written, zero values omitted. Field writers take the whole key byte (fields 1..15), e.g.
 * 0x08 = field 1, varint. Pure: no node:* imports.
 */

const TWO_32 = 4294967296;

/** Bytes a varint of the non-negative safe integer `v` takes (10 for a negative int64). */
export function varintSize(v: number): number {
  if (v < 0) return 10;
  let n = 1;
  while (v >= 128) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

export class ProtoWriter {
  buf: Uint8Array;
  pos = 0;

  constructor(size: number) {
    this.buf = new Uint8Array(size);
  }

  /** Non-negative integer below 2^53 as a varint. */
  varint(v: number): void {
    const b = this.buf;
    let p = this.pos;
    if (v < 0) {
      this.negVarint(v);
      return;
    }
    if (v > 0xffffffff) {
      // Above 32 bits (timestamps in µs: every report and feed packet): the value as two 32-bit
      // halves, shifted with integer ops (a double's % and floor cost a libc fmod call per byte).
      let lo = v >>> 0;
      let hi = (v - lo) / TWO_32;
      while (hi !== 0 || lo > 127) {
        b[p++] = (lo & 127) | 128;
        lo = ((lo >>> 7) | (hi << 25)) >>> 0;
        hi >>>= 7;
      }
      b[p++] = lo;
      this.pos = p;
      return;
    }
    while (v > 127) {
      b[p++] = (v & 127) | 128;
      v >>>= 7;
    }
    b[p++] = v;
    this.pos = p;
  }

  /** A negative int64: 10-byte two's complement varint (never on the feed today; correct anyway). */
  private negVarint(v: number): void {
    let hi = Math.floor(v / TWO_32);
    let lo = (v - hi * TWO_32) >>> 0;
    hi >>>= 0;
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < 9; i++) {
      b[p++] = (lo & 127) | 128;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    b[p++] = lo & 1;
    this.pos = p;
  }

  fixed32(v: number): void {
    const b = this.buf;
    const p = this.pos;
    b[p] = v & 255;
    b[p + 1] = (v >>> 8) & 255;
    b[p + 2] = (v >>> 16) & 255;
    b[p + 3] = (v >>> 24) & 255;
    this.pos = p + 4;
  }

  /** 64-bit fixed from two 32-bit halves. */
  fixed64(lo: number, hi: number): void {
    this.fixed32(lo);
    this.fixed32(hi);
  }

  byte(v: number): void {
    this.buf[this.pos++] = v;
  }

  // Field writers: skip the default (zero) value as proto3 does.

  /** uint32 / uint64 / int64 / enum field from a number. */
  fVarint(tagByte: number, v: number): void {
    if (v === 0) return;
    this.buf[this.pos++] = tagByte;
    this.varint(v);
  }

  fFixed32(tagByte: number, v: number): void {
    if (v === 0) return;
    this.buf[this.pos++] = tagByte;
    this.fixed32(v);
  }

  fBool(tagByte: number, v: boolean): void {
    if (!v) return;
    this.buf[this.pos++] = tagByte;
    this.buf[this.pos++] = 1;
  }

  /** ASCII string field (names, currencies: never multi-byte). */
  fAscii(tagByte: number, s: string): void {
    if (s.length === 0) return;
    this.buf[this.pos++] = tagByte;
    this.varint(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.pos++] = s.charCodeAt(i) & 0x7f;
  }

  /** uint64 field from a bigint: exact above 2^53 (a client echoing a session id; cold). */
  fVarintBig(tagByte: number, v: bigint): void {
    if (v === 0n) return;
    this.buf[this.pos++] = tagByte;
    while (v >= 0x80n) {
      this.buf[this.pos++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.pos++] = Number(v);
  }

  /** Length-delimited field holding raw bytes (a nested message already encoded). */
  fBytes(tagByte: number, bytes: Uint8Array): void {
    this.buf[this.pos++] = tagByte;
    this.varint(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  /** Grow to hold at least `extra` more bytes (cold: retransmission replies only). */
  ensure(extra: number): void {
    if (this.pos + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }
}

/**
 * Microseconds (a float, fraction = sub-µs) to nanoseconds as two uint32 halves, exactly:
 * ns since the epoch need 61 bits, more than a double holds.
 */
export function usToNs(us: number, out: Uint32Array): void {
  const whole = Math.floor(us);
  const sub = Math.min(999, Math.max(0, Math.round((us - whole) * 1000)));
  const uHi = Math.floor(whole / TWO_32);
  const uLo = whole - uHi * TWO_32;
  const lo = uLo * 1000 + sub; // < 2^42: exact in a double
  const carry = Math.floor(lo / TWO_32);
  out[0] = lo - carry * TWO_32;
  out[1] = uHi * 1000 + carry;
}
