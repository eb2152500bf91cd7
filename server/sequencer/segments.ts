/**
 * The journal's segment files: their names (20-digit first seq), listing, reading frames out of
 * them, and the validation (with torn-tail truncation) that opening a journal runs over all of
 * them (docs/journal.md, "Opening: recovery rules"). The byte layout is framing.ts's.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { BourseError } from '../kernel/errors.ts';
import { fsyncDir, namesIn, openFile, readFully } from './files.ts';
import { FRAME_HEADER_BYTES, SEGMENT_HEADER_BYTES, SEQ_OFF, frameCrcOk, headerProblem, scanForFrame, validRecordLen } from './framing.ts';

const READ_CHUNK = 1 << 20;
const SEG_RE = /^(\d{20})\.seg$/;

export interface SegmentInfo {
  readonly name: string;
  readonly path: string;
  firstSeq: number;
  lastSeq: number; // firstSeq - 1 while empty
  bytes: number; // committed size of the file, header included
}

export interface JournalRecovery {
  segments: number;
  records: number;
  /** Bytes of a torn tail cut off (a writable open). */
  truncatedBytes: number;
  /** Bytes of a torn tail left in place and not read (a read-only open). */
  tornBytes: number;
  firstSeq: number;
  lastSeq: number;
}

export interface Recovered {
  segments: SegmentInfo[];
  recovery: JournalRecovery;
  lastFd: number; // the newest segment, open for writing (-1: the next commit starts one, or read-only)
}

/**
 * A closed segment's seal: `NNN.seg.sealed`, {"size","lastSeq","mtimeMs"} of the segment as it
 * was when it was closed (rollover) or last validated in full. An open trusts a closed segment
 * whose seal matches its size and mtime and the next segment's first seq, without reading it: a
 * restart costs the tail, not the journal's size. Replay still checks every frame it reads
 * (length, seq, CRC). A segment changed since (a flipped byte, a cut) has a new mtime and is
 * validated in full again; a missing or damaged seal only costs that read.
 */
export interface Seal {
  size: number;
  lastSeq: number;
  mtimeMs: number;
}

export const SEAL_SUFFIX = '.sealed';

/** Writes the seal of a closed segment (best effort: a seal that cannot be written costs a full read at the next open). */
export function writeSeal(path: string, fd: number, lastSeq: number): void {
  try {
    const st = fs.fstatSync(fd);
    fs.writeFileSync(path + SEAL_SUFFIX, JSON.stringify({ size: st.size, lastSeq, mtimeMs: st.mtimeMs } satisfies Seal) + '\n');
  } catch {
    /* read-only or full disk: the next open validates the segment in full */
  }
}

function readSeal(path: string): Seal | undefined {
  try {
    const s = JSON.parse(fs.readFileSync(path + SEAL_SUFFIX, 'utf8')) as Seal;
    return Number.isSafeInteger(s.size) && Number.isSafeInteger(s.lastSeq) && typeof s.mtimeMs === 'number' ? s : undefined;
  } catch {
    return undefined;
  }
}

export function segmentName(firstSeq: number): string {
  return `${String(firstSeq).padStart(20, '0')}.seg`;
}

/** The description of a new, still empty segment starting at `firstSeq` in `dir` (rollover). */
export function newSegment(dir: string, firstSeq: number): SegmentInfo {
  const name = segmentName(firstSeq);
  return { name, path: join(dir, name), firstSeq, lastSeq: firstSeq - 1, bytes: 0 };
}

/** The segment files of a journal directory, oldest first (by name: their first seq); none when it is missing. */
export function listSegments(dir: string): { name: string; firstSeq: number; path: string }[] {
  return namesIn(dir, 'segments').filter((n) => SEG_RE.test(n)).sort().map((name) => ({ name, firstSeq: Number(SEG_RE.exec(name)![1]), path: join(dir, name) }));
}

/**
 * Streams frames out of one segment through a reusable 1 MiB buffer (a partial frame at the end
 * of a chunk moves to the front). next() allocates nothing; the frame is described by fields.
 */
export class FrameReader {
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
    return frameCrcOk(this.buf, this.u32, this.payload, this.len);
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

/** First frame after `from` (8-byte steps) that would pass: sane length, CRC, seq > afterSeq. */
function findValidFrame(fd: number, from: number, size: number, afterSeq: number): { off: number; seq: number } | undefined {
  const n = size - from;
  if (n <= FRAME_HEADER_BYTES) return undefined;
  const buf = new Uint8Array((n + 7) & ~7);
  const got = readFully(fd, buf, 0, n, from);
  const found = scanForFrame(buf, got, afterSeq);
  return found && { off: from + found.at, seq: found.seq };
}

/**
 * Validates every segment in order; truncates a torn tail of the last one. `readOnly`: writes
 * nothing, ever: a torn tail is left in place, counted in `tornBytes`, and never read.
 */
export function recoverSegments(dir: string, r: FrameReader, fsync: boolean, readOnly = false): Recovered {
  const names = listSegments(dir).map((s) => s.name);
  const segments: SegmentInfo[] = [];
  let truncatedBytes = 0;
  let tornBytes = 0;
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
    const fd = openFile(path, isLast && !readOnly ? 'r+' : 'r');
    let keepFd = false;
    try {
      const st = fs.fstatSync(fd);
      const size = st.size;
      if (!isLast) {
        // A sealed closed segment, unchanged since, that ends where the next one starts: trusted.
        const seal = readSeal(path);
        const nextFirst = Number(SEG_RE.exec(names[idx + 1]!)![1]);
        if (seal && seal.size === size && seal.mtimeMs === st.mtimeMs && seal.lastSeq === nextFirst - 1 && seal.lastSeq >= firstSeq && size > SEGMENT_HEADER_BYTES) {
          const head = new Uint8Array(SEGMENT_HEADER_BYTES);
          readFully(fd, head, 0, head.length, 0);
          if (!headerProblem(head, firstSeq).problem) {
            segments.push({ name, path, firstSeq, lastSeq: seal.lastSeq, bytes: size });
            records += seal.lastSeq - firstSeq + 1;
            prevLast = seal.lastSeq;
            continue;
          }
        }
      }
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
        if (readOnly) {
          tornBytes += size;
          break;
        }
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
        if (readOnly) tornBytes += size - goodEnd; // read up to goodEnd only
        else {
          fs.ftruncateSync(fd, goodEnd); // torn tail: never acknowledged
          if (fsync) fs.fsyncSync(fd);
          truncatedBytes += size - goodEnd;
        }
      }
      const lastSeq = expect - 1;
      if (!isLast && lastSeq < firstSeq) throw new BourseError('JOURNAL_CORRUPT', `${path}: byte ${SEGMENT_HEADER_BYTES}: seq ${firstSeq}: segment holds no records but is not the last one`);
      segments.push({ name, path, firstSeq, lastSeq, bytes: goodEnd });
      if (!isLast && !readOnly) writeSeal(path, fd, lastSeq); // validated in full: the next open trusts it
      records += lastSeq - firstSeq + 1;
      prevLast = lastSeq;
      if (isLast && !readOnly) {
        lastFd = fd;
        keepFd = true;
      }
    } finally {
      if (!keepFd) fs.closeSync(fd);
    }
  }
  const firstSeq = records > 0 ? segments[0]!.firstSeq : 0;
  // lastSeq: an empty newest segment still says where the journal goes on
  return { segments, recovery: { segments: segments.length, records, truncatedBytes, tornBytes, firstSeq, lastSeq: prevLast }, lastFd };
}
