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
 *   |  seq f64      event sequence (contiguous from 1)     |  slot 1   8   EvSlot.seq
 *   |  inputSeq f64 sequence of the input that caused it   |  slot 2  16   EvSlot.inputSeq
 *   |  time f64     µs since epoch, from the sequencer     |  slot 3  24   EvSlot.time
 *   |  slots 4..9 by type (below)                          |          32
 *   +------------------------------------------------------+        80
 *
 * Per type (side is the order's side; for TRADE, the aggressor's), slots 4..9 in order:
 *   ACCEPTED   orderId, price (0 for market), qty (as entered), clientOrderId, account,
 *              session (the command's order-entry session, 0 = none);
 *              code = ordType | tif << 4 (acceptedCode)                          AcceptedEv
 *   REJECTED   orderId = target (CANCEL/MODIFY) or the id a new order would have had, price,
 *              qty as entered, clientOrderId, account, command type + 256 * session
 *              (rejectedCommand / rejectedSession; session 0 leaves it the command type);
 *              code = error number (kernel/errors.ts)                            RejectedEv
 *   RESTING    orderId, price, qty = quantity added to the book at price (L2: add)  RestingEv
 *   CANCELLED  orderId, price, qty = quantity removed, wasResting = 1 if it was in the book
 *              (L2: subtract), 0 if it never rested; code = CancelReason       CancelledEv
 *   MODIFIED   orderId, price, qty = new price and leaves, oldPrice, oldQty;
 *              code = Priority.Kept (L2: subtract old-new at price), or Priority.Lost: the
 *              order left the book (L2: remove oldQty at oldPrice) and re-enters as an
 *              aggressor, so TRADE and RESTING events for it may follow          ModifiedEv
 *   TRADE      maker (order id), price, qty, taker (order id), tradeId, makerLeaves;
 *              code = TradeCode.MakerFilled when the maker is filled (L2: count - 1)  TradeEv
 *   STATUS     code = TradingStatus
 *   AUCTION    (16, issue 14) during a call phase: side = imbalance side (0 none); price (0: no
 *              price crosses), matched qty, imbalance qty, call status (TradingStatus 4, 5, 7),
 *              reference price; code = AuctionCode (Indicative at the configured interval,
 *              Uncross once at the call's end, before its trades)               AuctionEv
 *   (TRADE of an uncross: side 0, no aggressor; maker = the sell order, taker = the buy order)
 *   CLOCK      time only: sequenced time passes, so bars close without trades
 *   INSTRUMENT name (16 bytes ASCII over slots 4-5), tick, lot, maxQty, refPrice;
 *              code = priceDecimals | qtyDecimals << 8 (the band is the engine's own risk
 *              setting, not market data)                                       InstrumentEv
 *   ACCOUNT    (types 32-47: accounts and risk, docs/accounts.md) an admin command took effect;
 *              code = the command type, symbol word = firm; account (0: the firm itself), kyc,
 *              flags, blocked (kill switch, 0/1), cash, n (ACCOUNT_ADD: accounts added; KILL:
 *              orders cancelled; ACCOUNT_FUNDS: the position set)                AccountEv
 *   (CANCELLED's code CancelReason.Kill: the kill switch removed the order)
 *   API_KEY    (48, gateway) symbol word = keyId; Ed25519 public key (32 bytes over slots 4-7),
 *              firm, rate; side byte = flags (bit 0: revoked)                   ApiKeyEv
 * Slots a type leaves out are 0. Hot readers use the accessors (record index k of f64/i32
 * views of one buffer) and `f64[k * EVENT_SLOTS + TradeEv.price]`; cold ones `decodeEvent`.
 */
import { BourseError } from '../kernel/errors.ts';
import type { AccountId, Micros, OrderId, Price, Qty, Seq, SymbolId } from '../kernel/types.ts';

export const EVENT_SIZE = 80;
/** Set on the type byte of the last event an input produced. Mask with TYPE_MASK to read the type. */
export const END_OF_INPUT = 0x80;
export const TYPE_MASK = 0x7f;
export const EVENT_SLOTS = 10;
/** i32 words per record; slot 0 is words 0 (type, side, code) and 1 (symbol). */
export const EVENT_WORDS = 20;

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
  // 16-31: trading day (issue 14)
  /** A call auction's indicative result or its uncross (AuctionEv). */
  Auction: 16,
  // 32-47: accounts and risk
  Account: 32,
  // 48-63: order-entry gateway
  ApiKey: 48,
} as const;
export type EvType = (typeof Ev)[keyof typeof Ev];

export const EvName: Record<number, string> = {
  1: 'accepted', 2: 'rejected', 3: 'resting', 4: 'cancelled', 5: 'modified',
  6: 'trade', 7: 'status', 8: 'clock', 9: 'instrument', 16: 'auction', 32: 'account', 48: 'apiKey',
};

export const CancelReason = {
  User: 1,
  /** IOC or market order: the part that could not trade at once. */
  Unfilled: 2,
  /** Self-trade prevention removed the resting order of the same account. */
  SelfTrade: 3,
  /** The kill switch blocked the order's firm or account. */
  Kill: 4,
  /** DAY at the close, GTD at its expire time (issue 14). */
  Expired: 5,
  /** The unexecuted rest of an at-open / at-close order after its auction. */
  AuctionEnd: 6,
} as const;

/** AUCTION's code. */
export const AuctionCode = { Indicative: 1, Uncross: 2 } as const;

/** MODIFIED's code: did the order keep its place in the queue? */
export const Priority = { Lost: 0, Kept: 1 } as const;
/**
 * TRADE's code, a bit set. MakerFilled alone in continuous trading. An uncross trade (side 0)
 * also says whether the taker (the buy order, resting too) was filled, and which of the two
 * was a market order resting off the public book (L2 folds nothing for it).
 */
export const TradeCode = { Partial: 0, MakerFilled: 1, TakerFilled: 2, MakerMarket: 4, TakerMarket: 8 } as const;

const SEQ = 1, INPUT_SEQ = 2, TIME = 3;
/** Slots 4..9: each type's fields, named by its table below. */
const B4 = 4, B5 = 5, B6 = 6, B7 = 7, B8 = 8, B9 = 9;
/** f64 slots every event has; orderId is the order an order event is about (TRADE: the maker). */
export const EvSlot = { seq: SEQ, inputSeq: INPUT_SEQ, time: TIME, orderId: B4 } as const;
/** f64 slots by type. */
export const AcceptedEv = { orderId: B4, price: B5, qty: B6, clientOrderId: B7, account: B8, session: B9 } as const;
export const RejectedEv = { orderId: B4, price: B5, qty: B6, clientOrderId: B7, account: B8, command: B9 } as const;
export const RestingEv = { orderId: B4, price: B5, qty: B6 } as const;
export const CancelledEv = { orderId: B4, price: B5, qty: B6, wasResting: B7 } as const;
export const ModifiedEv = { orderId: B4, price: B5, qty: B6, oldPrice: B7, oldQty: B8 } as const;
export const TradeEv = { maker: B4, price: B5, qty: B6, taker: B7, tradeId: B8, makerLeaves: B9 } as const;
export const AuctionEv = { price: B4, matchedQty: B5, imbalanceQty: B6, callStatus: B7, refPrice: B8 } as const;
/** publicKey: 32 bytes over slots 4-7. */
export const ApiKeyEv = { publicKey: B4, firm: B8, rate: B9 } as const;
/** REJECTED's slot 9 holds command + 256 * session. */
export function rejectedCommand(slot9: number): number {
  return slot9 % 256;
}
export function rejectedSession(slot9: number): number {
  return Math.floor(slot9 / 256);
}
/** name: 16 bytes over slots 4-5. */
export const InstrumentEv = { name: B4, tick: B6, lot: B7, maxQty: B8, refPrice: B9 } as const;
/** ACCOUNT: code = admin command type, symbol word = firm. */
export const AccountEv = { account: B4, kyc: B5, flags: B6, blocked: B7, cash: B8, n: B9 } as const;
const NAME_BYTES = 16;

// --- zero-allocation readers (small enough for V8 to inline)

/** Slot 0's first word of record k: type, side and code (read it once, decode with head*). */
export function evHead(i32: Int32Array, k: number): number {
  return i32[k * EVENT_WORDS]!;
}
export function headType(head: number): number {
  return head & TYPE_MASK;
}
export function headSide(head: number): number {
  return (head >>> 8) & 0xff;
}
export function headCode(head: number): number {
  return head >>> 16;
}
export function headEndOfInput(head: number): boolean {
  return (head & END_OF_INPUT) !== 0;
}
export function evType(i32: Int32Array, k: number): number {
  return headType(evHead(i32, k));
}
export function evEndOfInput(i32: Int32Array, k: number): boolean {
  return headEndOfInput(evHead(i32, k));
}
export function evSide(i32: Int32Array, k: number): number {
  return headSide(evHead(i32, k));
}
export function evCode(i32: Int32Array, k: number): number {
  return headCode(evHead(i32, k));
}
export function evSymbol(i32: Int32Array, k: number): number {
  return i32[k * EVENT_WORDS + 1]! >>> 0;
}
export function evSeq(f64: Float64Array, k: number): number {
  return f64[k * EVENT_SLOTS + EvSlot.seq]!;
}
export function evInputSeq(f64: Float64Array, k: number): number {
  return f64[k * EVENT_SLOTS + EvSlot.inputSeq]!;
}
export function evTime(f64: Float64Array, k: number): number {
  return f64[k * EVENT_SLOTS + EvSlot.time]!;
}
/** The 16 name bytes of an INSTRUMENT event (a view, valid while the buffer is). */
export function evNameBytes(f64: Float64Array, k: number): Uint8Array {
  return new Uint8Array(f64.buffer, f64.byteOffset + (k * EVENT_SLOTS + InstrumentEv.name) * 8, NAME_BYTES);
}
export function acceptedCode(ordType: number, tif: number): number {
  return ordType | (tif << 4);
}
export function ordTypeOf(acceptedCode: number): number {
  return acceptedCode & 0x0f;
}
export function tifOf(acceptedCode: number): number {
  return acceptedCode >>> 4;
}
/** INSTRUMENT's code (the MD INSTRUMENT record carries it unchanged). */
export function decimalsCode(priceDecimals: number, qtyDecimals: number): number {
  return priceDecimals | (qtyDecimals << 8);
}
export function priceDecimalsOf(decimalsCode: number): number {
  return decimalsCode & 0xff;
}
export function qtyDecimalsOf(decimalsCode: number): number {
  return decimalsCode >>> 8;
}

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

  /** Room for `extra` more records, in one grow (an uncross knows its bound before its fills). */
  reserve(extra: number): void {
    const need = (this.count + extra) * EVENT_SLOTS;
    if (need <= this.f64.length) return;
    let bytes = this.buffer.byteLength;
    while (bytes / 8 < need) bytes *= 2;
    const next = new ArrayBuffer(bytes);
    new Uint8Array(next).set(this.u8.subarray(0, this.count * EVENT_SIZE));
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

/**
 * The engine's EventLog: one append per event type, so each call names what goes in which
 * slot. Numbers events from 1 and stamps each with the input being applied. Each method writes
 * every slot once (0 for those its type leaves out) and stays small: V8 inlines them into the
 * matcher within its budget (bench engine).
 */
export class EventWriter extends EventLog {
  /** Sequence number of the last event written. */
  seq = 0;
  /** The input being applied: its seq and time go on each of its events. */
  inputSeq = 0;
  time = 0;

  /** Append a record: header and common slots. Returns its f64 base. */
  private head(type: number, side: number, code: number, symbol: number): number {
    if ((this.count + 1) * EVENT_SLOTS > this.f64.length) this.grow();
    const k = this.count++;
    const s = k * EVENT_SLOTS;
    const i = this.i32;
    const f = this.f64;
    i[k * EVENT_WORDS] = type | (side << 8) | (code << 16);
    i[k * EVENT_WORDS + 1] = symbol;
    f[s + SEQ] = ++this.seq;
    f[s + INPUT_SEQ] = this.inputSeq;
    f[s + TIME] = this.time;
    return s;
  }

  /** Flag the last record written as its input's last. */
  endInput(): void {
    const w = (this.count - 1) * EVENT_WORDS;
    this.i32[w] = this.i32[w]! | END_OF_INPUT;
  }

  accepted(side: number, ordType: number, tif: number, symbol: number, orderId: number, price: number, qty: number, clientOrderId: number, account: number, session = 0): void {
    const s = this.head(Ev.Accepted, side, acceptedCode(ordType, tif), symbol);
    const f = this.f64;
    f[s + B4] = orderId;
    f[s + B5] = price;
    f[s + B6] = qty;
    f[s + B7] = clientOrderId;
    f[s + B8] = account;
    f[s + B9] = session;
  }

  rejected(side: number, error: number, symbol: number, command: number, orderId: number, price: number, qty: number, clientOrderId: number, account: number, session = 0): void {
    const s = this.head(Ev.Rejected, side, error, symbol);
    const f = this.f64;
    f[s + B4] = orderId;
    f[s + B5] = price;
    f[s + B6] = qty;
    f[s + B7] = clientOrderId;
    f[s + B8] = account;
    f[s + B9] = command + session * 256;
  }

  /** API_KEY: keyId in the symbol word, flags in the side byte, the 32 key bytes copied from `key[at..]`. */
  apiKey(flags: number, keyId: number, key: Uint8Array, at: number, firm: number, rate: number): void {
    const s = this.head(Ev.ApiKey, flags, 0, keyId);
    this.u8.set(key.subarray(at, at + 32), (s + ApiKeyEv.publicKey) * 8);
    this.f64[s + B8] = firm;
    this.f64[s + B9] = rate;
  }

  resting(side: number, symbol: number, orderId: number, price: number, qty: number): void {
    const s = this.head(Ev.Resting, side, 0, symbol);
    const f = this.f64;
    f[s + B4] = orderId;
    f[s + B5] = price;
    f[s + B6] = qty;
    f[s + B7] = 0;
    f[s + B8] = 0;
    f[s + B9] = 0;
  }

  cancelled(side: number, reason: number, symbol: number, orderId: number, price: number, qty: number, wasResting: boolean): void {
    const s = this.head(Ev.Cancelled, side, reason, symbol);
    const f = this.f64;
    f[s + B4] = orderId;
    f[s + B5] = price;
    f[s + B6] = qty;
    f[s + B7] = wasResting ? 1 : 0;
    f[s + B8] = 0;
    f[s + B9] = 0;
  }

  modified(side: number, priority: number, symbol: number, orderId: number, price: number, qty: number, oldPrice: number, oldQty: number): void {
    const s = this.head(Ev.Modified, side, priority, symbol);
    const f = this.f64;
    f[s + B4] = orderId;
    f[s + B5] = price;
    f[s + B6] = qty;
    f[s + B7] = oldPrice;
    f[s + B8] = oldQty;
    f[s + B9] = 0;
  }

  trade(side: number, symbol: number, maker: number, price: number, qty: number, taker: number, tradeId: number, makerLeaves: number): void {
    const s = this.head(Ev.Trade, side, makerLeaves === 0 ? TradeCode.MakerFilled : TradeCode.Partial, symbol);
    const f = this.f64;
    f[s + B4] = maker;
    f[s + B5] = price;
    f[s + B6] = qty;
    f[s + B7] = taker;
    f[s + B8] = tradeId;
    f[s + B9] = makerLeaves;
  }

  /** A TRADE of an uncross: side 0, code = TradeCode bits (maker/taker filled, market). */
  uncrossTrade(symbol: number, code: number, maker: number, price: number, qty: number, taker: number, tradeId: number, makerLeaves: number): void {
    const s = this.head(Ev.Trade, 0, code, symbol);
    const f = this.f64;
    f[s + B4] = maker;
    f[s + B5] = price;
    f[s + B6] = qty;
    f[s + B7] = taker;
    f[s + B8] = tradeId;
    f[s + B9] = makerLeaves;
  }

  /** AUCTION: side = imbalance side (0 none), code = AuctionCode. */
  auction(code: number, side: number, symbol: number, price: number, matchedQty: number, imbalanceQty: number, callStatus: number, refPrice: number): void {
    const s = this.head(Ev.Auction, side, code, symbol);
    const f = this.f64;
    f[s + B4] = price;
    f[s + B5] = matchedQty;
    f[s + B6] = imbalanceQty;
    f[s + B7] = callStatus;
    f[s + B8] = refPrice;
    f[s + B9] = 0;
  }

  status(symbol: number, status: number): void {
    this.f64.fill(0, this.head(Ev.Status, 0, status, symbol) + B4, this.count * EVENT_SLOTS);
  }

  clock(): void {
    this.f64.fill(0, this.head(Ev.Clock, 0, 0, 0) + B4, this.count * EVENT_SLOTS);
  }

  account(command: number, firm: number, account: number, kyc: number, flags: number, blocked: number, cash: number, n: number): void {
    const s = this.head(Ev.Account, 0, command, firm);
    const f = this.f64;
    f[s + B4] = account;
    f[s + B5] = kyc;
    f[s + B6] = flags;
    f[s + B7] = blocked;
    f[s + B8] = cash;
    f[s + B9] = n;
  }

  instrument(symbol: number, name: string, tick: number, lot: number, maxQty: number, refPrice: number, priceDecimals: number, qtyDecimals: number): void {
    const s = this.head(Ev.Instrument, 0, decimalsCode(priceDecimals, qtyDecimals), symbol);
    const f = this.f64;
    f[s + B4] = 0;
    f[s + B5] = 0;
    f[s + B6] = tick;
    f[s + B7] = lot;
    f[s + B8] = maxQty;
    f[s + B9] = refPrice;
    const at = (s + InstrumentEv.name) * 8;
    for (let i = 0; i < NAME_BYTES && i < name.length; i++) this.u8[at + i] = name.charCodeAt(i);
  }
}

interface EventHead {
  endOfInput: boolean;
  /** The type's name ('trade', ...). */
  name: string;
  side: number;
  code: number;
  symbol: SymbolId;
  seq: Seq;
  inputSeq: Seq;
  time: Micros;
}

/**
 * A decoded event, for tests, tools and logs (never built on the hot path). Its numbers are
 * branded (kernel/types.ts): a price cannot be passed where a quantity or an order id belongs.
 */
export type EventView = EventHead & (
  | { type: typeof Ev.Accepted; orderId: OrderId; price: Price; qty: Qty; clientOrderId: number; account: AccountId; ordType: number; tif: number; session?: number }
  | { type: typeof Ev.Rejected; error: number; orderId: OrderId; price: Price; qty: Qty; clientOrderId: number; account: AccountId; command: number; session?: number }
  | { type: typeof Ev.ApiKey; keyId: number; publicKey: Uint8Array; firm: number; rate: number; revoked: boolean }
  | { type: typeof Ev.Resting; orderId: OrderId; price: Price; qty: Qty }
  | { type: typeof Ev.Cancelled; reason: number; orderId: OrderId; price: Price; qty: Qty; wasResting: boolean }
  | { type: typeof Ev.Modified; keptPriority: boolean; orderId: OrderId; price: Price; qty: Qty; oldPrice: Price; oldQty: Qty }
  | { type: typeof Ev.Trade; maker: OrderId; price: Price; qty: Qty; taker: OrderId; tradeId: number; makerLeaves: Qty; makerFilled: boolean }
  | { type: typeof Ev.Status; status: number }
  | { type: typeof Ev.Auction; auction: number; price: Price; matchedQty: Qty; imbalanceQty: Qty; callStatus: number; refPrice: Price }
  | { type: typeof Ev.Clock }
  | { type: typeof Ev.Account; command: number; firm: number; account: AccountId; kyc: number; flags: number; blocked: boolean; cash: number; n: number }
  | { type: typeof Ev.Instrument; ticker: string; tick: Price; lot: Qty; maxQty: Qty; refPrice: Price; priceDecimals: number; qtyDecimals: number }
);

export function decodeEvent(f64: Float64Array, i32: Int32Array, k: number): EventView {
  const s = k * EVENT_SLOTS;
  const type = evType(i32, k);
  const code = evCode(i32, k);
  const head: EventHead = {
    endOfInput: evEndOfInput(i32, k),
    name: EvName[type] ?? `unknown(${type})`,
    side: evSide(i32, k),
    code,
    symbol: evSymbol(i32, k) as SymbolId,
    seq: evSeq(f64, k) as Seq,
    inputSeq: evInputSeq(f64, k) as Seq,
    time: evTime(f64, k) as Micros,
  };
  // Branded reads of the record's slots (the brands cost nothing at run time).
  const at = (slot: number): number => f64[s + slot]!;
  const px = (slot: number) => at(slot) as Price;
  const q = (slot: number) => at(slot) as Qty;
  const id = (slot: number) => at(slot) as OrderId;
  const acct = (slot: number) => at(slot) as AccountId;
  switch (type) {
    case Ev.Accepted: {
      const session = at(AcceptedEv.session);
      return { ...head, type, orderId: id(AcceptedEv.orderId), price: px(AcceptedEv.price), qty: q(AcceptedEv.qty), clientOrderId: at(AcceptedEv.clientOrderId), account: acct(AcceptedEv.account), ordType: ordTypeOf(code), tif: tifOf(code), ...(session ? { session } : {}) };
    }
    case Ev.Rejected: {
      const session = rejectedSession(at(RejectedEv.command));
      return { ...head, type, error: code, orderId: id(RejectedEv.orderId), price: px(RejectedEv.price), qty: q(RejectedEv.qty), clientOrderId: at(RejectedEv.clientOrderId), account: acct(RejectedEv.account), command: rejectedCommand(at(RejectedEv.command)), ...(session ? { session } : {}) };
    }
    case Ev.ApiKey:
      return { ...head, type, keyId: head.symbol, publicKey: new Uint8Array(f64.buffer, f64.byteOffset + (s + ApiKeyEv.publicKey) * 8, 32).slice(), firm: at(ApiKeyEv.firm), rate: at(ApiKeyEv.rate), revoked: (head.side & 1) !== 0 };
    case Ev.Resting:
      return { ...head, type, orderId: id(RestingEv.orderId), price: px(RestingEv.price), qty: q(RestingEv.qty) };
    case Ev.Cancelled:
      return { ...head, type, reason: code, orderId: id(CancelledEv.orderId), price: px(CancelledEv.price), qty: q(CancelledEv.qty), wasResting: at(CancelledEv.wasResting) === 1 };
    case Ev.Modified:
      return { ...head, type, keptPriority: code === Priority.Kept, orderId: id(ModifiedEv.orderId), price: px(ModifiedEv.price), qty: q(ModifiedEv.qty), oldPrice: px(ModifiedEv.oldPrice), oldQty: q(ModifiedEv.oldQty) };
    case Ev.Trade:
      return { ...head, type, maker: id(TradeEv.maker), price: px(TradeEv.price), qty: q(TradeEv.qty), taker: id(TradeEv.taker), tradeId: at(TradeEv.tradeId), makerLeaves: q(TradeEv.makerLeaves), makerFilled: (code & TradeCode.MakerFilled) !== 0 };
    case Ev.Auction:
      return { ...head, type, auction: code, price: px(AuctionEv.price), matchedQty: q(AuctionEv.matchedQty), imbalanceQty: q(AuctionEv.imbalanceQty), callStatus: at(AuctionEv.callStatus), refPrice: px(AuctionEv.refPrice) };
    case Ev.Status:
      return { ...head, type, status: code };
    case Ev.Clock:
      return { ...head, type };
    case Ev.Instrument: {
      let ticker = '';
      for (const c of evNameBytes(f64, k)) if (c !== 0) ticker += String.fromCharCode(c);
      return { ...head, type, ticker, tick: px(InstrumentEv.tick), lot: q(InstrumentEv.lot), maxQty: q(InstrumentEv.maxQty), refPrice: px(InstrumentEv.refPrice), priceDecimals: priceDecimalsOf(code), qtyDecimals: qtyDecimalsOf(code) };
    }
    case Ev.Account:
      return { ...head, type, command: code, firm: evSymbol(i32, k), account: acct(AccountEv.account), kyc: at(AccountEv.kyc), flags: at(AccountEv.flags), blocked: at(AccountEv.blocked) === 1, cash: at(AccountEv.cash), n: at(AccountEv.n) };
    default:
      throw new BourseError('INVARIANT', `event ${k} has unknown type ${type}`);
  }
}

export function decodeEvents(log: EventLog): EventView[] {
  const out: EventView[] = [];
  for (let i = 0; i < log.count; i++) out.push(decodeEvent(log.f64, log.i32, i));
  return out;
}
