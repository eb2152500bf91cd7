/**
 * The native order-entry protocol's wire codec (proto/order_entry.proto), shared by the gateway
 * (server/gateway) and the broker's library (server/order-client): framing, and hand-written
 * protobuf encoders and decoders for Inbound and Outbound. Pure: no I/O, no clock.
 *
 *   frame:  +--------------------+--------------------------------+
 *           | length u32 LE      | protobuf message (length bytes) |
 *           +--------------------+--------------------------------+
 *
 * Decoders are bounds-checked (WireReader) and throw the caller's registered code on garbage
 * (GW_MALFORMED_FRAME in the gateway, ORDER_CLIENT_BAD_FRAME in the client); unknown fields are
 * skipped. A test decodes what these encoders write with the generated protobufjs code
 * (proto/gen/order_entry.js) and the other way round, so they cannot drift from the schema.
 */
import { BourseError, type ErrorCode } from '../kernel/errors.ts';
import { ProtoWriter, varintSize } from './writer.ts';
import { WireReader, WireType } from './reader.ts';

export const PROTOCOL_VERSION = 1;
export const FRAME_HEADER_BYTES = 4;
/** Default maximum frame body the gateway accepts (a NewOrder is < 64 bytes). */
export const DEFAULT_MAX_FRAME = 4096;
export const NONCE_BYTES = 32;
/** The context string signed before the nonce (domain separation: the signature fits nothing else). */
export const LOGIN_CONTEXT = 'bourse.order.v1/login';

/** The bytes a Login signature covers: context || nonce || key id (u32 LE). */
export function loginPayload(nonce: Uint8Array, keyId: number): Uint8Array {
  const out = new Uint8Array(LOGIN_CONTEXT.length + nonce.length + 4);
  for (let i = 0; i < LOGIN_CONTEXT.length; i++) out[i] = LOGIN_CONTEXT.charCodeAt(i);
  out.set(nonce, LOGIN_CONTEXT.length);
  new DataView(out.buffer).setUint32(LOGIN_CONTEXT.length + nonce.length, keyId >>> 0, true);
  return out;
}

export const Side = { Buy: 1, Sell: 2 } as const;
export const OrdType = { Limit: 1, Market: 2 } as const;
export const Tif = { GTC: 1, IOC: 2, DAY: 3, GTD: 4, AtOpen: 5, AtClose: 6 } as const;
export const ExecType = { Accepted: 1, Rejected: 2, PartialFill: 3, Fill: 4, Cancelled: 5, Replaced: 6 } as const;
export const ExecTypeName: Record<number, string> = { 1: 'accepted', 2: 'rejected', 3: 'partial-fill', 4: 'fill', 5: 'cancelled', 6: 'replaced' };
export const CancelReasonName: Record<number, string> = { 1: 'user', 2: 'unfilled', 3: 'self-trade', 4: 'kill', 5: 'expired', 6: 'auction-end' };

// ------------------------------------------------------------------------------------ messages

export interface Login { kind: 'login'; keyId: number; nonce: Uint8Array; signature: Uint8Array; lastSeenSeq: number; cancelOnDisconnect: boolean; version: number; noResend?: boolean }
export interface NewOrder { kind: 'newOrder'; clientOrderId: number; symbol: string; side: number; ordType: number; tif: number; price: number; qty: number; account: number; /** GTD: µs since epoch. */ expireTimeUs?: number }
export interface Cancel { kind: 'cancel'; orderId: number; symbol: string; account: number }
export interface Replace { kind: 'replace'; orderId: number; symbol: string; account: number; price: number; qty: number }
export interface MassCancel { kind: 'massCancel'; symbol: string; account: number }
export interface Heartbeat { kind: 'heartbeat'; token: number }
export interface Logout { kind: 'logout' }
export type Inbound = Login | NewOrder | Cancel | Replace | MassCancel | Heartbeat | Logout;

export interface InstrumentInfo { symbol: string; symbolId: number; priceDecimals: number; qtyDecimals: number; tick: number; lot: number; refPrice: number }
export interface ExecutionReport {
  execType: number; orderId: number; clientOrderId: number; account: number; symbol: string; side: number;
  price: number; qty: number; leavesQty: number; cumQty: number; tradeId: number; lastPrice: number; lastQty: number;
  code: number; cancelReason: number; aggressor: boolean; exchangeSeq: number; timeUs: number;
}
export interface CancelReject { orderId: number; code: number; replace: boolean; exchangeSeq: number; timeUs: number }

export type Outbound =
  | { kind: 'hello'; seq: 0; nonce: Uint8Array; version: number }
  | { kind: 'loginAccepted'; seq: 0; firm: number; lastSeq: number; firstResendableSeq: number; instruments: InstrumentInfo[] }
  | { kind: 'loginRejected'; seq: 0; code: number; reason: string }
  | ({ kind: 'executionReport'; seq: number } & ExecutionReport)
  | ({ kind: 'cancelReject'; seq: number } & CancelReject)
  | { kind: 'sessionReject'; seq: 0; code: number; reason: string; clientOrderId: number; closing: boolean }
  | { kind: 'heartbeat'; seq: 0; token: number };

// ------------------------------------------------------------------------------------ encoding

/** A reusable encoder: frames are appended to `w` (grown as needed); `take()` hands them out. */
export class FrameWriter {
  readonly w = new ProtoWriter(4096);
  private readonly inner = new ProtoWriter(1024);

  get length(): number {
    return this.w.pos;
  }

  /** The frames written so far (a copy), and reset. */
  take(): Uint8Array {
    const out = this.w.buf.slice(0, this.w.pos);
    this.w.pos = 0;
    return out;
  }

  reset(): void {
    this.w.pos = 0;
  }

  private begin(): number {
    this.w.ensure(2048);
    const at = this.w.pos;
    this.w.pos += FRAME_HEADER_BYTES;
    return at;
  }

  private end(at: number): void {
    const len = this.w.pos - at - FRAME_HEADER_BYTES;
    const b = this.w.buf;
    b[at] = len & 0xff;
    b[at + 1] = (len >>> 8) & 0xff;
    b[at + 2] = (len >>> 16) & 0xff;
    b[at + 3] = (len >>> 24) & 0xff;
  }

  /** Write `fill(inner)` as the nested message field `tag` of the frame being built. */
  private nested(tag: number, fill: (p: ProtoWriter) => void): void {
    const p = this.inner;
    p.pos = 0;
    fill(p);
    this.w.ensure(p.pos + 16);
    this.w.buf[this.w.pos++] = tag;
    this.w.varint(p.pos);
    this.w.buf.set(p.buf.subarray(0, p.pos), this.w.pos);
    this.w.pos += p.pos;
  }

  inbound(m: Inbound): void {
    const at = this.begin();
    switch (m.kind) {
      case 'login':
        this.nested(0x0a, (p) => {
          p.fVarint(0x08, m.keyId);
          if (m.nonce.length) p.fBytes(0x12, m.nonce);
          if (m.signature.length) p.fBytes(0x1a, m.signature);
          p.fVarint(0x20, m.lastSeenSeq);
          p.fBool(0x28, m.cancelOnDisconnect);
          p.fVarint(0x30, m.version);
          p.fBool(0x38, m.noResend ?? false);
        });
        break;
      case 'newOrder':
        this.nested(0x12, (p) => {
          p.fVarint(0x08, m.clientOrderId);
          p.fAscii(0x12, m.symbol);
          p.fVarint(0x18, m.side);
          p.fVarint(0x20, m.ordType);
          p.fVarint(0x28, m.tif);
          p.fVarint(0x30, m.price);
          p.fVarint(0x38, m.qty);
          p.fVarint(0x40, m.account);
          if (m.expireTimeUs) p.fVarint(0x48, m.expireTimeUs);
        });
        break;
      case 'cancel':
        this.nested(0x1a, (p) => {
          p.fVarint(0x08, m.orderId);
          p.fAscii(0x12, m.symbol);
          p.fVarint(0x18, m.account);
        });
        break;
      case 'replace':
        this.nested(0x22, (p) => {
          p.fVarint(0x08, m.orderId);
          p.fAscii(0x12, m.symbol);
          p.fVarint(0x18, m.account);
          p.fVarint(0x20, m.price);
          p.fVarint(0x28, m.qty);
        });
        break;
      case 'massCancel':
        this.nested(0x2a, (p) => {
          p.fAscii(0x0a, m.symbol);
          p.fVarint(0x10, m.account);
        });
        break;
      case 'heartbeat':
        this.nested(0x32, (p) => p.fVarint(0x08, m.token));
        break;
      case 'logout':
        this.nested(0x3a, () => undefined);
        break;
    }
    this.end(at);
  }

  /**
   * One ExecutionReport frame, the bytes outbound() writes for it, allocation-free: the body goes
   * straight after a one-byte length (a report is < 128 bytes; a longer one is moved up by the
   * extra length bytes). The gateway's hot path: one per report.
   */
  executionReport(seq: number, r: ExecutionReport): void {
    const w = this.w;
    w.ensure(512);
    const at = w.pos;
    w.pos += FRAME_HEADER_BYTES;
    w.fVarint(0x08, seq);
    w.buf[w.pos++] = 0x2a;
    const lenAt = w.pos++;
    writeReport(w, r);
    const n = w.pos - lenAt - 1;
    if (n < 128) w.buf[lenAt] = n;
    else {
      const extra = varintSize(n) - 1;
      w.buf.copyWithin(lenAt + 1 + extra, lenAt + 1, w.pos);
      const end = w.pos + extra;
      w.pos = lenAt;
      w.varint(n);
      w.pos = end;
    }
    this.end(at);
  }

  outbound(m: Outbound): void {
    const at = this.begin();
    this.w.fVarint(0x08, m.seq);
    switch (m.kind) {
      case 'hello':
        this.nested(0x12, (p) => {
          p.fBytes(0x0a, m.nonce);
          p.fVarint(0x10, m.version);
        });
        break;
      case 'loginAccepted':
        this.nested(0x1a, (p) => {
          p.fVarint(0x08, m.firm);
          p.fVarint(0x10, m.lastSeq);
          p.fVarint(0x18, m.firstResendableSeq);
          for (const i of m.instruments) {
            // Instruments are few (cold path): a small writer per entry.
            const q = new ProtoWriter(64);
            q.fAscii(0x0a, i.symbol);
            q.fVarint(0x10, i.symbolId);
            q.fVarint(0x18, i.priceDecimals);
            q.fVarint(0x20, i.qtyDecimals);
            q.fVarint(0x28, i.tick);
            q.fVarint(0x30, i.lot);
            q.fVarint(0x38, i.refPrice);
            p.ensure(q.pos + 8);
            p.fBytes(0x22, q.buf.subarray(0, q.pos));
          }
        });
        break;
      case 'loginRejected':
        this.nested(0x22, (p) => {
          p.fVarint(0x08, m.code);
          p.fAscii(0x12, m.reason);
        });
        break;
      case 'executionReport':
        this.w.pos = at; // the frame again, without the closure and the inner copy: same bytes
        this.executionReport(m.seq, m);
        return;
      case 'cancelReject':
        this.nested(0x32, (p) => {
          p.fVarint(0x08, m.orderId);
          p.fVarint(0x10, m.code);
          p.fBool(0x18, m.replace);
          p.fVarint(0x20, m.exchangeSeq);
          p.fVarint(0x28, m.timeUs);
        });
        break;
      case 'sessionReject':
        this.nested(0x3a, (p) => {
          p.fVarint(0x08, m.code);
          p.fAscii(0x12, m.reason);
          p.fVarint(0x18, m.clientOrderId);
          p.fBool(0x20, m.closing);
        });
        break;
      case 'heartbeat':
        this.nested(0x42, (p) => p.fVarint(0x08, m.token));
        break;
    }
    this.end(at);
  }
}

function writeReport(p: ProtoWriter, r: ExecutionReport): void {
  p.fVarint(0x08, r.execType);
  p.fVarint(0x10, r.orderId);
  p.fVarint(0x18, r.clientOrderId);
  p.fVarint(0x20, r.account);
  p.fAscii(0x2a, r.symbol);
  p.fVarint(0x30, r.side);
  p.fVarint(0x38, r.price);
  p.fVarint(0x40, r.qty);
  p.fVarint(0x48, r.leavesQty);
  p.fVarint(0x50, r.cumQty);
  p.fVarint(0x58, r.tradeId);
  p.fVarint(0x60, r.lastPrice);
  p.fVarint(0x68, r.lastQty);
  p.fVarint(0x70, r.code);
  p.fVarint(0x78, r.cancelReason);
  // Fields 16+ have two-byte keys.
  if (r.aggressor) {
    p.byte(0x80);
    p.byte(0x01);
    p.byte(1);
  }
  if (r.exchangeSeq !== 0) {
    p.byte(0x88);
    p.byte(0x01);
    p.varint(r.exchangeSeq);
  }
  if (r.timeUs !== 0) {
    p.byte(0x90);
    p.byte(0x01);
    p.varint(r.timeUs);
  }
}

// ------------------------------------------------------------------------------------ decoding

function bytesField(r: WireReader): Uint8Array<ArrayBuffer> {
  const n = r.len();
  const out = r.buf.slice(r.pos, r.pos + n);
  r.pos += n;
  return out;
}

/** Runs `body` over the nested message at the reader's position (a length-delimited field). */
function sub<T>(r: WireReader, code: ErrorCode, what: string, body: (s: WireReader) => T): T {
  const n = r.len();
  const s = new WireReader(r.buf, r.pos, r.pos + n, code, what);
  r.pos += n;
  return body(s);
}

/** Decode one Inbound message (the frame's body `buf[start, end)`). Throws `code` on garbage. */
export function decodeInbound(buf: Uint8Array, start: number, end: number, code: ErrorCode = 'GW_MALFORMED_FRAME'): Inbound {
  const r = new WireReader(buf, start, end, code, 'Inbound');
  let out: Inbound | undefined;
  while (!r.done) {
    const key = r.key();
    const field = key >>> 3;
    if (field >= 1 && field <= 7) {
      r.expect(key, WireType.Bytes, 'body');
      out = sub(r, code, INBOUND_NAMES[field]!, (s) => INBOUND[field]!(s));
    } else r.skip(key & 7);
  }
  if (!out) throw new BourseError(code, 'Inbound: no message body');
  return out;
}

const INBOUND_NAMES = ['', 'Login', 'NewOrder', 'Cancel', 'Replace', 'MassCancel', 'Heartbeat', 'Logout'];

const INBOUND: Record<number, (r: WireReader) => Inbound> = {
  1: (r) => {
    const m: Login = { kind: 'login', keyId: 0, nonce: new Uint8Array(0), signature: new Uint8Array(0), lastSeenSeq: 0, cancelOnDisconnect: false, version: 0 };
    while (!r.done) {
      const k = r.key();
      switch (k) {
        case 0x08: m.keyId = r.uint32(); break;
        case 0x12: m.nonce = bytesField(r); break;
        case 0x1a: m.signature = bytesField(r); break;
        case 0x20: m.lastSeenSeq = r.uint64('last_seen_seq'); break;
        case 0x28: m.cancelOnDisconnect = r.bool(); break;
        case 0x30: m.version = r.uint32(); break;
        case 0x38: m.noResend = r.bool(); break;
        default: r.skip(k & 7);
      }
    }
    return m;
  },
  2: (r) => {
    const m: NewOrder = { kind: 'newOrder', clientOrderId: 0, symbol: '', side: 0, ordType: 0, tif: 0, price: 0, qty: 0, account: 0 };
    while (!r.done) {
      const k = r.key();
      switch (k) {
        case 0x08: m.clientOrderId = r.uint32(); break;
        case 0x12: m.symbol = r.string(); break;
        case 0x18: m.side = r.uint32(); break;
        case 0x20: m.ordType = r.uint32(); break;
        case 0x28: m.tif = r.uint32(); break;
        case 0x30: m.price = r.uint64('price'); break;
        case 0x38: m.qty = r.uint64('qty'); break;
        case 0x40: m.account = r.uint32(); break;
        case 0x48: m.expireTimeUs = r.uint64('expire_time_us'); break;
        default: r.skip(k & 7);
      }
    }
    return m;
  },
  3: (r) => {
    const m: Cancel = { kind: 'cancel', orderId: 0, symbol: '', account: 0 };
    while (!r.done) {
      const k = r.key();
      switch (k) {
        case 0x08: m.orderId = r.uint64('order_id'); break;
        case 0x12: m.symbol = r.string(); break;
        case 0x18: m.account = r.uint32(); break;
        default: r.skip(k & 7);
      }
    }
    return m;
  },
  4: (r) => {
    const m: Replace = { kind: 'replace', orderId: 0, symbol: '', account: 0, price: 0, qty: 0 };
    while (!r.done) {
      const k = r.key();
      switch (k) {
        case 0x08: m.orderId = r.uint64('order_id'); break;
        case 0x12: m.symbol = r.string(); break;
        case 0x18: m.account = r.uint32(); break;
        case 0x20: m.price = r.uint64('price'); break;
        case 0x28: m.qty = r.uint64('qty'); break;
        default: r.skip(k & 7);
      }
    }
    return m;
  },
  5: (r) => {
    const m: MassCancel = { kind: 'massCancel', symbol: '', account: 0 };
    while (!r.done) {
      const k = r.key();
      if (k === 0x0a) m.symbol = r.string();
      else if (k === 0x10) m.account = r.uint32();
      else r.skip(k & 7);
    }
    return m;
  },
  6: (r) => {
    const m: Heartbeat = { kind: 'heartbeat', token: 0 };
    while (!r.done) {
      const k = r.key();
      if (k === 0x08) m.token = r.uint64('token');
      else r.skip(k & 7);
    }
    return m;
  },
  7: (r) => {
    while (!r.done) r.skip(r.key() & 7);
    return { kind: 'logout' };
  },
};

/**
 * The gateway's hot path for the one frequent message: a frame that is exactly one NewOrder
 * (Inbound field 2 spanning the frame) is read into this object's fields, allocation-free: no
 * message object, no symbol string (the symbol stays bytes: `symStart`/`symLen` into the frame,
 * valid during the call). Fields, defaults, unknown fields and garbage behave as in decodeInbound
 * (the same WireReader checks, throwing its code); `read` returns false for any other frame, which
 * the caller decodes with decodeInbound. A test checks both paths agree on random frames.
 */
export class NewOrderReader {
  /** The frame last read (symStart/symLen point into it). */
  frame: Uint8Array = new Uint8Array(0);
  clientOrderId = 0;
  symStart = 0;
  symLen = 0;
  side = 0;
  ordType = 0;
  tif = 0;
  price = 0;
  qty = 0;
  account = 0;
  expireTimeUs = 0;
  private readonly r: WireReader;

  constructor(code: ErrorCode = 'GW_MALFORMED_FRAME') {
    this.r = new WireReader(new Uint8Array(0), 0, 0, code, 'NewOrder');
  }

  read(buf: Uint8Array, start: number, end: number): boolean {
    if (end - start < 2 || buf[start] !== 0x12) return false;
    // One-byte length (a NewOrder is < 128 bytes) that ends exactly at the frame's end.
    const n = buf[start + 1]!;
    if (n >= 0x80 || start + 2 + n !== end) return false;
    const r = this.r.reset(buf, start + 2, end);
    this.frame = buf;
    this.clientOrderId = 0; this.symStart = 0; this.symLen = 0; this.side = 0; this.ordType = 0; this.tif = 0;
    this.price = 0; this.qty = 0; this.account = 0; this.expireTimeUs = 0;
    while (!r.done) {
      const k = r.key();
      switch (k) {
        case 0x08: this.clientOrderId = r.uint32(); break;
        case 0x12: {
          const len = r.len();
          this.symStart = r.pos;
          this.symLen = len;
          r.pos += len;
          break;
        }
        case 0x18: this.side = r.uint32(); break;
        case 0x20: this.ordType = r.uint32(); break;
        case 0x28: this.tif = r.uint32(); break;
        case 0x30: this.price = r.uint64('price'); break;
        case 0x38: this.qty = r.uint64('qty'); break;
        case 0x40: this.account = r.uint32(); break;
        case 0x48: this.expireTimeUs = r.uint64('expire_time_us'); break;
        default: r.skip(k & 7);
      }
    }
    return true;
  }
}

/** Decode one Outbound message. Throws `code` (ORDER_CLIENT_BAD_FRAME by default) on garbage. */
export function decodeOutbound(buf: Uint8Array, start: number, end: number, code: ErrorCode = 'ORDER_CLIENT_BAD_FRAME'): Outbound {
  const r = new WireReader(buf, start, end, code, 'Outbound');
  let seq = 0;
  let out: Outbound | undefined;
  while (!r.done) {
    const key = r.key();
    const field = key >>> 3;
    if (key === 0x08) seq = r.uint64('seq');
    else if (field >= 2 && field <= 8) {
      r.expect(key, WireType.Bytes, 'body');
      out = sub(r, code, 'Outbound body', (s) => OUTBOUND[field]!(s));
    } else r.skip(key & 7);
  }
  if (!out) throw new BourseError(code, 'Outbound: no message body');
  (out as { seq: number }).seq = seq;
  return out;
}

const OUTBOUND: Record<number, (r: WireReader) => Outbound> = {
  2: (r) => {
    const m: Extract<Outbound, { kind: 'hello' }> = { kind: 'hello', seq: 0, nonce: new Uint8Array(0), version: 0 };
    while (!r.done) {
      const k = r.key();
      if (k === 0x0a) m.nonce = bytesField(r);
      else if (k === 0x10) m.version = r.uint32();
      else r.skip(k & 7);
    }
    return m;
  },
  3: (r) => {
    const m = { kind: 'loginAccepted' as const, seq: 0 as const, firm: 0, lastSeq: 0, firstResendableSeq: 0, instruments: [] as InstrumentInfo[] };
    while (!r.done) {
      const k = r.key();
      switch (k) {
        case 0x08: m.firm = r.uint32(); break;
        case 0x10: m.lastSeq = r.uint64('last_seq'); break;
        case 0x18: m.firstResendableSeq = r.uint64('first_resendable_seq'); break;
        case 0x22:
          m.instruments.push(sub(r, 'ORDER_CLIENT_BAD_FRAME', 'Instrument', (s) => {
            const i: InstrumentInfo = { symbol: '', symbolId: 0, priceDecimals: 0, qtyDecimals: 0, tick: 0, lot: 0, refPrice: 0 };
            while (!s.done) {
              const q = s.key();
              switch (q) {
                case 0x0a: i.symbol = s.string(); break;
                case 0x10: i.symbolId = s.uint32(); break;
                case 0x18: i.priceDecimals = s.uint32(); break;
                case 0x20: i.qtyDecimals = s.uint32(); break;
                case 0x28: i.tick = s.uint64('tick'); break;
                case 0x30: i.lot = s.uint64('lot'); break;
                case 0x38: i.refPrice = s.uint64('ref_price'); break;
                default: s.skip(q & 7);
              }
            }
            return i;
          }));
          break;
        default: r.skip(k & 7);
      }
    }
    return m;
  },
  4: (r) => {
    const m = { kind: 'loginRejected' as const, seq: 0 as const, code: 0, reason: '' };
    while (!r.done) {
      const k = r.key();
      if (k === 0x08) m.code = r.uint32();
      else if (k === 0x12) m.reason = r.string();
      else r.skip(k & 7);
    }
    return m;
  },
  5: (r) => {
    const m = { kind: 'executionReport' as const, seq: 0, execType: 0, orderId: 0, clientOrderId: 0, account: 0, symbol: '', side: 0, price: 0, qty: 0, leavesQty: 0, cumQty: 0, tradeId: 0, lastPrice: 0, lastQty: 0, code: 0, cancelReason: 0, aggressor: false, exchangeSeq: 0, timeUs: 0 };
    while (!r.done) {
      const k = r.key();
      switch (k) {
        case 0x08: m.execType = r.uint32(); break;
        case 0x10: m.orderId = r.uint64('order_id'); break;
        case 0x18: m.clientOrderId = r.uint32(); break;
        case 0x20: m.account = r.uint32(); break;
        case 0x2a: m.symbol = r.string(); break;
        case 0x30: m.side = r.uint32(); break;
        case 0x38: m.price = r.uint64('price'); break;
        case 0x40: m.qty = r.uint64('qty'); break;
        case 0x48: m.leavesQty = r.uint64('leaves_qty'); break;
        case 0x50: m.cumQty = r.uint64('cum_qty'); break;
        case 0x58: m.tradeId = r.uint64('trade_id'); break;
        case 0x60: m.lastPrice = r.uint64('last_price'); break;
        case 0x68: m.lastQty = r.uint64('last_qty'); break;
        case 0x70: m.code = r.uint32(); break;
        case 0x78: m.cancelReason = r.uint32(); break;
        case 0x80: m.aggressor = r.bool(); break; // field 16, varint (key 0x80 0x01 reads as 128)
        case 0x88: m.exchangeSeq = r.uint64('exchange_seq'); break;
        case 0x90: m.timeUs = r.uint64('time_us'); break;
        default: r.skip(k & 7);
      }
    }
    return m;
  },
  6: (r) => {
    const m = { kind: 'cancelReject' as const, seq: 0, orderId: 0, code: 0, replace: false, exchangeSeq: 0, timeUs: 0 };
    while (!r.done) {
      const k = r.key();
      switch (k) {
        case 0x08: m.orderId = r.uint64('order_id'); break;
        case 0x10: m.code = r.uint32(); break;
        case 0x18: m.replace = r.bool(); break;
        case 0x20: m.exchangeSeq = r.uint64('exchange_seq'); break;
        case 0x28: m.timeUs = r.uint64('time_us'); break;
        default: r.skip(k & 7);
      }
    }
    return m;
  },
  7: (r) => {
    const m = { kind: 'sessionReject' as const, seq: 0 as const, code: 0, reason: '', clientOrderId: 0, closing: false };
    while (!r.done) {
      const k = r.key();
      switch (k) {
        case 0x08: m.code = r.uint32(); break;
        case 0x12: m.reason = r.string(); break;
        case 0x18: m.clientOrderId = r.uint32(); break;
        case 0x20: m.closing = r.bool(); break;
        default: r.skip(k & 7);
      }
    }
    return m;
  },
  8: (r) => {
    const m = { kind: 'heartbeat' as const, seq: 0 as const, token: 0 };
    while (!r.done) {
      const k = r.key();
      if (k === 0x08) m.token = r.uint64('token');
      else r.skip(k & 7);
    }
    return m;
  },
};

/** What `peekOutbound` reads (slots of its output array). */
export const Peek = { seq: 0, body: 1, execType: 2, clientOrderId: 3, aggressor: 4, code: 5, orderId: 6 } as const;
/** Outbound body field numbers (Peek.body). */
export const Body = { hello: 2, loginAccepted: 3, loginRejected: 4, executionReport: 5, cancelReject: 6, sessionReject: 7, heartbeat: 8 } as const;

const peekOuter = new WireReader(new Uint8Array(0), 0, 0, 'ORDER_CLIENT_BAD_FRAME', 'Outbound');
const peekInner = new WireReader(new Uint8Array(0), 0, 0, 'ORDER_CLIENT_BAD_FRAME', 'Outbound body');

/**
 * The few fields a load generator needs from an Outbound frame, without building objects: seq,
 * which body, and for reports exec type, client order id, aggressor, code and order id (for a
 * SessionReject: code and client order id). Writes them into `out`; throws like decodeOutbound.
 * `ackOnly`: a report other than a fill is read only up to its client order id (its code and what
 * follows stay 0, and the rest of the body is not checked).
 */
export function peekOutbound(buf: Uint8Array, start: number, end: number, out: Float64Array, ackOnly = false): void {
  out.fill(0);
  // Two readers reused across calls (synchronous, never re-entered): nothing allocated per frame.
  const r = peekOuter.reset(buf, start, end);
  while (!r.done) {
    const key = r.key();
    if (key === 0x08) {
      out[Peek.seq] = r.uint64('seq');
      continue;
    }
    const field = key >>> 3;
    if ((key & 7) !== WireType.Bytes || field < 2 || field > 8) {
      r.skip(key & 7);
      continue;
    }
    out[Peek.body] = field;
    const n = r.len();
    const stop = r.pos + n;
    if (field === Body.executionReport || field === Body.sessionReject) {
      const s = peekInner.reset(buf, r.pos, stop);
      const er = field === Body.executionReport;
      while (!s.done) {
        const k = s.key();
        if (er && k === 0x08) out[Peek.execType] = s.uint32();
        else if (er && k === 0x10) out[Peek.orderId] = s.uint64('order_id');
        else if (k === 0x18) {
          out[Peek.clientOrderId] = s.uint32();
          // ackOnly (a load generator): a report that is not a fill needs nothing past its client order id.
          if (ackOnly && er && out[Peek.execType] !== 3 && out[Peek.execType] !== 4) break;
        }
        else if (er && k === 0x70) out[Peek.code] = s.uint32();
        else if (!er && k === 0x08) out[Peek.code] = s.uint32();
        else if (er && k === 0x80) out[Peek.aggressor] = s.bool() ? 1 : 0;
        else s.skip(k & 7);
      }
    }
    r.pos = stop;
  }
}

// ------------------------------------------------------------------------------------ framing

/**
 * Splits a byte stream into frames. Pure and incremental: feed it chunks of any size (one byte at
 * a time included); it calls `onFrame(buf, start, end)` for each complete body, valid only during
 * the call. A declared length above `maxFrame` makes `push` return -1 (the stream cannot be
 * resynchronised: the caller closes it); otherwise it returns the frames delivered.
 */
export class FrameSplitter {
  private buf = new Uint8Array(8192);
  private len = 0;
  readonly maxFrame: number;

  constructor(maxFrame = DEFAULT_MAX_FRAME) {
    this.maxFrame = maxFrame;
  }

  /** The length of the oversized frame that stopped the stream (set when push returned -1). */
  oversized = 0;

  push(chunk: Uint8Array, onFrame: (buf: Uint8Array, start: number, end: number) => void): number {
    let frames = 0;
    let src = chunk;
    let pos = 0;
    // Fast path: nothing buffered; deliver whole frames straight from the chunk.
    if (this.len === 0) {
      while (src.length - pos >= FRAME_HEADER_BYTES) {
        const n = (src[pos]! | (src[pos + 1]! << 8) | (src[pos + 2]! << 16) | (src[pos + 3]! << 24)) >>> 0;
        if (n > this.maxFrame) {
          this.oversized = n;
          return -1;
        }
        if (src.length - pos - FRAME_HEADER_BYTES < n) break;
        onFrame(src, pos + FRAME_HEADER_BYTES, pos + FRAME_HEADER_BYTES + n);
        frames++;
        pos += FRAME_HEADER_BYTES + n;
      }
      if (pos === src.length) return frames;
      src = src.subarray(pos);
      pos = 0;
    }
    // Slow path: append and cut frames out of the buffer.
    if (this.len + src.length > this.buf.length) {
      let size = this.buf.length * 2;
      while (size < this.len + src.length) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
    this.buf.set(src, this.len);
    this.len += src.length;
    const b = this.buf;
    let at = 0;
    while (this.len - at >= FRAME_HEADER_BYTES) {
      const n = (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
      if (n > this.maxFrame) {
        this.oversized = n;
        return -1;
      }
      if (this.len - at - FRAME_HEADER_BYTES < n) break;
      onFrame(b, at + FRAME_HEADER_BYTES, at + FRAME_HEADER_BYTES + n);
      frames++;
      at += FRAME_HEADER_BYTES + n;
    }
    if (at > 0) {
      b.copyWithin(0, at, this.len);
      this.len -= at;
    }
    // Never hold more than one frame's worth: shrink back after a big one.
    if (this.len === 0 && this.buf.length > 65536) this.buf = new Uint8Array(8192);
    return frames;
  }

  /** Bytes of an incomplete frame held. */
  get pending(): number {
    return this.len;
  }
}
