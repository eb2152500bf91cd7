/**
 * The relay's public protocol (docs/websocket.md): inbound requests parsed and validated here,
 * pure (no sockets), so the fuzz tests and the relay agree on one parser. Every refusal is a
 * registry code; the relay turns it into `{"type":"error","code","num","message","id"?}`.
 */
import { Errors, type ErrorCode } from '../kernel/errors.ts';
import { INTERVALS, intervalIndex } from '../mdp/candles.ts';

export const PROTOCOL_VERSION = 1;

export const CHANNELS = ['book', 'trades', 'candles', 'status'] as const;
export type Channel = (typeof CHANNELS)[number];

/** WebSocket close codes the relay uses (4xxx are Bourse's own, documented in docs/websocket.md). */
export const CloseCode = {
  /** Server shutting down. */
  GoingAway: 1001,
  /** Inbound message above maxPayload (sent by ws itself). */
  TooLarge: 1009,
  /** The client did not read fast enough, even with conflation. */
  SlowConsumer: 4008,
  /** The client kept sending above its message rate after being told. */
  RateLimited: 4029,
} as const;

export const CloseReason = {
  [CloseCode.GoingAway]: 'server shutting down',
  [CloseCode.SlowConsumer]: 'slow consumer',
  [CloseCode.RateLimited]: 'rate limit',
} as const;

export type RequestId = string | number | undefined;

export type Request =
  | { op: 'subscribe'; channel: 'book'; symbol: string; depth: number; id: RequestId }
  | { op: 'subscribe'; channel: 'trades' | 'status'; symbol: string; id: RequestId }
  | { op: 'subscribe'; channel: 'candles'; symbol: string; interval: number; id: RequestId }
  | { op: 'unsubscribe'; channel: Channel; symbol: string; interval: number | undefined; id: RequestId }
  | { op: 'ping'; id: RequestId }
  | { op: 'instruments'; id: RequestId };

export interface Refusal {
  code: ErrorCode;
  detail: string;
  id: RequestId;
}

const SYMBOL_RE = /^[A-Za-z0-9._-]{1,16}$/;

function requestId(v: unknown): RequestId | null {
  if (v === undefined) return undefined;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && v.length <= 64) return v;
  return null;
}

/** Parse one inbound text message. `maxDepth` bounds book depth. */
export function parseRequest(text: string, maxDepth: number, defaultDepth: number): Request | Refusal {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch {
    return { code: 'WS_BAD_MESSAGE', detail: 'not valid JSON', id: undefined };
  }
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return { code: 'WS_BAD_MESSAGE', detail: 'expected a JSON object', id: undefined };
  const o = m as Record<string, unknown>;
  const id = requestId(o.id);
  if (id === null) return { code: 'WS_BAD_MESSAGE', detail: 'id must be an integer or a string of at most 64 characters', id: undefined };
  const bad = (code: ErrorCode, detail: string): Refusal => ({ code, detail, id });
  switch (o.op) {
    case 'ping':
      return { op: 'ping', id };
    case 'instruments':
      return { op: 'instruments', id };
    case 'subscribe':
    case 'unsubscribe':
      break;
    default:
      return bad('WS_BAD_MESSAGE', `op must be subscribe, unsubscribe, ping or instruments (got ${short(o.op)})`);
  }
  const channel = o.channel;
  if (typeof channel !== 'string' || !(CHANNELS as readonly string[]).includes(channel)) return bad('WS_UNKNOWN_CHANNEL', `channel ${short(channel)}`);
  const symbol = o.symbol;
  if (typeof symbol !== 'string' || !SYMBOL_RE.test(symbol)) return bad('WS_BAD_MESSAGE', `symbol must be a string of 1 to 16 letters, digits, '.', '_' or '-' (got ${short(symbol)})`);
  let interval: number | undefined;
  if (o.interval !== undefined || (channel === 'candles' && o.op === 'subscribe')) {
    interval = typeof o.interval === 'string' ? intervalIndex(o.interval) : -1;
    if (channel !== 'candles') return bad('WS_BAD_MESSAGE', `interval applies to the candles channel only`);
    if (interval < 0) return bad('WS_BAD_INTERVAL', `interval ${short(o.interval)}; one of ${INTERVALS.map((i) => i.name).join(', ')}`);
  }
  if (o.depth !== undefined && channel !== 'book') return bad('WS_BAD_MESSAGE', 'depth applies to the book channel only');
  if (o.op === 'unsubscribe') return { op: 'unsubscribe', channel: channel as Channel, symbol, interval, id };
  switch (channel as Channel) {
    case 'book': {
      const depth = o.depth ?? defaultDepth;
      if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 1 || depth > maxDepth) return bad('WS_BAD_DEPTH', `depth ${short(o.depth)}; from 1 to ${maxDepth}`);
      return { op: 'subscribe', channel: 'book', symbol, depth, id };
    }
    case 'candles':
      return { op: 'subscribe', channel: 'candles', symbol, interval: interval!, id };
    default:
      return { op: 'subscribe', channel: channel as 'trades' | 'status', symbol, id };
  }
}

export function isRefusal(r: Request | Refusal): r is Refusal {
  return (r as Refusal).code !== undefined;
}

function short(v: unknown): string {
  let s: string;
  try {
    s = v === undefined ? 'undefined' : JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 40 ? `${s.slice(0, 40)}...` : s;
}

/** The JSON text of an error message. */
export function errorMessage(code: ErrorCode, detail: string | undefined, id: RequestId): string {
  const spec = Errors[code];
  const e: Record<string, unknown> = { type: 'error', code, num: spec.num, message: detail ? `${spec.message}: ${detail}` : spec.message };
  if (id !== undefined) e.id = id;
  return JSON.stringify(e);
}

export const STATUS_NAMES: Record<number, string> = { 1: 'open', 2: 'halted', 3: 'pre-open', 4: 'opening-auction', 5: 'closing-auction', 6: 'closed', 7: 'reopening-auction' };
export const SIDE_NAMES: Record<number, string> = { 1: 'buy', 2: 'sell' };
