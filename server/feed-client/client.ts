/**
 * FeedClient: what a broker embeds. Joins the channels that carry the symbols it wants (feeds
 * A and B, the snapshot loop, the instrument loop), keeps an L2 book per symbol, recovers by
 * itself, and reports status as typed events. Options are checked once and frozen.
 *
 *   transport (sockets) ─▶ decodePacket (bytes) ─▶ FeedChannel (sequence rules, books) ─▶ you
 */
import { BourseError } from '../kernel/errors.ts';
import { decodePacket, PacketCursor, type AuctionMsg, type DaySummaryMsg } from './decoder.ts';
import { peekHeader, type InstrumentTerms } from '../protocol/packet.ts';
import { FeedChannel, type SymbolEntry, type FeedDataListener } from './channel.ts';
import { UdpTransport, type FeedTransport, type FeedSource, type FeedLines } from './transport.ts';
import type { FeedClientConfig, FeedChannelConfig } from './config.ts';
import { addCounters, zeroCounters, type ChannelState, type FeedCounters, type FeedEvent } from './events.ts';
import type { BookLevel } from './book.ts';

export interface FeedClientOptions {
  /** The discovery document (loadFeedConfig / parseFeedConfig). */
  readonly config: FeedClientConfig;
  /** Symbol names wanted: only the channels carrying them are joined. Default: every channel. */
  readonly symbols?: readonly string[];
  /** Local address whose interface joins the groups (default: 127.0.0.1 when the feed is on loopback, else the multicast route's). */
  readonly interface?: string;
  /** A hole must last this long before it is a gap (covers A/B skew and reordering). Default 20 ms. */
  readonly gapWaitMs?: number;
  /** More than this many messages known past a hole makes it a gap at once. Default 4096. */
  readonly reorderWindow?: number;
  /** Messages held behind a hole while recovering (power of two). Default 2^18. */
  readonly bufferLimit?: number;
  /** No reply to a retransmission request in this time: snapshot recovery. Default 1000 ms. */
  readonly retransmitTimeoutMs?: number;
  /** No packet on either feed for this long: `stale`. Default 3 heartbeats. */
  readonly staleAfterMs?: number;
  /** Level updates queued for symbols awaiting a snapshot. Default 2,000,000. */
  readonly queueLimit?: number;
  /** How often timers are checked. Default 5 ms. */
  readonly tickMs?: number;
  /** The I/O; default UDP multicast + TCP retransmission (UdpTransport). */
  readonly transport?: FeedTransport;
  /**
   * true: feed A and B datagrams are read without an object per message (PacketCursor), and the
   * messages handed to `onData` listeners (`message`, `level`) are scratch objects, valid only
   * during the call: a listener copies what it keeps. For a consumer that folds them at once (a
   * relay node). Everything else — books, events, auctions, summaries, instruments — is as
   * without it. Default false: every message is a fresh object.
   */
  readonly reuseMessages?: boolean;
  /**
   * 'ab' (default): join feeds A and B and take the first copy of each packet (arbitration).
   * 'a': feed A only — B's group is not joined (half the datagrams to receive); a packet lost on A
   * is a gap after gapWaitMs, recovered by the feed's rules (retransmission, then the snapshot
   * loop). For a receiver on a clean network whose input cost matters (a relay node). A custom
   * transport is asked for both and B's datagrams are dropped unread.
   */
  readonly lines?: FeedLines;
  /** Called for every incremental datagram with the publisher's send time and our receive time (ns): latency measurement. */
  readonly onTiming?: (sendTimeNs: number, receiveTimeNs: number) => void;
}

/** A consistent view of one book. */
export interface BookView {
  symbolId: number;
  name: string;
  channel: number;
  /** Incremental sequence number of the last update in this book. */
  seq: number;
  checksum: number;
  /** True while the book is known to be incomplete (awaiting a snapshot). */
  stale: boolean;
  status: number;
  priceDecimals: number;
  qtyDecimals: number;
  bids: BookLevel[];
  asks: BookLevel[];
}

export interface InstrumentInfo extends InstrumentTerms {
  symbolId: number;
  channel: number;
}

type Listener<T> = (v: T) => void;

const wallNs = (): number => (performance.timeOrigin + performance.now()) * 1e6;

function positiveInt(name: string, v: number | undefined, dflt: number, min = 1): number {
  const x = v ?? dflt;
  if (!Number.isSafeInteger(x) || x < min) throw new BourseError('FEED_BAD_OPTION', `${name} must be a whole number >= ${min}, not ${v}`);
  return x;
}

export class FeedClient {
  private readonly channels = new Map<number, FeedChannel>();
  private readonly transport: FeedTransport;
  private readonly statusListeners = new Set<Listener<FeedEvent>>();
  private readonly bookListeners = new Set<(symbolId: number, seq: number) => void>();
  private readonly dataListeners = new Set<FeedDataListener>();
  private readonly auctionListeners = new Set<Listener<AuctionMsg>>();
  private readonly summaryListeners = new Set<Listener<DaySummaryMsg>>();
  private readonly onTiming: FeedClientOptions['onTiming'];
  private readonly timer: NodeJS.Timeout;
  private readonly waiters: { resolve: (v: IteratorResult<FeedEvent>) => void }[] = [];
  private readonly backlog: FeedEvent[] = [];
  private iterating = false;
  private closed = false;
  private rxBytes = 0;
  /** lines 'a': feed B's datagrams (from a custom transport) are dropped on arrival. */
  private readonly onlyA: boolean;
  /** Set with reuseMessages: A/B datagrams are read through it. */
  private readonly cursor: PacketCursor | null;
  /** The data listeners' functions, as arrays (one call per message, no Set iteration). */
  private messageFns: NonNullable<FeedDataListener['message']>[] = [];
  private levelFns: NonNullable<FeedDataListener['level']>[] = [];

  /** Join the feed. Rejects with FEED_TRANSPORT when a group cannot be joined. */
  static async open(opts: FeedClientOptions): Promise<FeedClient> {
    const c = new FeedClient(opts);
    try {
      await c.transport.open([...c.channelConfigs], (ch, src, bytes) => c.onDatagram(ch, src, bytes));
    } catch (e) {
      await c.close();
      throw e;
    }
    return c;
  }

  private readonly channelConfigs: FeedChannelConfig[];

  private constructor(opts: FeedClientOptions) {
    const cfg = opts.config;
    const heartbeat = cfg.heartbeatMs;
    const bufferLimit = positiveInt('bufferLimit', opts.bufferLimit, 1 << 18, 2);
    if ((bufferLimit & (bufferLimit - 1)) !== 0) throw new BourseError('FEED_BAD_OPTION', `bufferLimit must be a power of two, not ${bufferLimit}`);
    const base = Object.freeze({
      gapWaitMs: positiveInt('gapWaitMs', opts.gapWaitMs, 20, 0),
      reorderWindow: positiveInt('reorderWindow', opts.reorderWindow, 4096),
      bufferLimit,
      maxRetransmit: cfg.retransmission ? Math.min(cfg.retransmission.maxMessagesPerRequest, cfg.retransmission.windowMessages) : 0,
      retransmitTimeoutMs: positiveInt('retransmitTimeoutMs', opts.retransmitTimeoutMs, 1000),
      canRetransmit: cfg.retransmission !== null,
      staleAfterMs: positiveInt('staleAfterMs', opts.staleAfterMs, 3 * heartbeat),
      queueLimit: positiveInt('queueLimit', opts.queueLimit, 2_000_000),
    });
    this.channelConfigs = pickChannels(cfg, opts.symbols);
    for (const cc of this.channelConfigs) {
      const counters = zeroCounters();
      const named = cc.symbols.includes('*') ? undefined : cc.symbols.length;
      const ch = new FeedChannel({ ...base, channelId: cc.id, ...(named !== undefined ? { symbolCount: named } : {}) }, {
        event: (e) => this.emit(e),
        requestRetransmit: (id, session, channelId, from, count) => this.retransmit(id, session, channelId, from, count),
        book: (sym, seq) => {
          for (const l of this.bookListeners) l(sym, seq);
        },
        auction: (m) => {
          for (const l of this.auctionListeners) l(m);
        },
        daySummary: (m) => {
          for (const l of this.summaryListeners) l(m);
        },
        data: {
          message: (c, seq, m) => {
            const fns = this.messageFns;
            for (let i = 0; i < fns.length; i++) fns[i]!(c, seq, m);
          },
          level: (c, seq, m) => {
            const fns = this.levelFns;
            for (let i = 0; i < fns.length; i++) fns[i]!(c, seq, m);
          },
          snapshot: (c, snap) => {
            for (const l of this.dataListeners) l.snapshot?.(c, snap);
          },
          instrument: (c, m) => {
            for (const l of this.dataListeners) l.instrument?.(c, m);
          },
          reset: (c) => {
            for (const l of this.dataListeners) l.reset?.(c);
          },
        },
      }, counters);
      this.channels.set(cc.id, ch);
    }
    const loopback = cfg.interface.startsWith('127.');
    const iface = opts.interface ?? (loopback ? '127.0.0.1' : undefined);
    const lines = opts.lines ?? 'ab';
    if (lines !== 'ab' && lines !== 'a') throw new BourseError('FEED_BAD_OPTION', `lines must be 'ab' or 'a', not ${JSON.stringify(lines)}`);
    this.onlyA = lines === 'a';
    this.transport = opts.transport ?? new UdpTransport({ ...(iface ? { interface: iface } : {}), retransmission: cfg.retransmission, lines });
    this.onTiming = opts.onTiming;
    if (opts.reuseMessages !== undefined && typeof opts.reuseMessages !== 'boolean') throw new BourseError('FEED_BAD_OPTION', `reuseMessages must be true or false, not ${String(opts.reuseMessages)}`);
    this.cursor = opts.reuseMessages ? new PacketCursor() : null;
    const tickMs = positiveInt('tickMs', opts.tickMs, 5);
    this.timer = setInterval(() => this.tick(), tickMs);
    this.timer.unref();
  }

  private onDatagram(channel: number, source: FeedSource, bytes: Uint8Array): void {
    const ch = this.channels.get(channel);
    if (!ch || (source === 'B' && this.onlyA)) return;
    this.rxBytes += bytes.length;
    const now = performance.now();
    if (this.cursor !== null && (source === 'A' || source === 'B')) return this.onIncremental(ch, source, bytes, now, this.cursor);
    let p;
    try {
      // The second copy of a packet (usually feed B's) is recognised from its header alone.
      if ((source === 'A' || source === 'B') && ch.dropIfDuplicate(peekHeader(bytes), source, now)) return;
      // While every book is live the snapshot loop is not needed: not decoded (most of a relay's input at low rates).
      if (source === 'snapshot' && !ch.needsSnapshots) return ch.skipSnapshotPacket();
      p = decodePacket(bytes);
    } catch {
      ch.counters.decodeErrors++;
      return;
    }
    if (this.onTiming && (source === 'A' || source === 'B')) this.onTiming(p.sendTimeNs, wallNs());
    ch.onPacket(p, source, now);
  }

  /** Feed A or B through the PacketCursor (reuseMessages): the header alone for a duplicate, then message by message. */
  private onIncremental(ch: FeedChannel, source: 'A' | 'B', bytes: Uint8Array, now: number, cur: PacketCursor): void {
    try {
      cur.open(bytes);
    } catch {
      ch.counters.decodeErrors++;
      return;
    }
    if (ch.dropIfDuplicateOf(cur.channelId, cur.stream, cur.sessionId, cur.firstSeq, cur.count, source, now)) return;
    if (this.onTiming) this.onTiming(cur.sendTimeNs, wallNs());
    ch.onCursor(cur, source, now);
  }

  private retransmit(id: number, session: bigint, channelId: number, from: number, count: number): void {
    const ch = this.channels.get(channelId)!;
    this.transport.retransmit({ sessionId: session, channelId, firstSeq: from, count, requestId: id }).then(
      (r) => {
        if (!this.closed) ch.onRetransmitReply(id, r, performance.now());
      },
      (e: Error) => {
        if (!this.closed) ch.onRetransmitError(id, e.message, performance.now());
      },
    );
  }

  private tick(): void {
    const now = performance.now();
    for (const ch of this.channels.values()) ch.tick(now);
  }

  private emit(e: FeedEvent): void {
    for (const l of this.statusListeners) l(e);
    if (this.iterating) {
      const w = this.waiters.shift();
      if (w) w.resolve({ value: e, done: false });
      else if (this.backlog.length < 10_000) this.backlog.push(e);
    }
  }

  // --- public API

  /** Call `fn` for every status event; returns the function that stops it. */
  onStatus(fn: Listener<FeedEvent>): () => void {
    this.statusListeners.add(fn);
    return () => this.statusListeners.delete(fn);
  }

  /** Status events as an async iterable (ends when the client closes). */
  status(): AsyncIterable<FeedEvent> {
    this.iterating = true;
    return {
      [Symbol.asyncIterator]: () => ({
        next: (): Promise<IteratorResult<FeedEvent>> => {
          const e = this.backlog.shift();
          if (e) return Promise.resolve({ value: e, done: false });
          if (this.closed) return Promise.resolve({ value: undefined, done: true });
          return new Promise((resolve) => this.waiters.push({ resolve }));
        },
      }),
    };
  }

  /** Call `fn` whenever a book changed and its checksum was verified. */
  onBook(fn: (symbolId: number, seq: number) => void): () => void {
    this.bookListeners.add(fn);
    return () => this.bookListeners.delete(fn);
  }

  /**
   * Every change to the channels' data as it takes effect (messages in sequence order, level
   * updates as applied to live books, snapshots that replace a book, instrument-loop
   * definitions, resets): for a consumer that keeps its own copy of the market, such as a relay
   * node. Returns the function that stops it.
   */
  onData(listener: FeedDataListener): () => void {
    this.dataListeners.add(listener);
    this.listenersChanged();
    return () => {
      this.dataListeners.delete(listener);
      this.listenersChanged();
    };
  }

  private listenersChanged(): void {
    const ls = [...this.dataListeners];
    this.messageFns = ls.flatMap((l) => (l.message ? [l.message.bind(l)] : []));
    this.levelFns = ls.flatMap((l) => (l.level ? [l.level.bind(l)] : []));
  }

  /**
   * Call `fn` for every AuctionInfo, in sequence order: the indicative price, matched volume and
   * imbalance during a call (uncross false), then its result (uncross true). Returns the stop function.
   */
  onAuction(fn: Listener<AuctionMsg>): () => void {
    this.auctionListeners.add(fn);
    return () => this.auctionListeners.delete(fn);
  }

  /** Call `fn` for every DaySummary (an instrument's session, when it closes). Returns the stop function. */
  onDaySummary(fn: Listener<DaySummaryMsg>): () => void {
    this.summaryListeners.add(fn);
    return () => this.summaryListeners.delete(fn);
  }

  /** The latest AuctionInfo of a symbol (name or id) on this session; undefined when none came. */
  auction(symbol: string | number): AuctionMsg | undefined {
    return this.find(symbol)?.[1].auction;
  }

  /** The latest DaySummary of a symbol (name or id) on this session; undefined when none came. */
  daySummary(symbol: string | number): DaySummaryMsg | undefined {
    return this.find(symbol)?.[1].daySummary;
  }

  /** State of each joined channel. */
  state(): { channel: number; state: ChannelState; session: string; seq: number; staleSymbols: number[] }[] {
    return [...this.channels.values()].map((c) => ({ channel: c.id, state: c.state, session: c.session, seq: c.expected - 1, staleSymbols: c.staleSymbols() }));
  }

  /** Every instrument defined so far on the joined channels. */
  instruments(): InstrumentInfo[] {
    const out: InstrumentInfo[] = [];
    for (const c of this.channels.values()) {
      for (const e of c.symbols.values()) {
        if (!e.inst) continue;
        const i = e.inst;
        out.push({ symbolId: i.symbolId, name: i.name, channel: c.id, tick: i.tick, lot: i.lot, priceDecimals: i.priceDecimals, qtyDecimals: i.qtyDecimals, currency: i.currency, status: e.status });
      }
    }
    return out.sort((a, b) => a.symbolId - b.symbolId);
  }

  /** The book of a symbol (name or id), `depth` levels per side; undefined when unknown. */
  book(symbol: string | number, depth = 10): BookView | undefined {
    const found = this.find(symbol);
    if (!found) return undefined;
    const [c, e] = found;
    return {
      symbolId: e.symbolId,
      name: e.inst?.name ?? '',
      channel: c.id,
      seq: e.seq,
      checksum: e.book.checksum(),
      stale: e.stale,
      status: e.status,
      priceDecimals: e.inst?.priceDecimals ?? 0,
      qtyDecimals: e.inst?.qtyDecimals ?? 0,
      bids: e.book.depth(1, depth),
      asks: e.book.depth(2, depth),
    };
  }

  /**
   * One side of a symbol's book (side 1 bids, 2 asks), best first, at most `max` levels; empty
   * when the symbol is unknown. Cheaper than `book()` (no checksum, no view): for a consumer that
   * serves these books as its own (a relay node), reading them at a turn's end.
   */
  levels(symbolId: number, side: number, max = Infinity): BookLevel[] {
    for (const c of this.channels.values()) {
      const e = c.symbols.get(symbolId);
      if (e) return e.book.depth(side, max);
    }
    return [];
  }

  /** Ids of every symbol with a book (known on a joined channel). */
  symbolIds(): number[] {
    const out: number[] = [];
    for (const c of this.channels.values()) out.push(...c.symbols.keys());
    return out.sort((a, b) => a - b);
  }

  private find(symbol: string | number): [FeedChannel, SymbolEntry] | undefined {
    for (const c of this.channels.values()) {
      if (typeof symbol === 'number') {
        const e = c.symbols.get(symbol);
        if (e) return [c, e];
      } else for (const e of c.symbols.values()) if (e.inst?.name === symbol) return [c, e];
    }
    return undefined;
  }

  /** Counters summed over the joined channels (plain numbers, for metrics). */
  counters(): FeedCounters {
    const total = zeroCounters();
    for (const c of this.channels.values()) addCounters(total, c.counters);
    total.bytes = this.rxBytes;
    return total;
  }

  stats(): FeedCounters {
    return this.counters();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    for (const w of this.waiters.splice(0)) w.resolve({ value: undefined, done: true });
    await this.transport.close();
  }
}

/** The channels to join for `symbols` (all when none given); FEED_UNKNOWN_SYMBOL for a symbol no channel carries. */
function pickChannels(cfg: FeedClientConfig, symbols: readonly string[] | undefined): FeedChannelConfig[] {
  if (!symbols || symbols.length === 0) return [...cfg.channels];
  const wildcard = cfg.channels.find((c) => c.symbols.includes('*'));
  const chosen = new Set<FeedChannelConfig>();
  for (const s of symbols) {
    const c = cfg.channels.find((x) => x.symbols.includes(s)) ?? wildcard;
    if (!c) throw new BourseError('FEED_UNKNOWN_SYMBOL', `${s} (channels carry ${cfg.channels.flatMap((x) => x.symbols).join(', ')})`);
    chosen.add(c);
  }
  return cfg.channels.filter((c) => chosen.has(c));
}
