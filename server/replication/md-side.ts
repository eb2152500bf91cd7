/**
 * The market-data side of an HA node: engine events of durable (primary) or applied (standby)
 * inputs go through the node's own Mdp; the MD records go to `onRecords` (the multicast
 * publisher / the relay, wired by the lead) and into running SHA-256 hashes, so that tests and
 * operators can compare a node's whole output with `bourse replay` of the same journal.
 *
 * Feed session (docs/replication.md): the standby's Mdp has folded exactly the log, so its MD
 * seq continues the primary's with no gap and no contradiction when the primary only released
 * events of inputs the log had acknowledged (--ack majority): same session. With --ack local the
 * old primary may have published market data of inputs the log never got: the new primary
 * starts a new session (session + 1) and clients re-snapshot by the feed's reset rules.
 */
import { createHash, type Hash } from 'node:crypto';
import { EVENT_SIZE, EVENT_SLOTS, EVENT_WORDS, type EventLog } from '../engine/events.ts';
import { Mdp } from '../mdp/mdp.ts';

export type RecordsSink = (f64: Float64Array, i32: Int32Array, first: number, count: number) => void;

export class MarketDataSide {
  readonly mdp = new Mdp();
  private readonly events: Hash = createHash('sha256');
  private readonly md: Hash = createHash('sha256');
  /** False when this node's Mdp did not fold the log from seq 1 (bootstrapped from a snapshot). */
  exact = true;
  session: number;
  onRecords: RecordsSink | undefined;
  eventCount = 0;

  constructor(session = 1, onRecords?: RecordsSink) {
    this.session = session;
    this.onRecords = onRecords;
  }

  /** Events of complete inputs, in order. */
  consumeLog(log: EventLog): void {
    this.consume(log.f64, log.i32, log.u8, log.count);
  }

  /** Events held in a copied byte buffer (8-byte aligned, count records). */
  consumeBytes(bytes: Uint8Array, count: number): void {
    const f64 = new Float64Array(bytes.buffer, bytes.byteOffset, count * EVENT_SLOTS);
    const i32 = new Int32Array(bytes.buffer, bytes.byteOffset, count * EVENT_WORDS);
    this.consume(f64, i32, bytes, count);
  }

  private consume(f64: Float64Array, i32: Int32Array, u8: Uint8Array, count: number): void {
    if (count === 0) return;
    this.eventCount += count;
    this.events.update(u8.subarray(0, count * EVENT_SIZE));
    const mdp = this.mdp;
    mdp.consume(f64, i32, 0, count);
    const out = mdp.out;
    if (out.count > 0) {
      this.md.update(out.bytes());
      this.onRecords?.(out.f64, out.i32, 0, out.count);
      out.clear();
    }
  }

  /** Hex digests so far (copies: the running hashes go on). */
  digests(): { events: string; md: string } {
    return { events: this.events.copy().digest('hex'), md: this.md.copy().digest('hex') };
  }
}
