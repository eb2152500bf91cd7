/**
 * The core agent: input -> sequencer -> journal -> engine, one duty cycle at a time, in the style
 * of Aeron's agents. It is the one composition of the core half of the pipeline: the core thread,
 * an HA primary, `bourse sim`, the LOBSTER oracle and the in-process markets of tests all drive it.
 *
 *   doWork(n):  source.next ──▶ committer.submit (stamp seq + time, journal append, engine.apply)
 *               … every `commitEvery` inputs and at the end: committer.commit (group commit) ──▶
 *               the events of the durable inputs go downstream (the committer's onDurable/onRelease)
 *
 * The committer is the Sequencer (synchronous group commit: write + fdatasync, then release) or
 * the HA Primary (asynchronous: fdatasync and the log's round trip off the event loop, release
 * when both cover a batch). The agent reads no clock: the driver decides how many inputs are due
 * and, for latency accounting, the source says when each input arrived.
 */
import { Sequencer, type SequencerOptions } from './sequencer.ts';

/** Where inputs come from: the simulator, a gateway's ring, a replayed file. */
export interface InputSource {
  /** Writes the next command record at `buf[at]`. Returns its arrival time (monotonic ms; 0: not measured). */
  next(buf: Uint8Array, at: number): number;
}

/** What the agent needs of a sequencer: the Sequencer itself, or the HA Primary around one. */
export interface Committer {
  readonly seqr: Sequencer;
  submit(rec: Uint8Array, at: number, arrivalMs: number): number;
  commit(): number;
}

export interface CoreAgentOptions {
  committer: Committer;
  source?: InputSource;
  /** Inputs per group commit within one doWork (default: one commit per doWork). */
  commitEvery?: number;
}

/** The plain Sequencer as a Committer (arrival times are not measured). */
export function syncCommitter(seqr: Sequencer): Committer {
  return { seqr, submit: (rec, at) => seqr.submit(rec, at), commit: () => seqr.commit() };
}

export class CoreAgent {
  readonly committer: Committer;
  private readonly source: InputSource | undefined;
  private readonly commitEvery: number;
  private readonly scratch = new Uint8Array(96);
  /** Inputs taken from the source so far. */
  inputs = 0;

  constructor(o: CoreAgentOptions) {
    this.committer = o.committer;
    this.source = o.source;
    this.commitEvery = o.commitEvery ?? Infinity;
  }

  /** The agent over a plain Sequencer (synchronous group commit). */
  static sync(o: SequencerOptions & Omit<CoreAgentOptions, 'committer'>): CoreAgent {
    const { source, commitEvery, ...seq } = o;
    return new CoreAgent({ committer: syncCommitter(new Sequencer(seq)), source, commitEvery });
  }

  get seqr(): Sequencer {
    return this.committer.seqr;
  }

  /** Duty cycle: `n` inputs from the source, group-committed. Returns the inputs done. */
  doWork(n: number): number {
    const src = this.source;
    if (!src || n <= 0) return 0;
    const c = this.committer;
    const buf = this.scratch;
    const every = this.commitEvery;
    const seqr = c.seqr;
    for (let k = 0; k < n; k++) {
      const arrival = src.next(buf, 0);
      c.submit(buf, 0, arrival);
      if (seqr.pending >= every) c.commit();
    }
    this.inputs += n;
    if (seqr.pending > 0) c.commit();
    return n;
  }

  /** One input from a producer other than the source (order entry, the oracle). Returns its seq. */
  submit(rec: Uint8Array, at = 0, arrivalMs = 0): number {
    return this.committer.submit(rec, at, arrivalMs);
  }

  /** Group commit of everything submitted so far. */
  commit(): number {
    return this.committer.commit();
  }
}
