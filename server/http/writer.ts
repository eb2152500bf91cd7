/**
 * Bars to response bytes: exact decimal text from integer units, written as digits straight
 * into Buffers (JSON or CSV), no string per value or per row. The output equals kernel
 * formatDecimal's exactly (test/unit/bars-format.test.ts checks both).
 */
import { BAR_FIELDS, F_OPEN_TIME, F_OPEN, F_HIGH, F_LOW, F_CLOSE, F_VOLUME, F_TRADES, F_NOTIONAL } from '../bars/store.ts';

const ZEROS = Array.from({ length: 24 }, (_, i) => '0'.repeat(i));

/** Exact integer units -> decimal text, equal to kernel formatDecimal, several times faster. */
export function decimalFormatter(d: number): (u: number) => string {
  if (d === 0) return (u) => String(u);
  const p = 10 ** d;
  return (u) => {
    let int = Math.floor(u / p);
    let frac = u - int * p;
    if (frac < 0) {
      int--;
      frac += p;
    } else if (frac >= p) {
      int++;
      frac -= p;
    }
    if (frac === 0) return String(int);
    let dd = d;
    while (frac % 10 === 0) {
      frac /= 10;
      dd--;
    }
    const f = String(frac);
    return `${int}.${f.length < dd ? ZEROS[dd - f.length]! + f : f}`;
  };
}

/**
 * Bars straight to response bytes (JSON or CSV): digits are written into a Buffer, no string
 * per value or per row. Output equals formatDecimal's exactly (a test checks it). VWAP is
 * notional / volume rounded to price decimals + 4 (null for an empty bar).
 */
export class BarBytes {
  /** Bytes per output buffer; a buffer is handed out when less than one row's room is left. */
  static readonly SIZE = 1 << 18;
  private static readonly ROOM = 512;
  private u8 = BarBytes.alloc(BarBytes.SIZE);
  private p = 0;
  private first = true;
  private readonly tmp = new Uint8Array(32);
  private readonly pd: number;
  private readonly qd: number;
  private readonly ppw: number;
  private readonly qpw: number;
  private readonly vpw: number;
  private readonly csv: boolean;

  constructor(priceDecimals: number, qtyDecimals: number, csv: boolean) {
    this.pd = priceDecimals;
    this.qd = qtyDecimals;
    this.ppw = 10 ** priceDecimals;
    this.qpw = 10 ** qtyDecimals;
    this.vpw = 10 ** (priceDecimals + 4);
    this.csv = csv;
  }

  text(s: string): void {
    const bytes = Buffer.from(s, 'utf8');
    if (this.p + bytes.length > this.u8.length) {
      const next = BarBytes.alloc(Math.max(this.u8.length * 2, this.p + bytes.length));
      next.set(this.u8.subarray(0, this.p));
      this.u8 = next;
    }
    this.lit(bytes);
  }

  private lit(s: Uint8Array): void {
    this.u8.set(s, this.p);
    this.p += s.length;
  }

  /** A non-negative safe integer, two digits per division. */
  private uint(n: number): void {
    const tmp = this.tmp;
    let t = 32;
    let x = n;
    while (x >= 100) {
      const q = Math.floor(x / 100);
      const r = (x - q * 100) * 2;
      tmp[--t] = DIG2[r + 1]!;
      tmp[--t] = DIG2[r]!;
      x = q;
    }
    if (x >= 10) {
      tmp[--t] = DIG2[x * 2 + 1]!;
      tmp[--t] = DIG2[x * 2]!;
    } else tmp[--t] = 48 + x;
    const b = this.u8;
    let p = this.p;
    while (t < 32) b[p++] = tmp[t++]!;
    this.p = p;
  }

  /** Integer units with `d` decimals, trailing zeros trimmed (formatDecimal's text). */
  private dec(u: number, d: number, pw: number): void {
    if (d === 0) return this.uint(u);
    const int = Math.floor(u / pw);
    let frac = u - int * pw;
    this.uint(int);
    if (frac === 0) return;
    let dd = d;
    while (frac % 10 === 0) {
      frac /= 10;
      dd--;
    }
    const tmp = this.tmp;
    let t = 32;
    while (dd >= 2) {
      const q = Math.floor(frac / 100);
      const r = (frac - q * 100) * 2;
      tmp[--t] = DIG2[r + 1]!;
      tmp[--t] = DIG2[r]!;
      frac = q;
      dd -= 2;
    }
    if (dd === 1) tmp[--t] = 48 + frac;
    const b = this.u8;
    let p = this.p;
    b[p++] = 46;
    while (t < 32) b[p++] = tmp[t++]!;
    this.p = p;
  }

  /** Format `count` bars of a BarChunk; full buffers are pushed to `out`. */
  rows(f: Float64Array, count: number, out: Buffer[]): void {
    const pd = this.pd;
    const ppw = this.ppw;
    const qd = this.qd;
    const qpw = this.qpw;
    for (let i = 0, o = 0; i < count; i++, o += BAR_FIELDS) {
      if (this.p + BarBytes.ROOM > this.u8.length) this.flush(out);
      if (this.csv) {
        this.uint(f[o + F_OPEN_TIME]!);
        this.u8[this.p++] = 44;
        this.dec(f[o + F_OPEN]!, pd, ppw);
        this.u8[this.p++] = 44;
        this.dec(f[o + F_HIGH]!, pd, ppw);
        this.u8[this.p++] = 44;
        this.dec(f[o + F_LOW]!, pd, ppw);
        this.u8[this.p++] = 44;
        this.dec(f[o + F_CLOSE]!, pd, ppw);
        this.u8[this.p++] = 44;
        this.dec(f[o + F_VOLUME]!, qd, qpw);
        this.u8[this.p++] = 44;
        this.uint(f[o + F_TRADES]!);
        this.u8[this.p++] = 10;
        continue;
      }
      this.lit(this.first ? J_OPEN_FIRST : J_OPEN);
      this.first = false;
      this.uint(f[o + F_OPEN_TIME]!);
      this.lit(J_OPEN_PX);
      this.dec(f[o + F_OPEN]!, pd, ppw);
      this.lit(J_HIGH);
      this.dec(f[o + F_HIGH]!, pd, ppw);
      this.lit(J_LOW);
      this.dec(f[o + F_LOW]!, pd, ppw);
      this.lit(J_CLOSE);
      this.dec(f[o + F_CLOSE]!, pd, ppw);
      this.lit(J_VOLUME);
      const vol = f[o + F_VOLUME]!;
      this.dec(vol, qd, qpw);
      this.lit(J_TRADES);
      this.uint(f[o + F_TRADES]!);
      if (vol === 0) {
        this.lit(J_VWAP_NULL);
        continue;
      }
      this.lit(J_VWAP);
      const w = Math.round((f[o + F_NOTIONAL]! * 1e4) / vol);
      if (Number.isSafeInteger(w)) this.dec(w, pd + 4, this.vpw);
      else this.text((f[o + F_NOTIONAL]! / vol / ppw).toFixed(Math.min(pd + 4, 100)).replace(/\.?0+$/, ''));
      this.lit(J_END);
    }
  }

  /** Hand out what is written so far. */
  flush(out: Buffer[]): void {
    if (this.p === 0) return;
    out.push(Buffer.from(this.u8.buffer, this.u8.byteOffset, this.p));
    this.u8 = BarBytes.alloc(BarBytes.SIZE);
    this.p = 0;
  }

  /** Memory that is not zero-filled (every byte handed out is written first), as a plain Uint8Array. */
  private static alloc(n: number): Uint8Array {
    const b = Buffer.allocUnsafeSlow(n);
    return new Uint8Array(b.buffer, b.byteOffset, n);
  }
}

/** "00".."99" as byte pairs. */
const DIG2 = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  DIG2[i * 2] = 48 + ((i / 10) | 0);
  DIG2[i * 2 + 1] = 48 + (i % 10);
}
const lat = (s: string) => Buffer.from(s, 'latin1');
const J_OPEN_FIRST = lat('{"open_time_ms":');
const J_OPEN = lat(',{"open_time_ms":');
const J_OPEN_PX = lat(',"open":"');
const J_HIGH = lat('","high":"');
const J_LOW = lat('","low":"');
const J_CLOSE = lat('","close":"');
const J_VOLUME = lat('","volume":"');
const J_TRADES = lat('","trades":');
const J_VWAP = lat(',"vwap":"');
const J_VWAP_NULL = lat(',"vwap":null}');
const J_END = lat('"}');
