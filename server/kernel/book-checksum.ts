/**
 * The book checksum every Bourse book update carries, so a client can prove its book equals
 * the publisher's (docs/checksum.md). CRC-32 (IEEE) over this canonical encoding of the top
 * CHECKSUM_DEPTH levels per side:
 *
 *   +--------+--------+------------------------------------+------------------------------------+
 *   | nb u8  | na u8  | nb x (price i64 LE, qty i64 LE)    | na x (price i64 LE, qty i64 LE)    |
 *   +--------+--------+------------------------------------+------------------------------------+
 *     nb, na = number of bid / ask levels included (<= 10); bids best (highest) first, then asks
 *     best (lowest) first; price and quantity in integer units. An empty book hashes 2 zero bytes.
 *
 * Shared by the publisher (server/mdp) and the broker's feed client: it is part of the wire
 * contract, so it lives in the kernel.
 */
import { crc32 } from './crc32.ts';

export const CHECKSUM_DEPTH = 10;
const BYTES = 2 + 2 * CHECKSUM_DEPTH * 16;
const TWO32 = 4294967296;

/** Reusable scratch: the hot path computes a checksum without allocating. */
export class BookChecksum {
  private readonly u8 = new Uint8Array(BYTES);
  private readonly dv = new DataView(this.u8.buffer);
  private pos = 2;
  private nb = 0;
  private na = 0;

  begin(): void {
    this.pos = 2;
    this.nb = 0;
    this.na = 0;
  }

  /** Add the next level; bids first (best first), then asks (best first). */
  level(isBid: boolean, price: number, qty: number): void {
    const dv = this.dv;
    const p = this.pos;
    dv.setUint32(p, price >>> 0, true);
    dv.setUint32(p + 4, Math.floor(price / TWO32), true);
    dv.setUint32(p + 8, qty >>> 0, true);
    dv.setUint32(p + 12, Math.floor(qty / TWO32), true);
    this.pos = p + 16;
    if (isBid) this.nb++;
    else this.na++;
  }

  finish(): number {
    this.u8[0] = this.nb;
    this.u8[1] = this.na;
    return crc32(this.u8, 0, this.pos);
  }
}

/** Checksum of a book given as arrays (tools, clients, tests). Levels best first. */
export function bookChecksum(bids: readonly { price: number; qty: number }[], asks: readonly { price: number; qty: number }[]): number {
  const c = new BookChecksum();
  c.begin();
  for (let i = 0; i < bids.length && i < CHECKSUM_DEPTH; i++) c.level(true, bids[i]!.price, bids[i]!.qty);
  for (let i = 0; i < asks.length && i < CHECKSUM_DEPTH; i++) c.level(false, asks[i]!.price, asks[i]!.qty);
  return c.finish();
}
