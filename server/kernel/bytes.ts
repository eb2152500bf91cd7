/**
 * Little-endian byte writer/reader for snapshots and other canonical encodings.
 * Cold path (snapshots, tools): clarity over speed, but no per-field allocation.
 */
import { BourseError } from './errors.ts';

export class ByteWriter {
  private buf: Uint8Array;
  private dv: DataView;
  length = 0;

  constructor(initial = 1 << 16) {
    this.buf = new Uint8Array(initial);
    this.dv = new DataView(this.buf.buffer);
  }

  private room(n: number): number {
    const at = this.length;
    if (at + n > this.buf.length) {
      let cap = this.buf.length * 2;
      while (cap < at + n) cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.buf.subarray(0, at));
      this.buf = next;
      this.dv = new DataView(next.buffer);
    }
    this.length = at + n;
    return at;
  }

  // room() may swap the buffer, so it runs before `this.dv` is read.
  u8(v: number): void { const at = this.room(1); this.dv.setUint8(at, v); }
  u32(v: number): void { const at = this.room(4); this.dv.setUint32(at, v, true); }
  f64(v: number): void { const at = this.room(8); this.dv.setFloat64(at, v, true); }
  ascii(s: string, width: number): void {
    const at = this.room(width);
    for (let i = 0; i < width; i++) this.buf[at + i] = i < s.length ? s.charCodeAt(i) & 0x7f : 0;
  }
  bytes(b: Uint8Array): void { const at = this.room(b.length); this.buf.set(b, at); }
  /** `n` values of `a` from `from`, back to back (one bounds check for all of them). */
  f64run(a: Float64Array, from: number, n: number): void {
    const at = this.room(n * 8);
    const dv = this.dv;
    for (let i = 0; i < n; i++) dv.setFloat64(at + i * 8, a[from + i]!, true);
  }
  /** Overwrites 4 bytes already written (a length or a CRC filled in after its body). */
  setU32(at: number, v: number): void {
    if (at < 0 || at + 4 > this.length) throw new BourseError('INVARIANT', `setU32 at ${at} outside the ${this.length} bytes written`);
    this.dv.setUint32(at, v, true);
  }
  /** Zeros up to the next multiple of `to` bytes. */
  pad(to: number): void {
    const n = (to - (this.length % to)) % to;
    const at = this.room(n);
    this.buf.fill(0, at, at + n);
  }

  /** The written bytes without a copy: valid until the next write. */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  /** The written bytes (a copy, safe to keep). */
  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export class ByteReader {
  private readonly dv: DataView;
  private readonly buf: Uint8Array;
  private readonly what: string;
  pos = 0;

  constructor(buf: Uint8Array, what = 'snapshot') {
    this.buf = buf;
    this.what = what;
    this.dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  private take(n: number): number {
    const at = this.pos;
    if (at + n > this.buf.length) throw new BourseError('SNAPSHOT_CORRUPT', `${this.what} ends early at byte ${at}`);
    this.pos = at + n;
    return at;
  }

  u8(): number { return this.dv.getUint8(this.take(1)); }
  u32(): number { return this.dv.getUint32(this.take(4), true); }
  f64(): number { return this.dv.getFloat64(this.take(8), true); }
  ascii(width: number): string {
    const at = this.take(width);
    let s = '';
    for (let i = 0; i < width; i++) {
      const c = this.buf[at + i]!;
      if (c === 0) break;
      s += String.fromCharCode(c);
    }
    return s;
  }
  get done(): boolean { return this.pos === this.buf.length; }
}
