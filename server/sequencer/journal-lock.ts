/**
 * The journal directory's lock: `journal.lock` holds the owner's pid (docs/journal.md, "Lock").
 * Written complete under a temporary name and hard-linked into place: link() fails with EEXIST
 * exactly like open(O_CREAT|O_EXCL), and no reader ever sees a half-written pid. A lock whose
 * pid is dead is stale (its owner crashed) and taken over.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { BourseError } from '../kernel/errors.ts';
import { errno, ioError, unlinkIfThere } from './files.ts';

export const LOCK_FILE = 'journal.lock';

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
 * The pid of another live process that holds the lock of `dir` (it is writing the journal), or 0:
 * no lock, a stale one, or our own. For readers, which take no lock but must not read a journal
 * that another process is still writing (its in-flight commit would look like a torn tail).
 */
export function liveWriter(dir: string): number {
  const pid = lockPid(join(dir, LOCK_FILE));
  return pid > 0 && pid !== process.pid && pidAlive(pid) ? pid : 0;
}

/** Takes the lock of `dir` (JOURNAL_LOCKED if a live process holds it); returns the lock's path. */
export function acquireLock(dir: string): string {
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
    // Best effort: an error here (EROFS, EIO) must not hide the coded one on its way out.
    try {
      unlinkIfThere(tmp);
    } catch {
      /* a stray .journal.lock.<pid>.<n> is harmless: it is never read */
    }
  }
}

/** Removes the lock if it still holds our pid. */
export function releaseLock(lockPath: string): void {
  try {
    if (lockPid(lockPath) === process.pid) fs.unlinkSync(lockPath);
  } catch {
    /* unreadable or gone: nothing of ours to release */
  }
}
