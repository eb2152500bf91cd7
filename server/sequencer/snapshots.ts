/**
 * Engine-state snapshots: recovery = newest valid snapshot + the journal tail after its seq.
 * The journal is the source of truth, so a damaged snapshot is only skipped, never fatal: an
 * older one plus a longer tail gives the same state.
 *
 *   snap-00000000000000001234.bin
 *   0        4          8            16              24             28     32            36     40
 *   +--------+----------+------------+---------------+--------------+------+-------------+------+------------
 *   | 'BSNP' | version  | seq f64    | length f64    | crc32(payload)| 0    | crc32(0..31)| 0    | payload ...
 *   +--------+----------+------------+---------------+--------------+------+-------------+------+------------
 *
 * Written atomically: temporary file, fsync, rename, fsync of the directory.
 *
 * Two kinds share the format and the directory: engine snapshots (`snap-SEQ.bin`, the engine's
 * stateBytes) and MDP snapshots (`mdp-SEQ.bin`, the MDP's sections, mdp/state-io.ts), each named
 * by the input seq it reflects. `prefix` picks the kind (default: engine).
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { BourseError } from '../kernel/errors.ts';
import { crc32 } from '../kernel/crc32.ts';
import { fsyncDir, ioError, namesIn } from './files.ts';
import { pidAlive } from './journal-lock.ts';

export const SNAPSHOT_MAGIC = 0x504e5342; // 'BSNP' as little-endian bytes
export const SNAPSHOT_VERSION = 1;
export const SNAPSHOT_HEADER_BYTES = 40;
export type SnapshotKind = 'snap' | 'mdp' | 'gw';
/** Engine snapshots. */
export const ENGINE_SNAPSHOT: SnapshotKind = 'snap';
/** MDP snapshots. */
export const MDP_SNAPSHOT: SnapshotKind = 'mdp';
/** Order-entry gateway snapshots (`gw-SEQ.bin`, gateway/state.ts), at an engine snapshot's seq. */
export const GATEWAY_SNAPSHOT: SnapshotKind = 'gw';
const nameRe = (prefix: SnapshotKind) => new RegExp(`^${prefix}-(\\d{20})\\.bin$`);
const tmpRe = (prefix: SnapshotKind) => new RegExp(`^${prefix}-\\d{20}\\.bin\\.tmp-(\\d+)$`);

export function snapshotName(seq: number, prefix: SnapshotKind = ENGINE_SNAPSHOT): string {
  return `${prefix}-${String(seq).padStart(20, '0')}.bin`;
}

function writeAll(fd: number, bytes: Uint8Array, pos: number): number {
  let at = 0;
  while (at < bytes.length) at += fs.writeSync(fd, bytes, at, bytes.length - at, pos + at);
  return pos + at;
}

/** Writes `bytes` as the snapshot at `seq`, atomically and durably. Returns the final path. */
export function writeSnapshot(dir: string, seq: number, bytes: Uint8Array, prefix: SnapshotKind = ENGINE_SNAPSHOT): string {
  if (!Number.isSafeInteger(seq) || seq < 0) throw new BourseError('INVARIANT', `snapshot seq must be a safe integer >= 0, got ${seq}`);
  const name = snapshotName(seq, prefix);
  const path = join(dir, name);
  const tmp = join(dir, `${name}.tmp-${process.pid}`);
  const head = new Uint8Array(SNAPSHOT_HEADER_BYTES);
  const dv = new DataView(head.buffer);
  dv.setUint32(0, SNAPSHOT_MAGIC, true);
  dv.setUint32(4, SNAPSHOT_VERSION, true);
  dv.setFloat64(8, seq, true);
  dv.setFloat64(16, bytes.length, true);
  dv.setUint32(24, crc32(bytes), true);
  dv.setUint32(32, crc32(head, 0, 32), true);
  let fd = -1;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fd = fs.openSync(tmp, 'w');
    writeAll(fd, bytes, writeAll(fd, head, 0));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = -1;
    fs.renameSync(tmp, path);
    fsyncDir(dir);
    return path;
  } catch (e) {
    if (fd >= 0) fs.closeSync(fd);
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* not created or already renamed */
    }
    throw ioError(`write snapshot ${path}`, e);
  }
}

/**
 * Reads and checks one snapshot file. Throws SNAPSHOT_CORRUPT naming the problem. The payload is
 * a view at byte offset 40 of a fresh buffer (8-byte aligned, owned by the caller).
 */
export function readSnapshot(path: string): { seq: number; bytes: Uint8Array } {
  let buf: Uint8Array;
  try {
    const fd = fs.openSync(path, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      buf = new Uint8Array(size);
      let got = 0;
      while (got < size) {
        const n = fs.readSync(fd, buf, got, size - got, got);
        if (n === 0) break;
        got += n;
      }
      if (got < size) buf = buf.subarray(0, got);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    throw ioError(`read snapshot ${path}`, e);
  }
  const { seq, crc } = checkHeader(path, buf, buf.length);
  const bytes = buf.subarray(SNAPSHOT_HEADER_BYTES);
  if (crc32(bytes) !== crc) throw new BourseError('SNAPSHOT_CORRUPT', `${path}: payload crc mismatch`);
  return { seq, bytes };
}

/**
 * The header's checks, for a file of `fileBytes` bytes whose first bytes are in `head`: length,
 * header CRC, magic, version, and the payload length the file holds. Returns the seq and the
 * payload CRC it states. Throws SNAPSHOT_CORRUPT naming the problem.
 */
function checkHeader(path: string, head: Uint8Array, fileBytes: number): { seq: number; crc: number } {
  const bad = (why: string): never => {
    throw new BourseError('SNAPSHOT_CORRUPT', `${path}: ${why}`);
  };
  if (head.length < SNAPSHOT_HEADER_BYTES) bad(`file is ${fileBytes} bytes, shorter than the ${SNAPSHOT_HEADER_BYTES}-byte header`);
  const dv = new DataView(head.buffer, head.byteOffset, SNAPSHOT_HEADER_BYTES);
  if (dv.getUint32(32, true) !== crc32(head, 0, 32)) bad('header crc mismatch');
  if (dv.getUint32(0, true) !== SNAPSHOT_MAGIC) bad('bad magic');
  if (dv.getUint32(4, true) !== SNAPSHOT_VERSION) bad(`unsupported version ${dv.getUint32(4, true)}`);
  const length = dv.getFloat64(16, true);
  if (length !== fileBytes - SNAPSHOT_HEADER_BYTES) bad(`header says ${length} payload bytes, file holds ${fileBytes - SNAPSHOT_HEADER_BYTES}`);
  return { seq: dv.getFloat64(8, true), crc: dv.getUint32(24, true) };
}

/** Snapshot files in `dir`, newest first (missing dir: none). */
export function listSnapshots(dir: string, prefix: SnapshotKind = ENGINE_SNAPSHOT): { seq: number; path: string }[] {
  const out: { seq: number; path: string }[] = [];
  const re = nameRe(prefix);
  for (const n of namesIn(dir, 'snapshots')) {
    const m = re.exec(n);
    if (m) out.push({ seq: Number(m[1]), path: join(dir, n) });
  }
  return out.sort((a, b) => b.seq - a.seq);
}

/**
 * The newest valid snapshot with seq <= maxSeq. Damaged ones are skipped (listed with the reason
 * in `skipped`) and the next older one is used. undefined when there is none: replay from seq 1.
 */
export function latestSnapshot(dir: string, maxSeq: number = Infinity, prefix: SnapshotKind = ENGINE_SNAPSHOT): { seq: number; bytes: Uint8Array; path: string; skipped: string[] } | undefined {
  const skipped: string[] = [];
  for (const s of listSnapshots(dir, prefix)) {
    if (s.seq > maxSeq) continue;
    try {
      const r = readSnapshot(s.path);
      if (r.seq !== s.seq) throw new BourseError('SNAPSHOT_CORRUPT', `${s.path}: header says seq ${r.seq}, file name says ${s.seq}`);
      return { seq: s.seq, bytes: r.bytes, path: s.path, skipped };
    } catch (e) {
      skipped.push(e instanceof Error ? e.message : String(e));
    }
  }
  return undefined;
}

function rmNow(path: string): void {
  fs.rmSync(path, { force: true });
}

/**
 * Checks one snapshot file's header and length only (40 bytes read and a stat, whatever its size):
 * magic, version, header CRC, the seq its name says, and the payload length the file holds. Not
 * the payload's CRC: readSnapshot checks that when the snapshot is loaded. Throws SNAPSHOT_CORRUPT.
 */
export function checkSnapshotHeader(path: string, seq: number): void {
  const head = new Uint8Array(SNAPSHOT_HEADER_BYTES);
  let size = 0;
  let got = 0;
  try {
    const fd = fs.openSync(path, 'r');
    try {
      size = fs.fstatSync(fd).size;
      got = fs.readSync(fd, head, 0, SNAPSHOT_HEADER_BYTES, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    throw ioError(`read snapshot ${path}`, e);
  }
  const h = checkHeader(path, head.subarray(0, got), size);
  if (h.seq !== seq) throw new BourseError('SNAPSHOT_CORRUPT', `${path}: header says seq ${h.seq}, file name says ${seq}`);
}

/**
 * Keeps the newest `keep` VALID snapshots and deletes every older one. Damaged files newer than
 * the oldest kept one stay (evidence; latestSnapshot skips them). Leftover temporary files of dead
 * writers go too.
 *
 * `check` says how a kept file is known valid: 'full' reads it whole and checks its payload CRC
 * (readSnapshot); 'header' checks its header and length only (checkSnapshotHeader: O(1) in its
 * size). A thread that serves while it prunes large snapshots uses 'header' (the order-entry
 * gateway: 3 x 275 MB read and CRC'd took 4-12 s of its thread, docs/order-entry.md "FIX 4.4");
 * a payload damaged in place is still found where it matters, when the snapshot is loaded.
 * `remove` deletes one file (default: at once; the gateway passes an asynchronous one, as the
 * unlink of a 275 MB file took ~100 ms on a disk mounted with discard).
 */
export function pruneSnapshots(dir: string, keep: number, prefix: SnapshotKind = ENGINE_SNAPSHOT, check: 'full' | 'header' = 'full', remove: (path: string) => void = rmNow): void {
  if (!Number.isSafeInteger(keep) || keep < 0) throw new BourseError('INVARIANT', `pruneSnapshots keep must be an integer >= 0, got ${keep}`);
  let valid = 0;
  try {
    for (const s of listSnapshots(dir, prefix)) {
      if (valid >= keep) {
        remove(s.path);
        continue;
      }
      try {
        if (check === 'header') {
          checkSnapshotHeader(s.path, s.seq);
          valid++;
        } else if (readSnapshot(s.path).seq === s.seq) valid++;
      } catch (e) {
        if (!(e instanceof BourseError) || e.code !== 'SNAPSHOT_CORRUPT') throw e;
      }
    }
    const re = tmpRe(prefix);
    for (const n of fs.readdirSync(dir)) {
      const m = re.exec(n);
      if (m && !pidAlive(Number(m[1]))) remove(join(dir, n));
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw ioError(`prune snapshots in ${dir}`, e);
  }
}

/**
 * writeSnapshot for a payload given as chunks, written without blocking the calling thread (the
 * order-entry gateway's snapshot, whose resend windows make it large): same file, same header,
 * same atomic temporary file + fsync + rename + directory fsync. Resolves with the final path.
 */
export async function writeSnapshotAsync(dir: string, seq: number, chunks: readonly Uint8Array[], prefix: SnapshotKind, known?: { length: number; crc: number }, syncBytes = 0): Promise<string> {
  if (!Number.isSafeInteger(seq) || seq < 0) throw new BourseError('INVARIANT', `snapshot seq must be a safe integer >= 0, got ${seq}`);
  const name = snapshotName(seq, prefix);
  const path = join(dir, name);
  const tmp = join(dir, `${name}.tmp-${process.pid}`);
  // The payload's length and CRC, unless the caller computed them already (in slices: the gateway's snapshot).
  let length = known?.length ?? 0;
  let crc = known?.crc ?? 0;
  if (!known) {
    for (const c of chunks) {
      length += c.length;
      crc = crc32(c, 0, c.length, crc);
    }
  }
  const head = new Uint8Array(SNAPSHOT_HEADER_BYTES);
  const dv = new DataView(head.buffer);
  dv.setUint32(0, SNAPSHOT_MAGIC, true);
  dv.setUint32(4, SNAPSHOT_VERSION, true);
  dv.setFloat64(8, seq, true);
  dv.setFloat64(16, length, true);
  dv.setUint32(24, crc, true);
  dv.setUint32(32, crc32(head, 0, 32), true);
  let fh: fs.promises.FileHandle | undefined;
  try {
    await fs.promises.mkdir(dir, { recursive: true });
    fh = await fs.promises.open(tmp, 'w');
    let bytesWritten = 0;
    if (syncBytes > 0) {
      // In groups of syncBytes, each fdatasynced before the next is written: never more than one
      // group dirty, so the journal's fdatasync never queues behind the whole file's writeback.
      const f = fh;
      let group: Uint8Array[] = [head];
      let groupBytes = head.length;
      const flush = async () => {
        bytesWritten += (await f.writev(group)).bytesWritten;
        await f.datasync();
        group = [];
        groupBytes = 0;
      };
      for (const c of chunks) {
        for (let off = 0; off < c.length;) {
          const n = Math.min(c.length - off, syncBytes - groupBytes);
          group.push(c.subarray(off, off + n));
          groupBytes += n;
          off += n;
          if (groupBytes >= syncBytes) await flush();
        }
      }
      if (groupBytes > 0) await flush();
    } else {
      bytesWritten = (await fh.writev([head, ...chunks])).bytesWritten;
    }
    if (bytesWritten !== SNAPSHOT_HEADER_BYTES + length) throw new Error(`short write: ${bytesWritten} of ${SNAPSHOT_HEADER_BYTES + length} bytes`);
    await fh.sync();
    await fh.close();
    fh = undefined;
    await fs.promises.rename(tmp, path);
    fsyncDir(dir);
    return path;
  } catch (e) {
    await fh?.close().catch(() => undefined);
    await fs.promises.unlink(tmp).catch(() => undefined);
    throw ioError(`write snapshot ${path}`, e);
  }
}
