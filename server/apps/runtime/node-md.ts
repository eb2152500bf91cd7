/**
 * The market-data side of an HA node: the MDP agent over the events of durable (primary) or
 * applied (standby) inputs, with running hashes of its input and output (Digests) and whatever
 * sinks the node adds (the feed while it leads, the web side).
 *
 * Feed session (docs/replication.md): the standby's Mdp has folded exactly the log, so its MD
 * seq continues the primary's with no gap and no contradiction when the primary only released
 * events of inputs the log had acknowledged (--ack majority): same session. With --ack local the
 * old primary may have published market data of inputs the log never got: the new primary
 * starts a new session (session + 1) and clients re-snapshot by the feed's reset rules.
 */
import type { Mdp } from '../../mdp/mdp.ts';
import { MdpAgent, type RecordsSink } from '../../mdp/mdp-agent.ts';
import { Digests } from './digests.ts';

export class NodeMarketData {
  readonly agent: MdpAgent;
  readonly digests = new Digests();
  /** False when this node's Mdp did not fold the log from seq 1 (bootstrapped from a snapshot). */
  exact = true;
  /** False when the Mdp started from a local snapshot (ha-snapshots.ts): its digests cover only the tail. */
  complete = true;
  session: number;

  constructor(session = 1, sinks: RecordsSink[] = []) {
    this.session = session;
    this.agent = new MdpAgent({ tap: this.digests.tap, sinks: [this.digests.sink, ...sinks] });
  }

  get mdp(): Mdp {
    return this.agent.mdp;
  }
}
