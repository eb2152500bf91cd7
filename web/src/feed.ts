/**
 * The dashboard's relay client (docs/websocket.md): one WebSocket, subscriptions that survive
 * reconnects, local books rebuilt from snapshot + updates with every `prev` link and checksum
 * checked. A broken link or a wrong checksum is a gap: the client resubscribes and counts the
 * gap as recovered when the fresh snapshot arrives. It reconnects by itself (backoff with
 * jitter) and treats a silent connection (no heartbeat) as dead. Given several relay URLs
 * (relay nodes serve the same market: docs/relay-nodes.md), a closed connection moves to the
 * next one at once, with backoff only after a whole round failed; every subscription is
 * resubscribed there and resyncs by snapshot.
 */
import { bookChecksum } from './checksum.ts';

export interface Instrument {
  symbol: string;
  id: number;
  tick: number;
  lot: number;
  priceDecimals: number;
  qtyDecimals: number;
  status: string;
}

export interface Trade {
  seq: number;
  id: number;
  time: number;
  price: number;
  qty: number;
  side: 'buy' | 'sell';
}

export interface Bar {
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  trades: number;
  closed: boolean;
}

/** A call auction's indicative state or uncross (the `status` channel's `auction` message). */
export interface Auction {
  phase: string;
  uncross: boolean;
  price: number;
  matchedQty: number;
  imbalanceQty: number;
  imbalanceSide: 'buy' | 'sell' | 'none';
  referencePrice: number;
  time: number;
}

/** An end-of-session summary (the `status` channel's `summary` message). */
export interface Summary {
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  trades: number;
  notional: number;
  openFromAuction: boolean;
  closeFromAuction: boolean;
}

export interface Level {
  price: number;
  qty: number;
  count: number;
}

export class LocalBook {
  readonly bids = new Map<number, Level>();
  readonly asks = new Map<number, Level>();
  seq = 0;
  checksum = 0;
  /** Prices whose size changed in the last update, with the direction of the change. */
  changed = new Map<number, number>();

  apply(side: [number, number, number][], book: Map<number, Level>): void {
    for (const [price, qty, count] of side) {
      const old = book.get(price);
      this.changed.set(price, qty - (old?.qty ?? 0));
      if (qty === 0) book.delete(price);
      else book.set(price, { price, qty, count });
    }
  }

  sorted(bids: boolean, n = Infinity): Level[] {
    const l = [...(bids ? this.bids : this.asks).values()].sort((a, b) => (bids ? b.price - a.price : a.price - b.price));
    return n < l.length ? l.slice(0, n) : l;
  }

  verify(): boolean {
    return bookChecksum(this.sorted(true, 10), this.sorted(false, 10)) === this.checksum;
  }
}

export interface FeedStats {
  connected: boolean;
  session: number;
  /** Highest MD seq the client is current with (book updates and heartbeats). */
  seq: number;
  gapsDetected: number;
  gapsRecovered: number;
  messagesPerS: number;
  reconnects: number;
  lastError: string;
  /** The relay URL in use (or being tried). */
  url: string;
}

export interface FeedHandlers {
  instruments(list: Instrument[]): void;
  book(symbol: string, book: LocalBook, snapshot: boolean): void;
  trades(symbol: string, trades: Trade[], snapshot: boolean): void;
  candles(symbol: string, interval: string, bars: Bar[], snapshot: boolean): void;
  status(symbol: string, status: string): void;
  /** During a call: its indicative price, matched volume and imbalance; then its uncross. */
  auction?(symbol: string, a: Auction): void;
  summary?(symbol: string, s: Summary): void;
  connection(connected: boolean): void;
}

type Msg = Record<string, any>;

export const BOOK_DEPTH = 20;

export class Feed {
  readonly stats: FeedStats = { connected: false, session: 0, seq: 0, gapsDetected: 0, gapsRecovered: 0, messagesPerS: 0, reconnects: 0, lastError: '', url: '' };
  readonly books = new Map<string, LocalBook>();
  private ws: WebSocket | undefined;
  private readonly subs = new Map<string, Msg>();
  private readonly last = new Map<string, number>();
  private readonly recovering = new Set<string>();
  private readonly urls: string[];
  private at = 0;
  /** Connections tried since the last one that opened. */
  private failed = 0;
  private readonly h: FeedHandlers;
  private backoff = 250;
  private heartbeatMs = 1000;
  private lastMsgAt = 0;
  private count = 0;
  private countAt = performance.now();
  private closed = false;

  constructor(urls: string | string[], handlers: FeedHandlers) {
    this.urls = typeof urls === 'string' ? [urls] : urls.length > 0 ? urls : [''];
    this.at = Math.floor(Math.random() * this.urls.length);
    this.h = handlers;
    setInterval(() => this.tick(), 500);
    this.connect();
  }

  subscribe(channel: string, symbol: string, extra: Msg = {}): void {
    const m = { op: 'subscribe', channel, symbol, ...extra };
    this.subs.set(keyOf(channel, symbol, extra.interval), m);
    this.send(m);
  }

  unsubscribe(channel: string, symbol: string, extra: Msg = {}): void {
    const key = keyOf(channel, symbol, extra.interval);
    if (!this.subs.delete(key)) return;
    this.last.delete(key);
    this.recovering.delete(key);
    if (channel === 'book') this.books.delete(symbol);
    this.send({ op: 'unsubscribe', channel, symbol, ...extra });
  }

  private send(m: Msg): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(m));
  }

  private connect(): void {
    if (this.closed) return;
    const url = this.urls[this.at]!;
    this.stats.url = url;
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.onopen = () => {
      this.backoff = 250;
      this.failed = 0;
      this.lastMsgAt = performance.now();
      this.send({ op: 'instruments' });
      for (const m of this.subs.values()) this.send(m);
    };
    ws.onmessage = (ev) => {
      this.lastMsgAt = performance.now();
      if (typeof ev.data !== 'string') return;
      const list = JSON.parse(ev.data) as Msg[];
      this.count += list.length;
      for (const m of list) this.onMsg(m);
    };
    ws.onclose = (ev) => {
      if (this.ws !== ws) return;
      this.ws = undefined;
      if (ev.code !== 1000 && ev.code !== 1005) this.stats.lastError = `closed ${ev.code}${ev.reason ? ` ${ev.reason}` : ''}`;
      this.setConnected(false);
      this.last.clear();
      this.recovering.clear();
      // Next relay at once; back off only after every relay was tried.
      this.at = (this.at + 1) % this.urls.length;
      this.failed++;
      const roundDone = this.failed >= this.urls.length;
      const wait = roundDone ? this.backoff * (0.75 + Math.random() / 2) : 50;
      if (roundDone) {
        this.backoff = Math.min(this.backoff * 2, 5000);
        this.failed = 0;
      }
      this.stats.reconnects++;
      setTimeout(() => this.connect(), wait);
    };
    ws.onerror = () => {
      this.stats.lastError = 'connection failed';
    };
  }

  private setConnected(v: boolean): void {
    if (this.stats.connected === v) return;
    this.stats.connected = v;
    this.h.connection(v);
  }

  /** Heartbeat watchdog and the messages/s figure. */
  private tick(): void {
    const t = performance.now();
    this.stats.messagesPerS = Math.round((this.count * 1000) / (t - this.countAt));
    this.count = 0;
    this.countAt = t;
    if (this.ws && this.stats.connected && t - this.lastMsgAt > 3 * this.heartbeatMs + 1000) {
      this.stats.lastError = 'no heartbeat';
      this.ws.close();
      this.ws.onclose?.(new CloseEvent('close', { code: 4000, reason: 'no heartbeat' }));
    }
  }

  /** A broken chain or checksum: resubscribe and wait for the snapshot. */
  private gap(key: string): void {
    if (this.recovering.has(key)) return;
    this.stats.gapsDetected++;
    this.recovering.add(key);
    const m = this.subs.get(key);
    if (m) this.send(m);
  }

  private onMsg(m: Msg): void {
    switch (m.type) {
      case 'welcome':
        this.stats.session = m.session;
        this.heartbeatMs = m.heartbeatMs;
        this.setConnected(true);
        return;
      case 'instruments':
        this.h.instruments(m.instruments);
        return;
      case 'heartbeat':
        if (m.seq > this.stats.seq) this.stats.seq = m.seq;
        return;
      case 'error':
        this.stats.lastError = `${m.num} ${m.message}`;
        return;
      case 'book':
      case 'trades':
      case 'candles':
      case 'status':
      case 'auction':
      case 'summary':
        break;
      default:
        return;
    }
    // auction and summary messages belong to the status subscription (one seq / prev chain).
    const key = keyOf(m.type === 'auction' || m.type === 'summary' ? 'status' : m.type, m.symbol, m.interval);
    if (!this.subs.has(key)) return; // unsubscribed meanwhile
    if (m.snapshot) {
      if (this.recovering.delete(key)) this.stats.gapsRecovered++;
    } else {
      if (this.recovering.has(key)) return;
      if (this.last.get(key) !== m.prev) return this.gap(key);
    }
    this.last.set(key, m.seq);
    switch (m.type) {
      case 'book': {
        let b = this.books.get(m.symbol);
        if (!b || m.snapshot) this.books.set(m.symbol, (b = new LocalBook()));
        b.changed = new Map();
        b.apply(m.bids, b.bids);
        b.apply(m.asks, b.asks);
        b.seq = m.seq;
        b.checksum = m.checksum;
        if (m.seq > this.stats.seq) this.stats.seq = m.seq;
        if (!b.verify()) return this.gap(key);
        this.h.book(m.symbol, b, !!m.snapshot);
        return;
      }
      case 'trades':
        this.h.trades(m.symbol, m.trades, !!m.snapshot);
        return;
      case 'candles':
        this.h.candles(m.symbol, m.interval, m.bars, !!m.snapshot);
        return;
      case 'status':
        this.h.status(m.symbol, m.status);
        return;
      case 'auction':
        this.h.auction?.(m.symbol, m as Auction);
        return;
      case 'summary':
        this.h.summary?.(m.symbol, m as Summary);
        return;
    }
  }
}

function keyOf(channel: string, symbol: string, interval?: string): string {
  return channel === 'candles' ? `candles:${symbol}:${interval}` : `${channel}:${symbol}`;
}
