/**
 * Recovery: the newest valid snapshot at or below the target, then the journal tail replayed
 * through a fresh engine. The journal is the source of truth; a snapshot only saves time.
 *
 * Snapshots are written only after the inputs they cover are durable, so a snapshot at seq S
 * proves the journal once held 1..S. A journal that now ends before S lost acknowledged inputs
 * (a deleted or lost newest segment, a tail cut by hand or by the disk): recovery refuses it
 * with JOURNAL_TRUNCATED rather than carrying on from a silently shorter history, and such a
 * snapshot is never used (docs/journal.md, "Lost segments").
 */
import { join } from 'node:path';
import { BourseError } from '../kernel/errors.ts';
import { Engine } from '../engine/engine.ts';
import type { EventLog } from '../engine/events.ts';
import type { Journal } from './journal.ts';
import { latestSnapshot, listSnapshots } from './snapshots.ts';

export const SNAPSHOT_DIR = 'snapshots';

export interface RecoverOptions {
  /** Replay no further than this seq (default: the end of the journal). */
  toSeq?: number;
  /** Start from the newest snapshot (default true); false replays from seq 1. */
  useSnapshot?: boolean;
  /** Receives the events of the replayed tail, in batches; the log is cleared after each. */
  onEvents?: (events: EventLog, lastSeq: number) => void;
  batch?: number;
  /**
   * A journal that ends before one of its snapshots (JOURNAL_TRUNCATED) is refused: recover
   * throws. A tool that only reads (replay) passes this to be told and go on over what is left.
   */
  onLostTail?: (e: BourseError) => void;
}

export interface Recovered {
  engine: Engine;
  snapshotSeq: number;
  replayed: number;
  /** Snapshots not used, each with its reason (damaged, or beyond the journal's end). */
  skippedSnapshots: string[];
}

/**
 * JOURNAL_TRUNCATED when snapshots of this journal lie beyond its last seq (it lost a tail that
 * had been acknowledged), naming the newest such snapshot and the journal's end; else undefined.
 */
export function lostTail(journal: Journal): BourseError | undefined {
  const end = journal.lastSeq;
  const beyond = listSnapshots(join(journal.dir, SNAPSHOT_DIR)).filter((s) => s.seq > end);
  if (beyond.length === 0) return undefined;
  const s = beyond[0]!; // newest first
  return new BourseError(
    'JOURNAL_TRUNCATED',
    `${journal.dir} ends at seq ${end}, but snapshot ${s.path} was taken at seq ${s.seq}: inputs ${end + 1}..${s.seq} (at least) were acknowledged ` +
      `and are gone (a lost newest segment or tail?). Restore the missing segment; or, to accept the loss, move the ${beyond.length} snapshot(s) beyond seq ${end} out of ${join(journal.dir, SNAPSHOT_DIR)}`,
  );
}

export function recover(journal: Journal, opts: RecoverOptions = {}): Recovered {
  const lost = lostTail(journal);
  if (lost) {
    if (!opts.onLostTail) throw lost;
    opts.onLostTail(lost);
  }
  const end = journal.lastSeq;
  const toSeq = Math.min(opts.toSeq ?? Infinity, end);
  const snapDir = join(journal.dir, SNAPSHOT_DIR);
  const skipped: string[] = [];
  if (opts.useSnapshot !== false) {
    for (const s of listSnapshots(snapDir)) {
      if (s.seq > end) skipped.push(`${s.path}: refused: seq ${s.seq} is beyond the journal's end at seq ${end}`);
    }
  }
  // maxSeq <= the journal's end: a snapshot beyond it is never used, whatever its contents.
  const snap = opts.useSnapshot === false ? undefined : latestSnapshot(snapDir, toSeq);
  const engine = snap ? Engine.restore(snap.bytes) : new Engine();
  const replayed = replayInto(journal, engine, engine.lastSeq + 1, toSeq, opts.onEvents, opts.batch);
  return { engine, snapshotSeq: snap?.seq ?? 0, replayed, skippedSnapshots: [...skipped, ...(snap?.skipped ?? [])] };
}

/**
 * Applies the journal's inputs `from..to` to `engine`, handing its events on every `batch` inputs
 * and after the last (the log is cleared after each). Returns the number of inputs applied.
 * JOURNAL_SEQ_GAP when the journal no longer holds `from` (its oldest segment starts later).
 */
export function replayInto(journal: Journal, engine: Engine, from: number, to: number, onEvents?: (events: EventLog, lastSeq: number) => void, batch = 4096): number {
  const base = journal.baseSeq;
  if (from < base && from <= to) {
    throw new BourseError(
      'JOURNAL_SEQ_GAP',
      `${journal.dir}: seqs ${from}..${base - 1} are missing: its oldest segment starts at seq ${base}${from === 1 ? ' (a lost or deleted first segment?)' : ''}, and recovery needs them from seq ${from}`,
    );
  }
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
