/**
 * One channel as a client sees it: the incremental stream (A/B, through the SeqTracker), the
 * snapshot loop, the instrument loop, and the books and instruments they build. Pure protocol
 * state — decoded packets and `now` in; events, retransmission requests and book updates out —
 * so every rule of docs/feed.md is testable without a socket.
 *
 * Books stay trustworthy by these rules:
 *  - a level update is applied only in sequence order; at every end_of_update the book's
 *    checksum must equal the message's, else the symbol is stale until a snapshot;
 *  - when messages are lost for good (tracker `lost`), every symbol is stale: its level updates
 *    are queued, and a snapshot with last_seq >= the end of the loss restores it, then the
 *    queued updates after last_seq are applied; symbols not seen yet are covered by waiting
 *    for one whole cycle of the snapshot loop (a symbol seen twice);
 *  - a snapshot newer than what was applied wins; later updates up to its last_seq are skipped.
 */
import type { FeedCounters, FeedEvent, LostReason, RecoveryReason, ChannelState } from './events.ts';
import { SeqTracker, type TrackerOptions } from './tracker.ts';
import { SnapshotAssembler, type CompleteSnapshot } from './snapshot.ts';
import { L2Book } from './book.ts';
import type { AuctionMsg, DaySummaryMsg, FeedMessage, FeedPacket, InstrumentMsg, LevelMsg, PacketCursor, RetransmitResponse, TradeMsg } from './decoder.ts';
import { BourseError } from '../kernel/errors.ts';
import { Stream, type PacketHeader } from '../protocol/packet.ts';
import { RetransmitStatus, retransmitStatusName } from '../protocol/retransmit.ts';

export interface ChannelOptions extends TrackerOptions {
  readonly channelId: number;
  /** Level updates queued for stale symbols at most (all symbols together). */
  readonly queueLimit: number;
  /** Symbols the channel carries, when the configuration says (ends snapshot recovery early). */
  readonly symbolCount?: number;
}

export interface ChannelHooks {
  event(e: FeedEvent): void;
  requestRetransmit(id: number, session: bigint, channelId: number, from: number, count: number): void;
  /** A symbol's book changed and was verified (end of update, or a snapshot applied). */
  book?(symbolId: number, seq: number): void;
  trade?(symbolId: number, t: TradeMsg): void;
  /** A call auction's indicative state or result (AuctionInfo), in sequence order. */
  auction?(m: AuctionMsg): void;
  /** An instrument's end-of-session summary (DaySummary), in sequence order. */
  daySummary?(m: DaySummaryMsg): void;
  /** Everything that changes the channel's data, in the order it takes effect (FeedDataListener). */
  data?: FeedDataListener;
}

/**
 * The channel's data as it takes effect, for a consumer that keeps its own copy of the market
 * (a relay node): every incremental message but level updates when delivered in order; level
 * updates when applied to a live book (a stale symbol's updates are queued and come after its
 * snapshot); snapshots that replace a book; the instrument loop's definitions; resets.
 */
export interface FeedDataListener {
  message?(channel: number, seq: number, m: FeedMessage): void;
  level?(channel: number, seq: number, m: LevelMsg): void;
  snapshot?(channel: number, s: CompleteSnapshot): void;
  instrument?(channel: number, m: InstrumentMsg): void;
  /** Every book and instrument of the channel was forgotten (new session, ChannelReset). */
  reset?(channel: number): void;
}

export class SymbolEntry {
  readonly symbolId: number;
  readonly book = new L2Book();
  inst: InstrumentMsg | undefined;
  status = 0;
  private statusSeq = -1;
  stale = false;
  /** While stale: a snapshot must reflect at least this sequence number. */
  need = 0;
  /** Level updates with a sequence number up to this are already in the book (from a snapshot). */
  appliedThrough = 0;
  queue: { seq: number; m: LevelMsg }[] = [];
  /** Sequence number of the last update applied to the book. */
  seq = 0;
  lastTrade: TradeMsg | undefined;
  /** lastTrade when it is a copy of a scratch message (reused for the next one). */
  ownTrade: TradeMsg | undefined;
  /** The latest AuctionInfo (kept after the call ends: check `status`). */
  auction: AuctionMsg | undefined;
  /** The latest DaySummary. */
  daySummary: DaySummaryMsg | undefined;

  constructor(symbolId: number) {
    this.symbolId = symbolId;
  }

  setStatus(status: number, seq: number): void {
    if (seq < this.statusSeq) return;
    this.status = status;
    this.statusSeq = seq;
  }
}

export class FeedChannel {
  readonly id: number;
  readonly counters: FeedCounters;
  readonly symbols = new Map<number, SymbolEntry>();
  private readonly o: ChannelOptions;
  private readonly hooks: ChannelHooks;
  private readonly tracker: SeqTracker<FeedMessage>;
  private readonly snap = new SnapshotAssembler();
  private staleCount = 0;
  private queued = 0;
  /** After a loss: symbols not seen yet may exist; cleared by one whole snapshot cycle. */
  private pendingUnknown = false;
  private lostTo = 0;
  private cycleSeen = new Set<number>();
  private recov: { from: number; to: number; at: number } | null = null;
  private lastState: ChannelState = 'connecting';
  private ended = false;
  private now = 0;
  /** Messages being delivered are a PacketCursor's scratch objects: copy what is kept. */
  private scratch = false;

  constructor(opts: ChannelOptions, hooks: ChannelHooks, counters: FeedCounters) {
    this.o = opts;
    this.id = opts.channelId;
    this.hooks = hooks;
    this.counters = counters;
    this.tracker = new SeqTracker<FeedMessage>(opts, {
      deliver: (seq, m) => this.deliver(seq, m),
      reset: (from, to) => this.onSession(from, to),
      gap: (from, to) => this.emit({ type: 'gap', channel: this.id, session: this.session, from, to }),
      requestRetransmit: (id, session, from, count) => this.hooks.requestRetransmit(id, session, this.id, from, count),
      recovering: (from, to) => this.emit({ type: 'recovering', channel: this.id, session: this.session, via: 'retransmission', from, to }),
      recovered: (from, to, ms) => this.emit({ type: 'recovered', channel: this.id, session: this.session, via: 'retransmission', from, to, ms }),
      lost: (from, to, reason, detail) => this.onLost(from, to, reason, detail),
      silent: (on) => {
        if (on && !this.ended) this.emit({ type: 'stale', channel: this.id, session: this.session, reason: 'silent', symbols: [], detail: `no packet on either feed for ${this.o.staleAfterMs} ms` });
      },
    }, counters);
  }

  get session(): string {
    return this.tracker.session === null ? '' : String(this.tracker.session);
  }

  get sessionId(): bigint | null {
    return this.tracker.session;
  }

  /** Next incremental sequence number expected. */
  get expected(): number {
    return this.tracker.expected;
  }

  get state(): ChannelState {
    if (this.ended) return 'ended';
    if (this.tracker.silent) return 'stale';
    if (this.tracker.recovering || this.recov || this.pendingUnknown || this.staleCount > 0) return 'recovering';
    if (this.tracker.session === null || this.tracker.expected === 1) return 'connecting';
    return 'live';
  }

  /**
   * The snapshot loop matters only while some book awaits one (a stale symbol, symbols possibly
   * unknown after a loss, a recovery not yet declared over). Otherwise its datagrams need not be
   * decoded: a snapshot of a symbol that is not stale is never applied, and the assembler drops a
   * snapshot whose stream sequence numbers it did not all see.
   */
  get needsSnapshots(): boolean {
    return this.staleCount > 0 || this.pendingUnknown || this.recov !== null;
  }

  /** A datagram of the snapshot loop that was not decoded (needsSnapshots false): counted. */
  skipSnapshotPacket(): void {
    this.counters.packetsSnapshot++;
  }

  /** Symbols whose book is not trustworthy now. */
  staleSymbols(): number[] {
    return [...this.symbols.values()].filter((s) => s.stale).map((s) => s.symbolId);
  }

  // --- inputs

  /** A decoded datagram from feed A (`source` 'A'), feed B ('B'), the snapshot or the instrument loop. */
  onPacket(p: FeedPacket, source: 'A' | 'B' | 'snapshot' | 'instruments', now: number): void {
    this.now = now;
    if (p.channelId !== this.id) {
      this.counters.decodeErrors++;
      return;
    }
    if (source === 'A' || source === 'B') {
      if (source === 'A') this.counters.packetsA++;
      else this.counters.packetsB++;
      if (p.stream !== Stream.Incremental) {
        this.counters.decodeErrors++;
        return;
      }
      this.tracker.onPacket(p.sessionId, p.firstSeq, p.messages, now);
    } else if (p.stream === Stream.Snapshot) {
      this.counters.packetsSnapshot++;
      if (p.sessionId === this.tracker.session) for (let i = 0; i < p.messages.length; i++) this.onSnapshotMsg(p.sessionId, p.firstSeq + i, p.messages[i]!);
    } else if (p.stream === Stream.Instruments) {
      this.counters.packetsInstruments++;
      if (p.sessionId === this.tracker.session) {
        for (const m of p.messages) {
          if (m.kind !== 'instrument') continue;
          this.define(m, -1);
          this.hooks.data?.instrument?.(this.id, m);
        }
      }
    } else this.counters.decodeErrors++;
    this.updateState();
  }

  /**
   * A datagram of feed A or B read by a PacketCursor (FeedClient `reuseMessages`): in order, its
   * messages are decoded one at a time into the cursor's scratch objects and delivered as they
   * are read (no object per message); anything else (a hole, reordering, a new session) takes
   * the path of onPacket with the packet decoded whole. A body that cannot be read stops the
   * packet there (counted in decodeErrors): the messages after it are a hole like a lost packet.
   */
  onCursor(c: PacketCursor, source: 'A' | 'B', now: number): void {
    this.now = now;
    if (c.channelId !== this.id) {
      this.counters.decodeErrors++;
      return;
    }
    if (source === 'A') this.counters.packetsA++;
    else this.counters.packetsB++;
    if (c.stream !== Stream.Incremental) {
      this.counters.decodeErrors++;
      return;
    }
    const t = this.tracker;
    const i0 = t.inOrderStart(c.sessionId, c.firstSeq, c.count, now);
    if (i0 < 0) {
      let p: FeedPacket;
      try {
        p = c.packet();
      } catch {
        this.counters.decodeErrors++;
        return;
      }
      t.onPacket(p.sessionId, p.firstSeq, p.messages, now);
    } else {
      this.scratch = true;
      try {
        for (let i = i0, n = c.count; i < n; i++) t.deliverNext(c.message(i));
      } catch (e) {
        if (!(e instanceof BourseError) || e.code !== 'FEED_BAD_PACKET') throw e;
        this.counters.decodeErrors++;
      } finally {
        this.scratch = false;
      }
      t.inOrderEnd(now);
    }
    this.updateState();
  }

  /** A datagram of feed A or B that only repeats what was applied: counted, not decoded. */
  dropIfDuplicate(h: PacketHeader, source: 'A' | 'B', now: number): boolean {
    return this.dropIfDuplicateOf(h.channelId, h.stream, h.sessionId, h.firstSeq, h.messageCount, source, now);
  }

  /** dropIfDuplicate, from the header's fields. */
  dropIfDuplicateOf(channelId: number, stream: number, session: bigint, firstSeq: number, count: number, source: 'A' | 'B', now: number): boolean {
    if (channelId !== this.id || stream !== Stream.Incremental || !this.tracker.duplicate(session, firstSeq, count, now)) return false;
    if (source === 'A') this.counters.packetsA++;
    else this.counters.packetsB++;
    this.updateState();
    return true;
  }

  onRetransmitReply(id: number, r: RetransmitResponse, now: number): void {
    this.now = now;
    if (r.sessionId === this.tracker.session && r.windowFirstSeq > 0) this.tracker.noteWindow(r.windowFirstSeq);
    if (r.status === RetransmitStatus.Ok) {
      for (const p of r.packets) {
        if (p.channelId === this.id && p.stream === Stream.Incremental) this.tracker.onPacket(p.sessionId, p.firstSeq, p.messages, now);
      }
      this.tracker.retransmitDone(id, now);
    } else if (r.status === RetransmitStatus.NotYetPublished) {
      this.tracker.retransmitLater(id, now);
    } else {
      this.counters.retransmitRefused++;
      this.tracker.retransmitFailed(id, 'refused', `${retransmitStatusName(r.status)}${r.reason ? `: ${r.reason}` : ''}`, now);
    }
    this.updateState();
  }

  onRetransmitError(id: number, detail: string, now: number): void {
    this.now = now;
    this.tracker.retransmitFailed(id, 'failed', detail, now);
    this.updateState();
  }

  tick(now: number): void {
    this.now = now;
    if (!this.ended) this.tracker.tick(now);
    this.updateState();
  }

  // --- the incremental stream, in order

  private deliver(seq: number, m: FeedMessage): void {
    if (m.kind !== 'level') this.hooks.data?.message?.(this.id, seq, m);
    switch (m.kind) {
      case 'level': return this.level(seq, m);
      case 'trade': {
        const e = this.entry(m.symbolId);
        if (!this.scratch) e.lastTrade = m;
        else if (e.ownTrade) e.lastTrade = Object.assign(e.ownTrade, m);
        else e.lastTrade = e.ownTrade = { ...m };
        this.hooks.trade?.(m.symbolId, m);
        return;
      }
      case 'auction':
        this.entry(m.symbolId).auction = m;
        this.hooks.auction?.(m);
        return;
      case 'daySummary':
        this.entry(m.symbolId).daySummary = m;
        this.hooks.daySummary?.(m);
        return;
      case 'instrument': return this.define(m, seq);
      case 'status': return this.entry(m.symbolId).setStatus(m.status, seq);
      case 'channelReset':
        // At seq 1 the session switch already cleared everything; later it is a reset of its own.
        this.clear();
        if (seq !== 1) {
          this.counters.resets++;
          this.emit({ type: 'reset', channel: this.id, from: this.session, to: this.session });
        }
        if (!m.booksEmpty) {
          // The publisher started with books (recovered from its journal): take them from the
          // snapshot loop; any snapshot of this session will do.
          this.pendingUnknown = true;
          this.startRecovery(seq, seq, 'session_start', 'the session starts with non-empty books');
        }
        return;
      case 'endOfSession':
        this.ended = true;
        return;
      default:
        return; // candles, heartbeats, unknown bodies: sequenced, nothing to keep here
    }
  }

  private level(seq: number, m: LevelMsg): void {
    const e = this.entry(m.symbolId);
    if (seq <= e.appliedThrough) return;
    if (e.stale) {
      if (this.queued >= this.o.queueLimit) this.dropQueues(seq - 1);
      e.queue.push({ seq, m: this.scratch ? { ...m } : m });
      this.queued++;
      return;
    }
    this.apply(e, seq, m);
  }

  /** Apply one level update to a live book; verify at end of update. False when the checksum failed. */
  private apply(e: SymbolEntry, seq: number, m: LevelMsg): boolean {
    if (m.action === 3) e.book.delete(m.side, m.price);
    else e.book.set(m.side, m.price, m.qty, m.orderCount);
    e.seq = seq;
    this.hooks.data?.level?.(this.id, seq, m);
    if (!m.endOfUpdate) return true;
    if (e.book.checksum() !== m.checksum) {
      this.counters.checksumFailures++;
      this.emit({ type: 'stale', channel: this.id, session: this.session, reason: 'checksum', symbols: [e.symbolId], detail: `book checksum ${e.book.checksum()} != ${m.checksum} at seq ${seq}` });
      this.markStale(e, seq);
      this.startRecovery(seq, seq, 'checksum');
      return false;
    }
    this.counters.checksumOk++;
    this.hooks.book?.(e.symbolId, seq);
    return true;
  }

  private define(m: InstrumentMsg, seq: number): void {
    const e = this.entry(m.symbolId);
    e.inst = m;
    // The loop's status may be older than one seen on the incremental feed.
    if (seq >= 0 || e.status === 0) e.setStatus(m.status, seq);
  }

  private entry(sym: number): SymbolEntry {
    let e = this.symbols.get(sym);
    if (!e) {
      e = new SymbolEntry(sym);
      this.symbols.set(sym, e);
      // First heard of while history is missing: its book may have changed in the loss.
      if (this.pendingUnknown) this.markStale(e, this.lostTo);
    }
    return e;
  }

  // --- loss and recovery

  private onSession(from: bigint | null, to: bigint): void {
    this.clear();
    this.ended = false;
    this.snap.discarded = 0;
    if (from !== null) {
      this.counters.resets++;
      this.emit({ type: 'reset', channel: this.id, from: String(from), to: String(to) });
    }
  }

  private clear(): void {
    this.hooks.data?.reset?.(this.id);
    this.symbols.clear();
    this.staleCount = 0;
    this.queued = 0;
    this.pendingUnknown = false;
    this.lostTo = 0;
    this.cycleSeen.clear();
    this.recov = null;
  }

  private onLost(from: number, to: number, reason: LostReason, detail: string): void {
    // The cycle count runs per recovery episode: restarting it at every loss could starve a
    // lossy link forever. A symbol first defined inside a later loss is still caught: its
    // first update fails the checksum against an empty book, and a snapshot fixes it.
    if (!this.pendingUnknown) this.cycleSeen.clear();
    this.pendingUnknown = true;
    if (to > this.lostTo) this.lostTo = to;
    for (const e of this.symbols.values()) if (e.appliedThrough < to) this.markStale(e, to);
    this.startRecovery(from, to, reason, detail);
  }

  private startRecovery(from: number, to: number, reason: RecoveryReason, detail = ''): void {
    if (this.recov) {
      if (to > this.recov.to) this.recov.to = to;
      return;
    }
    this.recov = { from, to, at: this.now };
    const symbols = this.staleSymbols();
    this.emit({ type: 'recovering', channel: this.id, session: this.session, via: 'snapshot', from, to, reason, detail: detail || reason, symbols });
  }

  private markStale(e: SymbolEntry, need: number): void {
    if (!e.stale) {
      e.stale = true;
      this.staleCount++;
    }
    this.queued -= e.queue.length;
    e.queue = [];
    if (need > e.need) e.need = need;
  }

  /** Too much queued: forget the queues; snapshots must now reflect at least `upTo`. */
  private dropQueues(upTo: number): void {
    for (const e of this.symbols.values()) if (e.stale) this.markStale(e, upTo);
    this.queued = 0;
  }

  private onSnapshotMsg(session: bigint, seq: number, m: FeedMessage): void {
    // The loop heartbeats only while the channel has no symbols (docs/feed.md): nothing to await.
    if (m.kind === 'heartbeat' && this.pendingUnknown && m.lastSeq >= this.lostTo && this.symbols.size === 0) this.pendingUnknown = false;
    if (m.kind === 'snapshotBegin' && this.pendingUnknown) {
      // One whole cycle of the loop seen since the loss: every symbol of the channel is known.
      if (this.cycleSeen.has(m.symbolId)) this.pendingUnknown = false;
      else this.cycleSeen.add(m.symbolId);
    }
    const s = this.snap.push(session, seq, m);
    this.counters.snapshotsDiscarded = this.snap.discarded;
    if (s) this.restore(s);
    if (this.pendingUnknown && this.o.symbolCount !== undefined && this.symbols.size >= this.o.symbolCount) this.pendingUnknown = false;
    this.maybeRecovered();
  }

  private restore(s: CompleteSnapshot): void {
    const e = this.entry(s.symbolId);
    if (!e.stale || s.lastSeq < e.need) return;
    e.book.clear();
    for (const l of s.bids) e.book.set(1, l.price, l.qty, l.count);
    for (const l of s.asks) e.book.set(2, l.price, l.qty, l.count);
    e.setStatus(s.status, s.lastSeq);
    e.appliedThrough = s.lastSeq;
    e.seq = s.lastSeq;
    e.stale = false;
    this.staleCount--;
    this.counters.snapshotsApplied++;
    this.hooks.data?.snapshot?.(this.id, s);
    const q = e.queue;
    this.queued -= q.length;
    e.queue = [];
    this.hooks.book?.(e.symbolId, s.lastSeq);
    for (const { seq, m } of q) if (seq > s.lastSeq && !this.apply(e, seq, m)) return;
  }

  private maybeRecovered(): void {
    const r = this.recov;
    if (!r || this.staleCount > 0 || this.pendingUnknown) return;
    this.recov = null;
    this.counters.recoveredBySnapshot++;
    this.emit({ type: 'recovered', channel: this.id, session: this.session, via: 'snapshot', from: r.from, to: r.to, ms: this.now - r.at });
  }

  private updateState(): void {
    const st = this.state;
    if (st === this.lastState) return;
    this.lastState = st;
    if (st === 'live') this.emit({ type: 'live', channel: this.id, session: this.session, seq: this.tracker.expected - 1 });
  }

  private emit(e: FeedEvent): void {
    this.hooks.event(e);
  }
}
