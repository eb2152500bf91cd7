/**
 * The primary's asynchronous group commit, around the unchanged Sequencer. The journal's fsync
 * and the log's Raft round trip run at the same time, and neither blocks the event loop:
 *
 *   submit(rec)  -> Sequencer.submit: stamp, journal append (+ copy into the log batch), engine.apply
 *   commit()     -> Sequencer.commit -> journal.write (page cache, no wait)
 *                     ├─▶ journal.syncAsync (fdatasync in libuv's pool, one at a time)  -> durableSeq
 *                     └─▶ Replicator.send (publish, expected-last-seq)           -> stream ack: loggedSeq
 *                   -> the batch's events are copied and HELD
 *   release      -> every held batch with lastSeq <= min(durableSeq, loggedSeq) goes to the MDP,
 *                   in order; its inputs are acknowledged
 *
 * --ack local releases at durableSeq alone (replication runs behind). A batch can reach the log
 * before our own disk: harmless, the log is the majority's truth and a node whose journal lost a
 * tail it had published takes it back from the log on restart (reconcile.ts). Ack latency is
 * measured per input from its arrival time to its release, in ns.
 */
import { BourseError } from '../kernel/errors.ts';
import { CmdOff, cmdSize } from '../engine/commands.ts';
import type { Engine } from '../engine/engine.ts';
import type { EventLog } from '../engine/events.ts';
import { HeldEvents } from '../sequencer/held-events.ts';
import { Sequencer, type Clock, type JournalSink } from '../sequencer/sequencer.ts';
import type { Journal } from '../sequencer/journal.ts';
import { Histogram } from '../kernel/histogram.ts';
import type { SharedHistogram } from '../kernel/shared-histogram.ts';

export type AckMode = 'local' | 'majority';

export { HeldEvents };

type BatchSink = (payload: Uint8Array, first: number, last: number, timeUs: number) => void;

/**
 * The Sequencer's journal: append copies each record into the journal's batch (and into the log
 * batch when replicating); commit writes without waiting for the disk and hands the log batch on.
 */
class WriteThenSyncSink implements JournalSink {
  private readonly journal: Journal;
  private readonly onBatch: BatchSink | undefined;
  private readonly afterWrite: () => void;
  private buf = new Uint8Array(1 << 16);
  private dv = new DataView(this.buf.buffer);
  private len = 0;
  private first = 0;
  private last = 0;
  private lastTime = 0;

  constructor(journal: Journal, onBatch: BatchSink | undefined, afterWrite: () => void) {
    this.journal = journal;
    this.onBatch = onBatch;
    this.afterWrite = afterWrite;
  }

  get lastSeq(): number {
    return this.journal.lastSeq;
  }

  append(rec: Uint8Array): void {
    this.journal.append(rec);
    if (!this.onBatch) return;
    const size = cmdSize(rec[0]!);
    if (this.len + size > this.buf.length) {
      const b = new Uint8Array(this.buf.length * 2);
      b.set(this.buf.subarray(0, this.len));
      this.buf = b;
      this.dv = new DataView(b.buffer);
    }
    this.buf.set(size === rec.length ? rec : rec.subarray(0, size), this.len);
    this.last = this.dv.getFloat64(this.len + CmdOff.seq, true);
    this.lastTime = this.dv.getFloat64(this.len + CmdOff.time, true);
    if (this.len === 0) this.first = this.last;
    this.len += size;
  }

  commit(): number {
    const n = this.journal.write();
    if (this.onBatch && this.len > 0) {
      this.onBatch(this.buf.slice(0, this.len), this.first, this.last, this.lastTime);
      this.len = 0;
    }
    this.afterWrite();
    return n;
  }
}

export interface PrimaryOptions {
  engine: Engine;
  journal: Journal;
  clock: Clock;
  ack: AckMode;
  /** Where batches go for replication (absent: no replication). */
  replicate?: BatchSink;
  /** Released (acknowledged) events, in order; the bytes are valid during the call only. */
  onRelease: (events: Uint8Array, count: number, lastSeq: number) => void;
  /** The journal failed (an fdatasync error): nothing more may be acknowledged by this life. */
  onJournalError: (e: BourseError) => void;
  /** Monotonic ms, for ack latency. */
  now: () => number;
  /** Also records each input's ack latency (µs, never reset) here: /metrics from="stamp" on HA nodes. */
  ackHistogram?: SharedHistogram;
}

const RING = 1 << 21; // arrival times of unacknowledged inputs (2M: ~10 s at 215k/s)

export class Primary {
  readonly seqr: Sequencer;
  private readonly o: PrimaryOptions;
  private readonly journal: Journal;
  private readonly needsLog: boolean;
  private readonly held = new HeldEvents();
  private readonly releaseBatch = (bytes: Uint8Array, count: number, lastSeq: number): void => {
    const now = this.o.now();
    const h = this.ackLatencyNs;
    const sh = this.o.ackHistogram;
    for (let s = this.ackedSeq + 1; s <= lastSeq; s++) {
      const ms = now - this.arrival[s & (RING - 1)]!;
      h.record(ms * 1e6);
      sh?.record(ms * 1000);
    }
    this.ackedSeq = lastSeq;
    this.o.onRelease(bytes, count, lastSeq);
  };
  private readonly arrival = new Float64Array(RING);
  readonly ackLatencyNs = new Histogram();
  /** fdatasync in the thread pool, start to callback, ns. */
  readonly syncNs = new Histogram();
  private syncStart = 0;
  /** Last input seq acknowledged (durable locally and, with majority, in the log). */
  ackedSeq: number;
  /** Last input seq on this node's disk. */
  durableSeq: number;
  /** Last input seq the log acknowledged. */
  loggedSeq: number;
  firstAcceptedSeq = 0;
  private journalError: BourseError | undefined;

  constructor(o: PrimaryOptions) {
    this.o = o;
    this.journal = o.journal;
    this.needsLog = o.ack === 'majority' && o.replicate !== undefined;
    const sink = new WriteThenSyncSink(o.journal, o.replicate, () => this.sync());
    this.seqr = new Sequencer({ engine: o.engine, clock: o.clock, journal: sink, onDurable: (ev, last) => this.hold(ev, last) });
    this.ackedSeq = this.durableSeq = this.loggedSeq = o.engine.lastSeq;
  }

  /** Inputs accepted but not yet acknowledged. */
  get unacked(): number {
    return this.seqr.lastSeq - this.ackedSeq;
  }

  submit(rec: Uint8Array, at: number, arrivalMs: number): number {
    if (this.journalError) throw this.journalError;
    if (this.seqr.lastSeq - this.ackedSeq >= RING) throw new BourseError('HA_PUBLISH_FAILED', `${RING} inputs unacknowledged: the log is not keeping up`);
    const seq = this.seqr.submit(rec, at);
    this.arrival[seq & (RING - 1)] = arrivalMs;
    if (this.firstAcceptedSeq === 0) this.firstAcceptedSeq = seq;
    return seq;
  }

  /** Group commit: write, start the fsync and the publish; the events wait for both. */
  commit(): number {
    return this.seqr.commit();
  }

  /** Makes everything written durable now (synchronously): for a graceful stop. */
  flush(): void {
    if (this.journalError) return;
    this.journal.commit();
    this.onSynced(null, this.journal.durableSeq);
  }

  /** The log acknowledged everything up to lastSeq (called in order by the replicator). */
  onLogAck(lastSeq: number): void {
    if (lastSeq > this.loggedSeq) this.loggedSeq = lastSeq;
    this.release();
  }

  private sync(): void {
    if (this.journalError) return;
    if (this.startSync()) return;
    this.onSynced(null, this.journal.durableSeq);
  }

  private startSync(): boolean {
    const started = this.journal.syncAsync((err, durable) => {
      this.syncNs.record((this.o.now() - this.syncStart) * 1e6);
      this.onSynced(err, durable);
    });
    if (started) this.syncStart = this.o.now();
    return started;
  }

  private onSynced(err: BourseError | null, durable: number): void {
    if (err) {
      if (!this.journalError) {
        this.journalError = err;
        this.o.onJournalError(err);
      }
      return;
    }
    if (durable > this.durableSeq) this.durableSeq = durable;
    this.release();
    // Written while that sync ran: the next one covers all of it.
    if (this.journal.writtenSeq > this.durableSeq) this.startSync();
  }

  private hold(events: EventLog, lastSeq: number): void {
    this.held.push(events.u8, events.count, lastSeq);
    this.release();
  }

  private release(): void {
    if (this.journalError) return;
    const upTo = this.needsLog ? Math.min(this.durableSeq, this.loggedSeq) : this.durableSeq;
    while (this.held.length > 0 && this.held.headSeq() <= upTo) this.held.shift(this.releaseBatch);
  }

}
