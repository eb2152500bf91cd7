/**
 * The book checksum of docs/checksum.md, recomputed in the browser: CRC-32 (IEEE) over
 * nb u8, na u8, then (price i64 LE, qty i64 LE) for the top 10 bids (best first), then asks.
 * (The dashboard uses only the public protocol, so this is its own copy of the few lines.)
 */
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

const buf = new Uint8Array(2 + 20 * 16);
const dv = new DataView(buf.buffer);

export interface PQ {
  price: number;
  qty: number;
}

export function bookChecksum(bids: readonly PQ[], asks: readonly PQ[]): number {
  let p = 2;
  const put = (l: PQ) => {
    dv.setUint32(p, l.price >>> 0, true);
    dv.setUint32(p + 4, Math.floor(l.price / 4294967296), true);
    dv.setUint32(p + 8, l.qty >>> 0, true);
    dv.setUint32(p + 12, Math.floor(l.qty / 4294967296), true);
    p += 16;
  };
  const nb = Math.min(10, bids.length);
  const na = Math.min(10, asks.length);
  for (let i = 0; i < nb; i++) put(bids[i]!);
  for (let i = 0; i < na; i++) put(asks[i]!);
  buf[0] = nb;
  buf[1] = na;
  let c = 0xffffffff;
  for (let i = 0; i < p; i++) c = TABLE[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
