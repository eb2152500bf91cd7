/**
 * The sequence state machine of one channel's incremental stream (feeds A and B together).
 * Pure: no sockets, no timers, no clock — every input carries `now` (ms, monotonic), and the
 * owner calls `tick(now)` a few times per gap wait. It knows sequence numbers and sessions only;
 * what a message means is the owner's business (channel.ts).
 *
 *   onPacket(A or B) ──▶ first copy of each sequence number wins; older ones are duplicates
 *          │ ahead of a hole: held in a ring (reordering), released when the hole closes
 *          ▼
 *   hole older than gapWaitMs (or wider than reorderWindow) ──▶ `gap`
 *          ├─ small enough and a server exists ──▶ `recovering` (retransmission) ──▶ `recovered`
 *          └─ too large / refused / timeout / incomplete ──▶ lost(from, to): the owner rebuilds
 *             books from the snapshot loop; delivery resumes after the hole
 *   new session id ──▶ reset (expected sequence back to 1; late packets of the old one ignored)
 *   nothing on either feed for staleAfterMs ──▶ silent (and back when packets resume)
 */
import type { FeedCounters, LostReason } from './events.ts';

const MAX_RETRIES = 3;

export interface TrackerOptions {
  /** A hole younger than this may still be filled by the other feed or by reordering. */
  readonly gapWaitMs: number;
  /** A hole with more than this many messages known behind it is a gap at once. */
  readonly reorderWindow: number;
  /** Messages held behind a hole at most (a power of two). */
  readonly bufferLimit: number;
  /** Largest range asked of the retransmission server; a larger gap goes to the snapshot loop. */
  readonly maxRetransmit: number;
  readonly retransmitTimeoutMs: number;
  /** False when no retransmission server is configured. */
  readonly canRetransmit: boolean;
  /** No packet on either feed for this long: silent. */
  readonly staleAfterMs: number;
}

export interface TrackerSink<M> {
  /** Every message of the session, in sequence order, once (except lost ranges). */
  deliver(seq: number, msg: M): void;
  /** The session changed (`from` null: the first session seen). */
  reset(from: bigint | null, to: bigint): void;
  gap(from: number, to: number): void;
  requestRetransmit(id: number, session: bigint, from: number, count: number): void;
  recovering(from: number, to: number): void;
  recovered(from: number, to: number, ms: number): void;
  /** Messages from..to are gone for good: rebuild from snapshots. */
  lost(from: number, to: number, reason: LostReason, detail: string): void;
  silent(on: boolean): void;
}

interface Inflight {
  id: number;
  from: number;
  to: number;
  at: number;
}

export class SeqTracker<M> {
  private readonly o: TrackerOptions;
  private readonly sink: TrackerSink<M>;
  private readonly c: FeedCounters;
  session: bigint | null = null;
  /** Next sequence number to deliver (1 = nothing delivered yet in this session). */
  expected = 1;
  /** One past the highest sequence number known to exist (from data or heartbeats). */
  known = 1;
  private readonly mask: number;
  private readonly pendSeq: Float64Array;
  private readonly pendMsg: (M | undefined)[];
  private pendCount = 0;
  private holeSince = -1;
  private holeAt = 0;
  /** The hole (its `expected`) that a tick already found old. */
  private armedHole = -1;
  /** NOT_YET_PUBLISHED answers for the current hole. */
  private retries = 0;
  /** Lower bound of the server's window start, as last reported. */
  private windowFirst = 0;
  private inflight: Inflight | null = null;
  private nextId = 1;
  private lastRx = -1;
  private isSilent = false;

  constructor(opts: TrackerOptions, sink: TrackerSink<M>, counters: FeedCounters) {
    const cap = opts.bufferLimit;
    if (!(cap >= 2 && (cap & (cap - 1)) === 0)) throw new Error('bufferLimit must be a power of two');
    this.o = opts;
    this.sink = sink;
    this.c = counters;
    this.mask = cap - 1;
    this.pendSeq = new Float64Array(cap).fill(-1);
    this.pendMsg = new Array<M | undefined>(cap).fill(undefined);
  }

  /** Messages held behind a hole now. */
  get buffered(): number {
    return this.pendCount;
  }

  get recovering(): boolean {
    return this.inflight !== null;
  }

  get silent(): boolean {
    return this.isSilent;
  }

  /** A hole is open (possibly not yet declared a gap). */
  get hasHole(): boolean {
    return this.expected < this.known;
  }

  /**
   * One packet of the incremental stream (feed A, feed B, or a retransmission reply): messages
   * `msgs` carry sequence numbers firstSeq, firstSeq + 1, ...; none (heartbeat): firstSeq is next.
   */
  onPacket(session: bigint, firstSeq: number, msgs: readonly M[], now: number): void {
    this.lastRx = now;
    if (this.isSilent) {
      this.isSilent = false;
      this.sink.silent(false);
    }
    if (session !== this.session) {
      // Ids grow with every publisher start: a smaller one is a straggler of a past session.
      if (this.session !== null && session < this.session) {
        this.c.oldSessionPackets++;
        return;
      }
      this.switchSession(session);
    }
    const n = msgs.length;
    const end = firstSeq + n;
    if (end > this.known) this.known = end;
    if (n > 0) {
      if (end <= this.expected) {
        this.c.duplicatePackets++;
        this.c.duplicateMessages += n;
      } else {
        let i = 0;
        if (firstSeq < this.expected) {
          i = this.expected - firstSeq;
          this.c.duplicateMessages += i;
        }
        for (; i < n; i++) this.place(firstSeq + i, msgs[i]!);
      }
    }
    this.check(now);
  }

  /**
   * True (and counted) when a packet of `count` messages from `firstSeq` brings nothing new:
   * the caller can skip decoding it. It still shows the feed is alive.
   */
  duplicate(session: bigint, firstSeq: number, count: number, now: number): boolean {
    if (count === 0 || session !== this.session || firstSeq + count > this.expected) return false;
    this.lastRx = now;
    if (this.isSilent) {
      this.isSilent = false;
      this.sink.silent(false);
    }
    this.c.duplicatePackets++;
    this.c.duplicateMessages += count;
    return true;
  }

  /**
   * The in-order fast path (a packet read by PacketCursor, one message at a time): when the
   * packet is of this session, nothing is held behind a hole and it starts at or before the next
   * expected sequence number, returns the index of its first new message (those before it are
   * duplicates, counted) and the caller hands each message from there to `deliverNext`, then
   * calls `inOrderEnd`. Otherwise -1: nothing is done, use onPacket with the decoded messages.
   */
  inOrderStart(session: bigint, firstSeq: number, count: number, now: number): number {
    if (count === 0 || session !== this.session || this.pendCount > 0 || this.expected < this.known || firstSeq > this.expected || firstSeq + count <= this.expected) return -1;
    this.lastRx = now;
    if (this.isSilent) {
      this.isSilent = false;
      this.sink.silent(false);
    }
    this.known = firstSeq + count;
    const i = this.expected - firstSeq;
    this.c.duplicateMessages += i;
    return i;
  }

  /** The next message of an in-order packet (inOrderStart): delivered at once. */
  deliverNext(msg: M): void {
    const s = this.expected;
    this.expected = s + 1;
    this.c.messages++;
    this.sink.deliver(s, msg);
  }

  /** After the last deliverNext of a packet (a message that could not be read leaves a hole: the other feed or retransmission fills it). */
  inOrderEnd(now: number): void {
    this.check(now);
  }

  /** Timers: gap wait, retransmission timeout, silence. */
  tick(now: number): void {
    if (this.lastRx >= 0 && !this.isSilent && now - this.lastRx >= this.o.staleAfterMs) {
      this.isSilent = true;
      this.c.silentPeriods++;
      this.sink.silent(true);
    }
    this.check(now, true);
  }

  /** The retransmission request `id` failed or was refused; what it did not bring is lost. */
  retransmitFailed(id: number, reason: LostReason, detail: string, now: number): void {
    const f = this.inflight;
    if (!f || f.id !== id) return;
    this.inflight = null;
    if (this.expected <= f.to) this.giveUp(this.firstHeld(f.to + 1), reason, detail);
    this.check(now);
  }

  /**
   * The server has not published the range yet (it sits in a partly filled packet): wait for
   * the feed again, and ask again after another gap wait — at most `MAX_RETRIES` times per hole.
   */
  retransmitLater(id: number, now: number): void {
    const f = this.inflight;
    if (!f || f.id !== id) return;
    if (this.expected <= f.to && ++this.retries > MAX_RETRIES) return this.retransmitFailed(id, 'refused', `not yet published after ${MAX_RETRIES} tries`, now);
    this.inflight = null;
    if (this.expected > f.to) return this.check(now);
    this.holeSince = now;
    this.holeAt = this.expected;
    this.armedHole = -1;
    this.check(now);
  }

  /** The reply to `id` has been fed through onPacket: a range it did not cover is lost. */
  retransmitDone(id: number, now: number): void {
    const f = this.inflight;
    if (!f || f.id !== id) return;
    if (this.expected <= f.to) this.retransmitFailed(id, 'incomplete', `reply ended at ${this.expected - 1}, range ended at ${f.to}`, now);
  }

  /**
   * The server said its window starts at `firstSeq` (in a reply or a refusal): a hole older
   * than that is lost at once, with no request that would only be refused.
   */
  noteWindow(firstSeq: number): void {
    if (firstSeq > this.windowFirst) this.windowFirst = firstSeq;
  }

  /** Forget the session (a ChannelReset inside a session is handled by the owner). */
  private switchSession(session: bigint): void {
    const from = this.session;
    this.session = session;
    this.expected = 1;
    this.known = 1;
    if (this.pendCount > 0) {
      this.pendSeq.fill(-1);
      this.pendMsg.fill(undefined);
      this.pendCount = 0;
    }
    this.holeSince = -1;
    this.inflight = null;
    this.windowFirst = 0;
    this.armedHole = -1;
    this.sink.reset(from, session);
  }

  private place(s: number, msg: M): void {
    if (s < this.expected) {
      this.c.duplicateMessages++;
      return;
    }
    while (s - this.expected > this.mask) {
      // Too far ahead to hold: the hole is a gap now, and too big to wait for.
      const upTo = Math.min(s, this.firstHeld(s));
      this.c.gaps++;
      this.sink.gap(this.expected, upTo - 1);
      this.giveUp(upTo, 'overflow', `more than ${this.mask + 1} messages held behind a hole`);
    }
    if (s === this.expected) {
      this.expected = s + 1;
      this.c.messages++;
      this.sink.deliver(s, msg);
      if (this.pendCount > 0) this.drain();
      return;
    }
    const k = s & this.mask;
    if (this.pendSeq[k] === s) {
      this.c.duplicateMessages++;
      return;
    }
    this.pendSeq[k] = s;
    this.pendMsg[k] = msg;
    this.pendCount++;
    if (this.pendCount > this.c.bufferedPeak) this.c.bufferedPeak = this.pendCount;
  }

  private drain(): void {
    const mask = this.mask;
    let s = this.expected;
    while (this.pendCount > 0 && this.pendSeq[s & mask] === s) {
      const k = s & mask;
      const msg = this.pendMsg[k]!;
      this.pendSeq[k] = -1;
      this.pendMsg[k] = undefined;
      this.pendCount--;
      this.expected = s + 1;
      this.c.messages++;
      this.c.reordered++;
      this.sink.deliver(s, msg);
      s++;
    }
  }

  /** Smallest held sequence number above `expected`, or `limit` when none is below it. */
  private firstHeld(limit: number): number {
    if (this.pendCount === 0) return limit;
    const top = Math.min(limit, this.expected + this.mask + 1);
    for (let s = this.expected + 1; s < top; s++) if (this.pendSeq[s & this.mask] === s) return s;
    return limit;
  }

  /** Give up expected..upTo-1 and carry on from upTo. */
  private giveUp(upTo: number, reason: LostReason, detail: string): void {
    const from = this.expected;
    if (upTo <= from) return;
    const f = this.inflight;
    if (f && f.from <= upTo - 1 && f.to >= from) this.inflight = null;
    this.c.lostMessages += upTo - from;
    this.expected = upTo;
    this.holeSince = -1;
    this.sink.lost(from, upTo - 1, reason, detail);
    if (this.pendCount > 0) this.drain();
  }

  private check(now: number, fromTick = false): void {
    const f = this.inflight;
    if (f) {
      if (this.expected > f.to) {
        this.inflight = null;
        this.c.recoveredByRetransmission++;
        this.sink.recovered(f.from, f.to, now - f.at);
      } else if (now - f.at >= this.o.retransmitTimeoutMs) {
        this.c.retransmitTimeouts++;
        this.retransmitFailed(f.id, 'timeout', `no reply within ${this.o.retransmitTimeoutMs} ms`, now);
        return;
      }
    }
    if (this.expected >= this.known) {
      this.holeSince = -1;
      return;
    }
    // The wait runs per hole: when `expected` moves, an older hole closed and this one is new.
    if (this.holeSince < 0 || this.holeAt !== this.expected) {
      this.holeSince = now;
      this.holeAt = this.expected;
      this.retries = 0;
    }
    if (this.inflight) return;
    if (this.known - this.expected > this.o.reorderWindow) return this.declareGap(now);
    if (fromTick && now - this.holeSince >= this.o.gapWaitMs) {
      // Declared by the second tick that finds the hole old: the sockets were read in between,
      // so a stalled process (descheduled, GC) does not take a copy still queued on the other
      // feed for a gap.
      if (this.armedHole === this.holeAt) this.declareGap(now);
      else this.armedHole = this.holeAt;
    }
  }

  private declareGap(now: number): void {
    const from = this.expected;
    const to = this.firstHeld(this.known) - 1;
    const count = to - from + 1;
    this.c.gaps++;
    this.sink.gap(from, to);
    if (from === 1) {
      // Nothing of this session was seen: a late join starts from the snapshot loop (books as
      // they are now) rather than replaying the session's history.
      this.giveUp(to + 1, 'late_join', `joined the session at sequence ${to + 1}`);
      return this.check(now);
    }
    if (!this.o.canRetransmit) {
      this.giveUp(to + 1, 'no_retransmission', 'no retransmission server configured');
      return this.check(now);
    }
    if (from < this.windowFirst) {
      this.giveUp(to + 1, 'refused', `older than the server's window (from ${this.windowFirst})`);
      return this.check(now);
    }
    if (count > this.o.maxRetransmit) {
      this.giveUp(to + 1, 'too_large', `${count} messages, above the ${this.o.maxRetransmit} a request may ask`);
      return this.check(now);
    }
    const id = this.nextId++;
    this.inflight = { id, from, to, at: now };
    this.c.retransmitRequests++;
    this.sink.recovering(from, to);
    this.sink.requestRetransmit(id, this.session!, from, count);
  }
}
