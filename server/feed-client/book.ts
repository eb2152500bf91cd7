/**
 * One symbol's L2 book as the client keeps it: per side, price levels in sorted typed arrays
 * with the BEST AT THE END (bids ascending, asks descending), so updates near the touch — almost
 * all of them — move few elements, and the top 10 for the checksum are the last 10 entries.
 * The lookup is the engine's (kernel/ladder.ts searchLadder); qty and count ride alongside.
 * The checksum is kernel/book-checksum.ts, the same code the publisher uses (part of the wire
 * contract, docs/checksum.md).
 */
import { CHECKSUM_DEPTH, bookChecksum } from '../kernel/book-checksum.ts';
import { crc32 } from '../kernel/crc32.ts';
import { searchLadder } from '../kernel/ladder.ts';

export interface BookLevel {
  price: number;
  qty: number;
  count: number;
}

class BookSide {
  /** Sort key: price for bids, -price for asks; ascending, so the best is at the end. */
  keys = new Float64Array(64);
  qty = new Float64Array(64);
  count = new Float64Array(64);
  n = 0;
  readonly sign: 1 | -1;
  /** A level among the top CHECKSUM_DEPTH changed since the checksum was last computed. */
  topChanged = true;

  constructor(sign: 1 | -1) {
    this.sign = sign;
  }

  /** The quantity a level had before the last set() that replaced it in place. */
  oldQty = 0;

  /**
   * Insert or replace the level at `price`. Returns the replaced level's index from the best
   * (0 = best) when it existed, its quantity before in `oldQty` (the owner marks topChanged or
   * patches its checksum); -1 for a new level (topChanged marked here when it is in the top).
   */
  set(price: number, qty: number, count: number): number {
    const key = this.sign * price;
    let i = searchLadder(this.keys, this.n, key);
    if (i < 0) {
      i = -i - 1;
      if (this.n === this.keys.length) this.grow();
      const n = this.n;
      if (i < n) {
        this.keys.copyWithin(i + 1, i, n);
        this.qty.copyWithin(i + 1, i, n);
        this.count.copyWithin(i + 1, i, n);
      }
      this.keys[i] = key;
      this.n = n + 1;
      this.qty[i] = qty;
      this.count[i] = count;
      if (this.n - 1 - i < CHECKSUM_DEPTH) this.topChanged = true;
      return -1;
    }
    this.oldQty = this.qty[i]!;
    this.qty[i] = qty;
    this.count[i] = count;
    return this.n - 1 - i;
  }

  /** Remove the level at `price`; false when there was none. */
  delete(price: number): boolean {
    const i = searchLadder(this.keys, this.n, this.sign * price);
    if (i < 0) return false;
    const n = this.n;
    if (n - 1 - i < CHECKSUM_DEPTH) this.topChanged = true;
    this.keys.copyWithin(i, i + 1, n);
    this.qty.copyWithin(i, i + 1, n);
    this.count.copyWithin(i, i + 1, n);
    this.n = n - 1;
    return true;
  }

  clear(): void {
    this.n = 0;
    this.topChanged = true;
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    const k = new Float64Array(cap);
    const q = new Float64Array(cap);
    const c = new Float64Array(cap);
    k.set(this.keys);
    q.set(this.qty);
    c.set(this.count);
    this.keys = k;
    this.qty = q;
    this.count = c;
  }

  /** Levels best first, at most `max`. */
  levels(max: number): BookLevel[] {
    const out: BookLevel[] = [];
    for (let i = this.n - 1; i >= 0 && out.length < max; i--) out.push({ price: this.sign * this.keys[i]!, qty: this.qty[i]!, count: this.count[i]! });
    return out;
  }
}

/*
 * Checksum scratch, laid out as docs/checksum.md (nb u8, na u8, then price/qty i64 LE pairs)
 * starting at byte 2, so the pairs start at byte 4 and can be written through an Int32Array
 * (little-endian hosts; checked below) instead of 4 DataView calls per level.
 */
const CK = new Uint8Array(4 + 2 * CHECKSUM_DEPTH * 16);
const CK32 = new Int32Array(CK.buffer, 4);
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const TWO32 = 4294967296;

/*
 * The checksum patched in place. CRC-32 is affine: for two messages of one length,
 * crc(M1) ^ crc(M2) = R(M1 ^ M2), R the bare register (start 0, no final inversion). When a
 * top-10 level's quantity changes in place (same price, same level counts: most updates), the
 * new checksum is the old one XOR R(the changed bytes at their offset). A byte v followed by r
 * bytes to the end contributes ZR[r * 256 + v] = R(v, then r zero bytes) (the zeros before it
 * leave the register at 0): a few lookups instead of hashing up to 322 bytes.
 */
const HASHED_MAX = 2 + 2 * CHECKSUM_DEPTH * 16;
const ZR = new Int32Array(HASHED_MAX * 256);
for (let v = 0; v < 256; v++) {
  let c = v;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  ZR[v] = c;
}
for (let r = 1; r < HASHED_MAX; r++) {
  for (let v = 0; v < 256; v++) {
    const c = ZR[(r - 1) * 256 + v]!;
    ZR[r * 256 + v] = ZR[c & 0xff]! ^ (c >>> 8);
  }
}

/** R(the 4 bytes of `x` (little-endian) at offset `at` of a hashed message of `len` bytes). */
function patch4(x: number, at: number, len: number): number {
  let c = 0;
  for (let k = 0; k < 4; k++) {
    const b = (x >>> (8 * k)) & 0xff;
    if (b !== 0) c ^= ZR[(len - 1 - at - k) * 256 + b]!;
  }
  return c;
}

export class L2Book {
  readonly bids = new BookSide(1);
  readonly asks = new BookSide(-1);
  private cached = 0;

  /** side: 1 buy (bids), 2 sell (asks). */
  set(side: number, price: number, qty: number, count: number): void {
    const s = side === 1 ? this.bids : this.asks;
    const j = s.set(price, qty, count);
    if (j < 0 || j >= CHECKSUM_DEPTH) return; // new (marked by the side if in the top), or below the top
    const old = s.oldQty;
    if (old === qty) return; // the order count is not hashed
    const b = this.bids;
    const a = this.asks;
    if (b.topChanged || a.topChanged) {
      s.topChanged = true; // recomputed whole at the next checksum()
      return;
    }
    // `cached` is the checksum of the top as it was: patch the quantity's 8 bytes.
    const nb = b.n < CHECKSUM_DEPTH ? b.n : CHECKSUM_DEPTH;
    const na = a.n < CHECKSUM_DEPTH ? a.n : CHECKSUM_DEPTH;
    const len = 2 + 16 * (nb + na);
    const at = 2 + 16 * (side === 1 ? j : nb + j) + 8;
    const d = patch4((old | 0) ^ (qty | 0), at, len) ^ patch4(Math.floor(old / TWO32) ^ Math.floor(qty / TWO32), at + 4, len);
    this.cached = (this.cached ^ d) >>> 0;
  }

  delete(side: number, price: number): boolean {
    return (side === 1 ? this.bids : this.asks).delete(price);
  }

  clear(): void {
    this.bids.clear();
    this.asks.clear();
  }

  get bidLevels(): number {
    return this.bids.n;
  }

  get askLevels(): number {
    return this.asks.n;
  }

  /**
   * CRC32 of the top 10 levels per side (the encoding of kernel/book-checksum.ts), without
   * allocating, and recomputed only when a top-10 level changed since the last call.
   */
  checksum(): number {
    const b = this.bids;
    const a = this.asks;
    if (!b.topChanged && !a.topChanged) return this.cached;
    if (!LITTLE_ENDIAN) return (this.cached = bookChecksum(b.levels(CHECKSUM_DEPTH), a.levels(CHECKSUM_DEPTH)));
    let w = 0;
    let nb = 0;
    for (let i = b.n - 1; i >= 0 && nb < CHECKSUM_DEPTH; i--, nb++, w += 4) put(w, b.keys[i]!, b.qty[i]!);
    let na = 0;
    for (let i = a.n - 1; i >= 0 && na < CHECKSUM_DEPTH; i--, na++, w += 4) put(w, -a.keys[i]!, a.qty[i]!);
    CK[2] = nb;
    CK[3] = na;
    b.topChanged = a.topChanged = false;
    return (this.cached = crc32(CK, 2, 4 + w * 4));
  }

  depth(side: number, max = Infinity): BookLevel[] {
    return (side === 1 ? this.bids : this.asks).levels(max);
  }

  /** Best bid / ask (undefined when that side is empty). */
  best(side: number): BookLevel | undefined {
    const s = side === 1 ? this.bids : this.asks;
    if (s.n === 0) return undefined;
    const i = s.n - 1;
    return { price: s.sign * s.keys[i]!, qty: s.qty[i]!, count: s.count[i]! };
  }
}

/** Write one (price, qty) pair as two i64 LE at int32 slot w. */
function put(w: number, price: number, qty: number): void {
  CK32[w] = price; // low 32 bits (ToInt32 keeps them)
  CK32[w + 1] = Math.floor(price / TWO32);
  CK32[w + 2] = qty;
  CK32[w + 3] = Math.floor(qty / TWO32);
}
