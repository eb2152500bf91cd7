/**
 * node:fs helpers of the durability boundary (journal, its lock, segments, snapshots): every
 * failure becomes JOURNAL_IO naming what was being done.
 */
import * as fs from 'node:fs';
import { BourseError } from '../kernel/errors.ts';

/** Wraps a node:fs failure as JOURNAL_IO naming what was being done; BourseErrors pass through. */
export function ioError(what: string, e: unknown): BourseError {
  if (e instanceof BourseError) return e;
  return new BourseError('JOURNAL_IO', `${what}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
}

export const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException).code;

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
export function unlinkIfThere(path: string): void {
  try {
    fs.unlinkSync(path);
  } catch (e) {
    if (errno(e) !== 'ENOENT') throw e;
  }
}

export function openFile(path: string, flags: string): number {
  try {
    return fs.openSync(path, flags);
  } catch (e) {
    throw ioError(`open ${path}`, e);
  }
}

/** Reads up to `len` bytes at file offset `pos`; fewer only at end of file. */
export function readFully(fd: number, buf: Uint8Array, off: number, len: number, pos: number): number {
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

/** The file names in `dir`; none when it is missing; any other failure is JOURNAL_IO naming `what`. */
export function namesIn(dir: string, what: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw ioError(`list ${what} in ${dir}`, e);
  }
}
