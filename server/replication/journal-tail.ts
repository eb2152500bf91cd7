/**
 * What replication needs of the journal beyond appending, done on its files while it is CLOSED
 * (the layout is docs/journal.md's; the Journal class stays append-only):
 *   - cut the tail after a seq (a deposed writer's records that never reached the log), after
 *     copying it to DATA/ha/quarantine/ so nothing is ever silently destroyed;
 *   - start an empty journal at seq N+1 (a node bootstrapped from a snapshot at N);
 *   - the "confirmed" watermark: the highest seq known to be in the replicated log, so that the
 *     reconciliation at start compares only what came after it.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { BourseError } from '../kernel/errors.ts';
import { crc32 } from '../kernel/crc32.ts';
import { Journal } from '../sequencer/journal.ts';
import { fsyncDir } from '../sequencer/files.ts';
import { SEGMENT_HEADER_BYTES, SEGMENT_MAGIC, SEGMENT_VERSION, FRAME_HEADER_BYTES } from '../sequencer/framing.ts';
import { listSegments, segmentName } from '../sequencer/segments.ts';
import { SNAPSHOT_DIR } from '../sequencer/recovery.ts';
import { listSnapshots, ENGINE_SNAPSHOT, MDP_SNAPSHOT, GATEWAY_SNAPSHOT } from '../sequencer/snapshots.ts';

/** First seq a journal directory can hold (1, or N+1 for one started at a snapshot). */
export function journalBase(dir: string): number {
  return listSegments(dir)[0]?.firstSeq ?? 1;
}

/**
 * Copies records fromSeq..toSeq of an open journal to `file` (raw records back to back, each
 * self-describing by its type byte and seq). For the quarantine of a cut tail.
 */
export function copyRecords(journal: Journal, fromSeq: number, toSeq: number, file: string): number {
  const fd = fs.openSync(file, 'w');
  try {
    const n = journal.replay(fromSeq, (rec) => {
      fs.writeSync(fd, rec);
    }, toSeq);
    fs.fsyncSync(fd);
    return n;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Cuts a CLOSED journal after `keepSeq`: later segments are deleted, the segment holding keepSeq
 * is truncated after its frame. Snapshots above keepSeq go too (they contain the cut inputs).
 * Refuses to cut below the journal's base (a journal started at a snapshot cannot go back).
 */
export function truncateJournal(dir: string, keepSeq: number): void {
  const segs = listSegments(dir);
  if (segs.length === 0) return;
  if (keepSeq < segs[0]!.firstSeq - 1) {
    throw new BourseError('HA_STREAM_GAP', `${dir} starts at seq ${segs[0]!.firstSeq}: cannot cut it back to ${keepSeq}; start this node from an empty data directory`);
  }
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i]!;
    if (s.firstSeq > keepSeq + 1 || (s.firstSeq === keepSeq + 1 && i > 0)) {
      fs.unlinkSync(s.path);
      continue;
    }
    const bytes = fs.readFileSync(s.path);
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = SEGMENT_HEADER_BYTES;
    let seq = s.firstSeq - 1;
    while (seq < keepSeq && at + FRAME_HEADER_BYTES <= bytes.length) {
      const len = dv.getUint32(at, true);
      if (len === 0 || at + FRAME_HEADER_BYTES + len > bytes.length) break;
      seq = dv.getFloat64(at + FRAME_HEADER_BYTES + 8, true);
      at += FRAME_HEADER_BYTES + len;
    }
    if (seq !== keepSeq) throw new BourseError('JOURNAL_SEQ_GAP', `${s.path}: seq ${keepSeq} not found while cutting (reached ${seq})`);
    const fd = fs.openSync(s.path, 'r+');
    try {
      fs.ftruncateSync(fd, at);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    break;
  }
  fsyncDir(dir);
  dropSnapshotsAbove(join(dir, SNAPSHOT_DIR), keepSeq);
}

export function dropSnapshotsAbove(snapDir: string, seq: number): void {
  // Every kind: an HA node with a gateway keeps engine, MDP and gateway snapshots (apps/runtime/ha-snapshots.ts).
  const above = [ENGINE_SNAPSHOT, MDP_SNAPSHOT, GATEWAY_SNAPSHOT].flatMap((k) => listSnapshots(snapDir, k)).filter((x) => x.seq > seq);
  for (const x of above) fs.rmSync(x.path, { force: true });
  if (above.length > 0) fsyncDir(snapDir);
}

/** Makes `dir` an empty journal whose next record is seq firstSeq (an empty segment says where it goes on). */
export function startJournalAt(dir: string, firstSeq: number): void {
  if (listSegments(dir).length > 0) throw new BourseError('INVARIANT', `${dir} already holds a journal`);
  fs.mkdirSync(dir, { recursive: true });
  const h = new Uint8Array(SEGMENT_HEADER_BYTES);
  const dv = new DataView(h.buffer);
  dv.setUint32(0, SEGMENT_MAGIC, true);
  dv.setUint32(4, SEGMENT_VERSION, true);
  dv.setFloat64(8, firstSeq, true);
  dv.setUint32(16, SEGMENT_HEADER_BYTES, true);
  dv.setUint32(28, crc32(h, 0, 28), true);
  const path = join(dir, segmentName(firstSeq));
  const fd = fs.openSync(path, 'wx');
  try {
    fs.writeSync(fd, h);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fsyncDir(dir);
}

// ------------------------------------------------------------------ confirmed watermark

export interface Confirmed {
  /** Highest Bourse seq known to be in the log at that position. */
  seq: number;
  /** The stream's creation time: a recreated stream voids the watermark. */
  streamCreated: string;
}

export function readConfirmed(haDir: string): Confirmed {
  try {
    const v = JSON.parse(fs.readFileSync(join(haDir, 'confirmed.json'), 'utf8')) as Confirmed;
    if (Number.isSafeInteger(v.seq) && v.seq >= 0 && typeof v.streamCreated === 'string') return v;
  } catch {
    /* missing or torn: compare everything */
  }
  return { seq: 0, streamCreated: '' };
}

/** Atomic replace; no fsync needed: a stale (lower) watermark only makes the next check longer. */
export function writeConfirmed(haDir: string, c: Confirmed): void {
  const path = join(haDir, 'confirmed.json');
  const tmp = `${path}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(c));
  fs.renameSync(tmp, path);
}
