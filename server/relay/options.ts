/** Relay options: validated once at start, then frozen (docs/websocket.md lists the defaults). */
import { BourseError } from '../kernel/errors.ts';

export interface RelayOptions {
  /** URL path of the WebSocket endpoint. */
  readonly path: string;
  /** Largest inbound WebSocket message in bytes (ws closes 1009 above it). */
  readonly maxPayload: number;
  /** Subscriptions one connection may hold at once. */
  readonly maxSubscriptions: number;
  /** Open connections per remote address. */
  readonly maxConnectionsPerAddress: number;
  /** Open connections in total. */
  readonly maxConnections: number;
  /** Inbound messages per second per connection (token bucket of this size, refilled per second). */
  readonly maxInboundPerSecond: number;
  /** Deepest book a client may subscribe to. */
  readonly maxDepth: number;
  readonly defaultDepth: number;
  /** Trades in a trades snapshot. */
  readonly tradeSnapshot: number;
  /** Minimum time between two flushes (one frame per client per flush). */
  readonly flushMs: number;
  /**
   * Largest share (percent) of the time the relay spends in flushes: a flush that took D ms
   * starts the next one no sooner than D * 100 / writeSharePct ms after its own start (and never
   * sooner than flushMs). When writing to every client takes long (many clients, a busy CPU),
   * flushes come less often and carry more each, instead of starving the feed's input.
   * 100: no stretch.
   */
  readonly writeSharePct: number;
  /**
   * Busiest the relay's thread should be (percent of the time its event loop is not idle: the
   * feed's input and the writes together). While it is busier, the write share steps down (to
   * MIN_WRITE_SHARE_PCT at least): writes come less often, and the input, which must keep up or
   * its socket overflows, gets the time. When the loop has idle time again it steps back up to
   * writeSharePct. 100 (the default here; `bourse relay` starts at 90): off, always writeSharePct.
   */
  readonly targetLoadPct: number;
  /**
   * Longest a flush spends writing to clients (ms; 0: no limit). Clients with something to write
   * wait in a queue, oldest first; a flush writes from its front until this much time has
   * passed and the next flush (flushMs and writeSharePct later) carries on, after the feed's
   * input had its turn. So a client is written every (time to write them all) x 100 /
   * writeSharePct ms, and the feed waits at most this long behind the writes, instead of a
   * whole flush of every client.
   */
  readonly flushSliceMs: number;
  /** Heartbeat message period. */
  readonly heartbeatMs: number;
  /** WebSocket ping period; a peer that has not answered the previous ping is dropped. */
  readonly pingMs: number;
  /** A client whose unsent bytes exceed this is lagging: its updates are conflated, not written. */
  readonly highWaterBytes: number;
  /** A lagging client is caught up once its unsent bytes fall below this. */
  readonly lowWaterBytes: number;
  /** A client lagging this long without draining is closed with 4008 'slow consumer'. */
  readonly slowConsumerMs: number;
  /**
   * Trades one round's update carries per symbol in JSON, the newest (0: every trade). When rounds
   * come rarely (many clients: the write share stretches the gap) a frame would carry every trade
   * since the last round, cost more to write, and stretch the next gap further; above this many
   * the update lists the newest and says how many it left out (`omitted`), its seq/prev chain
   * unbroken. The book is current in every round whatever this is.
   */
  readonly maxRoundTrades: number;
  /** Trades kept per subscription while a client lags; older ones are dropped (the client sees a gap). */
  readonly maxQueuedTrades: number;
  /** Conflated levels kept per book subscription while a client lags; above it a fresh snapshot replaces them. */
  readonly maxConflatedLevels: number;
  /** After a close frame, the socket is destroyed if the peer has not closed within this time. */
  readonly closeGraceMs: number;
  /** Write pre-framed shared buffers straight to each socket (one framing per distinct frame). */
  readonly preframed: boolean;
  /**
   * Origins (`scheme://host[:port]`, as browsers send them) allowed to open a WebSocket; an
   * upgrade with another `Origin` header is refused 403 WS_ORIGIN_REFUSED. Empty: any origin.
   * Requests with no `Origin` header (not from a browser) are always allowed.
   */
  readonly allowedOrigins: readonly string[];
}

export const RELAY_DEFAULTS: RelayOptions = Object.freeze({
  path: '/ws',
  maxPayload: 4096,
  maxSubscriptions: 64,
  maxConnectionsPerAddress: 32,
  maxConnections: 10_000,
  maxInboundPerSecond: 50,
  maxDepth: 500,
  defaultDepth: 10,
  tradeSnapshot: 50,
  flushMs: 10,
  writeSharePct: 50,
  flushSliceMs: 0,
  targetLoadPct: 100,
  heartbeatMs: 1000,
  pingMs: 30_000,
  highWaterBytes: 1 << 20,
  lowWaterBytes: 1 << 18,
  slowConsumerMs: 5000,
  maxRoundTrades: 0,
  maxQueuedTrades: 2000,
  maxConflatedLevels: 4000,
  closeGraceMs: 5000,
  preframed: true,
  allowedOrigins: Object.freeze([]) as readonly string[],
});

export function relayOptions(o: Partial<RelayOptions> = {}): RelayOptions {
  const out: Record<string, unknown> = { ...RELAY_DEFAULTS };
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    if (!(k in RELAY_DEFAULTS)) throw new BourseError('WS_BAD_OPTION', `unknown option ${k}`);
    out[k] = v;
  }
  const r = out as unknown as RelayOptions;
  const int = (name: keyof RelayOptions, min: number, max: number) => {
    const v = r[name] as unknown;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
      throw new BourseError('WS_BAD_OPTION', `${name} must be an integer from ${min} to ${max}, not ${String(v)}`);
    }
  };
  if (typeof r.path !== 'string' || !/^\/[\w./-]*$/.test(r.path)) throw new BourseError('WS_BAD_OPTION', `path must start with / (got ${String(r.path)})`);
  int('maxPayload', 64, 1 << 20);
  int('maxSubscriptions', 1, 10_000);
  int('maxConnectionsPerAddress', 1, 1_000_000);
  int('maxConnections', 1, 1_000_000);
  int('maxInboundPerSecond', 1, 100_000);
  int('maxDepth', 1, 10_000);
  int('defaultDepth', 1, r.maxDepth);
  int('tradeSnapshot', 0, 10_000);
  int('flushMs', 0, 10_000);
  int('writeSharePct', 1, 100);
  int('flushSliceMs', 0, 10_000);
  int('targetLoadPct', 10, 100);
  int('heartbeatMs', 10, 3_600_000);
  int('pingMs', 100, 3_600_000);
  int('highWaterBytes', 1024, 1 << 30);
  int('lowWaterBytes', 0, r.highWaterBytes);
  int('slowConsumerMs', 1, 3_600_000);
  int('maxRoundTrades', 0, 1_000_000);
  int('maxQueuedTrades', 1, 1_000_000);
  int('maxConflatedLevels', 1, 1_000_000);
  int('closeGraceMs', 0, 600_000);
  if (typeof r.preframed !== 'boolean') throw new BourseError('WS_BAD_OPTION', 'preframed must be true or false');
  if (!Array.isArray(r.allowedOrigins)) throw new BourseError('WS_BAD_OPTION', 'allowedOrigins must be a list of origins');
  out.allowedOrigins = Object.freeze(r.allowedOrigins.map((o) => checkOrigin(o, 'WS_BAD_OPTION')));
  return Object.freeze(r);
}

/** An origin as browsers send it: scheme://host[:port], lower case, no path; '*' is not one. */
export function checkOrigin(o: unknown, code: 'WS_BAD_OPTION' | 'RELAY_BAD_OPTION'): string {
  if (typeof o !== 'string' || !/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(o)) {
    throw new BourseError(code, `an allowed origin is scheme://host[:port] (e.g. https://md.example.com), not ${JSON.stringify(o)?.slice(0, 80)}`);
  }
  return o.toLowerCase();
}

/** Least ms from a flush's start to the next one's: flushMs, stretched so that flushes take at most sharePct% (default writeSharePct) of the time. */
export function flushInterval(o: Pick<RelayOptions, 'flushMs' | 'writeSharePct'>, flushTookMs: number, sharePct = o.writeSharePct): number {
  return Math.max(o.flushMs, (flushTookMs * 100) / sharePct);
}

/** The write share never steps below this (percent). */
export const MIN_WRITE_SHARE_PCT = 10;

/**
 * The write share for the next period, from the current one and the event loop's utilization
 * (0..1) over the last: down by a fifth while busier than targetLoadPct, up by 5 points once 10
 * points under it, within [MIN_WRITE_SHARE_PCT, writeSharePct].
 */
export function nextWriteShare(o: Pick<RelayOptions, 'writeSharePct' | 'targetLoadPct'>, share: number, utilization: number): number {
  if (o.targetLoadPct >= 100) return o.writeSharePct;
  const floor = Math.min(MIN_WRITE_SHARE_PCT, o.writeSharePct);
  if (utilization * 100 > o.targetLoadPct) return Math.max(floor, share * 0.8);
  if (utilization * 100 < o.targetLoadPct - 10) return Math.min(o.writeSharePct, share + 5);
  return Math.min(o.writeSharePct, Math.max(floor, share));
}
