/**
 * The pipelined group commit of the core thread (docs/journal.md "Pipelined group commit"): the
 * journal's fdatasync runs on a sync thread while this thread stamps, journals and matches the
 * next inputs, as LMAX's journaller runs beside its business logic.
 *
 *   submit(rec) -> Sequencer.submit: stamp, journal append, engine.apply
 *   commit()    -> Sequencer.commit -> journal.write (page cache, no wait)
 *                    -> the sync thread's fdatasync starts if none runs (SyncChannel.request)
 *                  -> the batch's events are copied and HELD (HeldEvents, shared with the HA Primary)
 *   poll()      -> the sync finished: journal.endSync (durableSeq = what it covered; a failure
 *                  throws JOURNAL_IO and releases nothing) -> every held batch with
 *                  lastSeq <= durableSeq goes to onDurable, in order -> the next sync starts,
 *                  covering everything written meanwhile
 *
 * The durability rule is today's: no event leaves before an fdatasync that covers its input has
 * completed. Without fsync (benchmarks, tests) the write makes a batch durable at once.
 */
import { Sequencer, type Clock, type JournalSink } from './sequencer.ts';
import type { Journal } from './journal.ts';
import type { Committer } from './core-agent.ts';
import type { Engine } from '../engine/engine.ts';
import { EventLog } from '../engine/events.ts';
import { HeldEvents } from './held-events.ts';
import type { SyncChannel } from './sync-channel.ts';

export interface PipelinedOptions {
  engine: Engine;
  journal: Journal;
  clock: Clock;
  channel: SyncChannel;
  /** The events of durable inputs, batch by batch in order; the log is valid during the call only. */
  onDurable: (events: EventLog, lastSeq: number) => void;
  /** Before each journal write (for the commit histogram: write -> synced). */
  onWrite?: () => void;
  /** A sync was handed to the sync thread. */
  onSyncStart?: () => void;
  /** That sync finished (before its batches are released). */
  onSynced?: () => void;
}

export class PipelinedCommitter implements Committer {
  readonly seqr: Sequencer;
  private readonly o: PipelinedOptions;
  private readonly journal: Journal;
  private readonly channel: SyncChannel;
  private readonly held = new HeldEvents();
  private readonly out = new EventLog(4096);
  /** A sync is on the sync thread (requested, its end not yet taken by poll). */
  inFlight = false;
  private readonly emit = (bytes: Uint8Array, count: number, lastSeq: number): void => {
    const out = this.out;
    out.count = 0;
    out.reserve(count);
    out.u8.set(bytes);
    out.count = count;
    this.o.onDurable(out, lastSeq);
  };

  constructor(o: PipelinedOptions) {
    this.o = o;
    const j = (this.journal = o.journal);
    this.channel = o.channel;
    const sink: JournalSink = {
      get lastSeq() {
        return j.lastSeq;
      },
      append: (rec) => j.append(rec),
      commit: () => {
        this.o.onWrite?.();
        const n = j.write();
        this.kick();
        return n;
      },
    };
    this.seqr = new Sequencer({ engine: o.engine, clock: o.clock, journal: sink, onDurable: (ev, last) => this.hold(ev, last) });
  }

  /** Batches written whose events wait for their sync. */
  get heldBatches(): number {
    return this.held.length;
  }

  /** The sync in flight has finished: poll() has work. */
  get synced(): boolean {
    return this.inFlight && !this.channel.busy;
  }

  submit(rec: Uint8Array, at: number): number {
    return this.seqr.submit(rec, at);
  }

  /** Group commit: write, start the sync if none runs; the events wait for it. */
  commit(): number {
    return this.seqr.commit();
  }

  /**
   * Takes a finished sync (throws JOURNAL_IO if it failed), releases what it covered, starts the
   * next. Returns true when a sync was taken (its batches went to onDurable).
   */
  poll(): boolean {
    if (!this.synced) return false;
    this.finish();
    this.kick();
    return true;
  }

  /**
   * Everything submitted made durable and released now (synchronously): before an engine
   * snapshot ("every input up to here is durable") and at stop. Waits for the sync in flight.
   */
  flush(): void {
    this.seqr.commit();
    while (this.inFlight) {
      this.channel.waitDone(1000);
      if (!this.channel.busy) this.finish();
    }
    this.journal.commit(); // fdatasync of what was written after that sync, on this thread
    this.release();
  }

  private finish(): void {
    this.inFlight = false;
    const err = this.channel.error();
    this.journal.endSync(err); // a failure throws: nothing held is released
    this.o.onSynced?.();
    this.release();
  }

  private kick(): void {
    if (this.inFlight) return;
    const fd = this.journal.beginSync();
    if (fd < 0) {
      this.release(); // nothing to sync (no fsync, or a rotation synced it): release what is durable
      return;
    }
    this.inFlight = true;
    this.o.onSyncStart?.();
    this.channel.request(fd);
  }

  private hold(events: EventLog, lastSeq: number): void {
    this.held.push(events.u8, events.count, lastSeq);
    this.release();
  }

  private release(): void {
    const upTo = this.journal.durableSeq;
    while (this.held.length > 0 && this.held.headSeq() <= upTo) this.held.shift(this.emit);
  }
}
