/**
 * The file side of an HA node's local snapshots (ha-snapshots.ts SnapshotWriter): the engine's and
 * the MDP's bytes, taken on the node's main thread at one input seq, are written here (temporary
 * file, fsync, rename, directory fsync: writeSnapshot, the format of `bourse start`) and the
 * older ones pruned (each kept one is read back and its CRC checked), so none of that I/O pauses
 * the node's event loop, which is its engine, its replication and its order entry.
 *
 *   main: {seq, engine, mdp, keep} ─▶ write snap-S.bin, mdp-S.bin; prune both to `keep` ─▶ {seq, ms} or {seq, error}
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeSnapshot, pruneSnapshots, ENGINE_SNAPSHOT, MDP_SNAPSHOT } from '../../sequencer/snapshots.ts';

interface Job {
  seq: number;
  engine: Uint8Array;
  mdp: Uint8Array;
  keep: number;
}

const dir = (workerData as { dir: string }).dir;
parentPort!.on('message', (j: Job) => {
  const t0 = performance.now();
  try {
    writeSnapshot(dir, j.seq, j.engine, ENGINE_SNAPSHOT);
    writeSnapshot(dir, j.seq, j.mdp, MDP_SNAPSHOT);
    pruneSnapshots(dir, j.keep, ENGINE_SNAPSHOT);
    pruneSnapshots(dir, j.keep, MDP_SNAPSHOT);
    parentPort!.postMessage({ seq: j.seq, ms: performance.now() - t0 });
  } catch (e) {
    parentPort!.postMessage({ seq: j.seq, error: e instanceof Error ? e.message : String(e) });
  }
});
