/**
 * An output file of a CLI command (`--out`): written under FILE.tmp-PID and renamed into place at
 * the end, so a failed run never leaves a half-written FILE. Every failure to create, write,
 * close or rename it (a missing directory, a full disk, no permission) is OUTPUT_FILE naming the
 * flag, the path and the reason, never an uncaught exception.
 */
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { BourseError } from '../kernel/errors.ts';

const BUFFER = 1 << 16;

export class OutputFile {
  readonly path: string;
  private readonly tmp: string;
  private readonly flag: string;
  private fd: number | undefined;
  private buf = '';

  private constructor(path: string, flag: string, fd: number, tmp: string) {
    this.path = path;
    this.flag = flag;
    this.fd = fd;
    this.tmp = tmp;
  }

  /** Create the file (its temporary name) now, so a bad path fails before any work is done. */
  static open(path: string, flag = '--out'): OutputFile {
    const tmp = `${path}.tmp-${process.pid}`;
    try {
      return new OutputFile(path, flag, openSync(tmp, 'w'), tmp);
    } catch (e) {
      throw OutputFile.error(flag, path, e);
    }
  }

  private static error(flag: string, path: string, e: unknown): BourseError {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'its directory does not exist' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'it is a directory' : err.message;
    return new BourseError('OUTPUT_FILE', `${flag} ${path}: ${why}${err.code ? ` (${err.code})` : ''}`);
  }

  write(s: string): void {
    this.buf += s;
    if (this.buf.length >= BUFFER) this.flush();
  }

  private flush(): void {
    if (this.buf === '' || this.fd === undefined) return;
    try {
      writeSync(this.fd, this.buf);
    } catch (e) {
      this.abort();
      throw OutputFile.error(this.flag, this.path, e);
    }
    this.buf = '';
  }

  /** Flush, close and move into place. */
  end(): void {
    this.flush();
    try {
      closeSync(this.fd!);
      this.fd = undefined;
      renameSync(this.tmp, this.path);
    } catch (e) {
      this.abort();
      throw OutputFile.error(this.flag, this.path, e);
    }
  }

  /** Close and remove the temporary file (after a failure). */
  abort(): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // closing is all that is left to do
      }
      this.fd = undefined;
    }
    try {
      unlinkSync(this.tmp);
    } catch {
      // already gone: nothing to clean up
    }
  }
}
