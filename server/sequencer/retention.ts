/**
 * Disk budget for a running journal (`bourse start --retain`, docs/journal.md "Retention"):
 * closed segments that no recovery needs any more (every seq in them is at or below the engine
 * snapshot that the newest MDP snapshot pairs with) are compressed into `archive/` or deleted.
 *
 *   keep              nothing is removed (the journal grows ~68 bytes per input)
 *   prune             such segments are deleted (the journal starts after them)
 *   archive[:SIZE]    such segments become archive/NNN.seg.gz (gzip, ~3x smaller); beyond SIZE
 *                     (e.g. 2GB, 500MB) the oldest archives are deleted
 *
 * `bourse replay` reads archive/ for the seqs the live segments no longer hold. Runs on the main
 * thread, asynchronously (zlib on the thread pool), never on the core's or the MDP's thread; it
 * touches only segments that have a successor, which the writer never writes again.
 */
import * as fs from 'node:fs';
import { promisify } from 'node:util';
import { gzip, gunzipSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { BourseError } from '../kernel/errors.ts';
import { ioError, namesIn } from './files.ts';
import { listSegments, SEAL_SUFFIX } from './segments.ts';
import { FRAME_HEADER_BYTES, SEGMENT_HEADER_BYTES, SEQ_OFF, frameCrcOk, headerProblem, validRecordLen } from './framing.ts';
import { listSnapshots, readSnapshot, ENGINE_SNAPSHOT, MDP_SNAPSHOT } from './snapshots.ts';

const gzipAsync = promisify(gzip);

export const ARCHIVE_DIR = 'archive';
const ARCHIVE_RE = /^(\d{20})\.seg\.gz$/;

export interface RetainPolicy {
  readonly mode: 'keep' | 'prune' | 'archive';
  /** archive: the archive's byte budget (0: unbounded). */
  readonly maxArchiveBytes: number;
}

const UNITS: Record<string, number> = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };

/** `keep`, `prune`, `archive` or `archive:SIZE` (SIZE = a number with B, KB, MB, GB or TB). */
export function parseRetain(spec: string): RetainPolicy {
  const bad = (why: string): never => {
    throw new BourseError('RETAIN_BAD_POLICY', `--retain ${JSON.stringify(spec.slice(0, 40))}: ${why} (keep, prune, archive or archive:SIZE such as archive:2GB)`);
  };
  if (spec === 'keep' || spec === 'prune') return Object.freeze({ mode: spec, maxArchiveBytes: 0 });
  const m = /^archive(?::(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB))?$/i.exec(spec);
  if (!m) return bad('unknown policy');
  const bytes = m[1] ? Number(m[1]) * UNITS[m[2]!.toUpperCase()]! : 0;
  if (m[1] && !(bytes >= 1e6)) bad('an archive budget below 1MB holds not even one segment');
  return Object.freeze({ mode: 'archive', maxArchiveBytes: Math.floor(bytes) });
}

/**
 * The highest seq no recovery of this journal needs: the engine snapshot that the newest valid
 * MDP snapshot pairs with (the newest valid engine snapshot at or below it). 0 when there is none.
 */
export function retainedFrom(journalDir: string): number {
  const dir = join(journalDir, 'snapshots');
  for (const m of listSnapshots(dir, MDP_SNAPSHOT)) {
    try {
      readSnapshot(m.path);
    } catch {
      continue;
    }
    for (const e of listSnapshots(dir, ENGINE_SNAPSHOT)) {
      if (e.seq > m.seq) continue;
      try {
        readSnapshot(e.path);
        return e.seq;
      } catch {
        /* the next older one */
      }
    }
    return 0;
  }
  return 0;
}

export interface RetainResult {
  archived: number;
  pruned: number;
  /** Archives deleted to keep the budget. */
  dropped: number;
  bytesFreed: number;
}

/** Applies `policy` once to the closed segments wholly at or below `retainedFrom(journalDir)`. */
export async function applyRetention(journalDir: string, policy: RetainPolicy): Promise<RetainResult> {
  const res: RetainResult = { archived: 0, pruned: 0, dropped: 0, bytesFreed: 0 };
  if (policy.mode === 'keep') return res;
  const safe = retainedFrom(journalDir);
  const segs = listSegments(journalDir);
  const archive = join(journalDir, ARCHIVE_DIR);
  for (let i = 0; i + 1 < segs.length; i++) {
    const s = segs[i]!;
    const lastSeq = segs[i + 1]!.firstSeq - 1;
    if (lastSeq > safe) break;
    try {
      const size = fs.statSync(s.path).size;
      if (policy.mode === 'archive') {
        const gz = await gzipAsync(await fs.promises.readFile(s.path), { level: constants.Z_BEST_SPEED });
        fs.mkdirSync(archive, { recursive: true });
        const tmp = join(archive, `${s.name}.gz.tmp-${process.pid}`);
        const fd = fs.openSync(tmp, 'w');
        try {
          fs.writeSync(fd, gz);
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
        fs.renameSync(tmp, join(archive, `${s.name}.gz`));
        res.archived++;
        res.bytesFreed += size - gz.length;
      } else {
        res.pruned++;
        res.bytesFreed += size;
      }
      fs.rmSync(s.path + SEAL_SUFFIX, { force: true });
      fs.rmSync(s.path, { force: true });
    } catch (e) {
      throw ioError(`${policy.mode} segment ${s.path}`, e);
    }
  }
  if (policy.mode === 'archive' && policy.maxArchiveBytes > 0) {
    const files = listArchive(archive).map((a) => ({ ...a, size: fs.statSync(a.path).size }));
    let total = files.reduce((n, f) => n + f.size, 0);
    for (const f of files) {
      if (total <= policy.maxArchiveBytes) break;
      fs.rmSync(f.path, { force: true });
      total -= f.size;
      res.dropped++;
      res.bytesFreed += f.size;
    }
  }
  return res;
}

/** Archived segments, oldest first. */
export function listArchive(archiveDir: string): { name: string; firstSeq: number; path: string }[] {
  return namesIn(archiveDir, 'archived segments').filter((n) => ARCHIVE_RE.test(n)).sort()
    .map((name) => ({ name, firstSeq: Number(ARCHIVE_RE.exec(name)![1]), path: join(archiveDir, name) }));
}

/**
 * Replays archived records `from..to` (read-only: decompresses in memory, one segment at a time,
 * checking header, lengths, seqs and CRCs as the journal does). Returns the records handed to
 * `cb`. JOURNAL_SEQ_GAP when the archive does not hold `from` or has a hole before `to`.
 */
export function replayArchive(archiveDir: string, from: number, to: number, cb: (rec: Uint8Array, seq: number) => void): number {
  const files = listArchive(archiveDir);
  let expect = from;
  let count = 0;
  for (let i = 0; i < files.length && expect <= to; i++) {
    const f = files[i]!;
    const next = files[i + 1]?.firstSeq ?? Infinity;
    if (next <= expect) continue; // wholly before `from`
    if (f.firstSeq > expect) break;
    let raw: Uint8Array;
    try {
      raw = gunzipSync(fs.readFileSync(f.path));
    } catch (e) {
      throw new BourseError('JOURNAL_CORRUPT', `${f.path}: cannot be decompressed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    const buf = raw.byteOffset % 8 === 0 ? raw : raw.slice();
    const u32 = new Uint32Array(buf.buffer, buf.byteOffset, buf.byteLength >> 2);
    const f64 = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength >> 3);
    const hp = headerProblem(buf.subarray(0, SEGMENT_HEADER_BYTES), f.firstSeq);
    if (hp.problem) throw new BourseError('JOURNAL_CORRUPT', `${f.path}: byte 0: ${hp.problem}`);
    let seq = f.firstSeq;
    for (let at = SEGMENT_HEADER_BYTES; at < buf.length && seq <= to; at += FRAME_HEADER_BYTES + u32[at >> 2]!) {
      const len = u32[at >> 2]!;
      const payload = at + FRAME_HEADER_BYTES;
      if (!validRecordLen(len) || payload + len > buf.length || !frameCrcOk(buf, u32, payload, len)) {
        throw new BourseError('JOURNAL_CORRUPT', `${f.path}: byte ${at}: expected seq ${seq}: bad frame (archive)`);
      }
      const got = f64[(payload + SEQ_OFF) >> 3]!;
      if (got !== seq) throw new BourseError('JOURNAL_SEQ_GAP', `${f.path}: byte ${at}: found seq ${got}, expected ${seq} (archive)`);
      if (seq >= expect) {
        cb(buf.subarray(payload, payload + len), seq);
        count++;
        expect = seq + 1;
      }
      seq++;
    }
  }
  if (expect <= to) throw new BourseError('JOURNAL_SEQ_GAP', `${archiveDir}: the archive does not hold seq ${expect}${to > expect ? `..${to}` : ''}`);
  return count;
}
