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
 * Every node takes the engine and MDP parts, with or without a gateway (a node without one
 * restarts from them too: only the tail after them is replayed). Every
 * BOURSE_HA_LOCAL_SNAPSHOT_EVERY inputs (default 1,000,000 as the gateway's snapshotInputs; 0:
 * none; BOURSE_HA_GATEWAY_SNAPSHOT_EVERY is its older name). Engine and MDP snapshots: the newest
 * HA_SNAPSHOT_KEEP of each; the gateway keeps its newest 3. A life that started from snapshots
 * has no hashes of the whole MD stream (it prints state= only at stop, as a node bootstrapped from
 * the object store).
 *
 * The bytes are taken on the node's main thread (they must be exactly at S); the files are
 * written by a thread of their own (SnapshotWriter, ha-snapshot-worker.ts), so their write,
 * fsync, rename and pruning never pause the node's event loop. One write at a time: a snapshot
 * due while the previous one is still being written is skipped (the next interval takes one).
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeSnapshot, pruneSnapshots, ENGINE_SNAPSHOT, MDP_SNAPSHOT } from '../../sequencer/snapshots.ts';
import { SNAPSHOT_DIR } from '../../sequencer/recovery.ts';
import { StateWriter } from '../../mdp/state-io.ts';
import type { Mdp } from '../../mdp/mdp.ts';

/** Engine and MDP snapshots kept (the gateway may skip a marker while it still writes the previous one). */
export const HA_SNAPSHOT_KEEP = 6;

export function snapshotDir(journalDir: string): string {
  return join(journalDir, SNAPSHOT_DIR);
}

/** The MDP's snapshot bytes when it is exactly at input `seq` (every event up to it folded, none after), else undefined. */
export function mdpBytesAt(mdp: Mdp, seq: number): Uint8Array | undefined {
  if (mdp.lastInputSeq !== seq || !mdp.atInputBoundary) return undefined;
  const w = new StateWriter();
  mdp.saveState(w);
  return w.finish();
}

/** One snapshot pair at a time, written and pruned off the calling thread (ha-snapshot-worker.ts). */
export class SnapshotWriter {
  private worker: Worker | undefined;
  private inFlight: { seq: number; done: Promise<void>; resolve: () => void } | undefined;
  private readonly dir: string;
  private readonly log: (line: string) => void;
  /** Per written pair: its seq and how long the thread took (write, fsync, rename, prune), ms. */
  onWritten: ((seq: number, ms: number) => void) | undefined;

  constructor(dir: string, log: (line: string) => void) {
    this.dir = dir;
    this.log = log;
  }

  /** A pair is being written. */
  get busy(): boolean {
    return this.inFlight !== undefined;
  }

  /** Hands the pair at `seq` to the writer thread (the buffers are transferred: the caller must not reuse them); false (nothing done) while one is in flight. */
  write(seq: number, engine: Uint8Array, mdp: Uint8Array): boolean {
    if (this.inFlight) return false;
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    this.inFlight = { seq, done, resolve };
    const w = this.thread();
    const transfer = engine.buffer === mdp.buffer ? [engine.buffer as ArrayBuffer] : [engine.buffer as ArrayBuffer, mdp.buffer as ArrayBuffer];
    w.postMessage({ seq, engine, mdp, keep: HA_SNAPSHOT_KEEP }, transfer);
    return true;
  }

  /** Resolves once no write is in flight (before the journal may be cut or the node stops). */
  settled(): Promise<void> {
    return this.inFlight?.done ?? Promise.resolve();
  }

  /** Ends the thread after the write in flight. */
  async close(): Promise<void> {
    await this.settled();
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./ha-snapshot-worker.ts', import.meta.url), { workerData: { dir: this.dir } });
    w.unref(); // never what keeps the node's process alive
    w.on('message', (m: { seq: number; ms?: number; error?: string }) => {
      if (m.error !== undefined) this.log(`ha: local snapshot at ${m.seq} failed: ${m.error}`); // a restart uses an older one, or replays
      else this.onWritten?.(m.seq, m.ms!);
      this.finishOne();
    });
    w.on('error', (e) => {
      this.log(`ha: local snapshot thread failed: ${e.message}`);
      this.worker = undefined;
      this.finishOne();
    });
    this.worker = w;
    return w;
  }

  private finishOne(): void {
    const f = this.inFlight;
    this.inFlight = undefined;
    f?.resolve();
  }
}

/**
 * The same pair written on the calling thread (how HA nodes wrote them before SnapshotWriter; kept
 * for bench/ha-snapshot.ts, which measures both): false (nothing written) unless the MDP is exactly there.
 */
export function writeEngineAndMdp(dir: string, seq: number, engineBytes: Uint8Array, mdp: Mdp): boolean {
  const mdpBytes = mdpBytesAt(mdp, seq);
  if (!mdpBytes) return false;
  writeSnapshot(dir, seq, engineBytes, ENGINE_SNAPSHOT);
  writeSnapshot(dir, seq, mdpBytes, MDP_SNAPSHOT);
  pruneSnapshots(dir, HA_SNAPSHOT_KEEP, ENGINE_SNAPSHOT);
  pruneSnapshots(dir, HA_SNAPSHOT_KEEP, MDP_SNAPSHOT);
  return true;
}
