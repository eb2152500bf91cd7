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
 *   |   status u32 (SET_STATUS, |  reserved u32          | 56
 *   |   SET_PHASE: the phase)   |                        |
 *   +----------------------------------------------------+ 64
 *
 * DEFINE_INSTRUMENT, 96 bytes: byte 1 = priceDecimals, byte 2 = qtyDecimals, then
 *   24..39 name (ASCII, NUL padded), 40 tick f64, 48 lot f64, 56 maxQty f64,
 *   64 refPrice f64, 72 bandBps f64, 80..87 currency (ASCII, NUL padded), 88..95 reserved.
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
} as const;
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
  reserved: 60,
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
} as const;

export const NAME_BYTES = 16;
export const CURRENCY_BYTES = 8;

/** Plain-object forms, for tests, tools and the simulator's readability. Not used on the hot path. */
export type Command =
  | { type: typeof Cmd.NewOrder; symbol: number; side: Side; ordType: OrdType; tif: TimeInForce; price: number; qty: number; account: number; clientOrderId: number }
  | { type: typeof Cmd.Cancel; symbol: number; orderId: number; account: number }
  | { type: typeof Cmd.Modify; symbol: number; orderId: number; account: number; price: number; qty: number }
  | { type: typeof Cmd.SetStatus; symbol: number; status: TradingStatus }
  | { type: typeof Cmd.SetPhase; symbol: number; status: TradingStatus }
  | { type: typeof Cmd.ClockTick }
  | { type: typeof Cmd.DefineInstrument; symbol: number; name: string; tick: number; lot: number; maxQty: number; refPrice: number; bandBps: number; priceDecimals: number; qtyDecimals: number; currency: string };

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
      break;
    case Cmd.Cancel:
      dv.setUint32(at + CmdOff.symbol, c.symbol, true);
      dv.setFloat64(at + CmdOff.orderId, c.orderId, true);
      dv.setUint32(at + CmdOff.account, c.account, true);
      break;
    case Cmd.Modify:
      dv.setUint32(at + CmdOff.symbol, c.symbol, true);
      dv.setFloat64(at + CmdOff.orderId, c.orderId, true);
      dv.setUint32(at + CmdOff.account, c.account, true);
      dv.setFloat64(at + CmdOff.price, c.price, true);
      dv.setFloat64(at + CmdOff.qty, c.qty, true);
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
      return { type, seq, time, symbol, side: dv.getUint8(at + CmdOff.side) as Side, ordType: dv.getUint8(at + CmdOff.ordType) as OrdType, tif: dv.getUint8(at + CmdOff.tif) as TimeInForce, price: dv.getFloat64(at + CmdOff.price, true), qty: dv.getFloat64(at + CmdOff.qty, true), account: dv.getUint32(at + CmdOff.account, true), clientOrderId: dv.getUint32(at + CmdOff.clientOrderId, true) };
    case Cmd.Cancel:
      return { type, seq, time, symbol, orderId: dv.getFloat64(at + CmdOff.orderId, true), account: dv.getUint32(at + CmdOff.account, true) };
    case Cmd.Modify:
      return { type, seq, time, symbol, orderId: dv.getFloat64(at + CmdOff.orderId, true), account: dv.getUint32(at + CmdOff.account, true), price: dv.getFloat64(at + CmdOff.price, true), qty: dv.getFloat64(at + CmdOff.qty, true) };
    case Cmd.SetStatus:
    case Cmd.SetPhase:
      return { type, seq, time, symbol, status: dv.getUint32(at + CmdOff.status, true) as TradingStatus };
    case Cmd.ClockTick:
      return { type, seq, time };
    case Cmd.DefineInstrument:
      return { type, seq, time, symbol, name: readAscii(buf, at + CmdOff.name, NAME_BYTES), tick: dv.getFloat64(at + CmdOff.tick, true), lot: dv.getFloat64(at + CmdOff.lot, true), maxQty: dv.getFloat64(at + CmdOff.maxQty, true), refPrice: dv.getFloat64(at + CmdOff.refPrice, true), bandBps: dv.getFloat64(at + CmdOff.bandBps, true), priceDecimals: dv.getUint8(at + CmdOff.priceDecimals), qtyDecimals: dv.getUint8(at + CmdOff.qtyDecimals), currency: readAscii(buf, at + CmdOff.currency, CURRENCY_BYTES) };
    default:
      return { type, seq, time };
  }
}
