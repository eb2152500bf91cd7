/**
 * Recovery: the newest valid snapshot at or below the target, then the journal tail replayed
 * through a fresh engine. The journal is the source of truth; a snapshot only saves time.
 */
import { join } from 'node:path';
import { Engine } from '../engine/engine.ts';
import type { EventLog } from '../engine/events.ts';
import type { Journal } from './journal.ts';
import { latestSnapshot } from './snapshots.ts';

export const SNAPSHOT_DIR = 'snapshots';

export interface RecoverOptions {
  /** Replay no further than this seq (default: the end of the journal). */
  toSeq?: number;
  /** Start from the newest snapshot (default true); false replays from seq 1. */
  useSnapshot?: boolean;
  /** Receives the events of the replayed tail, in batches; the log is cleared after each. */
  onEvents?: (events: EventLog, lastSeq: number) => void;
  batch?: number;
}

export interface Recovered {
  engine: Engine;
  snapshotSeq: number;
  replayed: number;
  skippedSnapshots: string[];
}

export function recover(journal: Journal, opts: RecoverOptions = {}): Recovered {
  const toSeq = Math.min(opts.toSeq ?? Infinity, journal.lastSeq);
  const snap = opts.useSnapshot === false ? undefined : latestSnapshot(join(journal.dir, SNAPSHOT_DIR), toSeq);
  const engine = snap ? Engine.restore(snap.bytes) : new Engine();
  const replayed = replayInto(journal, engine, engine.lastSeq + 1, toSeq, opts.onEvents, opts.batch);
  return { engine, snapshotSeq: snap?.seq ?? 0, replayed, skippedSnapshots: snap?.skipped ?? [] };
}

/**
 * Applies the journal's inputs `from..to` to `engine`, handing its events on every `batch` inputs
 * and after the last (the log is cleared after each). Returns the number of inputs applied.
 */
export function replayInto(journal: Journal, engine: Engine, from: number, to: number, onEvents?: (events: EventLog, lastSeq: number) => void, batch = 4096): number {
  let inBatch = 0;
  // The journal hands out views into one reused read buffer: apply through a view of that
  // whole buffer so the engine keeps its cached DataView (no allocation per record).
  let whole: Uint8Array = new Uint8Array(0);
  const n = journal.replay(from, (rec, seq) => {
    if (rec.buffer !== whole.buffer) whole = new Uint8Array(rec.buffer);
    engine.apply(whole, rec.byteOffset);
    if (++inBatch === batch) {
      inBatch = 0;
      if (onEvents) onEvents(engine.out, seq);
      engine.out.clear();
    }
  }, to);
  if (onEvents && engine.out.count > 0) onEvents(engine.out, engine.lastSeq);
  engine.out.clear();
  return n;
}
