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
import { latestSnapshot, listSnapshots, readSnapshot, ENGINE_SNAPSHOT, MDP_SNAPSHOT } from './snapshots.ts';
import { ARCHIVE_DIR, listArchive, replayArchive } from './retention.ts';

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
  /**
   * Recover for an MDP too: take the newest valid MDP snapshot M at or below the target, the
   * newest valid engine snapshot at or below M, replay the engine from there, and hand on only
   * the events of inputs after M (the MDP restored from M has folded the others). Without an
   * MDP snapshot, M = 0: the engine replays from seq 1 and every event is handed on.
   */
  mdp?: boolean;
  /**
   * With `mdp` and no usable MDP snapshot: start the engine from its newest snapshot anyway (the
   * caller then has no MDP to continue: replay hashes engine events only). Without this, no MDP
   * snapshot means the engine replays from seq 1 so that a fresh MDP folds everything (start).
   */
  mdpOptional?: boolean;
  /**
   * With `mdp`: checks an MDP snapshot's state (e.g. loads it into a scratch MDP) and throws when
   * it cannot be used; such a snapshot is skipped with the reason, like a damaged file.
   */
  checkMdp?: (bytes: Uint8Array, path: string) => void;
  /** Read seqs the live segments no longer hold from the journal's archive/ (retention.ts). */
  archive?: boolean;
  /**
   * Start the engine from a snapshot at or below this seq (the order-entry gateway's snapshot:
   * the gateway needs the events of every input after it). Default: no bound.
   */
  engineAtOrBelow?: number;
  /** With `mdp`: receives the events of the inputs the restored MDP has folded (engine snapshot+1..M), otherwise dropped. */
  onFoldedEvents?: (events: EventLog, lastSeq: number) => void;
  /** Called once the snapshots are chosen, before any input is replayed or event handed on. */
  onChosen?: (c: { engineSeq: number; mdpSeq: number; toSeq: number }) => void;
  /** Called every `batch` inputs replayed, and once at the end, with the last seq applied and the target. */
  onProgress?: (seq: number, to: number) => void;
}

export interface Recovered {
  engine: Engine;
  snapshotSeq: number;
  replayed: number;
  /** Snapshots not used, each with its reason (damaged, or beyond the journal's end). */
  skippedSnapshots: string[];
  /** With `mdp`: the MDP snapshot to restore (its state bytes), or undefined for a fresh MDP. */
  mdpSnapshot?: { seq: number; bytes: Uint8Array; path: string };
}

/**
 * JOURNAL_TRUNCATED when snapshots of this journal lie beyond its last seq (it lost a tail that
 * had been acknowledged), naming the newest such snapshot and the journal's end; else undefined.
 */
export function lostTail(journal: Journal): BourseError | undefined {
  const end = journal.lastSeq;
  const dir = join(journal.dir, SNAPSHOT_DIR);
  const beyond = [...listSnapshots(dir, ENGINE_SNAPSHOT), ...listSnapshots(dir, MDP_SNAPSHOT)].filter((s) => s.seq > end).sort((a, b) => b.seq - a.seq);
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
    for (const kind of opts.mdp ? [MDP_SNAPSHOT, ENGINE_SNAPSHOT] : [ENGINE_SNAPSHOT]) {
      for (const s of listSnapshots(snapDir, kind)) {
        if (s.seq > end) skipped.push(`${s.path}: refused: seq ${s.seq} is beyond the journal's end at seq ${end}`);
      }
    }
  }
  // maxSeq <= the journal's end: a snapshot beyond it is never used, whatever its contents.
  const mdpSnap = opts.useSnapshot === false || !opts.mdp ? undefined : usableMdp(snapDir, toSeq, skipped, opts.checkMdp);
  const mdpSeq = mdpSnap?.seq ?? 0;
  const engineMax = Math.min(opts.mdp && (mdpSnap || !opts.mdpOptional) ? mdpSeq : toSeq, opts.engineAtOrBelow ?? Infinity);
  const snap = opts.useSnapshot === false ? undefined : latestSnapshot(snapDir, engineMax);
  const engine = snap ? Engine.restore(snap.bytes) : new Engine();
  opts.onChosen?.({ engineSeq: engine.lastSeq, mdpSeq, toSeq });
  let replayed = 0;
  // Inputs the restored MDP has already folded: through the engine only, their events dropped.
  const archive = opts.archive ? join(journal.dir, ARCHIVE_DIR) : undefined;
  if (engine.lastSeq < mdpSeq) replayed += replayInto(journal, engine, engine.lastSeq + 1, mdpSeq, opts.onFoldedEvents, opts.batch, opts.onProgress && ((seq) => opts.onProgress!(seq, toSeq)), archive);
  replayed += replayInto(journal, engine, engine.lastSeq + 1, toSeq, opts.onEvents, opts.batch, opts.onProgress && ((seq) => opts.onProgress!(seq, toSeq)), archive);
  opts.onProgress?.(engine.lastSeq, toSeq);
  return {
    engine, snapshotSeq: snap?.seq ?? 0, replayed, skippedSnapshots: [...skipped, ...(snap?.skipped ?? [])],
    ...(mdpSnap ? { mdpSnapshot: { seq: mdpSnap.seq, bytes: mdpSnap.bytes, path: mdpSnap.path } } : {}),
  };
}

/** The newest MDP snapshot at or below `maxSeq` that reads, checks and passes `check`; the others go to `skipped`. */
function usableMdp(dir: string, maxSeq: number, skipped: string[], check?: (bytes: Uint8Array, path: string) => void): { seq: number; bytes: Uint8Array; path: string } | undefined {
  for (const s of listSnapshots(dir, MDP_SNAPSHOT)) {
    if (s.seq > maxSeq) continue;
    try {
      const r = readSnapshot(s.path);
      if (r.seq !== s.seq) throw new BourseError('SNAPSHOT_CORRUPT', `${s.path}: header says seq ${r.seq}, file name says ${s.seq}`);
      check?.(r.bytes, s.path);
      return { seq: s.seq, bytes: r.bytes, path: s.path };
    } catch (e) {
      if (!(e instanceof BourseError)) throw e;
      skipped.push(e.message);
    }
  }
  return undefined;
}

/**
 * Applies the journal's inputs `from..to` to `engine`, handing its events on every `batch` inputs
 * and after the last (the log is cleared after each). Returns the number of inputs applied.
 * JOURNAL_SEQ_GAP when the journal no longer holds `from` (its oldest segment starts later).
 */
export function replayInto(journal: Journal, engine: Engine, from: number, to: number, onEvents?: (events: EventLog, lastSeq: number) => void, batch = 4096, onBatch?: (seq: number) => void, archiveDir?: string): number {
  const base = journal.baseSeq;
  let fromArchive = 0;
  let inBatch = 0;
  let whole: Uint8Array = new Uint8Array(0);
  const apply = (rec: Uint8Array, seq: number): void => {
    if (rec.buffer !== whole.buffer) whole = new Uint8Array(rec.buffer);
    engine.apply(whole, rec.byteOffset);
    if (++inBatch === batch) {
      inBatch = 0;
      if (onEvents) onEvents(engine.out, seq);
      engine.out.clear();
      if (onBatch) onBatch(seq);
    }
  };
  if (from < base && from <= to && archiveDir && listArchive(archiveDir).length > 0) {
    // The seqs retention archived: from archive/, then the live segments.
    fromArchive = replayArchive(archiveDir, from, Math.min(to, base - 1), apply);
    from = Math.min(to, base - 1) + 1;
  }
  if (from < base && from <= to) {
    throw new BourseError(
      'JOURNAL_SEQ_GAP',
      `${journal.dir}: seqs ${from}..${base - 1} are missing: its oldest segment starts at seq ${base}${from === 1 ? ' (a lost or deleted first segment?)' : ''}, and recovery needs them from seq ${from}`,
    );
  }
  // The journal hands out views into one reused read buffer: apply through a view of that
  // whole buffer so the engine keeps its cached DataView (no allocation per record).
  const n = from <= to ? journal.replay(from, apply, to) : 0;
  if (onEvents && engine.out.count > 0) onEvents(engine.out, engine.lastSeq);
  engine.out.clear();
  return fromArchive + n;
}
