/**
 * The sequencer: the single writer. It gives every inbound command its sequence number and
 * its timestamp (the only clock read in the core), appends it to the journal, and only then
 * lets the engine see it. Engine events are held until the journal's group commit has made
 * their inputs durable, so nothing downstream (market data, acknowledgements) ever reflects an
 * input that a crash could lose.
 *
 *   submit(): stamp -> journal.append -> engine.apply   (events accumulate in engine.out)
 *   commit(): journal.commit (one write + fdatasync)  -> onDurable(events, lastSeq) -> clear
 */
import { BourseError } from '../kernel/errors.ts';
import { CmdOff, cmdSize } from '../engine/commands.ts';
import type { Engine } from '../engine/engine.ts';
import type { EventLog } from '../engine/events.ts';

/** Microseconds since the Unix epoch. Injected: live mode reads the wall clock, sim/replay a virtual one. */
export type Clock = () => number;

/** What the sequencer needs of a journal (server/sequencer/journal.ts implements it). */
export interface JournalSink {
  readonly lastSeq: number;
  append(rec: Uint8Array): void;
  commit(): number;
}

export interface SequencerOptions {
  engine: Engine;
  clock: Clock;
  journal?: JournalSink;
  /** Receives the events of every committed batch; the log is cleared after the call. */
  onDurable?: (events: EventLog, lastSeq: number) => void;
}

export class Sequencer {
  private readonly engine: Engine;
  private readonly clock: Clock;
  private readonly journal: JournalSink | undefined;
  private readonly onDurable: ((events: EventLog, lastSeq: number) => void) | undefined;
  private seq: number;
  private lastTime: number;
  private lastBuf: Uint8Array | null = null;
  private dv: DataView = new DataView(new ArrayBuffer(8));
  /** Inputs stamped but not yet committed. */
  pending = 0;
  /** Inputs made durable by the last commit. */
  lastCommitted = 0;

  constructor(opts: SequencerOptions) {
    this.engine = opts.engine;
    this.clock = opts.clock;
    this.journal = opts.journal;
    this.onDurable = opts.onDurable;
    this.seq = opts.engine.lastSeq;
    this.lastTime = opts.engine.time;
    if (this.journal && this.journal.lastSeq !== this.seq) {
      throw new BourseError('JOURNAL_SEQ_GAP', `journal ends at ${this.journal.lastSeq} but the engine is at ${this.seq}: recover first`);
    }
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** Stamp, journal and apply one command record in place. Returns its sequence number (= order id of a new order). */
  submit(rec: Uint8Array, at = 0): number {
    if (rec !== this.lastBuf) {
      this.lastBuf = rec;
      this.dv = new DataView(rec.buffer, rec.byteOffset, rec.byteLength);
    }
    const seq = ++this.seq;
    let now = Math.floor(this.clock());
    if (now < this.lastTime) now = this.lastTime; // time never runs backwards in the log
    this.lastTime = now;
    this.dv.setFloat64(at + CmdOff.seq, seq, true);
    this.dv.setFloat64(at + CmdOff.time, now, true);
    if (this.journal) {
      const len = cmdSize(rec[at]!);
      this.journal.append(at === 0 && rec.length === len ? rec : rec.subarray(at, at + len));
    }
    this.engine.apply(rec, at);
    this.pending++;
    return seq;
  }

  /** Group commit: make every pending input durable, then hand their events downstream. */
  commit(): number {
    const n = this.pending;
    if (n === 0) return 0;
    if (this.journal) this.journal.commit();
    this.pending = 0;
    this.lastCommitted = n;
    const out = this.engine.out;
    if (this.onDurable) this.onDurable(out, this.seq);
    out.clear();
    return n;
  }
}
