/**
 * One client connection: its subscriptions, the messages queued for its next frame, its inbound
 * token bucket, and the conflated state of each subscription while it lags.
 *
 * While a client lags (its unsent bytes above the high-water mark) shared updates are not
 * queued: each subscription folds them into bounded state instead — book levels merged per
 * price (latest size wins), trades in a bounded list (oldest dropped: the client sees a gap in
 * `prev` and resubscribes), the latest bar per open time, the latest status. When the client
 * drains, each subscription turns that state into one catch-up message.
 */
import type { WebSocket } from 'ws';
import type { Duplex } from 'node:stream';
import type { Channel } from './protocol.ts';
import { Kind, pushStatusEvent, type OutMsg, type TradeRec, type BarRec, type StatusEvent } from './messages.ts';
import type { AnyChannel, BookView, TradeChannel, CandleChannel, StatusChannel, Ctx } from './channels.ts';

export class Sub {
  readonly conn: Conn;
  readonly key: string;
  readonly channel: Channel;
  readonly ch: AnyChannel;
  /** Seq of the last message of this subscription put in the client's stream. */
  sentSeq = 0;
  /** Conflated state while the client lags (see the file comment). */
  conflating = false;
  snapshotDue = false;
  levels: Map<number, [number, number, number]> | undefined;
  trades: TradeRec[] | undefined;
  bars: BarRec[] | undefined;
  events: StatusEvent[] | undefined;
  pendSeq = 0;
  pendTime = 0;
  pendChecksum = 0;
  /** Seq of the newest trade dropped while lagging (0: none). */
  gapSeq = 0;

  constructor(conn: Conn, key: string, channel: Channel, ch: AnyChannel) {
    this.conn = conn;
    this.key = key;
    this.channel = channel;
    this.ch = ch;
  }

  /** Fold one shared update into the conflated state. Returns the updates it replaced (dropped or merged). */
  fold(m: OutMsg, maxTrades: number, maxLevels: number): number {
    this.conflating = true;
    this.pendSeq = m.seq;
    this.pendTime = m.time;
    if (this.snapshotDue) return m.updates;
    switch (m.kind) {
      case Kind.Book: {
        const map = (this.levels ??= new Map());
        const lv = m.levels!;
        for (let i = 0; i < lv.length; i += 4) {
          const key = lv[i] === 1 ? lv[i + 1]! : -lv[i + 1]!;
          const cur = map.get(key);
          if (cur) {
            cur[1] = lv[i + 2]!;
            cur[2] = lv[i + 3]!;
          } else map.set(key, [lv[i]!, lv[i + 2]!, lv[i + 3]!]);
        }
        this.pendChecksum = m.checksum!;
        if (map.size > maxLevels) {
          this.levels = undefined;
          this.snapshotDue = true;
        }
        return m.updates;
      }
      case Kind.Trades: {
        const list = (this.trades ??= []);
        for (const t of m.trades!) list.push(t);
        let dropped = 0;
        if (list.length > maxTrades) {
          dropped = list.length - maxTrades;
          // The catch-up names the last dropped trade as its `prev`: the client sees the gap.
          this.gapSeq = list[dropped - 1]!.seq;
          list.splice(0, dropped);
        }
        return m.updates;
      }
      case Kind.Candles: {
        const list = (this.bars ??= []);
        for (const b of m.bars!) {
          const last = list[list.length - 1];
          if (last && last.openTime === b.openTime) list[list.length - 1] = b;
          else list.push(b);
        }
        if (list.length > 16) list.splice(0, list.length - 16);
        return m.updates;
      }
      case Kind.Status: {
        const list = (this.events ??= []);
        for (const e of m.events!) pushStatusEvent(list, e);
        return m.updates;
      }
      default:
        return 0;
    }
  }

  /** The catch-up message for the conflated state (and reset it). */
  drain(ctx: Ctx, tradeSnapshot: number): OutMsg | undefined {
    if (!this.conflating) return undefined;
    this.conflating = false;
    let m: OutMsg | undefined;
    if (this.snapshotDue) {
      this.snapshotDue = false;
      this.gapSeq = 0;
      m = snapshotOf(this, ctx, tradeSnapshot);
    } else {
      const prev = this.gapSeq > 0 ? this.gapSeq : this.sentSeq;
      this.gapSeq = 0;
      switch (this.channel) {
        case 'book': {
          const lv: number[] = [];
          for (const [key, [side, qty, count]] of this.levels ?? []) lv.push(side, Math.abs(key), qty, count);
          if (lv.length > 0) m = (this.ch as BookView).bookMsg(ctx, lv, this.pendChecksum, this.pendSeq, prev, this.pendTime, false);
          break;
        }
        case 'trades':
          if (this.trades && this.trades.length > 0) m = (this.ch as TradeChannel).tradesMsg(ctx, this.trades, this.pendSeq, prev, false);
          break;
        case 'candles':
          if (this.bars && this.bars.length > 0) m = (this.ch as CandleChannel).candlesMsg(ctx, this.bars, this.pendSeq, prev, false);
          break;
        case 'status':
          if (this.events && this.events.length > 0) m = (this.ch as StatusChannel).eventsMsg(ctx, this.events, prev, false);
          break;
      }
    }
    this.levels = undefined;
    this.trades = undefined;
    this.bars = undefined;
    this.events = undefined;
    if (m) this.sentSeq = m.seq;
    return m;
  }
}

export function snapshotOf(sub: Sub, ctx: Ctx, tradeSnapshot: number): OutMsg {
  switch (sub.channel) {
    case 'book':
      return (sub.ch as BookView).snapshot(ctx);
    case 'trades':
      return (sub.ch as TradeChannel).snapshot(ctx, tradeSnapshot);
    case 'candles':
      return (sub.ch as CandleChannel).snapshot(ctx);
    default:
      return (sub.ch as StatusChannel).snapshot(ctx);
  }
}

export class Conn {
  readonly id: number;
  readonly ws: WebSocket;
  readonly socket: Duplex;
  readonly addr: string;
  readonly proto: boolean;
  readonly subs = new Map<string, Sub>();
  /** Messages for this client alone (snapshots, control, catch-ups), sent before shared ones. */
  own: OutMsg[] = [];
  /**
   * Shared updates gathered during the current flush: the first `nShared` entries. The array is
   * kept from round to round (entries past nShared are stale until overwritten), so a round
   * allocates no array per client.
   */
  shared: OutMsg[] = [];
  nShared = 0;
  /** Subscriptions holding conflated state. */
  readonly conflated = new Set<Sub>();
  touched = false;
  /** Wall µs at which the oldest record behind what this client has queued reached the relay (0: none). */
  sinceUs = 0;
  lagging = false;
  lagSince = 0;
  closing = false;
  alive = true;
  // inbound token bucket
  tokens: number;
  lastRefill: number;
  refusedInRow = 0;

  constructor(id: number, ws: WebSocket, socket: Duplex, addr: string, proto: boolean, burst: number, now: number) {
    this.id = id;
    this.ws = ws;
    this.socket = socket;
    this.addr = addr;
    this.proto = proto;
    this.tokens = burst;
    this.lastRefill = now;
  }

  get buffered(): number {
    return this.ws.bufferedAmount;
  }
}
