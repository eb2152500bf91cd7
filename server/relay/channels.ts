/**
 * Channels: one per (channel, symbol[, depth | interval]) that has subscribers. Each keeps what
 * was last published and, at a flush, builds ONE update message shared by all its subscribers.
 *
 * Book views hold the top-N levels last published (N = the subscription depth). A flush
 * diffs the market's current top N against them: changed or new levels carry their new size,
 * levels that left the top N carry qty 0. Every diff sets absolute values, so diffs can be
 * merged per price (conflation) and still rebuild the exact view.
 */
import type { MarketState, Level, AuctionState } from '../mdp/market-state.ts';
import { INTERVALS } from '../mdp/candles.ts';
import { Kind, makeMsg, levelsJson, tradesJson, barsJson, type OutMsg, type LevelList, type TradeRec, type BarRec, type StatusEvent } from './messages.ts';
import { bookProto, tradesProto, candlesProto, statusEventsProto } from './proto.ts';
import { STATUS_NAMES } from './protocol.ts';
import type { Sub } from './conn.ts';

export interface Ctx {
  readonly market: MarketState;
  readonly session: number;
}

abstract class Channel {
  readonly sym: number;
  readonly name: string;
  readonly nameJson: string;
  readonly subs = new Set<Sub>();
  /** Seq of the last message published on this channel (a new subscriber's snapshot seq). */
  seq = 0;
  /** This flush's update, if any. */
  msg: OutMsg | undefined;

  constructor(sym: number, name: string) {
    this.sym = sym;
    this.name = name;
    this.nameJson = JSON.stringify(name);
  }
}

export class BookView extends Channel {
  readonly depth: number;
  private bids: Level[] = [];
  private asks: Level[] = [];
  checksum = 0;

  constructor(ctx: Ctx, sym: number, name: string, depth: number) {
    super(sym, name);
    this.depth = depth;
    const b = ctx.market.book(sym, depth)!;
    this.bids = b.bids;
    this.asks = b.asks;
    this.checksum = b.checksum;
    this.seq = ctx.market.mdSeq;
  }

  /** Diff against the market's book (given best first, at least `depth` deep when it has them). */
  update(ctx: Ctx, bids: Level[], asks: Level[], checksum: number, seq: number, time: number): void {
    const nb = bids.length > this.depth ? bids.slice(0, this.depth) : bids;
    const na = asks.length > this.depth ? asks.slice(0, this.depth) : asks;
    const levels: LevelList = [];
    diffSide(this.bids, nb, 1, levels);
    diffSide(this.asks, na, 2, levels);
    this.bids = nb;
    this.asks = na;
    this.checksum = checksum;
    if (levels.length === 0) {
      this.msg = undefined;
      return;
    }
    this.msg = this.bookMsg(ctx, levels, checksum, seq, this.seq, time, false);
    this.seq = seq;
  }

  /** The published view as a snapshot message. */
  snapshot(ctx: Ctx): OutMsg {
    const levels: LevelList = [];
    for (const l of this.bids) levels.push(1, l.price, l.qty, l.count);
    for (const l of this.asks) levels.push(2, l.price, l.qty, l.count);
    return this.bookMsg(ctx, levels, this.checksum, this.seq, 0, ctx.market.time, true);
  }

  bookMsg(ctx: Ctx, levels: LevelList, checksum: number, seq: number, prev: number, time: number, snapshot: boolean): OutMsg {
    const head = snapshot ? `{"type":"book","snapshot":true,"symbol":${this.nameJson},"depth":${this.depth},"seq":${seq}` : `{"type":"book","symbol":${this.nameJson},"depth":${this.depth},"seq":${seq},"prev":${prev}`;
    const json = `${head},"checksum":${checksum},"time":${time},"bids":${levelsJson(levels, 1)},"asks":${levelsJson(levels, 2)}}`;
    const sym = this.sym;
    const status = ctx.market.instruments.get(sym)?.status ?? 1;
    return makeMsg({
      kind: Kind.Book, json, snapshot, seq, prev, time, updates: levels.length / 4, levels, checksum,
      makeProto: () => bookProto(ctx.session, sym, seq, prev, checksum, levels, snapshot, status),
    });
  }
}

/** Append the changes from `old` to `now` (both best first) as (side, price, qty, count). */
function diffSide(old: Level[], now: Level[], side: number, out: LevelList): void {
  const better = side === 1 ? (a: number, b: number) => a > b : (a: number, b: number) => a < b;
  let i = 0;
  let j = 0;
  while (i < old.length || j < now.length) {
    const o = old[i];
    const n = now[j];
    if (o && n && o.price === n.price) {
      if (o.qty !== n.qty || o.count !== n.count) out.push(side, n.price, n.qty, n.count);
      i++;
      j++;
    } else if (o && (!n || better(o.price, n.price))) {
      out.push(side, o.price, 0, 0);
      i++;
    } else {
      out.push(side, n!.price, n!.qty, n!.count);
      j++;
    }
  }
}

/** Trades a JSON update of `n` leaves out when it carries the newest `keep` (0: all). */
const omittedOf = (n: number, keep: number): number => (keep > 0 && n > keep ? n - keep : 0);

export class TradeChannel extends Channel {
  /** Trades since the last flush (the relay pushes them from the record stream). */
  pending: TradeRec[] = [];

  constructor(ctx: Ctx, sym: number, name: string) {
    super(sym, name);
    const tape = ctx.market.trades(sym, 1);
    this.seq = tape.length > 0 ? tape[0]!.mdSeq : 0;
  }

  /**
   * One update of every pending trade; in JSON only the newest `keep` (0: all) with `omitted`
   * saying how many came before them. Returns that count.
   */
  flush(ctx: Ctx, keep = 0): number {
    if (this.pending.length === 0) {
      this.msg = undefined;
      return 0;
    }
    const trades = this.pending;
    this.pending = [];
    const last = trades[trades.length - 1]!;
    this.msg = this.tradesMsg(ctx, trades, last.seq, this.seq, false, keep);
    this.seq = last.seq;
    return omittedOf(trades.length, keep);
  }

  /** The last `n` trades published (never one still pending: it comes with the next update). */
  snapshot(ctx: Ctx, n: number): OutMsg {
    const tape = ctx.market.trades(this.sym, n + this.pending.length);
    const trades: TradeRec[] = [];
    for (const p of tape) if (p.mdSeq <= this.seq) trades.push({ seq: p.mdSeq, time: p.time, price: p.price, qty: p.qty, side: p.side, id: p.tradeId });
    return this.tradesMsg(ctx, trades.slice(-n), this.seq, 0, true);
  }

  /**
   * `keep` > 0 (relay option maxRoundTrades, an update only): the JSON carries the newest `keep`
   * trades and `"omitted": N` for the N before them, its prev/seq chain unbroken, so a frame's
   * size does not grow with the time between rounds. `trades` (what a lagging client's
   * conflation folds) and the protobuf encoding, which has no field to say what was left out,
   * keep every trade.
   */
  tradesMsg(ctx: Ctx, trades: readonly TradeRec[], seq: number, prev: number, snapshot: boolean, keep = 0): OutMsg {
    const head = snapshot ? `{"type":"trades","snapshot":true,"symbol":${this.nameJson},"seq":${seq}` : `{"type":"trades","symbol":${this.nameJson},"seq":${seq},"prev":${prev}`;
    const time = trades.length > 0 ? trades[trades.length - 1]!.time : ctx.market.time;
    const omitted = snapshot ? 0 : omittedOf(trades.length, keep);
    const shown = omitted > 0 ? trades.slice(omitted) : trades;
    const sym = this.sym;
    return makeMsg({
      kind: Kind.Trades, json: `${head}${omitted > 0 ? `,"omitted":${omitted}` : ''},"time":${time},"trades":${tradesJson(shown)}}`, snapshot, seq, prev, time, updates: shown.length, trades,
      makeProto: () => tradesProto(ctx.session, sym, seq, prev, trades, snapshot),
    });
  }
}

export class CandleChannel extends Channel {
  readonly interval: number;
  /** Bar states since the last flush, latest per open time, oldest first. */
  pending: BarRec[] = [];

  constructor(ctx: Ctx, sym: number, name: string, interval: number) {
    super(sym, name);
    this.interval = interval;
    this.seq = ctx.market.mdSeq;
  }

  push(b: BarRec): void {
    const p = this.pending;
    const last = p[p.length - 1];
    if (last && last.openTime === b.openTime) p[p.length - 1] = b;
    else if (last && last.openTime > b.openTime) return; // a late close of an older bar: the newer one stands
    else p.push(b);
  }

  flush(ctx: Ctx): void {
    if (this.pending.length === 0) {
      this.msg = undefined;
      return;
    }
    const bars = this.pending;
    this.pending = [];
    const seq = bars[bars.length - 1]!.seq;
    this.msg = this.candlesMsg(ctx, bars, seq, this.seq, false);
    this.seq = seq;
  }

  snapshot(ctx: Ctx): OutMsg {
    const b = ctx.market.currentBar(this.sym, this.interval);
    const bars: BarRec[] = b ? [{ seq: this.seq, openTime: b.openTime, open: b.open, high: b.high, low: b.low, close: b.close, volume: b.volume, trades: b.trades, notional: b.notional, closed: b.closed }] : [];
    return this.candlesMsg(ctx, bars, this.seq, 0, true);
  }

  candlesMsg(ctx: Ctx, bars: readonly BarRec[], seq: number, prev: number, snapshot: boolean): OutMsg {
    const iv = INTERVALS[this.interval]!.name;
    const head = snapshot ? `{"type":"candles","snapshot":true,"symbol":${this.nameJson},"interval":"${iv}","seq":${seq}` : `{"type":"candles","symbol":${this.nameJson},"interval":"${iv}","seq":${seq},"prev":${prev}`;
    const sym = this.sym;
    const interval = this.interval;
    const time = ctx.market.time;
    return makeMsg({
      kind: Kind.Candles, json: `${head},"bars":${barsJson(bars)}}`, snapshot, seq, prev, time, updates: bars.length, bars,
      makeProto: () => candlesProto(ctx.session, sym, interval, seq, bars, snapshot),
    });
  }
}

export class StatusChannel extends Channel {
  /** Events since the last flush, conflated (the newest status, auction and summary). */
  pending: StatusEvent[] = [];

  constructor(ctx: Ctx, sym: number, name: string) {
    super(sym, name);
    this.seq = ctx.market.mdSeq;
  }

  flush(ctx: Ctx): void {
    const p = this.pending;
    if (p.length === 0) {
      this.msg = undefined;
      return;
    }
    this.pending = [];
    this.msg = this.eventsMsg(ctx, p, this.seq, false);
    this.seq = this.msg.seq;
  }

  /**
   * The status now; during a call, the latest auction too (both at the channel's seq, so the
   * next update's `prev` follows either).
   */
  snapshot(ctx: Ctx): OutMsg {
    const m = ctx.market;
    const events: StatusEvent[] = [{ k: 'status', seq: this.seq, time: m.time, status: m.instruments.get(this.sym)?.status ?? 1 }];
    const a = m.currentAuction(this.sym);
    if (a) events.push({ ...auctionEvent(a), seq: this.seq });
    return this.eventsMsg(ctx, events, 0, true);
  }

  /** One message for `events` (in seq order): each a JSON object chained by seq / prev, each a Packet in protobuf. */
  eventsMsg(ctx: Ctx, events: readonly StatusEvent[], prev: number, snapshot: boolean): OutMsg {
    let json = '';
    let p = prev;
    for (const e of events) {
      const head = snapshot
        ? `{"type":"${STATUS_EVENT_TYPE[e.k]}","snapshot":true,"symbol":${this.nameJson},"seq":${e.seq}`
        : `{"type":"${STATUS_EVENT_TYPE[e.k]}","symbol":${this.nameJson},"seq":${e.seq},"prev":${p}`;
      json += `${json ? ',' : ''}${head},"time":${e.time},${statusEventBody(e)}}`;
      p = e.seq;
    }
    const last = events[events.length - 1]!;
    const sym = this.sym;
    const session = ctx.session;
    return makeMsg({
      kind: Kind.Status, json, snapshot, seq: last.seq, prev, time: last.time, updates: events.length, events,
      makeProto: () => statusEventsProto(session, sym, events, snapshot),
    });
  }
}

const STATUS_EVENT_TYPE = { status: 'status', auction: 'auction', summary: 'summary' } as const;
const SIDE_JSON: Record<number, string> = { 0: 'none', 1: 'buy', 2: 'sell' };

/** The JSON fields of an event after its head (docs/websocket.md, `status`). */
function statusEventBody(e: StatusEvent): string {
  switch (e.k) {
    case 'status':
      return `"status":"${STATUS_NAMES[e.status] ?? 'unknown'}"`;
    case 'auction':
      return `"phase":"${STATUS_NAMES[e.callStatus] ?? 'unknown'}","uncross":${e.uncross},"price":${e.price},"matchedQty":${e.matchedQty},"imbalanceQty":${e.imbalanceQty},` +
        `"imbalanceSide":"${SIDE_JSON[e.imbalanceSide] ?? 'none'}","referencePrice":${e.refPrice}`;
    case 'summary':
      return `"open":${e.open},"high":${e.high},"low":${e.low},"close":${e.close},"volume":${e.volume},"trades":${e.trades},"notional":${e.notional},` +
        `"openFromAuction":${e.openFromAuction},"closeFromAuction":${e.closeFromAuction}`;
  }
}

/** A MarketState auction as a status-channel event. */
export function auctionEvent(a: AuctionState): StatusEvent {
  return { k: 'auction', seq: a.mdSeq, time: a.time, uncross: a.uncross, price: a.price, matchedQty: a.matchedQty, imbalanceQty: a.imbalanceQty, imbalanceSide: a.imbalanceSide, callStatus: a.callStatus, refPrice: a.refPrice };
}

export type AnyChannel = BookView | TradeChannel | CandleChannel | StatusChannel;

/** The channels of one symbol. */
export class SymbolChannels {
  readonly books = new Map<number, BookView>();
  trades: TradeChannel | undefined;
  readonly candles: (CandleChannel | undefined)[] = new Array(INTERVALS.length).fill(undefined);
  status: StatusChannel | undefined;
  /** A LEVEL record arrived since the last flush. */
  bookDirty = false;
  /** The last LEVEL record of this symbol lacked END_OF_UPDATE: its book is mid-update. */
  midUpdate = false;
  bookTime = 0;
  maxDepth = 0;

  empty(): boolean {
    return this.books.size === 0 && !this.trades && !this.status && this.candles.every((c) => c === undefined);
  }

  recomputeDepth(): void {
    let d = 0;
    for (const k of this.books.keys()) if (k > d) d = k;
    this.maxDepth = d;
  }
}
