/**
 * Market-data records: what the MDP emits, in order, each with its own MD sequence number.
 * The multicast feed, the WebSocket relay and the bars store all consume this one stream, and
 * `md=<sha256>` in `bourse replay` hashes exactly these bytes. Fixed 80-byte records, ten
 * 8-byte slots, little-endian (the same framing as engine events):
 *
 *   0      1      2             4                          8
 *   +------+------+-------------+--------------------------+
 *   | type | side |  code u16   |        symbol u32        |  slot 0   type high bit: END_OF_UPDATE
 *   +------+------+-------------+--------------------------+
 *   |  mdSeq f64      contiguous from 1                    |  slot 1
 *   |  time f64       µs (BAR: the bar's open time)        |  slot 2
 *   |  slots 3..9 by type (below)                          |
 *   +------------------------------------------------------+  80
 *
 *   LEVEL      side, code = LevelAction; 3 price, 4 qty (level total), 5 order count,
 *              6 checksum (u32, of the book after the whole update), 7 engine event seq,
 *              8 input seq. END_OF_UPDATE on the last LEVEL of one input for one symbol:
 *              verify the checksum there.
 *   TRADE      side = aggressor; 3 price, 4 qty, 5 trade id, 7 engine event seq, 8 input seq
 *   BAR        code = interval index | BarKind << 8; 2 open time, 3 open, 4 high, 5 low,
 *              6 close, 7 volume, 8 trade count, 9 notional (sum price*qty, for VWAP)
 *   STATUS     code = TradingStatus
 *   INSTRUMENT code = priceDecimals | qtyDecimals << 8; 3-4 name (16 bytes ASCII), 5 tick,
 *              6 lot, 7 max qty, 8 reference price
 */
export const MD_SIZE = 80;
export const MD_SLOTS = 10;
export const END_OF_UPDATE = 0x80;
export const MD_TYPE_MASK = 0x7f;

export const Md = { Level: 1, Trade: 2, Bar: 3, Status: 4, Instrument: 5 } as const;
export type MdType = (typeof Md)[keyof typeof Md];

export const LevelAction = { New: 1, Change: 2, Delete: 3 } as const;
export type LevelAction = (typeof LevelAction)[keyof typeof LevelAction];

export interface MdView {
  type: number;
  endOfUpdate: boolean;
  side: number;
  code: number;
  symbol: number;
  mdSeq: number;
  time: number;
  s: number[]; // slots 3..9
  name?: string;
}

export function decodeMd(f64: Float64Array, i32: Int32Array, index: number): MdView {
  const b = index * MD_SLOTS;
  const h = i32[b * 2]!;
  const v: MdView = {
    type: h & MD_TYPE_MASK,
    endOfUpdate: (h & END_OF_UPDATE) !== 0,
    side: (h >>> 8) & 0xff,
    code: (h >>> 16) & 0xffff,
    symbol: i32[b * 2 + 1]! >>> 0,
    mdSeq: f64[b + 1]!,
    time: f64[b + 2]!,
    s: Array.from(f64.subarray(b + 3, b + 10)),
  };
  if (v.type === Md.Instrument) {
    const u8 = new Uint8Array(f64.buffer, f64.byteOffset + (b + 3) * 8, 16);
    let name = '';
    for (const c of u8) if (c) name += String.fromCharCode(c);
    v.name = name;
  }
  return v;
}

/** An instrument as the market-data stream describes it (INSTRUMENT and STATUS records). */
export interface MdInstrument {
  symbol: number;
  name: string;
  tick: number;
  lot: number;
  maxQty: number;
  refPrice: number;
  priceDecimals: number;
  qtyDecimals: number;
  status: number;
}
