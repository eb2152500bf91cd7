/**
 * The durable journal: append-only segment files of CRC-framed command records, group-committed
 * with one write + fdatasync per batch. The source of truth; layout, diagrams and recovery rules
 * in docs/journal.md. The only hot-core file allowed node:fs (with snapshots.ts).
 *
 *   NNNNNNNNNNNNNNNNNNNN.seg = [32-byte header][u32 len | u32 crc32(payload) | payload]...
 *   header: 0 magic 'BJNL' | 4 version u32 | 8 firstSeq f64 | 16 headerBytes u32 | 28 crc32(0..27)
 *
 * Payload lengths are multiples of 8: every payload is 8-byte aligned in files and read buffers.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { BourseError } from '../kernel/errors.ts';
import { crc32 } from '../kernel/crc32.ts';
import { cmdSize, CmdOff } from '../engine/commands.ts';

export const SEGMENT_MAGIC = 0x4c4e4a42; // 'BJNL' as little-endian bytes
export const SEGMENT_VERSION = 1;
export const SEGMENT_HEADER_BYTES = 32;
export const FRAME_HEADER_BYTES = 8;
/** A payload must hold at least type..time (bytes 0..23); the cap bounds what a bad length can claim. */
export const MIN_RECORD_BYTES = 24;
export const MAX_RECORD_BYTES = 4096;
export const DEFAULT_SEGMENT_BYTES = 64 * 1024 * 1024;
export const LOCK_FILE = 'journal.lock';
const SEQ_OFF = CmdOff.seq;
const READ_CHUNK = 1 << 20;
const SEG_RE = /^(\d{20})\.seg$/;

export interface JournalOptions {
  dir: string;
  segmentBytes?: number; // default 64 MiB
  fsync?: boolean; // default true; false only for benchmarks and tests
}
export interface JournalRecovery {
  segments: number;
  records: number;
  truncatedBytes: number;
  firstSeq: number;
  lastSeq: number;
}
export interface SegmentInfo {
  readonly name: string;
  readonly path: string;
  firstSeq: number;
  lastSeq: number; // firstSeq - 1 while empty
  bytes: number; // committed size of the file, header included
}

export function segmentName(firstSeq: number): string {
  return `${String(firstSeq).padStart(20, '0')}.seg`;
}

/** Wraps a node:fs failure as JOURNAL_IO naming what was being done; BourseErrors pass through. */
export function ioError(what: string, e: unknown): BourseError {
  if (e instanceof BourseError) return e;
  return new BourseError('JOURNAL_IO', `${what}: ${e instanceof Error ? e.message : String(e)}`);
}

function validRecordLen(len: number): boolean {
  return len >= MIN_RECORD_BYTES && len <= MAX_RECORD_BYTES && (len & 7) === 0;
}

function writeHeader(buf: Uint8Array, firstSeq: number): void {
  const dv = new DataView(buf.buffer, buf.byteOffset, SEGMENT_HEADER_BYTES);
  buf.fill(0, 0, SEGMENT_HEADER_BYTES);
  dv.setUint32(0, SEGMENT_MAGIC, true);
  dv.setUint32(4, SEGMENT_VERSION, true);
  dv.setFloat64(8, firstSeq, true);
  dv.setUint32(16, SEGMENT_HEADER_BYTES, true);
  dv.setUint32(28, crc32(buf, 0, 28), true);
}

/**
 * Why a header is unusable ('' when it is good and names `firstSeq`). `torn` marks what an
 * interrupted first write leaves (short file, CRC mismatch); a whole header that says something
 * else (another version, another seq) is never torn and never deleted.
 */
function headerProblem(h: Uint8Array, firstSeq: number): { problem: string; torn: boolean } {
  if (h.length < SEGMENT_HEADER_BYTES) return { problem: `file is ${h.length} bytes, shorter than the header`, torn: true };
  const dv = new DataView(h.buffer, h.byteOffset, SEGMENT_HEADER_BYTES);
  if (dv.getUint32(28, true) !== crc32(h, 0, 28)) return { problem: 'header crc mismatch', torn: true };
  let problem = '';
  if (dv.getUint32(0, true) !== SEGMENT_MAGIC) problem = 'bad magic';
  else if (dv.getUint32(4, true) !== SEGMENT_VERSION) problem = `unsupported version ${dv.getUint32(4, true)}`;
  else if (dv.getUint32(16, true) !== SEGMENT_HEADER_BYTES) problem = 'bad header size';
  else if (dv.getFloat64(8, true) !== firstSeq) problem = `header names first seq ${dv.getFloat64(8, true)}, file name says ${firstSeq}`;
  return { problem, torn: false };
}

/**
 * Streams frames out of one segment through a reusable 1 MiB buffer (a partial frame at the end
 * of a chunk moves to the front). next() allocates nothing; the frame is described by fields.
 */
class FrameReader {
  readonly buf = new Uint8Array(READ_CHUNK);
  readonly u32 = new Uint32Array(this.buf.buffer);
  readonly f64 = new Float64Array(this.buf.buffer);
  busy = false;
  private fd = -1;
  private base = 0; // file offset of buf[0]
  private have = 0; // valid bytes in buf
  private p = 0; // cursor: start of the next frame in buf
  private end = 0; // file offset where data ends
  // the frame found by next()
  len = 0;
  payload = 0; // index of the payload in buf
  frameOff = 0; // file offset of the frame (or of the bad frame)
  problem = '';

  start(fd: number, from: number, end: number): void {
    this.fd = fd;
    this.base = from;
    this.have = 0;
    this.p = 0;
    this.end = end;
  }

  /** 1: a whole frame (CRC not yet checked), 0: clean end, -1: bad frame (problem, frameOff). */
  next(): number {
    for (;;) {
      const p = this.p;
      const avail = this.have - p;
      if (avail >= FRAME_HEADER_BYTES) {
        const len = this.u32[p >> 2]!;
        if (!validRecordLen(len)) return this.bad(len === 0 ? 'zero length (unwritten space)' : `bad length ${len}`);
        if (avail >= FRAME_HEADER_BYTES + len) {
          this.len = len;
          this.payload = p + FRAME_HEADER_BYTES;
          this.frameOff = this.base + p;
          this.p = p + FRAME_HEADER_BYTES + len;
          return 1;
        }
      }
      if (!this.fill()) {
        if (avail === 0) return 0;
        return this.bad(avail < FRAME_HEADER_BYTES ? `partial frame header (${avail} bytes)` : 'frame runs past the end of the file');
      }
    }
  }

  crcOk(): boolean {
    return crc32(this.buf, this.payload, this.payload + this.len) === this.u32[(this.payload >> 2) - 1];
  }

  seq(): number {
    return this.f64[(this.payload + SEQ_OFF) >> 3]!;
  }

  private bad(problem: string): number {
    this.problem = problem;
    this.frameOff = this.base + this.p;
    return -1;
  }

  private fill(): boolean {
    const keep = this.have - this.p;
    const at = this.base + this.have;
    if (at >= this.end) return false;
    if (this.p > 0) {
      this.buf.copyWithin(0, this.p, this.have);
      this.base += this.p;
      this.p = 0;
      this.have = keep;
    }
    const want = Math.min(this.buf.length - this.have, this.end - at);
    const got = readFully(this.fd, this.buf, this.have, want, at);
    if (got < want) this.end = this.base + this.have + got; // file shorter than expected
    this.have += got;
    return got > 0;
  }
}

/** Reads up to `len` bytes at file offset `pos`; fewer only at end of file. */
function readFully(fd: number, buf: Uint8Array, off: number, len: number, pos: number): number {
  let got = 0;
  try {
    while (got < len) {
      const n = fs.readSync(fd, buf, off + got, len - got, pos + got);
      if (n === 0) break;
      got += n;
    }
  } catch (e) {
    throw ioError(`read at byte ${pos + got}`, e);
  }
  return got;
}

/** First frame after `from` (8-byte steps) that would pass: sane length, CRC, seq > afterSeq. */
function findValidFrame(fd: number, from: number, size: number, afterSeq: number): { off: number; seq: number } | undefined {
  const n = size - from;
  if (n <= FRAME_HEADER_BYTES) return undefined;
  const buf = new Uint8Array((n + 7) & ~7);
  const got = readFully(fd, buf, 0, n, from);
  const u32 = new Uint32Array(buf.buffer);
  const f64 = new Float64Array(buf.buffer);
  for (let q = FRAME_HEADER_BYTES; q + FRAME_HEADER_BYTES + MIN_RECORD_BYTES <= got; q += 8) {
    const len = u32[q >> 2]!;
    if (!validRecordLen(len) || q + FRAME_HEADER_BYTES + len > got) continue;
    if (crc32(buf, q + 8, q + 8 + len) !== u32[(q >> 2) + 1]) continue;
    const seq = f64[(q + 8 + SEQ_OFF) >> 3]!;
    if (Number.isSafeInteger(seq) && seq > afterSeq) return { off: from + q, seq };
  }
  return undefined;
}

const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException).code;

/** Makes a directory entry (a created, renamed or removed file) durable. */
export function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Unlinks `path`; a missing file is fine, any other error is thrown. */
function unlinkIfThere(path: string): void {
  try {
    fs.unlinkSync(path);
  } catch (e) {
    if (errno(e) !== 'ENOENT') throw e;
  }
}

export function pidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errno(e) === 'EPERM';
  }
}

let lockTmpCounter = 0;

/** The pid in a lock file; 0 when the file is gone or holds no pid. */
function lockPid(lockPath: string): number {
  try {
    const pid = Number(fs.readFileSync(lockPath, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : 0;
  } catch (e) {
    if (errno(e) === 'ENOENT') return 0;
    throw e;
  }
}

/**
 * Exclusive lock: the lock file is written complete under a temporary name, then hard-linked to
 * `journal.lock`. link() fails with EEXIST exactly like open(O_CREAT|O_EXCL), and no reader ever
 * sees a half-written pid. A lock whose pid is dead is stale and taken over.
 */
function acquireLock(dir: string): string {
  const lockPath = join(dir, LOCK_FILE);
  const tmp = join(dir, `.${LOCK_FILE}.${process.pid}.${++lockTmpCounter}`);
  try {
    fs.writeFileSync(tmp, `${process.pid}\n`);
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        fs.linkSync(tmp, lockPath);
        return lockPath;
      } catch (e) {
        if (errno(e) !== 'EEXIST') throw e;
      }
      const pid = lockPid(lockPath);
      if (pid > 0 && pidAlive(pid)) {
        throw new BourseError('JOURNAL_LOCKED', `${lockPath} is held by live process ${pid}${pid === process.pid ? ' (this process)' : ''}`);
      }
      unlinkIfThere(lockPath); // stale (its owner died without closing) or released meanwhile
    }
    throw new BourseError('JOURNAL_LOCKED', `${lockPath}: lost the race for the lock 5 times`);
  } catch (e) {
    throw ioError(`lock ${lockPath}`, e);
  } finally {
    unlinkIfThere(tmp);
  }
}

function releaseLock(lockPath: string): void {
  try {
    if (lockPid(lockPath) === process.pid) fs.unlinkSync(lockPath);
  } catch {
    /* unreadable or gone: nothing of ours to release */
  }
}

export class Journal {
  readonly dir: string;
  readonly recovery: JournalRecovery;
  private readonly segmentBytes: number;
  private readonly fsync: boolean;
  private readonly segments: SegmentInfo[];
  private readonly lockPath: string;
  private readonly reader: FrameReader;
  private fd: number; // current segment, opened for writing
  private batch = new Uint8Array(1 << 20);
  private batchU32 = new Uint32Array(this.batch.buffer);
  private batchF64 = new Float64Array(this.batch.buffer);
  private batchPos = SEGMENT_HEADER_BYTES; // bytes 0..31 hold a header when the commit starts a segment
  private batchCount = 0;
  private appended = 0;
  private written = 0; // in the segment file (page cache): readable, durable once synced
  private durable = 0;
  private syncing = false; // an fdatasync runs in libuv's pool (syncAsync)
  private readonly retired: number[] = []; // old segment fds, closed once no sync can be using them
  private failed = '';
  private closed = false;

  private constructor(o: { dir: string; segmentBytes: number; fsync: boolean; lockPath: string; reader: FrameReader } & Recovered) {
    this.dir = o.dir;
    this.segmentBytes = o.segmentBytes;
    this.fsync = o.fsync;
    this.lockPath = o.lockPath;
    this.reader = o.reader;
    this.segments = o.segments;
    this.recovery = o.recovery;
    this.fd = o.lastFd;
    this.appended = this.written = this.durable = o.recovery.lastSeq;
  }

  /** Creates the directory, takes the lock, validates every segment and truncates a torn tail. */
  static open(opts: JournalOptions): Journal {
    const dir = opts.dir;
    const segmentBytes = opts.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
    const fsync = opts.fsync ?? true;
    if (typeof dir !== 'string' || dir === '') throw new BourseError('INVARIANT', 'journal dir must be a non-empty path');
    if (!Number.isSafeInteger(segmentBytes) || segmentBytes < 4096) throw new BourseError('INVARIANT', `journal segmentBytes must be an integer >= 4096, got ${segmentBytes}`);
    let created: string | undefined; // the first directory mkdir made, if any
    try {
      created = fs.mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw ioError(`create ${dir}`, e);
    }
    const lockPath = acquireLock(dir);
    try {
      if (created !== undefined && fsync) fsyncDir(join(dir, '..'));
      const reader = new FrameReader();
      return new Journal({ dir, segmentBytes, fsync, lockPath, reader, ...recover(dir, reader, fsync) });
    } catch (e) {
      releaseLock(lockPath);
      throw ioError(`open journal ${dir}`, e);
    }
  }

  /** Last appended seq (0 when empty). */
  get lastSeq(): number {
    return this.appended;
  }

  /** Last seq written to the segment file (readable by replay; durable once synced). */
  get writtenSeq(): number {
    return this.written;
  }

  /** Last committed seq: written and, with fsync, on stable storage. */
  get durableSeq(): number {
    return this.durable;
  }

  /** Records appended but not yet committed. */
  get pending(): number {
    return this.batchCount;
  }

  /** The segments, oldest first (a copy, for tools). */
  segmentList(): SegmentInfo[] {
    return this.segments.map((s) => ({ ...s }));
  }

  /**
   * Copies one record into the batch. Its length is cmdSize(rec[0]) (rec may be longer: the tail
   * is ignored); its seq must be lastSeq + 1. Nothing is written until commit().
   */
  append(rec: Uint8Array): void {
    if (this.failed || this.closed) this.refuse();
    const size = cmdSize(rec[0]!);
    if (rec.length < size) throw new BourseError('INVARIANT', `journal record of type ${rec[0]} needs ${size} bytes, got ${rec.length}`);
    const p = this.batchPos;
    if (p + FRAME_HEADER_BYTES + size > this.batch.length) this.grow(p + FRAME_HEADER_BYTES + size);
    const b = this.batch;
    b.set(rec.length === size ? rec : rec.subarray(0, size), p + FRAME_HEADER_BYTES);
    const seq = this.batchF64[(p + FRAME_HEADER_BYTES + SEQ_OFF) >> 3]!;
    if (seq !== this.appended + 1) {
      throw new BourseError('JOURNAL_SEQ_GAP', `append of seq ${seq} to ${this.dir}: expected ${this.appended + 1}`);
    }
    this.batchU32[p >> 2] = size;
    this.batchU32[(p >> 2) + 1] = crc32(b, p + FRAME_HEADER_BYTES, p + FRAME_HEADER_BYTES + size);
    this.batchPos = p + FRAME_HEADER_BYTES + size;
    this.batchCount++;
    this.appended = seq;
  }

  /**
   * Group commit: one write of the whole batch, then fdatasync (and a directory fsync when a new
   * segment was created). Returns the number of records committed. After an I/O error the journal
   * refuses all further work: what reached the disk is unknown until the next open recovers it.
   */
  commit(): number {
    const n = this.write();
    if (this.written > this.durable) {
      try {
        if (this.fsync) fs.fdatasyncSync(this.fd);
      } catch (e) {
        this.fail(e);
      }
      this.durable = this.written;
    }
    return n;
  }

  /**
   * The first half of a commit: one write of the batch into the segment file, no waiting for the
   * disk. The records are readable at once (replay) and durable after the next commit() or
   * syncAsync() that covers them. A write that starts a new segment first syncs the old one.
   */
  write(): number {
    if (this.failed || this.closed) this.refuse();
    const n = this.batchCount;
    if (n === 0) return 0;
    const dataBytes = this.batchPos - SEGMENT_HEADER_BYTES;
    let cur = this.segments[this.segments.length - 1];
    let from = SEGMENT_HEADER_BYTES;
    try {
      if (this.fd < 0 || (cur!.bytes + dataBytes > this.segmentBytes && cur!.lastSeq >= cur!.firstSeq)) {
        if (this.fd >= 0) {
          if (this.fsync && this.written > this.durable) fs.fdatasyncSync(this.fd);
          this.durable = this.written;
          if (this.syncing) this.retired.push(this.fd); // an async sync may still use it
          else fs.closeSync(this.fd);
        }
        this.fd = -1;
        const firstSeq = this.written + 1;
        const name = segmentName(firstSeq);
        cur = { name, path: join(this.dir, name), firstSeq, lastSeq: firstSeq - 1, bytes: 0 };
        this.fd = fs.openSync(cur.path, 'wx');
        this.segments.push(cur);
        writeHeader(this.batch, firstSeq);
        from = 0;
        if (this.fsync) fsyncDir(this.dir); // the new file's name is durable before any record in it
      }
      const seg = cur!;
      let at = from;
      let pos = seg.bytes;
      while (at < this.batchPos) {
        const w = fs.writeSync(this.fd, this.batch, at, this.batchPos - at, pos);
        at += w;
        pos += w;
      }
      seg.bytes = pos;
      seg.lastSeq = this.appended;
    } catch (e) {
      this.fail(e, cur?.path);
    }
    this.written = this.appended;
    if (!this.fsync) this.durable = this.written;
    this.batchPos = SEGMENT_HEADER_BYTES;
    this.batchCount = 0;
    return n;
  }

  /**
   * The second half, off the event loop: fdatasync in libuv's thread pool, one at a time. Returns
   * false (and does nothing) while one runs: the caller asks again from its callback, and that
   * sync covers everything written meanwhile. `done(err, durableSeq)` runs on the event loop; an
   * error fails the journal like a failed commit().
   */
  syncAsync(done: (err: BourseError | null, durableSeq: number) => void): boolean {
    if (this.failed || this.closed) this.refuse();
    if (this.syncing) return false;
    const target = this.written;
    if (target <= this.durable) return false;
    this.syncing = true;
    const path = this.segments[this.segments.length - 1]!.path;
    fs.fdatasync(this.fd, (e) => {
      this.syncing = false;
      while (this.retired.length > 0) fs.close(this.retired.pop()!, () => undefined);
      if (this.closed) return; // close() synced synchronously
      if (e && !this.failed) this.failed = `fdatasync of ${path} failed: ${e.message}`;
      if (this.failed) return done(new BourseError('JOURNAL_IO', this.failed), this.durable);
      if (target > this.durable) this.durable = target;
      done(null, this.durable);
    });
    return true;
  }

  private fail(e: unknown, path?: string): never {
    this.failed = `commit to ${path ?? this.segments[this.segments.length - 1]?.path ?? this.dir} failed: ${e instanceof Error ? e.message : String(e)}`;
    throw new BourseError('JOURNAL_IO', this.failed);
  }

  /**
   * Calls cb for every committed record with fromSeq <= seq <= toSeq, in order, re-checking CRCs
   * and contiguity. `rec` is a view into a reused read buffer: valid during the callback only.
   * Streams 1 MiB at a time. Returns the number of records delivered.
   */
  replay(fromSeq: number, cb: (rec: Uint8Array, seq: number) => void, toSeq: number = Infinity): number {
    if (this.closed) this.refuse();
    if (Number.isNaN(fromSeq) || Number.isNaN(toSeq)) throw new BourseError('INVARIANT', `replay range ${fromSeq}..${toSeq} is not a number`);
    const hi = Math.min(toSeq, this.written);
    const segs = this.segments;
    if (fromSeq > hi || segs.length === 0) return 0;
    let i = segs.length - 1; // last segment starting at or before fromSeq
    while (i > 0 && segs[i]!.firstSeq > fromSeq) i--;
    const r = this.reader.busy ? new FrameReader() : this.reader; // a callback may replay too
    r.busy = true;
    let count = 0;
    try {
      for (; i < segs.length; i++) {
        const s = segs[i]!;
        if (s.firstSeq > hi) break;
        if (s.lastSeq < s.firstSeq) continue;
        const bytes = s.bytes; // committed size now; a commit from the callback cannot move it under us
        const fd = openFile(s.path, 'r');
        try {
          r.start(fd, SEGMENT_HEADER_BYTES, bytes);
          let expect = s.firstSeq;
          for (;;) {
            const k = r.next();
            if (k === 0) break;
            if (k < 0) throw new BourseError('JOURNAL_CORRUPT', `${s.path}: byte ${r.frameOff}: expected seq ${expect}: ${r.problem} (found during replay)`);
            const seq = r.seq();
            if (seq !== expect) throw new BourseError('JOURNAL_SEQ_GAP', `${s.path}: byte ${r.frameOff}: found seq ${seq}, expected ${expect} (during replay)`);
            expect++;
            if (seq < fromSeq) continue; // skipping up to fromSeq: lengths and seqs only
            if (seq > hi) return count;
            if (!r.crcOk()) throw new BourseError('JOURNAL_CORRUPT', `${s.path}: byte ${r.frameOff}: seq ${seq}: crc mismatch (found during replay)`);
            cb(r.buf.subarray(r.payload, r.payload + r.len), seq);
            count++;
          }
        } finally {
          fs.closeSync(fd);
        }
      }
      return count;
    } finally {
      r.busy = false;
    }
  }

  /** Commits what is pending (unless the journal failed), closes the segment and releases the lock. */
  close(): void {
    if (this.closed) return;
    try {
      if (!this.failed && (this.batchCount > 0 || this.written > this.durable)) this.commit();
    } finally {
      this.closed = true;
      const fd = this.fd;
      this.fd = -1;
      releaseLock(this.lockPath);
      // An async sync still running on one of these fds ends with EBADF, ignored: we synced above.
      for (const r of this.retired.splice(0)) fs.closeSync(r);
      if (fd >= 0) fs.closeSync(fd); // cannot fail for an open fd; if it does, the lock is gone already
    }
  }

  private refuse(): never {
    throw new BourseError('JOURNAL_IO', this.closed ? `journal ${this.dir} is closed` : this.failed);
  }

  private grow(need: number): void {
    let size = this.batch.length * 2;
    while (size < need) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.batch.subarray(0, this.batchPos));
    this.batch = b;
    this.batchU32 = new Uint32Array(b.buffer);
    this.batchF64 = new Float64Array(b.buffer);
  }
}

function openFile(path: string, flags: string): number {
  try {
    return fs.openSync(path, flags);
  } catch (e) {
    throw ioError(`open ${path}`, e);
  }
}

interface Recovered {
  segments: SegmentInfo[];
  recovery: JournalRecovery;
  lastFd: number; // the newest segment, open for writing (-1: the next commit starts one)
}

/** The file names in `dir`; none when it is missing; any other failure is JOURNAL_IO naming `what`. */
export function namesIn(dir: string, what: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw ioError(`list ${what} in ${dir}`, e);
  }
}

/** The segment files of a journal directory, oldest first (by name: their first seq); none when it is missing. */
export function listSegments(dir: string): { name: string; firstSeq: number; path: string }[] {
  return namesIn(dir, 'segments').filter((n) => SEG_RE.test(n)).sort().map((name) => ({ name, firstSeq: Number(SEG_RE.exec(name)![1]), path: join(dir, name) }));
}

/** Validates every segment in order; truncates a torn tail of the last one. */
function recover(dir: string, r: FrameReader, fsync: boolean): Recovered {
  const names = listSegments(dir).map((s) => s.name);
  const segments: SegmentInfo[] = [];
  let truncatedBytes = 0;
  let records = 0;
  let prevLast = 0;
  let lastFd = -1;
  for (let idx = 0; idx < names.length; idx++) {
    const name = names[idx]!;
    const path = join(dir, name);
    const isLast = idx === names.length - 1;
    const firstSeq = Number(SEG_RE.exec(name)![1]);
    if (!Number.isSafeInteger(firstSeq) || firstSeq < 1) throw new BourseError('JOURNAL_CORRUPT', `${path}: byte 0: seq ${firstSeq}: segment name is not a valid first seq`);
    if (idx > 0 && firstSeq !== prevLast + 1) {
      throw new BourseError('JOURNAL_SEQ_GAP', `${path}: byte 0: segment starts at seq ${firstSeq}, previous segment ends at ${prevLast}`);
    }
    const fd = openFile(path, isLast ? 'r+' : 'r');
    let keepFd = false;
    try {
      const size = fs.fstatSync(fd).size;
      const head = new Uint8Array(Math.min(size, SEGMENT_HEADER_BYTES));
      readFully(fd, head, 0, head.length, 0);
      const hp = headerProblem(head, firstSeq);
      if (hp.problem) {
        const after = isLast && hp.torn ? findValidFrame(fd, 0, size, 0) : undefined;
        if (!isLast || !hp.torn || after) {
          const why = after ? `; a valid frame with seq ${after.seq} follows at byte ${after.off}` : isLast ? '' : '; segment is not the last one';
          throw new BourseError('JOURNAL_CORRUPT', `${path}: byte 0: seq ${firstSeq}: ${hp.problem}${why}`);
        }
        fs.closeSync(fd); // torn creation of the newest segment: nothing committed is in it
        keepFd = true; // already closed
        fs.unlinkSync(path);
        if (fsync) fsyncDir(dir);
        truncatedBytes += size;
        break;
      }
      r.start(fd, SEGMENT_HEADER_BYTES, size);
      let expect = firstSeq;
      let goodEnd = SEGMENT_HEADER_BYTES;
      let bad = '';
      for (;;) {
        const k = r.next();
        if (k === 0) break;
        if (k < 0 || !r.crcOk()) {
          bad = k < 0 ? r.problem : 'crc mismatch';
          break;
        }
        const seq = r.seq();
        if (seq !== expect) throw new BourseError('JOURNAL_SEQ_GAP', `${path}: byte ${r.frameOff}: found seq ${seq}, expected ${expect}`);
        expect++;
        goodEnd = r.frameOff + FRAME_HEADER_BYTES + r.len;
      }
      if (bad) {
        const after = isLast ? findValidFrame(fd, goodEnd, size, expect - 1) : undefined;
        if (!isLast || after) {
          const why = after ? `valid frame with seq ${after.seq} follows at byte ${after.off}` : 'segment is not the last one';
          throw new BourseError('JOURNAL_CORRUPT', `${path}: byte ${goodEnd}: expected seq ${expect}: ${bad}; ${why}`);
        }
        fs.ftruncateSync(fd, goodEnd); // torn tail: never acknowledged
        if (fsync) fs.fsyncSync(fd);
        truncatedBytes += size - goodEnd;
      }
      const lastSeq = expect - 1;
      if (!isLast && lastSeq < firstSeq) throw new BourseError('JOURNAL_CORRUPT', `${path}: byte ${SEGMENT_HEADER_BYTES}: seq ${firstSeq}: segment holds no records but is not the last one`);
      segments.push({ name, path, firstSeq, lastSeq, bytes: goodEnd });
      records += lastSeq - firstSeq + 1;
      prevLast = lastSeq;
      if (isLast) {
        lastFd = fd;
        keepFd = true;
      }
    } finally {
      if (!keepFd) fs.closeSync(fd);
    }
  }
  const firstSeq = records > 0 ? segments[0]!.firstSeq : 0;
  // lastSeq: an empty newest segment still says where the journal goes on
  return { segments, recovery: { segments: segments.length, records, truncatedBytes, firstSeq, lastSeq: prevLast }, lastFd };
}
