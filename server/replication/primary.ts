/**
 * The primary's asynchronous group commit, around the unchanged Sequencer:
 *
 *   submit(rec)  -> Sequencer.submit: stamp, journal append (+ copy into the replication batch),
 *                   engine.apply; events wait in engine.out
 *   commit()     -> Sequencer.commit -> journal.commit (fdatasync) -> batch -> Replicator.send
 *                   -> onDurable: the batch's events are copied and HELD
 *   stream ack   -> (in order) the held events go to the MDP, the inputs are acknowledged
 *
 * --ack local releases at the fsync instead (replication runs behind, asynchronously). Ack
 * latency is measured per input from its arrival time to its release, in ns.
 */
import { BourseError } from '../kernel/errors.ts';
import { CmdOff, cmdSize } from '../engine/commands.ts';
import type { Engine } from '../engine/engine.ts';
import type { EventLog } from '../engine/events.ts';
import { EVENT_SIZE } from '../engine/events.ts';
import { Sequencer, type Clock, type JournalSink } from '../sequencer/sequencer.ts';
import type { Journal } from '../sequencer/journal.ts';
import { Histogram } from '../../bench/lib/histogram.ts';

export type AckMode = 'local' | 'majority';

/** A JournalSink that also collects each group commit's records for the log. */
export class ReplicatingSink implements JournalSink {
  private readonly journal: Journal;
  private readonly onBatch: (payload: Uint8Array, first: number, last: number, timeUs: number) => void;
  private buf = new Uint8Array(1 << 16);
  private dv = new DataView(this.buf.buffer);
  private len = 0;
  private first = 0;
  private last = 0;
  private lastTime = 0;

  constructor(journal: Journal, onBatch: (payload: Uint8Array, first: number, last: number, timeUs: number) => void) {
    this.journal = journal;
    this.onBatch = onBatch;
  }

  get lastSeq(): number {
    return this.journal.lastSeq;
  }

  append(rec: Uint8Array): void {
    this.journal.append(rec);
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
    const n = this.journal.commit();
    if (this.len > 0) {
      this.onBatch(this.buf.slice(0, this.len), this.first, this.last, this.lastTime);
      this.len = 0;
    }
    return n;
  }
}

export interface PrimaryOptions {
  engine: Engine;
  journal: Journal;
  clock: Clock;
  ack: AckMode;
  /** Where batches go for replication (absent: no replication). */
  replicate?: (payload: Uint8Array, first: number, last: number, timeUs: number) => void;
  /** Released (acknowledged) events, in order. */
  onRelease: (events: Uint8Array, count: number, lastSeq: number) => void;
  /** Monotonic ms, for ack latency. */
  now: () => number;
}

const RING = 1 << 21; // arrival times of unacknowledged inputs (2M: ~10 s at 215k/s)

export class Primary {
  readonly seqr: Sequencer;
  private readonly o: PrimaryOptions;
  private readonly held: { lastSeq: number; bytes: Uint8Array; count: number }[] = [];
  private readonly arrival = new Float64Array(RING);
  readonly ackLatencyNs = new Histogram();
  /** Last input seq acknowledged (durable locally and, with majority, in the log). */
  ackedSeq: number;
  /** Last input seq made durable locally. */
  durableSeq: number;
  firstAcceptedSeq = 0;

  constructor(o: PrimaryOptions) {
    this.o = o;
    const sink = o.replicate ? new ReplicatingSink(o.journal, o.replicate) : o.journal;
    this.seqr = new Sequencer({ engine: o.engine, clock: o.clock, journal: sink, onDurable: (ev, last) => this.onDurable(ev, last) });
    this.ackedSeq = this.durableSeq = o.engine.lastSeq;
  }

  /** Inputs accepted but not yet acknowledged. */
  get unacked(): number {
    return this.seqr.lastSeq - this.ackedSeq;
  }

  submit(rec: Uint8Array, at: number, arrivalMs: number): number {
    if (this.seqr.lastSeq - this.ackedSeq >= RING) throw new BourseError('HA_PUBLISH_FAILED', `${RING} inputs unacknowledged: the log is not keeping up`);
    const seq = this.seqr.submit(rec, at);
    this.arrival[seq & (RING - 1)] = arrivalMs;
    if (this.firstAcceptedSeq === 0) this.firstAcceptedSeq = seq;
    return seq;
  }

  commit(): number {
    return this.seqr.commit();
  }

  private onDurable(events: EventLog, lastSeq: number): void {
    this.durableSeq = lastSeq;
    const bytes = events.u8.slice(0, events.count * EVENT_SIZE);
    if (this.o.ack === 'local' || !this.o.replicate) this.release(bytes, events.count, lastSeq);
    else this.held.push({ lastSeq, bytes, count: events.count });
  }

  /** The log acknowledged everything up to lastSeq (called in order by the replicator). */
  onLogAck(lastSeq: number): void {
    if (this.o.ack === 'local') return;
    while (this.held.length > 0 && this.held[0]!.lastSeq <= lastSeq) {
      const h = this.held.shift()!;
      this.release(h.bytes, h.count, h.lastSeq);
    }
  }

  private release(bytes: Uint8Array, count: number, lastSeq: number): void {
    const now = this.o.now();
    const h = this.ackLatencyNs;
    for (let s = this.ackedSeq + 1; s <= lastSeq; s++) h.record((now - this.arrival[s & (RING - 1)]!) * 1e6);
    this.ackedSeq = lastSeq;
    this.o.onRelease(bytes, count, lastSeq);
  }
}
