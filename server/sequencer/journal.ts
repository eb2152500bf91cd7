/**
 * The durable journal: append-only segment files of CRC-framed command records, group-committed
 * with one write + fdatasync per batch. The source of truth; layout, diagrams and recovery rules
 * in docs/journal.md. The parts: framing.ts (the bytes: header, frames, CRC), segments.ts (segment
 * files: names, listing, reading, validation at open), journal-lock.ts (one process per
 * directory), files.ts (node:fs helpers). This file is the Journal: append, commit, replay, close.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { BourseError } from '../kernel/errors.ts';
import { cmdSize } from '../engine/commands.ts';
import { errno, fsyncDir, ioError, openFile } from './files.ts';
import { FRAME_HEADER_BYTES, SEGMENT_HEADER_BYTES, SEQ_OFF, encodeFrame, writeHeader } from './framing.ts';
import { LOCK_FILE, acquireLock, liveWriter, releaseLock } from './journal-lock.ts';
import { FrameReader, newSegment, recoverSegments, writeSeal, type JournalRecovery, type Recovered, type SegmentInfo } from './segments.ts';

export const DEFAULT_SEGMENT_BYTES = 64 * 1024 * 1024;

export interface JournalOptions {
  dir: string;
  segmentBytes?: number; // default 64 MiB
  fsync?: boolean; // default true; false only for benchmarks and tests
  /**
   * Open to read only (replay, bars rebuild, inspection): no lock taken, no directory creation,
   * no truncation; a torn tail is left in place and not read (`recovery.tornBytes`); a missing
   * directory is JOURNAL_MISSING; a journal another live process is writing is JOURNAL_LOCKED;
   * append and commit refuse. Works on a read-only file system.
   */
  readOnly?: boolean;
}

export class Journal {
  readonly dir: string;
  readonly recovery: JournalRecovery;
  readonly readOnly: boolean;
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
  private syncing = false; // an fdatasync runs in libuv's pool (syncAsync) or on a sync thread (beginSync)
  private syncTarget = 0; // what the sync thread's fdatasync covers
  private readonly retired: number[] = []; // old segment fds, closed once no sync can be using them
  private failed = '';
  private closed = false;

  private constructor(o: { dir: string; segmentBytes: number; fsync: boolean; lockPath: string; reader: FrameReader } & Recovered) {
    this.dir = o.dir;
    this.readOnly = o.lockPath === '';
    this.segmentBytes = o.segmentBytes;
    this.fsync = o.fsync;
    this.lockPath = o.lockPath;
    this.reader = o.reader;
    this.segments = o.segments;
    this.recovery = o.recovery;
    this.fd = o.lastFd;
    this.appended = this.written = this.durable = o.recovery.lastSeq;
  }

  /**
   * Creates the directory, takes the lock, validates every segment and truncates a torn tail.
   * With `readOnly`, only validates (see JournalOptions).
   */
  static open(opts: JournalOptions): Journal {
    const dir = opts.dir;
    const segmentBytes = opts.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
    const fsync = opts.fsync ?? true;
    if (typeof dir !== 'string' || dir === '') throw new BourseError('INVARIANT', 'journal dir must be a non-empty path');
    if (!Number.isSafeInteger(segmentBytes) || segmentBytes < 4096) throw new BourseError('INVARIANT', `journal segmentBytes must be an integer >= 4096, got ${segmentBytes}`);
    if (opts.readOnly) return Journal.openReadOnly(dir, segmentBytes);
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
      return new Journal({ dir, segmentBytes, fsync, lockPath, reader, ...recoverSegments(dir, reader, fsync) });
    } catch (e) {
      releaseLock(lockPath);
      throw ioError(`open journal ${dir}`, e);
    }
  }

  private static openReadOnly(dir: string, segmentBytes: number): Journal {
    let st: fs.Stats;
    try {
      st = fs.statSync(dir);
    } catch (e) {
      if (errno(e) === 'ENOENT') throw new BourseError('JOURNAL_MISSING', `${dir}: no such directory (a read-only open creates nothing)`, { cause: e });
      throw ioError(`open journal ${dir}`, e);
    }
    if (!st.isDirectory()) throw new BourseError('JOURNAL_MISSING', `${dir} is not a directory`);
    let writer: number;
    try {
      writer = liveWriter(dir);
    } catch (e) {
      throw ioError(`read the lock of ${dir}`, e);
    }
    if (writer > 0) {
      throw new BourseError('JOURNAL_LOCKED', `${join(dir, LOCK_FILE)} is held by live process ${writer}: the journal is being written; read it once that process has stopped, or read a copy`);
    }
    const reader = new FrameReader();
    try {
      return new Journal({ dir, segmentBytes, fsync: false, lockPath: '', reader, ...recoverSegments(dir, reader, false, true) });
    } catch (e) {
      throw ioError(`open journal ${dir}`, e);
    }
  }

  /** First seq the journal holds or would hold: 1, or N+1 for one started after a snapshot at N. */
  get baseSeq(): number {
    return this.segments[0]?.firstSeq ?? this.appended + 1;
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
    if (this.failed || this.closed || this.readOnly) this.refuse();
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
    encodeFrame(b, this.batchU32, p, size);
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
    if (this.failed || this.closed || this.readOnly) this.refuse();
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
          writeSeal(cur!.path, this.fd, cur!.lastSeq); // closed: the next open need not read it
          if (this.syncing) this.retired.push(this.fd); // an async sync may still use it
          else fs.closeSync(this.fd);
        }
        this.fd = -1;
        const firstSeq = this.written + 1;
        cur = newSegment(this.dir, firstSeq);
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
    if (this.failed || this.closed || this.readOnly) this.refuse();
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

  /**
   * The second half run by another thread (the core's sync thread, docs/journal.md "Pipelined
   * group commit"): returns the fd to fdatasync for everything written so far, or -1 when all of
   * it is durable already or a sync runs. The fd stays open until endSync (a segment rotated
   * meanwhile parks it in `retired`). Exactly one endSync must follow a beginSync that returned >= 0.
   */
  beginSync(): number {
    if (this.failed || this.closed || this.readOnly) this.refuse();
    if (this.syncing || this.written <= this.durable) return -1;
    this.syncing = true;
    this.syncTarget = this.written;
    return this.fd;
  }

  /**
   * That sync ended: `error` (its message) fails the journal with JOURNAL_IO (thrown); otherwise
   * everything written up to beginSync is durable. Closes the fds retired meanwhile. Returns durableSeq.
   */
  endSync(error: string | null): number {
    this.syncing = false;
    for (const r of this.retired.splice(0)) fs.closeSync(r);
    if (this.closed) return this.durable;
    if (error !== null && !this.failed) this.failed = `fdatasync of ${this.segments[this.segments.length - 1]?.path ?? this.dir} failed: ${error}`;
    if (this.failed) throw new BourseError('JOURNAL_IO', this.failed);
    if (this.syncTarget > this.durable) this.durable = this.syncTarget;
    return this.durable;
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
      if (!this.readOnly) releaseLock(this.lockPath);
      // An async sync still running on one of these fds ends with EBADF, ignored: we synced above.
      for (const r of this.retired.splice(0)) fs.closeSync(r);
      if (fd >= 0) fs.closeSync(fd); // cannot fail for an open fd; if it does, the lock is gone already
    }
  }

  private refuse(): never {
    throw new BourseError('JOURNAL_IO', this.closed ? `journal ${this.dir} is closed` : this.failed || `journal ${this.dir} is open read-only`);
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
