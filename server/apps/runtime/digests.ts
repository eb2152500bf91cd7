/**
 * Running SHA-256 hashes of a pipeline's output: the engine events consumed (an MdpAgent tap) and
 * the MD records produced (an MdpAgent sink). Replay prints them; an HA node prints its own, so
 * tests and operators can compare a node's whole output with `bourse replay` of the same journal.
 */
import { createHash, type Hash } from 'node:crypto';
import type { EventsTap, RecordsSink } from '../../mdp/mdp-agent.ts';
import { MD_SIZE } from '../../mdp/records.ts';

export class Digests {
  private readonly ev: Hash = createHash('sha256');
  private readonly md: Hash = createHash('sha256');
  readonly tap: EventsTap = (bytes) => {
    this.ev.update(bytes);
  };
  readonly sink: RecordsSink = (f64, _i32, first, count) => {
    this.md.update(new Uint8Array(f64.buffer, f64.byteOffset + first * MD_SIZE, count * MD_SIZE));
  };

  /** Hex digests so far (copies: the running hashes go on). */
  hex(): { events: string; md: string } {
    return { events: this.ev.copy().digest('hex'), md: this.md.copy().digest('hex') };
  }
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
