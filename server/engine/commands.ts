/**
 * Input commands: the fixed binary records the sequencer stamps, the journal stores and the
 * engine applies. Little-endian (typed arrays in platform order; every supported platform is LE).
 *
 * Order commands (NEW_ORDER, CANCEL, MODIFY, SET_STATUS, CLOCK_TICK, SET_PHASE), 64 bytes:
 *
 *   0      1      2       3      4                       8
 *   +------+------+-------+------+-----------------------+
 *   | type | side | ordTy | tif  |      symbol u32       |
 *   +------+------+-------+------+-----------------------+
 *   |              seq f64 (set by the sequencer)        |  8
 *   |              time f64 µs since epoch (sequencer)   | 16
 *   |              orderId f64 (CANCEL/MODIFY target)    | 24
 *   |              price f64 (price units)               | 32
 *   |              qty f64 (quantity units)              | 40
 *   |   account u32             |  clientOrderId u32     | 48
 *   |   status u32 (SET_STATUS; |  session u32           | 56
 *   |   SET_PHASE: the phase;   |                        |
 *   |   orders: the firm)       |                        |
 *   +----------------------------------------------------+ 64
 *
 * session (NEW_ORDER, CANCEL, MODIFY): the order-entry session that sent it (its API key id);
 * 0 = no session (simulator, admin, tests). The engine copies it onto ACCEPTED and REJECTED so
 * the gateway routes the reports (events.ts); it decides nothing by it.
 * firm (NEW_ORDER, CANCEL, MODIFY; bytes 56-59, SET_STATUS's `status` word): the firm of the
 * session's API key, stamped by the gateway (0 = no session). The core may check that the
 * account belongs to it (accounts/risk); the engine reads it for nothing else.
 *
 * API_KEY (48, gateway), 64 bytes: registers, replaces or revokes an order-entry API key, so keys
 * are journaled and replicated like orders (server/gateway, docs/order-entry.md):
 *   0 type, 1 flags (bit 0: revoke), 4 keyId u32 (1..2^32-1), 8 seq, 16 time,
 *   24..55 Ed25519 public key (32 bytes raw), 56 firm u32 (1..2^20), 60 rate u32 (orders/s of
 *   the firm's token bucket; 0: the gateway's default).
 *
 * DEFINE_INSTRUMENT, 96 bytes: byte 1 = priceDecimals, byte 2 = qtyDecimals, then
 *   24..39 name (ASCII, NUL padded), 40 tick f64, 48 lot f64, 56 maxQty f64,
 *   64 refPrice f64, 72 bandBps f64, 80..87 currency (ASCII, NUL padded), then (issue 14; 0 in
 *   older journals) 88 volBandBps u16 (volatility halt band around the last trade, 0 = none),
 *   90 volPauseS u16 (the halt's reopening call, seconds), 92 indicativeMs u32 (interval of the
 *   indicative auction events during a call; 0 = 1,000 ms).
 *
 * Admin commands (types 32-47: firms, accounts, KYC, limits, funds, kill switch; docs/accounts.md),
 * 64 bytes, sequenced and journaled like orders. Byte 1 flags (AccountFlag), byte 2 kyc (Kyc) or
 * on (KILL: 1 block, 0 unblock), byte 3 `what` (ACCOUNT_LIMITS: 1 = also set flags; ACCOUNT_FUNDS:
 * bit 0 set cash, bit 1 set position; KILL: 1 firm, 2 account), 4 firm u32 (ACCOUNT_FUNDS: symbol),
 * 24 f64 maxQty, 32 f64 maxNotional (ACCOUNT_FUNDS, ACCOUNT_ADD: cash), 40 f64 maxDailyVolume (ACCOUNT_FUNDS:
 * position), 48 account u32, 52 count u32 (ACCOUNT_ADD: accounts account..account+count-1),
 * 56 maxOpenOrders u32, 60 reserved (the order commands' session slot).
 *
 * price and qty are f64 on purpose: the engine must be able to see -3, 1.5 or NaN and reject
 * them with a code; a u32 field would silently wrap them into valid-looking values.
 */
import type { Side, OrdType, TimeInForce, TradingStatus } from '../kernel/types.ts';

export const CMD_SIZE = 64;
export const INSTRUMENT_CMD_SIZE = 96;

export const Cmd = {
  NewOrder: 1,
  Cancel: 2,
  Modify: 3,
  SetStatus: 4,
  ClockTick: 5,
  DefineInstrument: 6,
  /** 16-31: trading day (issue 14). SET_PHASE: the calendar's phase change, status slot = phase. */
  SetPhase: 16,
  // 32-47: accounts and risk (docs/accounts.md)
  FirmAdd: 32,
  AccountAdd: 33,
  AccountKyc: 34,
  AccountLimits: 35,
  AccountFunds: 36,
  Kill: 37,
  // 48-63: order-entry gateway (server/gateway)
  ApiKey: 48,
} as const;

/** KYC status of an account: only Verified may trade. */
export const Kyc = { Pending: 1, Verified: 2, Suspended: 3, Closed: 4 } as const;
export const KycName: Record<number, string> = { 1: 'pending', 2: 'verified', 3: 'suspended', 4: 'closed' };
/** Account flags (a bit set). */
export const AccountFlag = { ShortSell: 1 } as const;
export const ACCOUNT_FLAGS_MASK = 1;
/** ACCOUNT_FUNDS `what` bits. */
export const FundsSet = { Cash: 1, Position: 2 } as const;
/** KILL target kinds. */
export const KillTarget = { Firm: 1, Account: 2 } as const;
export type CmdType = (typeof Cmd)[keyof typeof Cmd];

export function cmdSize(type: number): number {
  return type === Cmd.DefineInstrument ? INSTRUMENT_CMD_SIZE : CMD_SIZE;
}

/** Byte offsets inside a command record. */
export const CmdOff = {
  type: 0,
  side: 1,
  ordType: 2,
  tif: 3,
  symbol: 4,
  seq: 8,
  time: 16,
  orderId: 24,
  price: 32,
  qty: 40,
  account: 48,
  clientOrderId: 52,
  status: 56,
  session: 60,
  /** Order commands: the session's firm (gateway). API_KEY: the key's firm. */
  firm: 56,
  // API_KEY
  keyFlags: 1,
  keyId: 4,
  publicKey: 24,
  rate: 60,
  // DEFINE_INSTRUMENT
  priceDecimals: 1,
  qtyDecimals: 2,
  name: 24,
  tick: 40,
  lot: 48,
  maxQty: 56,
  refPrice: 64,
  bandBps: 72,
  currency: 80,
  volBandBps: 88,
  volPauseS: 90,
  indicativeMs: 92,
  // admin commands (types 32-47)
  flags: 1,
  kyc: 2,
  on: 2,
  what: 3,
  /** Admin commands' firm (bytes 4-7, where orders carry the symbol). */
  adminFirm: 4,
  /** ACCOUNT_LIMITS' max order quantity (DEFINE_INSTRUMENT's maxQty sits at 56). */
  limitMaxQty: 24,
  maxNotional: 32,
  cash: 32,
  maxDailyVolume: 40,
  position: 40,
  count: 52,
  maxOpenOrders: 56,
} as const;

export const NAME_BYTES = 16;
export const PUBLIC_KEY_BYTES = 32;
/** API_KEY flags. */
export const KeyFlag = { Revoke: 1 } as const;
export const CURRENCY_BYTES = 8;

/** Plain-object forms, for tests, tools and the simulator's readability. Not used on the hot path. */
export type Command =
  | { type: typeof Cmd.NewOrder; symbol: number; side: Side; ordType: OrdType; tif: TimeInForce; price: number; qty: number; account: number; clientOrderId: number; session?: number; firm?: number }
  | { type: typeof Cmd.Cancel; symbol: number; orderId: number; account: number; session?: number; firm?: number }
  | { type: typeof Cmd.Modify; symbol: number; orderId: number; account: number; price: number; qty: number; session?: number; firm?: number }
  | { type: typeof Cmd.ApiKey; keyId: number; firm: number; publicKey: Uint8Array; rate: number; revoke: boolean }
  | { type: typeof Cmd.SetStatus; symbol: number; status: TradingStatus }
  | { type: typeof Cmd.SetPhase; symbol: number; status: TradingStatus }
  | { type: typeof Cmd.ClockTick }
  | { type: typeof Cmd.DefineInstrument; symbol: number; name: string; tick: number; lot: number; maxQty: number; refPrice: number; bandBps: number; priceDecimals: number; qtyDecimals: number; currency: string; volBandBps?: number; volPauseS?: number; indicativeMs?: number }
  | { type: typeof Cmd.FirmAdd; firm: number }
  | { type: typeof Cmd.AccountAdd; firm: number; account: number; count: number; flags: number; kyc: number; cash: number }
  | { type: typeof Cmd.AccountKyc; account: number; kyc: number }
  | { type: typeof Cmd.AccountLimits; account: number; maxQty: number; maxNotional: number; maxDailyVolume: number; maxOpenOrders: number; flags?: number }
  | { type: typeof Cmd.AccountFunds; account: number; cash?: number; symbol?: number; position?: number }
  | { type: typeof Cmd.Kill; target: number; id: number; on: boolean };

/** A command with the sequencer's stamp. */
export type Stamped = Command & { seq: number; time: number };

function writeAscii(u8: Uint8Array, at: number, s: string, max: number): void {
  for (let i = 0; i < max; i++) u8[at + i] = i < s.length ? s.charCodeAt(i) & 0x7f : 0;
}

export function readAscii(u8: Uint8Array, at: number, max: number): string {
  let s = '';
  for (let i = 0; i < max; i++) {
    const c = u8[at + i]!;
    if (c === 0) break;
    s += String.fromCharCode(c);
  }
  return s;
}

/** Encode a command into `buf` at `at` (seq and time zero unless given). Returns the record size. */
export function encodeCommand(c: Command | Stamped, buf: Uint8Array, at = 0): number {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const size = cmdSize(c.type);
  buf.fill(0, at, at + size);
  dv.setUint8(at + CmdOff.type, c.type);
  const s = c as Partial<Stamped>;
  dv.setFloat64(at + CmdOff.seq, s.seq ?? 0, true);
  dv.setFloat64(at + CmdOff.time, s.time ?? 0, true);
  switch (c.type) {
    case Cmd.NewOrder:
      dv.setUint8(at + CmdOff.side, c.side);
      dv.setUint8(at + CmdOff.ordType, c.ordType);
      dv.setUint8(at + CmdOff.tif, c.tif);
      dv.setUint32(at + CmdOff.symbol, c.symbol, true);
      dv.setFloat64(at + CmdOff.price, c.price, true);
      dv.setFloat64(at + CmdOff.qty, c.qty, true);
      dv.setUint32(at + CmdOff.account, c.account, true);
      dv.setUint32(at + CmdOff.clientOrderId, c.clientOrderId, true);
      dv.setUint32(at + CmdOff.session, c.session ?? 0, true);
      dv.setUint32(at + CmdOff.firm, c.firm ?? 0, true);
      break;
    case Cmd.Cancel:
      dv.setUint32(at + CmdOff.symbol, c.symbol, true);
      dv.setFloat64(at + CmdOff.orderId, c.orderId, true);
      dv.setUint32(at + CmdOff.account, c.account, true);
      dv.setUint32(at + CmdOff.session, c.session ?? 0, true);
      dv.setUint32(at + CmdOff.firm, c.firm ?? 0, true);
      break;
    case Cmd.Modify:
      dv.setUint32(at + CmdOff.symbol, c.symbol, true);
      dv.setFloat64(at + CmdOff.orderId, c.orderId, true);
      dv.setUint32(at + CmdOff.account, c.account, true);
      dv.setFloat64(at + CmdOff.price, c.price, true);
      dv.setFloat64(at + CmdOff.qty, c.qty, true);
      dv.setUint32(at + CmdOff.session, c.session ?? 0, true);
      dv.setUint32(at + CmdOff.firm, c.firm ?? 0, true);
      break;
    case Cmd.ApiKey:
      dv.setUint8(at + CmdOff.keyFlags, c.revoke ? KeyFlag.Revoke : 0);
      dv.setUint32(at + CmdOff.keyId, c.keyId, true);
      buf.set(c.publicKey.subarray(0, PUBLIC_KEY_BYTES), at + CmdOff.publicKey);
      dv.setUint32(at + CmdOff.firm, c.firm, true);
      dv.setUint32(at + CmdOff.rate, c.rate, true);
      break;
    case Cmd.SetStatus:
    case Cmd.SetPhase:
      dv.setUint32(at + CmdOff.symbol, c.symbol, true);
      dv.setUint32(at + CmdOff.status, c.status, true);
      break;
    case Cmd.ClockTick:
      break;
    case Cmd.DefineInstrument:
      dv.setUint8(at + CmdOff.priceDecimals, c.priceDecimals);
      dv.setUint8(at + CmdOff.qtyDecimals, c.qtyDecimals);
      dv.setUint32(at + CmdOff.symbol, c.symbol, true);
      writeAscii(buf, at + CmdOff.name, c.name, NAME_BYTES);
      dv.setFloat64(at + CmdOff.tick, c.tick, true);
      dv.setFloat64(at + CmdOff.lot, c.lot, true);
      dv.setFloat64(at + CmdOff.maxQty, c.maxQty, true);
      dv.setFloat64(at + CmdOff.refPrice, c.refPrice, true);
      dv.setFloat64(at + CmdOff.bandBps, c.bandBps, true);
      writeAscii(buf, at + CmdOff.currency, c.currency, CURRENCY_BYTES);
      dv.setUint16(at + CmdOff.volBandBps, c.volBandBps ?? 0, true);
      dv.setUint16(at + CmdOff.volPauseS, c.volPauseS ?? 0, true);
      dv.setUint32(at + CmdOff.indicativeMs, c.indicativeMs ?? 0, true);
      break;
    case Cmd.FirmAdd:
      dv.setUint32(at + CmdOff.adminFirm, c.firm, true);
      break;
    case Cmd.AccountAdd:
      dv.setUint32(at + CmdOff.adminFirm, c.firm, true);
      dv.setUint32(at + CmdOff.account, c.account, true);
      dv.setUint32(at + CmdOff.count, c.count, true);
      dv.setUint8(at + CmdOff.flags, c.flags);
      dv.setUint8(at + CmdOff.kyc, c.kyc);
      dv.setFloat64(at + CmdOff.cash, c.cash, true);
      break;
    case Cmd.AccountKyc:
      dv.setUint32(at + CmdOff.account, c.account, true);
      dv.setUint8(at + CmdOff.kyc, c.kyc);
      break;
    case Cmd.AccountLimits:
      dv.setUint32(at + CmdOff.account, c.account, true);
      dv.setFloat64(at + CmdOff.limitMaxQty, c.maxQty, true);
      dv.setFloat64(at + CmdOff.maxNotional, c.maxNotional, true);
      dv.setFloat64(at + CmdOff.maxDailyVolume, c.maxDailyVolume, true);
      dv.setUint32(at + CmdOff.maxOpenOrders, c.maxOpenOrders, true);
      if (c.flags !== undefined) {
        dv.setUint8(at + CmdOff.flags, c.flags);
        dv.setUint8(at + CmdOff.what, 1);
      }
      break;
    case Cmd.AccountFunds:
      dv.setUint32(at + CmdOff.account, c.account, true);
      dv.setUint8(at + CmdOff.what, (c.cash !== undefined ? FundsSet.Cash : 0) | (c.position !== undefined ? FundsSet.Position : 0));
      dv.setFloat64(at + CmdOff.cash, c.cash ?? 0, true);
      dv.setUint32(at + CmdOff.symbol, c.symbol ?? 0, true);
      dv.setFloat64(at + CmdOff.position, c.position ?? 0, true);
      break;
    case Cmd.Kill:
      dv.setUint8(at + CmdOff.what, c.target);
      dv.setUint8(at + CmdOff.on, c.on ? 1 : 0);
      if (c.target === KillTarget.Firm) dv.setUint32(at + CmdOff.adminFirm, c.id, true);
      else dv.setUint32(at + CmdOff.account, c.id, true);
      break;
  }
  return size;
}

/** Decode a command record (tools and tests). Unknown types come back as `{type}` with the raw number. */
export function decodeCommand(buf: Uint8Array, at = 0): Stamped | { type: number; seq: number; time: number } {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const type = dv.getUint8(at + CmdOff.type);
  const seq = dv.getFloat64(at + CmdOff.seq, true);
  const time = dv.getFloat64(at + CmdOff.time, true);
  const symbol = dv.getUint32(at + CmdOff.symbol, true);
  switch (type) {
    case Cmd.NewOrder:
      return { type, seq, time, symbol, side: dv.getUint8(at + CmdOff.side) as Side, ordType: dv.getUint8(at + CmdOff.ordType) as OrdType, tif: dv.getUint8(at + CmdOff.tif) as TimeInForce, price: dv.getFloat64(at + CmdOff.price, true), qty: dv.getFloat64(at + CmdOff.qty, true), account: dv.getUint32(at + CmdOff.account, true), clientOrderId: dv.getUint32(at + CmdOff.clientOrderId, true), ...session(dv, at) };
    case Cmd.Cancel:
      return { type, seq, time, symbol, orderId: dv.getFloat64(at + CmdOff.orderId, true), account: dv.getUint32(at + CmdOff.account, true), ...session(dv, at) };
    case Cmd.Modify:
      return { type, seq, time, symbol, orderId: dv.getFloat64(at + CmdOff.orderId, true), account: dv.getUint32(at + CmdOff.account, true), price: dv.getFloat64(at + CmdOff.price, true), qty: dv.getFloat64(at + CmdOff.qty, true), ...session(dv, at) };
    case Cmd.ApiKey:
      return { type, seq, time, keyId: dv.getUint32(at + CmdOff.keyId, true), firm: dv.getUint32(at + CmdOff.firm, true), publicKey: buf.slice(at + CmdOff.publicKey, at + CmdOff.publicKey + PUBLIC_KEY_BYTES), rate: dv.getUint32(at + CmdOff.rate, true), revoke: (dv.getUint8(at + CmdOff.keyFlags) & KeyFlag.Revoke) !== 0 };
    case Cmd.SetStatus:
    case Cmd.SetPhase:
      return { type, seq, time, symbol, status: dv.getUint32(at + CmdOff.status, true) as TradingStatus };
    case Cmd.ClockTick:
      return { type, seq, time };
    case Cmd.DefineInstrument:
      return { type, seq, time, symbol, name: readAscii(buf, at + CmdOff.name, NAME_BYTES), tick: dv.getFloat64(at + CmdOff.tick, true), lot: dv.getFloat64(at + CmdOff.lot, true), maxQty: dv.getFloat64(at + CmdOff.maxQty, true), refPrice: dv.getFloat64(at + CmdOff.refPrice, true), bandBps: dv.getFloat64(at + CmdOff.bandBps, true), priceDecimals: dv.getUint8(at + CmdOff.priceDecimals), qtyDecimals: dv.getUint8(at + CmdOff.qtyDecimals), currency: readAscii(buf, at + CmdOff.currency, CURRENCY_BYTES), ...tradingDay(dv, at) };
    case Cmd.FirmAdd:
      return { type, seq, time, firm: symbol };
    case Cmd.AccountAdd:
      return { type, seq, time, firm: symbol, account: dv.getUint32(at + CmdOff.account, true), count: dv.getUint32(at + CmdOff.count, true), flags: dv.getUint8(at + CmdOff.flags), kyc: dv.getUint8(at + CmdOff.kyc), cash: dv.getFloat64(at + CmdOff.cash, true) };
    case Cmd.AccountKyc:
      return { type, seq, time, account: dv.getUint32(at + CmdOff.account, true), kyc: dv.getUint8(at + CmdOff.kyc) };
    case Cmd.AccountLimits: {
      const c: Stamped = { type, seq, time, account: dv.getUint32(at + CmdOff.account, true), maxQty: dv.getFloat64(at + CmdOff.limitMaxQty, true), maxNotional: dv.getFloat64(at + CmdOff.maxNotional, true), maxDailyVolume: dv.getFloat64(at + CmdOff.maxDailyVolume, true), maxOpenOrders: dv.getUint32(at + CmdOff.maxOpenOrders, true) };
      if (dv.getUint8(at + CmdOff.what) === 1) c.flags = dv.getUint8(at + CmdOff.flags);
      return c;
    }
    case Cmd.AccountFunds: {
      const what = dv.getUint8(at + CmdOff.what);
      const c: Stamped = { type, seq, time, account: dv.getUint32(at + CmdOff.account, true) };
      if (what & FundsSet.Cash) c.cash = dv.getFloat64(at + CmdOff.cash, true);
      if (what & FundsSet.Position) {
        c.symbol = symbol;
        c.position = dv.getFloat64(at + CmdOff.position, true);
      }
      return c;
    }
    case Cmd.Kill: {
      const target = dv.getUint8(at + CmdOff.what);
      return { type, seq, time, target, id: target === KillTarget.Firm ? symbol : dv.getUint32(at + CmdOff.account, true), on: dv.getUint8(at + CmdOff.on) === 1 };
    }
    default:
      return { type, seq, time };
  }
}

/** DEFINE_INSTRUMENT's trading-day settings, left out when 0 (older journals decode as before). */
function tradingDay(dv: DataView, at: number): { volBandBps?: number; volPauseS?: number; indicativeMs?: number } {
  const v = dv.getUint16(at + CmdOff.volBandBps, true);
  const p = dv.getUint16(at + CmdOff.volPauseS, true);
  const i = dv.getUint32(at + CmdOff.indicativeMs, true);
  return { ...(v === 0 ? {} : { volBandBps: v }), ...(p === 0 ? {} : { volPauseS: p }), ...(i === 0 ? {} : { indicativeMs: i }) };
}

/** The session and firm fields, left out when 0 (so commands without a session decode as before). */
function session(dv: DataView, at: number): { session?: number; firm?: number } {
  const s = dv.getUint32(at + CmdOff.session, true);
  const f = dv.getUint32(at + CmdOff.firm, true);
  return { ...(s === 0 ? {} : { session: s }), ...(f === 0 ? {} : { firm: f }) };
}

/** True for the admin command types (32-47). */
export function isAdminCommand(type: number): boolean {
  return type >= 32 && type <= 47;
}
