/**
 * Local snapshots of an HA node with an order-entry gateway (docs/replication.md "Restart from
 * local snapshots"): engine, MDP and gateway at one input seq S, beside the journal
 * (DATA/journal/snapshots/snap-S.bin, mdp-S.bin, gw-S.bin, the formats of `bourse start`), so a
 * node restart folds only the journal's tail through the engine, the MDP and the gateway.
 *
 *   follower: after the log's inputs up to S are applied and their events folded by the MDP and
 *             handed to the gateway's ring: engine + MDP written here, a GwMark.Snapshot record
 *             in the gateway's ring (it writes gw-S.bin exactly at S, asynchronously)
 *   leader:   the engine's state is taken when a group commit ends at S (its engine runs ahead of
 *             what is released); when the release reaches S (the MDP and the gateway then hold
 *             every event up to S and none after), the MDP's and the gateway's parts follow
 *   boot:     the newest gateway snapshot G <= the journal's end that loads; the engine from a
 *             snapshot <= G and the MDP from its newest <= the end (recover()), the gateway from G
 *             (a GwMark.Restore record first), then only the events of inputs after G to the
 *             gateway and after the MDP's snapshot to the MDP
 *
 * Every BOURSE_HA_GATEWAY_SNAPSHOT_EVERY inputs (default 1,000,000 as the gateway's
 * snapshotInputs; 0: none). Engine and MDP snapshots: the newest HA_SNAPSHOT_KEEP of each; the
 * gateway keeps its newest 3. A life that started from snapshots has no hashes of the whole MD
 * stream (it prints state= only at stop, as a node bootstrapped from the object store).
 */
import { join } from 'node:path';
import { writeSnapshot, pruneSnapshots, ENGINE_SNAPSHOT, MDP_SNAPSHOT } from '../../sequencer/snapshots.ts';
import { SNAPSHOT_DIR } from '../../sequencer/recovery.ts';
import { StateWriter } from '../../mdp/state-io.ts';
import type { Mdp } from '../../mdp/mdp.ts';

/** Engine and MDP snapshots kept (the gateway may skip a marker while it still writes the previous one). */
export const HA_SNAPSHOT_KEEP = 6;

export function snapshotDir(journalDir: string): string {
  return join(journalDir, SNAPSHOT_DIR);
}

/** Writes the engine's (bytes taken at `seq`) and the MDP's parts at `seq`, pruning both; false (nothing written) unless the MDP is exactly there. */
export function writeEngineAndMdp(dir: string, seq: number, engineBytes: Uint8Array, mdp: Mdp): boolean {
  if (mdp.lastInputSeq !== seq || !mdp.atInputBoundary) return false;
  const w = new StateWriter();
  mdp.saveState(w);
  writeSnapshot(dir, seq, engineBytes, ENGINE_SNAPSHOT);
  writeSnapshot(dir, seq, w.finish(), MDP_SNAPSHOT);
  pruneSnapshots(dir, HA_SNAPSHOT_KEEP, ENGINE_SNAPSHOT);
  pruneSnapshots(dir, HA_SNAPSHOT_KEEP, MDP_SNAPSHOT);
  return true;
}
