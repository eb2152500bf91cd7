/**
 * The standby's half of replication: follows the log from its journal's last seq + 1 with an
 * ordered consumer (in-order, gap-free: it recreates itself from its cursor when a NATS node or
 * the consumer goes away), and for every record
 *
 *   seq <= applied      -> already here: it must equal our journal's record (checked; else DIVERGED)
 *   seq == applied + 1  -> journal.append, engine.apply
 *   seq >  applied + 1  -> HA_STREAM_GAP (never skips)
 *
 * The journal is group-committed every commitEveryMs (default 20): written at once, fsynced off
 * the event loop (not on anybody's ack path: the writer acks on the log's majority); then the
 * batch's engine events go to onEvents (the MDP side).
 */
import { DeliverPolicy, type ConsumerMessages, type JsMsg } from 'nats';
import { BourseError } from '../kernel/errors.ts';
import type { Engine } from '../engine/engine.ts';
import type { EventLog } from '../engine/events.ts';
import type { Journal } from '../sequencer/journal.ts';
import { batchInfo, findStreamSeq, forEachRecord, type LogNames, type NatsConnection, streamTail } from './log.ts';

export interface FollowerOptions {
  nc: NatsConnection;
  names: LogNames;
  journal: Journal;
  engine: Engine;
  /** Engine events of each committed group, in order; the log is cleared after the call. */
  onEvents: (events: EventLog, lastSeq: number) => void;
  /** Called after each group commit with the last applied seq (watermark, status). */
  onCommitted?: (lastSeq: number) => void;
  /** Monotonic ms. */
  now: () => number;
  commitEveryMs?: number;
}

export class Follower {
  private readonly o: FollowerOptions;
  private messages: ConsumerMessages | undefined;
  private lastCommit = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private waiters: { streamSeq: number; resolve: () => void }[] = [];
  private whole: Uint8Array = new Uint8Array(0);
  /** Last Bourse seq applied to journal and engine. */
  applied: number;
  /** Stream seq of the last message applied. */
  appliedStreamSeq = 0;
  /** Server timestamp (wall ms) of the last message applied, and its writer's lease. */
  appliedMsgMs = 0;
  appliedLease = 0;
  msgs = 0;
  /** Set when the loop stopped on an error; the owner restarts. */
  error: Error | undefined;
  onError: ((e: Error) => void) | undefined;

  constructor(o: FollowerOptions) {
    this.o = o;
    this.applied = o.journal.lastSeq;
  }

  /** Positions the consumer at the message holding applied + 1. HA_STREAM_GAP when trimmed past it. */
  async start(): Promise<void> {
    const { nc, names } = this.o;
    const jsm = await nc.jetstreamManager();
    const tail = await streamTail(jsm, names);
    let start = await findStreamSeq(jsm, names, this.applied + 1, tail);
    if (start < 0) throw new BourseError('HA_STREAM_GAP', `the log now starts at seq ${tail.firstBourse}; this node has ${this.applied}: bootstrap from a snapshot`);
    if (start === 0) start = tail.lastStreamSeq + 1;
    this.appliedStreamSeq = start - 1;
    const js = nc.jetstream();
    const consumer = await js.consumers.get(names.stream, { opt_start_seq: start, deliver_policy: DeliverPolicy.StartSequence });
    this.lastCommit = this.o.now();
    // Group commit on a timer too: the last messages of a burst must not wait for the next one.
    this.timer = setInterval(() => {
      if (this.stopped || this.error || this.o.now() - this.lastCommit < (this.o.commitEveryMs ?? 20)) return;
      try {
        this.commit();
      } catch (e) {
        this.fail(e instanceof Error ? e : new Error(String(e)));
      }
    }, this.o.commitEveryMs ?? 20);
    this.messages = await consumer.consume({
      max_messages: 512,
      callback: (m) => {
        if (this.stopped || this.error) return;
        try {
          this.onMessage(m);
        } catch (e) {
          this.fail(e instanceof Error ? e : new Error(String(e)));
        }
      },
    });
  }

  private fail(e: Error): void {
    clearInterval(this.timer);
    if (this.error) return;
    this.error = e;
    void this.messages?.close();
    this.onError?.(e);
  }

  private onMessage(m: JsMsg): void {
    const where = `stream seq ${m.seq}`;
    const info = batchInfo(m.headers, where);
    const { journal, engine } = this.o;
    const payload = m.data;
    if (payload.buffer !== this.whole.buffer) this.whole = new Uint8Array(payload.buffer);
    const base = payload.byteOffset;
    forEachRecord(payload, info, where, (buf, at, seq) => {
      if (seq <= this.applied) return this.checkSame(buf.subarray(at), seq, where);
      if (seq !== this.applied + 1) throw new BourseError('HA_STREAM_GAP', `${where}: record seq ${seq} after ${this.applied}`);
      journal.append(buf.subarray(at));
      engine.apply(this.whole, base + at);
      this.applied = seq;
    });
    this.appliedStreamSeq = m.seq;
    this.appliedMsgMs = Math.floor(m.info.timestampNanos / 1e6);
    this.appliedLease = info.lease;
    this.msgs++;
    const now = this.o.now();
    if (now - this.lastCommit >= (this.o.commitEveryMs ?? 20)) this.commit(now);
    if (this.waiters.length > 0) this.wake();
  }

  /** A record we already hold must be byte-identical to the log's (else our tail is a deposed writer's). */
  private checkSame(rec: Uint8Array, seq: number, where: string): void {
    const { journal } = this.o;
    if (journal.pending > 0) this.commit(this.o.now());
    let same = false;
    let seen = false;
    journal.replay(seq, (mine) => {
      seen = true;
      same = mine.length <= rec.length && mine.every((b, i) => b === rec[i]);
    }, seq);
    if (seen && !same) throw new BourseError('HA_DIVERGED', `${where}: record seq ${seq} differs from this node's journal`);
  }

  /**
   * Group commit: the batch is written at once and synced off the event loop (the log's majority
   * already holds it: the standby's own fsync is on nobody's acknowledgement path).
   */
  commit(now = this.o.now()): void {
    const { journal, engine } = this.o;
    this.lastCommit = now;
    if (journal.pending === 0 && engine.out.count === 0) return;
    journal.write();
    journal.syncAsync((e) => {
      if (e) this.fail(e);
    });
    if (engine.out.count > 0) this.o.onEvents(engine.out, this.applied);
    engine.out.clear();
    this.o.onCommitted?.(this.applied);
  }

  /** Resolves once the message with this stream seq (or a later one) has been applied and committed. */
  drainTo(streamSeq: number): Promise<void> {
    if (this.appliedStreamSeq >= streamSeq) {
      this.commit();
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push({ streamSeq, resolve }));
  }

  private wake(): void {
    const keep: typeof this.waiters = [];
    for (const w of this.waiters) {
      if (this.appliedStreamSeq >= w.streamSeq) {
        this.commit();
        w.resolve();
      } else keep.push(w);
    }
    this.waiters = keep;
  }

  /** Stops delivering at once (no commit): for tearing down around a journal that is about to close. */
  halt(): void {
    clearInterval(this.timer);
    if (this.stopped) return;
    this.stopped = true;
    this.messages?.close().catch(() => undefined);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    if (this.stopped) return;
    this.stopped = true;
    try {
      await this.messages?.close();
    } catch {
      /* connection gone */
    }
    if (!this.error) this.commit();
  }
}
