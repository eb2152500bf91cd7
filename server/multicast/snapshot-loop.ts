/**
 * The snapshot loop: full books of every symbol of every channel, cycling continuously on each
 * channel's snapshot group, `booksPerSecond` in all. Each book is
 *
 *   SnapshotBegin{last_seq, bid_count, ask_count, checksum, status, snapshot_id}
 *   SnapshotLevel x (bid_count + ask_count)   bids best first, then asks best first
 *   SnapshotEnd{last_seq, level_count, checksum, snapshot_id}
 *
 * where last_seq is the channel's incremental sequence number the book is consistent with: the
 * `source` returns both at the same instant (between two inputs), so applying incremental
 * messages last_seq+1.. on top of the snapshot gives the live book. Packets carry
 * stream = SNAPSHOT and their own sequence numbers (a client drops a snapshot with a hole).
 * A channel with no symbol yet sends Heartbeat{last_seq} instead.
 */
import type { FeedConfig } from './config.ts';
import { Packetizer } from './packetizer.ts';
import { Stream } from '../protocol/packet.ts';
import { openSender, type Sender } from './sender.ts';
import { wallClockUs } from './publisher.ts';

export interface SnapshotLevel {
  price: number;
  qty: number;
  count: number;
}

/** A book as the snapshot loop needs it (Mdp.snapshot() returns this shape plus more). */
export interface ChannelBook {
  /** Incremental sequence number of the channel this book reflects. */
  lastSeq: number;
  checksum: number;
  /** TradingStatus (1 open, 2 halted). */
  status: number;
  bids: readonly SnapshotLevel[];
  asks: readonly SnapshotLevel[];
}

export interface SnapshotSource {
  /** Symbols of the channel, in cycling order. */
  symbols(channelId: number): readonly number[];
  /** The book of `symbol` now with the channel's current sequence; undefined = no book yet (sent empty). */
  book(channelId: number, symbol: number): ChannelBook | undefined;
  /** The channel's current incremental sequence number (for heartbeats and empty books). */
  lastSeq(channelId: number): number;
}

export interface SnapshotLoopOptions {
  config: FeedConfig;
  sessionId: number;
  source: SnapshotSource;
  clock?: () => number;
  /** Timer period; the rate is spread over ticks (default 10 ms). */
  tickMs?: number;
  /** Empty-book checksum (kernel bookChecksum([], [])) for symbols with no book yet. */
  emptyChecksum: number;
}

export interface SnapshotLoopStats {
  books: number;
  levels: number;
  packets: number;
  cycles: number;
  sendErrors: number;
}

interface Chan {
  id: number;
  pk: Packetizer;
  sender: Sender;
  cursor: number;
  snapshotId: number;
}

export class SnapshotLoop {
  private readonly o: SnapshotLoopOptions;
  private readonly chans: Chan[] = [];
  private next = 0; // channel index whose turn it is
  private budget = 0;
  private lastTick = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly st = { books: 0, levels: 0, cycles: 0 };

  private constructor(o: SnapshotLoopOptions) {
    this.o = o;
  }

  static async start(o: SnapshotLoopOptions): Promise<SnapshotLoop> {
    const loop = new SnapshotLoop(o);
    const cfg = o.config;
    const clock = o.clock ?? wallClockUs;
    const sopts = { interface: cfg.interface, ttl: cfg.ttl, loopback: cfg.loopback };
    try {
      for (const c of cfg.channels) {
        const sender = await openSender(c.snapshot, sopts);
        const pk = new Packetizer({ channelId: c.id, sessionId: o.sessionId, maxDatagram: cfg.maxDatagram, clock, stream: Stream.Snapshot, sink: (b) => sender.send(b.slice()) });
        loop.chans.push({ id: c.id, pk, sender, cursor: 0, snapshotId: 0 });
      }
    } catch (e) {
      await Promise.all(loop.chans.map((c) => c.sender.close()));
      throw e;
    }
    const now = clock();
    for (const c of loop.chans) {
      c.pk.addChannelReset(false, now);
      c.pk.flush();
    }
    loop.lastTick = performance.now();
    loop.timer = setInterval(() => loop.tick(), o.tickMs ?? 10);
    loop.timer.unref?.();
    return loop;
  }

  /** Send the books the rate allows since the last tick (also callable directly, e.g. in tests). */
  tick(now = performance.now()): void {
    this.budget = Math.min(this.budget + ((now - this.lastTick) * this.o.config.snapshotBooksPerSecond) / 1000, Math.max(1, this.o.config.snapshotBooksPerSecond));
    this.lastTick = now;
    while (this.budget >= 1) {
      this.budget -= 1;
      this.sendNext();
    }
    for (const c of this.chans) c.pk.flush();
  }

  /** One book (or one heartbeat) of the channel whose turn it is. */
  sendNext(): void {
    const c = this.chans[this.next]!;
    this.next = (this.next + 1) % this.chans.length;
    const syms = this.o.source.symbols(c.id);
    if (syms.length === 0) {
      c.pk.addHeartbeatMessage(this.o.source.lastSeq(c.id));
      return;
    }
    if (c.cursor >= syms.length) {
      c.cursor = 0;
      this.st.cycles++;
    }
    const sym = syms[c.cursor++]!;
    this.sendBook(c, sym);
  }

  private sendBook(c: Chan, sym: number): void {
    const book = this.o.source.book(c.id, sym);
    const lastSeq = book ? book.lastSeq : this.o.source.lastSeq(c.id);
    const checksum = book ? book.checksum : this.o.emptyChecksum;
    const bids = book?.bids ?? [];
    const asks = book?.asks ?? [];
    const id = ++c.snapshotId;
    c.pk.addSnapshotBegin(sym, lastSeq, bids.length, asks.length, checksum, book?.status ?? 1, id);
    for (const l of bids) c.pk.addSnapshotLevel(sym, 1, l.price, l.qty, l.count);
    for (const l of asks) c.pk.addSnapshotLevel(sym, 2, l.price, l.qty, l.count);
    c.pk.addSnapshotEnd(sym, lastSeq, bids.length + asks.length, checksum, id);
    this.st.books++;
    this.st.levels += bids.length + asks.length;
  }

  stats(): SnapshotLoopStats {
    let packets = 0;
    let sendErrors = 0;
    for (const c of this.chans) {
      packets += c.pk.stats().packets;
      sendErrors += c.sender.errors;
    }
    return { ...this.st, packets, sendErrors };
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    for (const c of this.chans) c.pk.flush();
    await new Promise((r) => setImmediate(r));
    await Promise.all(this.chans.map((c) => c.sender.close()));
  }
}
