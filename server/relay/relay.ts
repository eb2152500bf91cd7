/**
 * The WebSocket relay: market data from the MD record stream to browsers and other clients
 * (protocol in docs/websocket.md).
 *
 *   onRecords(f64, i32, first, count)  MD records (server/mdp/records.ts), on the main thread,
 *        |                             after (or before, in the same turn) MarketState folds them
 *        v   marks symbols dirty, queues trades / bars / status of watched symbols
 *   flush (at most every flushMs)      per channel ONE shared update (book diff of the top N,
 *        |                             trades, bars, status); per client ONE frame of everything
 *        v                             it gets, framed once per distinct frame and written as-is
 *   clients                            lagging ones get conflated catch-ups, or 4008 'slow consumer'
 *
 * Sequence numbers are the MD seq: every update carries `seq` (the MD seq it is current with)
 * and `prev` (the seq of the previous message of the same subscription), so a client that
 * misses one sees `prev` differ from what it holds and resubscribes; book updates also carry
 * the book checksum (kernel/book-checksum.ts) of the top 10 levels.
 */
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { getHeapStatistics } from 'node:v8';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import type { ErrorCode } from '../kernel/errors.ts';
import type { MarketState } from '../mdp/market-state.ts';
import { Md, MD_SLOTS, MdSlot, TradeMd, BarMd, EmptyRunMd, AuctionMd, DaySummaryMd, DaySummaryCode, AuctionCode, mdHead, headType, headSide, headCode, headEndOfUpdate, mdSymbol, barInterval, barClosed } from '../mdp/records.ts';
import { INTERVALS } from '../mdp/candles.ts';
import { relayOptions, nextWriteShare, type RelayOptions } from './options.ts';
import { parseRequest, isRefusal, errorMessage, CloseCode, CloseReason, CHANNELS, PROTOCOL_VERSION, STATUS_NAMES, type Request, type RequestId } from './protocol.ts';
import { Kind, controlMsg, makeMsg, pushStatusEvent, type OutMsg } from './messages.ts';
import { BookView, TradeChannel, CandleChannel, StatusChannel, SymbolChannels, type AnyChannel, type Ctx } from './channels.ts';
import { Conn, Sub, snapshotOf } from './conn.ts';
import { heartbeatProto } from './proto.ts';
import { refuse } from './encode.ts';
import { Outbox, type FrameCache } from './outbox.ts';
import type { RelayStats } from './stats.ts';

export type { RelayStats } from './stats.ts';

export type RecordsListener = (f64: Float64Array, i32: Int32Array, first: number, count: number) => void;

const now = () => performance.now();
/** performance.timeOrigin, read once (its getter allocates a number per call). */
const ORIGIN_MS = performance.timeOrigin;
const wallUs = () => Math.floor((ORIGIN_MS + performance.now()) * 1000);
/** This thread's CPU time (µs): what flushes cost, whatever the machine's load does to their wall time. */
const threadCpuUs = () => {
  const u = process.threadCpuUsage();
  return u.user + u.system;
};

export class Relay implements Ctx {
  readonly market: MarketState;
  readonly options: RelayOptions;
  readonly session: number;
  private readonly wss: WebSocketServer;
  private readonly conns = new Set<Conn>();
  private readonly perAddr = new Map<string, number>();
  private readonly symbols = new Map<number, SymbolChannels>();
  private readonly dirty = new Set<SymbolChannels>();
  private readonly ownQueued = new Set<Conn>();
  /**
   * Clients with something to write, in the order they got it (Conn.touched: queued here); a
   * flush writes from dueHead for at most flushSliceMs, the next flush carries on.
   */
  private due: Conn[] = [];
  private dueHead = 0;
  /** The last flush wrote every queued client: this flush's queue is all new. */
  private drained = true;
  /** Start of the last flush that built updates (the round's first). */
  private lastBuild = 0;
  private nextConnId = 1;
  private flushTimer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  private lastFlush = 0;
  /** Least ms from lastFlush to the next flush (flushMs, stretched by a long flush: options.writeSharePct). */
  private flushGap = 0;
  private heartbeatDue = false;
  /** The write share in force (options.writeSharePct, lowered while the loop is busier than targetLoadPct). */
  private writeShare: number;
  private elu = performance.eventLoopUtilization();
  private eluAt = 0;
  private readonly timers: NodeJS.Timeout[] = [];
  private closed = false;
  private readonly out: Outbox;
  private readonly s = { flushes: 0, flushCpuUs: 0, flushWallUs: 0, flushAllocBytes: 0, allocFlushes: 0, slicedFlushes: 0, frames: 0, bytes: 0, messages: 0, updates: 0, snapshots: 0, conflatedUpdates: 0, catchUps: 0, tradeGaps: 0, omittedTrades: 0, slowConsumerCloses: 0, rateLimitCloses: 0, refusedConnections: 0, inbound: 0, errors: 0 };
  /**
   * Metrics hook: called for each client written with records, with µs since the oldest record its
   * frame carries reached the relay, and µs since the round's updates were built (its place in the
   * round of writes).
   */
  onFlushed: ((delayUs: number, sinceBuildUs: number) => void) | undefined;
  private pendingSinceUs = 0;
  private readonly servers: { server: HttpServer; listener: (req: IncomingMessage, socket: Duplex, head: Buffer) => void }[] = [];

  constructor(market: MarketState, options: Partial<RelayOptions> = {}) {
    this.market = market;
    this.options = relayOptions(options);
    this.flushGap = this.options.flushMs;
    this.writeShare = this.options.writeSharePct;
    this.session = Date.now();
    this.out = new Outbox(this, this.options, this.s, (c) => this.slow(c));
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.options.maxPayload, perMessageDeflate: false, clientTracking: false });
    const hb = setInterval(() => this.onHeartbeat(), this.options.heartbeatMs);
    const ping = setInterval(() => this.onPing(), this.options.pingMs);
    hb.unref();
    ping.unref();
    this.timers.push(hb, ping);
  }

  /** Serve the endpoint (options.path) on this HTTP server's 'upgrade' event. */
  attach(server: HttpServer): this {
    const listener = (req: IncomingMessage, socket: Duplex, head: Buffer) => this.onUpgrade(server, req, socket, head);
    server.on('upgrade', listener);
    this.servers.push({ server, listener });
    return this;
  }

  // ------------------------------------------------------------------ connections

  private onUpgrade(server: HttpServer, req: IncomingMessage, socket: Duplex, head: Buffer): void {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://relay');
    } catch {
      return refuse(socket, 'WS_NOT_FOUND', 'bad request URL');
    }
    if (url.pathname !== this.options.path) {
      // Another upgrade handler may own that path; answer only when there is none.
      if (server.listenerCount('upgrade') <= this.servers.filter((s) => s.server === server).length) refuse(socket, 'WS_NOT_FOUND', url.pathname);
      return;
    }
    if (this.closed) return refuse(socket, 'WS_GOING_AWAY', undefined);
    const origin = req.headers.origin;
    if (origin !== undefined && this.options.allowedOrigins.length > 0 && !this.options.allowedOrigins.includes(origin.toLowerCase())) {
      this.s.refusedConnections++;
      return refuse(socket, 'WS_ORIGIN_REFUSED', origin.slice(0, 100));
    }
    const enc = url.searchParams.get('encoding') ?? 'json';
    if (enc !== 'json' && enc !== 'protobuf') return refuse(socket, 'WS_BAD_ENCODING', `encoding=${enc.slice(0, 32)}`);
    const addr = req.socket.remoteAddress ?? 'unknown';
    if (this.conns.size >= this.options.maxConnections) {
      this.s.refusedConnections++;
      return refuse(socket, 'WS_SERVER_FULL', `${this.options.maxConnections} connections`);
    }
    const n = this.perAddr.get(addr) ?? 0;
    if (n >= this.options.maxConnectionsPerAddress) {
      this.s.refusedConnections++;
      return refuse(socket, 'WS_TOO_MANY_CONNECTIONS', `${n} open from ${addr}; at most ${this.options.maxConnectionsPerAddress}`);
    }
    this.perAddr.set(addr, n + 1);
    let accepted = false;
    socket.once('close', () => {
      if (!accepted) this.release(addr);
    });
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      accepted = true;
      this.onConnection(ws, socket, addr, enc === 'protobuf');
    });
  }

  private release(addr: string): void {
    const n = (this.perAddr.get(addr) ?? 1) - 1;
    if (n <= 0) this.perAddr.delete(addr);
    else this.perAddr.set(addr, n);
  }

  private onConnection(ws: WebSocket, socket: Duplex, addr: string, proto: boolean): void {
    const conn = new Conn(this.nextConnId++, ws, socket, addr, proto, this.options.maxInboundPerSecond, now());
    this.conns.add(conn);
    ws.on('message', (data, isBinary) => this.onMessage(conn, data, isBinary));
    ws.on('close', () => this.onClose(conn));
    ws.on('error', () => {
      // ws closes the connection itself (1009 above maxPayload, 1002 on protocol errors).
      this.s.errors++;
    });
    ws.on('pong', () => {
      conn.alive = true;
    });
    socket.on('drain', () => {
      if (conn.lagging) this.schedule();
    });
    const o = this.options;
    this.queueOwn(conn, controlMsg(JSON.stringify({
      type: 'welcome', version: PROTOCOL_VERSION, session: this.session, encoding: proto ? 'protobuf' : 'json', seq: this.market.mdSeq, time: this.market.time,
      heartbeatMs: o.heartbeatMs, channels: CHANNELS, intervals: INTERVALS.map((i) => i.name),
      limits: { maxPayload: o.maxPayload, maxSubscriptions: o.maxSubscriptions, maxInboundPerSecond: o.maxInboundPerSecond, maxDepth: o.maxDepth, maxConnectionsPerAddress: o.maxConnectionsPerAddress },
    })));
  }

  private onClose(conn: Conn): void {
    if (!this.conns.delete(conn)) return;
    this.release(conn.addr);
    for (const sub of [...conn.subs.values()]) this.removeSub(sub);
    this.out.lagging.delete(conn);
    this.ownQueued.delete(conn);
    conn.own = [];
    conn.shared = [];
    conn.nShared = 0;
  }

  private onMessage(conn: Conn, data: RawData, isBinary: boolean): void {
    if (conn.closing) return;
    this.s.inbound++;
    const t = now();
    const rate = this.options.maxInboundPerSecond;
    conn.tokens = Math.min(rate, conn.tokens + ((t - conn.lastRefill) / 1000) * rate);
    conn.lastRefill = t;
    if (conn.tokens < 1) {
      conn.refusedInRow++;
      if (conn.refusedInRow === 1) this.sendError(conn, 'WS_RATE_LIMITED', `at most ${rate} messages per second; this one was ignored`, undefined);
      if (conn.refusedInRow > rate) {
        this.s.rateLimitCloses++;
        this.closeConn(conn, CloseCode.RateLimited);
      }
      return;
    }
    conn.tokens -= 1;
    conn.refusedInRow = 0;
    if (isBinary) return this.sendError(conn, 'WS_BAD_MESSAGE', 'send requests as JSON text frames', undefined);
    const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
    const r = parseRequest(text, this.options.maxDepth, this.options.defaultDepth);
    if (isRefusal(r)) return this.sendError(conn, r.code, r.detail, r.id);
    this.handle(conn, r);
  }

  private handle(conn: Conn, r: Request): void {
    switch (r.op) {
      case 'ping':
        return this.queueOwn(conn, controlMsg(JSON.stringify({ type: 'pong', id: r.id, seq: this.market.mdSeq, time: wallUs() })));
      case 'instruments': {
        const list = [...this.market.instruments.values()].map((i) => ({ symbol: i.name, id: i.symbol, tick: i.tick, lot: i.lot, priceDecimals: i.priceDecimals, qtyDecimals: i.qtyDecimals, status: STATUS_NAMES[i.status] ?? 'unknown' }));
        return this.queueOwn(conn, controlMsg(JSON.stringify({ type: 'instruments', id: r.id, seq: this.market.mdSeq, instruments: list })));
      }
      case 'subscribe':
        return this.subscribe(conn, r);
      case 'unsubscribe': {
        const sym = this.market.symbolId(r.symbol);
        const gone = [...conn.subs.values()].filter((s) => s.channel === r.channel && s.ch.sym === sym && (r.interval === undefined || (s.ch as CandleChannel).interval === r.interval));
        if (sym === undefined || gone.length === 0) return this.sendError(conn, 'WS_NOT_SUBSCRIBED', `${r.channel} ${r.symbol}`, r.id);
        for (const s of gone) this.removeSub(s);
        return this.queueOwn(conn, controlMsg(JSON.stringify({ type: 'unsubscribed', id: r.id, channel: r.channel, symbol: r.symbol, interval: r.interval === undefined ? undefined : INTERVALS[r.interval]!.name })));
      }
    }
  }

  private subscribe(conn: Conn, r: Extract<Request, { op: 'subscribe' }>): void {
    const sym = this.market.symbolId(r.symbol);
    if (sym === undefined) return this.sendError(conn, 'WS_UNKNOWN_SYMBOL', r.symbol, r.id);
    const interval = r.channel === 'candles' ? r.interval : -1;
    const key = `${r.channel}:${sym}${interval >= 0 ? `:${interval}` : ''}`;
    const old = conn.subs.get(key);
    if (!old && conn.subs.size >= this.options.maxSubscriptions) return this.sendError(conn, 'WS_TOO_MANY_SUBSCRIPTIONS', `at most ${this.options.maxSubscriptions}`, r.id);
    if (old) this.removeSub(old); // a resubscription: a fresh snapshot follows
    let sc = this.symbols.get(sym);
    if (!sc) this.symbols.set(sym, (sc = new SymbolChannels()));
    const name = r.symbol;
    let ch: AnyChannel;
    switch (r.channel) {
      case 'book': {
        let v = sc.books.get(r.depth);
        if (!v) {
          sc.books.set(r.depth, (v = new BookView(this, sym, name, r.depth)));
          sc.recomputeDepth();
        }
        ch = v;
        break;
      }
      case 'trades':
        ch = sc.trades ??= new TradeChannel(this, sym, name);
        break;
      case 'candles':
        ch = sc.candles[interval] ??= new CandleChannel(this, sym, name, interval);
        break;
      default:
        ch = sc.status ??= new StatusChannel(this, sym, name);
    }
    const sub = new Sub(conn, key, r.channel, ch);
    ch.subs.add(sub);
    conn.subs.set(key, sub);
    const ack: Record<string, unknown> = { type: 'subscribed', id: r.id, channel: r.channel, symbol: name };
    if (r.channel === 'book') ack.depth = r.depth;
    if (r.channel === 'candles') ack.interval = INTERVALS[interval]!.name;
    this.queueOwn(conn, controlMsg(JSON.stringify(ack)));
    if (conn.lagging) {
      // Snapshot when the client has drained (it would only add to its backlog now).
      sub.snapshotDue = true;
      sub.conflating = true;
      conn.conflated.add(sub);
      return;
    }
    const snap = snapshotOf(sub, this, this.options.tradeSnapshot);
    sub.sentSeq = snap.seq;
    this.s.snapshots++;
    this.queueOwn(conn, snap);
  }

  private removeSub(sub: Sub): void {
    const conn = sub.conn;
    if (conn.subs.get(sub.key) === sub) conn.subs.delete(sub.key);
    conn.conflated.delete(sub);
    const ch = sub.ch;
    ch.subs.delete(sub);
    if (ch.subs.size > 0) return;
    const sc = this.symbols.get(ch.sym);
    if (!sc) return;
    if (ch instanceof BookView) {
      sc.books.delete(ch.depth);
      sc.recomputeDepth();
    } else if (ch instanceof TradeChannel) sc.trades = undefined;
    else if (ch instanceof CandleChannel) sc.candles[ch.interval] = undefined;
    else sc.status = undefined;
    if (sc.empty()) {
      this.symbols.delete(ch.sym);
      this.dirty.delete(sc);
    }
  }

  private sendError(conn: Conn, code: ErrorCode, detail: string | undefined, id: RequestId): void {
    this.s.errors++;
    this.queueOwn(conn, controlMsg(errorMessage(code, detail, id)));
  }

  private queueOwn(conn: Conn, m: OutMsg): void {
    if (conn.closing) return;
    conn.own.push(m);
    // Bounded: inbound is rate limited, but a client that never reads must not grow this.
    if (conn.own.length > 4 * this.options.maxSubscriptions + 64) return this.slow(conn);
    this.ownQueued.add(conn);
    this.schedule();
  }

  private closeConn(conn: Conn, code: number): void {
    if (conn.closing) return;
    conn.closing = true;
    for (const sub of [...conn.subs.values()]) this.removeSub(sub);
    conn.own = [];
    conn.shared = [];
    conn.nShared = 0;
    this.out.lagging.delete(conn);
    this.ownQueued.delete(conn);
    const reason = CloseReason[code as keyof typeof CloseReason] ?? '';
    try {
      conn.ws.close(code, reason);
    } catch {
      conn.ws.terminate();
    }
    const t = setTimeout(() => conn.ws.terminate(), this.options.closeGraceMs);
    t.unref();
  }

  slow(conn: Conn): void {
    this.s.slowConsumerCloses++;
    this.closeConn(conn, CloseCode.SlowConsumer);
  }

  // ------------------------------------------------------------------ the record stream

  /** Take MD records (the market must fold the same records in the same turn). */
  onRecords(f64: Float64Array, i32: Int32Array, first: number, count: number): void {
    if (this.closed) return;
    const symbols = this.symbols;
    if (symbols.size === 0) return;
    let any = false;
    for (let k = first, end = first + count; k < end; k++) {
      const b = k * MD_SLOTS;
      const sc = symbols.get(mdSymbol(i32, k));
      if (sc === undefined) continue;
      const head = mdHead(i32, k);
      switch (headType(head)) {
        case Md.Level:
          sc.midUpdate = !headEndOfUpdate(head);
          if (sc.books.size === 0) continue;
          sc.bookDirty = true;
          sc.bookTime = f64[b + MdSlot.time]!;
          break;
        case Md.Trade:
          if (!sc.trades) continue;
          sc.trades.pending.push({ seq: f64[b + MdSlot.seq]!, time: f64[b + MdSlot.time]!, price: f64[b + TradeMd.price]!, qty: f64[b + TradeMd.qty]!, side: headSide(head), id: f64[b + TradeMd.tradeId]! });
          break;
        case Md.Bar: {
          const code = headCode(head);
          const cc = sc.candles[barInterval(code)];
          if (!cc) continue;
          cc.push({
            seq: f64[b + MdSlot.seq]!, openTime: f64[b + BarMd.openTime]!, open: f64[b + BarMd.open]!, high: f64[b + BarMd.high]!, low: f64[b + BarMd.low]!,
            close: f64[b + BarMd.close]!, volume: f64[b + BarMd.volume]!, trades: f64[b + BarMd.trades]!, notional: f64[b + BarMd.notional]!, closed: barClosed(code),
          });
          break;
        }
        case Md.EmptyRun: {
          // A run of empty bars after a gap: the run's last bar goes out (closed, empty), so a
          // chart sees the carried close; the whole run is in the bars API. Bounded whatever the gap.
          const cc = sc.candles[headCode(head)];
          if (!cc) continue;
          const price = f64[b + EmptyRunMd.price]!;
          cc.push({
            seq: f64[b + MdSlot.seq]!, openTime: f64[b + EmptyRunMd.to]! - INTERVALS[headCode(head)]!.len, open: price, high: price, low: price,
            close: price, volume: 0, trades: 0, notional: 0, closed: true,
          });
          break;
        }
        case Md.Status:
          if (!sc.status) continue;
          pushStatusEvent(sc.status.pending, { k: 'status', seq: f64[b + MdSlot.seq]!, status: headCode(head), time: f64[b + MdSlot.time]! });
          break;
        case Md.Auction:
          if (!sc.status) continue;
          pushStatusEvent(sc.status.pending, {
            k: 'auction', seq: f64[b + MdSlot.seq]!, time: f64[b + MdSlot.time]!, uncross: headCode(head) === AuctionCode.Uncross, price: f64[b + AuctionMd.price]!,
            matchedQty: f64[b + AuctionMd.matchedQty]!, imbalanceQty: f64[b + AuctionMd.imbalanceQty]!, imbalanceSide: headSide(head), callStatus: f64[b + AuctionMd.callStatus]!,
            refPrice: f64[b + AuctionMd.refPrice]!,
          });
          break;
        case Md.DaySummary: {
          if (!sc.status) continue;
          const code = headCode(head);
          pushStatusEvent(sc.status.pending, {
            k: 'summary', seq: f64[b + MdSlot.seq]!, time: f64[b + MdSlot.time]!, open: f64[b + DaySummaryMd.open]!, high: f64[b + DaySummaryMd.high]!,
            low: f64[b + DaySummaryMd.low]!, close: f64[b + DaySummaryMd.close]!, volume: f64[b + DaySummaryMd.volume]!, trades: f64[b + DaySummaryMd.trades]!,
            notional: f64[b + DaySummaryMd.notional]!, openFromAuction: (code & DaySummaryCode.OpenFromAuction) !== 0, closeFromAuction: (code & DaySummaryCode.CloseFromAuction) !== 0,
          });
          break;
        }
        default:
          continue;
      }
      this.dirty.add(sc);
      any = true;
    }
    if (any) {
      if (this.pendingSinceUs === 0 && this.onFlushed) this.pendingSinceUs = wallUs();
      this.schedule();
    }
  }

  // ------------------------------------------------------------------ flushing

  private schedule(): void {
    if (this.flushTimer !== undefined || this.closed) return;
    const wait = this.lastFlush + this.flushGap - now();
    this.flushTimer = wait <= 0 ? setImmediate(() => this.flush()) : setTimeout(() => this.flush(), wait);
  }

  /** Build this turn's updates and write one frame per client. Public for tests and benches. */
  flush(): void {
    this.flushTimer = undefined;
    if (this.closed) return;
    const t = now();
    const cpu0 = threadCpuUs();
    const heap0 = getHeapStatistics().used_heap_size;
    this.lastFlush = t;
    this.s.flushes++;
    const seq = this.market.mdSeq;
    const touched = this.due;
    // New updates are built only once every queued client was written: until then the records
    // wait (book views diff against what they last published, trades and bars queue), so a
    // client's frame carries one update per channel however long it waited, as an unsliced
    // flush's did, and a slow round cannot grow the frames that make it slow.
    const building = this.dueHead >= touched.length;
    // Every record that reached the relay so far goes into this flush's messages.
    this.out.sinceUs = building ? this.pendingSinceUs : 0;
    if (building) {
      this.pendingSinceUs = 0;
      this.lastBuild = t;
    }
    if (building) for (const sc of this.dirty) {
      if (sc.bookDirty && !sc.midUpdate && sc.books.size > 0) {
        const sym = sc.books.values().next().value!.sym;
        const book = this.market.book(sym, sc.maxDepth)!;
        for (const v of sc.books.values()) {
          v.update(this, book.bids, book.asks, book.checksum, seq, sc.bookTime);
          if (v.msg) this.distribute(v, v.msg, touched, t);
        }
        sc.bookDirty = false;
      }
      const tr = sc.trades;
      if (tr && tr.pending.length > 0) {
        this.s.omittedTrades += tr.flush(this, this.options.maxRoundTrades);
        this.distribute(tr, tr.msg!, touched, t);
      }
      for (const cc of sc.candles) {
        if (cc && cc.pending.length > 0) {
          cc.flush(this);
          this.distribute(cc, cc.msg!, touched, t);
        }
      }
      const st = sc.status;
      if (st && st.pending.length > 0) {
        st.flush(this);
        this.distribute(st, st.msg!, touched, t);
      }
      if (!sc.bookDirty) this.dirty.delete(sc);
    }
    if (building && this.heartbeatDue) {
      this.heartbeatDue = false;
      const session = this.session;
      const hb = makeMsg({ kind: Kind.Heartbeat, json: `{"type":"heartbeat","seq":${seq},"time":${this.market.time}}`, makeProto: () => heartbeatProto(session, seq), snapshot: false, seq, prev: 0, time: this.market.time, updates: 0 });
      for (const c of this.conns) {
        this.out.touch(c, touched, t);
        c.shared[c.nShared++] = hb;
      }
    }
    for (const c of this.ownQueued) this.out.touch(c, touched, t);
    this.ownQueued.clear();
    for (const c of this.out.lagging) this.out.touch(c, touched, t);
    const cache: FrameCache = new Map();
    let i = this.dueHead;
    const n = touched.length;
    if (this.drained && n > 1) {
      // A fresh queue is in the order of each channel's subscriptions: it starts at a point that
      // moves every flush, so the clients that subscribed first are not always written first,
      // nor the last ones always last. (A queue left by the previous flush keeps its order:
      // oldest first.)
      const from = (this.s.flushes * 7919) % n;
      if (from > 0) this.due = touched.splice(from).concat(touched);
    }
    const q = this.due;
    const slice = this.options.flushSliceMs;
    const onFlushed = this.onFlushed;
    while (i < n) {
      const c = q[i++]!;
      this.out.send(c, cache, t);
      if (c.sinceUs > 0) {
        // One clock read per client written: µs since its oldest record came, and since the round's build.
        const tw = now();
        onFlushed?.(Math.floor((ORIGIN_MS + tw) * 1000) - c.sinceUs, (tw - this.lastBuild) * 1000);
        c.sinceUs = 0;
      }
      if (slice > 0 && i < n && now() - t >= slice) {
        this.s.slicedFlushes++;
        break;
      }
    }
    this.drained = i >= n;
    if (i >= n) {
      q.length = 0;
      this.dueHead = 0;
    } else if (i > 1024 && i * 2 > n) {
      q.splice(0, i);
      this.dueHead = 0;
    } else this.dueHead = i;
    const end = now();
    if (end - this.eluAt >= 100) {
      // Every 100 ms: how busy the loop was (input and writes together) sets the write share.
      const u = performance.eventLoopUtilization(this.elu);
      this.elu = performance.eventLoopUtilization();
      this.eluAt = end;
      this.writeShare = nextWriteShare(this.options, this.writeShare, u.utilization);
    }
    // A slice that left clients queued: the next goes on once the write share allows. Once they
    // are all written: the next build no sooner than flushMs after this round's build.
    // (A round of one flush: flushInterval's max(flushMs, took x 100 / share), as before slicing.)
    const stretch = ((end - t) * 100) / this.writeShare;
    this.flushGap = this.drained ? Math.max(stretch, this.lastBuild + this.options.flushMs - t) : stretch;
    this.s.flushCpuUs += threadCpuUs() - cpu0;
    // The heap shrank: a collection ran inside this flush, and the difference says nothing.
    const alloc = getHeapStatistics().used_heap_size - heap0;
    if (alloc >= 0) {
      this.s.flushAllocBytes += alloc;
      this.s.allocFlushes++;
    }
    this.s.flushWallUs += (end - t) * 1000;
    if (this.dirty.size > 0 || this.dueHead < this.due.length) this.schedule();
  }

  private distribute(ch: AnyChannel, m: OutMsg, touched: Conn[], t: number): void {
    const o = this.options;
    for (const sub of ch.subs) {
      const c = sub.conn;
      this.out.touch(c, touched, t);
      if (c.lagging || sub.conflating || sub.sentSeq !== m.prev) {
        this.s.conflatedUpdates += sub.fold(m, o.maxQueuedTrades, o.maxConflatedLevels);
        c.conflated.add(sub);
      } else {
        c.shared[c.nShared++] = m;
        sub.sentSeq = m.seq;
      }
    }
  }

  private onHeartbeat(): void {
    this.heartbeatDue = true;
    this.schedule();
  }

  private onPing(): void {
    for (const c of this.conns) {
      if (c.closing) continue;
      if (!c.alive) {
        c.ws.terminate();
        continue;
      }
      c.alive = false;
      try {
        c.ws.ping();
      } catch {
        c.ws.terminate();
      }
    }
  }

  stats(): RelayStats {
    let subscriptions = 0;
    for (const c of this.conns) subscriptions += c.subs.size;
    let channels = 0;
    for (const sc of this.symbols.values()) channels += sc.books.size + (sc.trades ? 1 : 0) + (sc.status ? 1 : 0) + sc.candles.filter(Boolean).length;
    return { connections: this.conns.size, subscriptions, channels, lagging: this.out.lagging.size, queued: this.due.length - this.dueHead, ...this.s, mdSeq: this.market.mdSeq, flushGapMs: Math.round(this.flushGap * 10) / 10, writeSharePct: Math.round(this.writeShare) };
  }

  /** Close every connection with 1001 and stop serving the endpoint. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    if (this.flushTimer !== undefined) {
      clearTimeout(this.flushTimer as NodeJS.Timeout);
      clearImmediate(this.flushTimer as NodeJS.Immediate);
      this.flushTimer = undefined;
    }
    for (const { server, listener } of this.servers) server.off('upgrade', listener);
    const open = [...this.conns];
    await Promise.all(open.map((c) => new Promise<void>((resolve) => {
      if (c.ws.readyState === 3) return resolve();
      c.ws.once('close', () => resolve());
      this.closeConn(c, CloseCode.GoingAway);
    })));
    await new Promise<void>((r) => this.wss.close(() => r()));
  }
}

export { attachRelay, type AttachRelayOptions } from './attach.ts';
