/**
 * The MDP agent: engine events of complete, durable inputs in; market-data records out, in
 * order, to every sink. It is the one composition of the market-data half of the pipeline, and
 * every driver runs it: the MDP thread (events from the engine ring), an HA node (events released
 * by the primary or applied by the follower), replay and rebuild (recovered events), and the
 * in-process markets of tests and benchmarks.
 *
 *   events ──▶ Mdp (L2 books, candles, trades) ──▶ out ──▶ sink 1, sink 2, … (feed, MD ring,
 *                                                          market state, bars writer, hashes)
 *
 * Hot core: no I/O and no clock here; sinks do the I/O. With no sink, records stay in `mdp.out`
 * for the caller to drain (the in-process simulators read them there).
 */
import { EVENT_SIZE, EVENT_SLOTS, EVENT_WORDS, type EventLog } from '../engine/events.ts';
import { Mdp } from './mdp.ts';

/** Receives MD records `first .. first+count-1` of the views; valid during the call only. */
export type RecordsSink = (f64: Float64Array, i32: Int32Array, first: number, count: number) => void;

/** Receives the raw bytes of the engine events consumed (for hashing); valid during the call only. */
export type EventsTap = (bytes: Uint8Array) => void;

/** Where the agent's duty cycle reads events from (the shared-memory Ring has this shape). */
export interface EventSource {
  read(handler: (f64: Float64Array, i32: Int32Array, first: number, count: number) => void, max?: number): number;
}

export interface MdpAgentOptions {
  mdp?: Mdp;
  sinks?: RecordsSink[];
  tap?: EventsTap;
}

export class MdpAgent {
  readonly mdp: Mdp;
  private readonly sinks: RecordsSink[];
  private readonly tap: EventsTap | undefined;
  /** Engine events consumed so far. */
  events = 0;
  private readonly onRead = (f64: Float64Array, i32: Int32Array, first: number, count: number): void => this.onEvents(f64, i32, first, count);

  constructor(o: MdpAgentOptions = {}) {
    this.mdp = o.mdp ?? new Mdp();
    this.sinks = o.sinks ? [...o.sinks] : [];
    this.tap = o.tap;
  }

  /** Adds a sink for every record from now on; returns its removal. */
  addSink(sink: RecordsSink): () => void {
    this.sinks.push(sink);
    return () => {
      const i = this.sinks.indexOf(sink);
      if (i >= 0) this.sinks.splice(i, 1);
    };
  }

  /** Duty cycle: whatever the source holds (up to `max` events), folded and published. Returns the events read. */
  doWork(source: EventSource, max?: number): number {
    return source.read(this.onRead, max);
  }

  /** Consumes engine events `first .. first+count-1` of the views, then publishes what they produced. */
  onEvents(f64: Float64Array, i32: Int32Array, first: number, count: number): void {
    if (count === 0) return;
    this.events += count;
    if (this.tap) this.tap(new Uint8Array(f64.buffer, f64.byteOffset + first * EVENT_SIZE, count * EVENT_SIZE));
    this.mdp.consume(f64, i32, first, count);
    this.publish();
  }

  /** Every event held by an engine EventLog. */
  consumeLog(log: EventLog): void {
    this.onEvents(log.f64, log.i32, 0, log.count);
  }

  /** Events copied into a byte buffer (8-byte aligned, `count` records from its start). */
  consumeBytes(bytes: Uint8Array, count: number): void {
    const f64 = new Float64Array(bytes.buffer, bytes.byteOffset, count * EVENT_SLOTS);
    const i32 = new Int32Array(bytes.buffer, bytes.byteOffset, count * EVENT_WORDS);
    this.onEvents(f64, i32, 0, count);
  }

  /** Hands the records waiting in `mdp.out` to every sink and clears it (a no-op without sinks). */
  publish(): void {
    const out = this.mdp.out;
    const sinks = this.sinks;
    if (out.count === 0 || sinks.length === 0) return;
    for (let k = 0; k < sinks.length; k++) sinks[k]!(out.f64, out.i32, 0, out.count);
    out.clear();
  }
}
