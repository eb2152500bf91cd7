/**
 * Engine events: what the matching engine emits for every input, and what the market-data side
 * consumes (over the shared-memory bus, in exactly this layout). Fixed 80-byte records,
 * little-endian, ten 8-byte slots:
 *
 *   0      1      2             4                          8
 *   +------+------+-------------+--------------------------+
 *   | type | side |  code u16   |        symbol u32        |  slot 0
 *   (type's high bit, END_OF_INPUT, marks the last event of an input: every input yields at
 *    least one event, so a consumer knows an input is complete without waiting for the next)
 *   +------+------+-------------+--------------------------+
 *   |  seq f64      event sequence (contiguous from 1)     |  slot 1   8
 *   |  inputSeq f64 sequence of the input that caused it   |  slot 2  16
 *   |  time f64     µs since epoch, from the sequencer     |  slot 3  24
 *   |  orderId f64                                         |  slot 4  32
 *   |  price f64                                           |  slot 5  40
 *   |  qty f64                                             |  slot 6  48
 *   |  a f64                                               |  slot 7  56
 *   |  b f64                                               |  slot 8  64
 *   |  c f64                                               |  slot 9  72
 *   +------------------------------------------------------+        80
 *
 * Per type (side is the order's side; for TRADE, the aggressor's):
 *   ACCEPTED   orderId, price (0 for market), qty (as entered), a=clientOrderId, b=account,
 *              code = ordType | tif << 4
 *   REJECTED   code = error number (kernel/errors.ts), orderId = target (CANCEL/MODIFY) or the id
 *              a new order would have had, price, qty as entered, a=clientOrderId, b=account,
 *              c = command type
 *   RESTING    orderId, price, qty = quantity added to the book at price     (L2: add)
 *   CANCELLED  orderId, price, qty = quantity removed, code = CancelReason,
 *              a = 1 if it was resting in the book (L2: subtract), 0 if it never rested
 *   MODIFIED   orderId, price/qty = new price and leaves, a/b = old price and leaves,
 *              code = 1 if time priority was kept (L2: subtract old-new at price);
 *              0 if lost: the order left the book (L2: remove a/b) and re-enters as an
 *              aggressor, so TRADE and RESTING events for it may follow
 *   TRADE      orderId = maker, price, qty, a = taker order id, b = trade id, c = maker leaves,
 *              code = 1 when the maker is filled (L2: level count - 1)
 *   STATUS     code = TradingStatus
 *   CLOCK      time only: sequenced time passes, so bars close without trades
 *   INSTRUMENT symbol, slots 4-5 = name (16 bytes ASCII), slot 6 = tick, a = lot, b = maxQty,
 *              c = refPrice, code = priceDecimals | qtyDecimals << 8 (the band is the engine's
 *              own risk setting, not market data)
 */
export const EVENT_SIZE = 80;
/** Set on the type byte of the last event an input produced. Mask with TYPE_MASK to read the type. */
export const END_OF_INPUT = 0x80;
export const TYPE_MASK = 0x7f;
export const EVENT_SLOTS = 10;

export const Ev = {
  Accepted: 1,
  Rejected: 2,
  Resting: 3,
  Cancelled: 4,
  Modified: 5,
  Trade: 6,
  Status: 7,
  Clock: 8,
  Instrument: 9,
} as const;
export type EvType = (typeof Ev)[keyof typeof Ev];

export const EvName: Record<number, string> = {
  1: 'accepted', 2: 'rejected', 3: 'resting', 4: 'cancelled', 5: 'modified',
  6: 'trade', 7: 'status', 8: 'clock', 9: 'instrument',
};

export const CancelReason = {
  User: 1,
  /** IOC or market order: the part that could not trade at once. */
  Unfilled: 2,
  /** Self-trade prevention removed the resting order of the same account. */
  SelfTrade: 3,
} as const;

/** Slot indexes (in f64 units) inside a record. */
export const Slot = { seq: 1, inputSeq: 2, time: 3, orderId: 4, price: 5, qty: 6, a: 7, b: 8, c: 9 } as const;

/**
 * A growable buffer of event records. The engine appends; its driver drains (hashes, copies to
 * the bus) and resets `count`. Capacity doubles when needed, so steady state allocates nothing.
 */
export class EventLog {
  buffer: ArrayBuffer;
  f64: Float64Array;
  i32: Int32Array;
  u8: Uint8Array;
  count = 0;

  constructor(capacity = 4096) {
    this.buffer = new ArrayBuffer(capacity * EVENT_SIZE);
    this.f64 = new Float64Array(this.buffer);
    this.i32 = new Int32Array(this.buffer);
    this.u8 = new Uint8Array(this.buffer);
  }

  get capacity(): number {
    return this.f64.length / EVENT_SLOTS;
  }

  grow(): void {
    const next = new ArrayBuffer(this.buffer.byteLength * 2);
    new Uint8Array(next).set(this.u8);
    this.buffer = next;
    this.f64 = new Float64Array(next);
    this.i32 = new Int32Array(next);
    this.u8 = new Uint8Array(next);
  }

  /** The bytes of the records held now. A view, valid until the next append or grow. */
  bytes(): Uint8Array {
    return this.u8.subarray(0, this.count * EVENT_SIZE);
  }

  clear(): void {
    this.count = 0;
  }
}

/** A decoded event, for tests, tools and logs (never built on the hot path). */
export interface EventView {
  type: number;
  endOfInput: boolean;
  name: string;
  side: number;
  code: number;
  symbol: number;
  seq: number;
  inputSeq: number;
  time: number;
  orderId: number;
  price: number;
  qty: number;
  a: number;
  b: number;
  c: number;
}

export function decodeEvent(f64: Float64Array, i32: Int32Array, index: number): EventView {
  const s = index * EVENT_SLOTS;
  const h = i32[s * 2]!;
  const type = h & TYPE_MASK;
  return {
    type,
    endOfInput: (h & END_OF_INPUT) !== 0,
    name: EvName[type] ?? `unknown(${type})`,
    side: (h >>> 8) & 0xff,
    code: (h >>> 16) & 0xffff,
    symbol: i32[s * 2 + 1]! >>> 0,
    seq: f64[s + 1]!,
    inputSeq: f64[s + 2]!,
    time: f64[s + 3]!,
    orderId: f64[s + 4]!,
    price: f64[s + 5]!,
    qty: f64[s + 6]!,
    a: f64[s + 7]!,
    b: f64[s + 8]!,
    c: f64[s + 9]!,
  };
}

export function decodeEvents(log: EventLog): EventView[] {
  const out: EventView[] = [];
  for (let i = 0; i < log.count; i++) out.push(decodeEvent(log.f64, log.i32, i));
  return out;
}
