/**
 * Reading must not write: a journal on a read-only file system is refused by the writers with a
 * coded JOURNAL_IO (EROFS as its cause) and replayed by the readers; replay leaves a torn tail
 * and a missing directory exactly as it found them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BourseError } from '../../server/kernel/errors.ts';
import { acquireLock } from '../../server/sequencer/journal-lock.ts';
import { bourse } from '../support/cli.ts';
import { bindReadOnly, crashLines, framesOf, journalDigest, replayResult, segmentsOf, unmount } from '../support/fs-faults.ts';

const LIVE = ['--port', '0', '--feed', 'false', '--show', '0'];
const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

test('read-only file system: start, sim and the lock refuse with one JOURNAL_IO line (EROFS as the cause); replay and bars rebuild of the read-only journal work and change nothing', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-erofs-'));
  const data = join(dir, 'data');
  const ro = join(dir, 'ro');
  mkdirSync(ro);
  try {
    const s = bourse(['sim', '--orders', '20000', '--seed', '7', '--journal', join(data, 'journal'), '--snapshot-every', '5000', '--fsync', 'false']);
    assert.equal(s.code, 0, s.stderr);
    const rw = replayResult(bourse(['replay', '--journal', join(data, 'journal')]).stdout);
    const skip = bindReadOnly(data, ro);
    if (skip) return t.skip(skip);
    try {
      const journal = join(ro, 'journal');
      const before = journalDigest(journal);

      // The lock: a coded JOURNAL_IO, its cause the OS's EROFS (not a raw error from cleaning up).
      assert.throws(() => acquireLock(journal), (e: unknown) => {
        assert.ok(e instanceof BourseError, String(e));
        assert.equal(e.code, 'JOURNAL_IO');
        assert.match(e.message, /^JOURNAL_IO: journal i\/o failed: lock .*journal\.lock: EROFS: read-only file system/);
        assert.equal((e.cause as NodeJS.ErrnoException).code, 'EROFS');
        return true;
      });

      const st = bourse(['start', '--data', ro, '--store', `sqlite:${join(dir, 'bars.sqlite')}`, '--rate', '100', '--seconds', '30', ...LIVE], { timeoutMs: 60_000 });
      assert.equal(st.code, 2, st.stdout + st.stderr);
      assert.equal(lines(st.stderr).length, 1, st.stderr);
      assert.match(st.stderr, /^bourse start: JOURNAL_IO: journal i\/o failed: lock .*: EROFS: read-only file system/);
      assert.deepEqual(crashLines(st.stderr), []);

      const sim = bourse(['sim', '--orders', '10', '--journal', journal]);
      assert.equal(sim.code, 2);
      assert.match(sim.stderr, /^bourse sim: JOURNAL_IO: .*EROFS: read-only file system/);

      // Readers need no lock and write nothing: same hashes as on the writable original.
      const r = bourse(['replay', '--journal', journal]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.deepEqual(replayResult(r.stdout), rw);
      const fromSnap = bourse(['replay', '--journal', journal, '--from-snapshot']);
      assert.equal(fromSnap.code, 0, fromSnap.stderr);
      assert.equal(replayResult(fromSnap.stdout).snapshot, 20000);
      assert.equal(replayResult(fromSnap.stdout).state, rw.state);
      const rebuild = bourse(['bars', 'rebuild', '--journal', journal, '--store', `sqlite:${join(dir, 'rebuilt.sqlite')}`]);
      assert.equal(rebuild.code, 0, rebuild.stderr);
      assert.match(rebuild.stdout, /bars rebuild: 20004 inputs \(to seq 20004\)/);
      assert.deepEqual(journalDigest(journal), before);
      assert.equal(existsSync(join(journal, 'journal.lock')), false);
    } finally {
      unmount(ro);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('replay only reads: a torn tail is left in place and reported once with its byte count, a missing --journal is JOURNAL_MISSING and stays missing; start truncates the torn tail and says so once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-readonly-'));
  try {
    const journal = join(dir, 'data', 'journal');
    const s = bourse(['sim', '--orders', '5000', '--seed', '3', '--journal', journal, '--fsync', 'false']);
    assert.equal(s.code, 0, s.stderr);
    const clean = replayResult(bourse(['replay', '--journal', journal]).stdout);

    // A commit cut short by a crash: the first 50 bytes of a frame (a copy of the last one).
    const seg = segmentsOf(journal).at(-1)!;
    const last = framesOf(seg).at(-1)!;
    appendFileSync(seg, readFileSync(seg).subarray(last.off, last.off + 50));
    const size = statSync(seg).size;
    for (const args of [['replay', '--journal', journal], ['replay', '--journal', journal, '--from-snapshot']]) {
      const r = bourse(args);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(lines(r.stderr), [`bourse replay: journal ${journal}: stopped at a torn tail of 50 bytes after seq 5004 (an unacknowledged commit; left in place, read-only; bourse start truncates it)`]);
      assert.equal(replayResult(r.stdout).state, clean.state);
      assert.equal(statSync(seg).size, size, 'replay left the torn tail in place');
    }
    assert.deepEqual(replayResult(bourse(['replay', '--journal', journal]).stdout), clean);

    // A missing journal is an error, and replay creates nothing.
    for (const args of [['replay', '--journal'], ['bars', 'rebuild', '--store', `sqlite:${join(dir, 'b.sqlite')}`, '--journal']]) {
      const missing = join(dir, 'no', 'such', 'journal');
      const r = bourse([...args, missing]);
      assert.equal(r.code, 2, r.stdout);
      assert.match(r.stderr, new RegExp(`^bourse (replay|bars rebuild): JOURNAL_MISSING: journal directory does not exist: ${missing}`));
      assert.equal(existsSync(join(dir, 'no')), false);
    }

    // The writer cuts the tail (it was never acknowledged) and says so once, with the count.
    const st = bourse(['start', '--data', join(dir, 'data'), '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(st.code, 0, st.stderr);
    assert.deepEqual(st.stderr.match(/torn tail.*/g), [`torn tail of 50 bytes (an unacknowledged commit)`]);
    assert.match(st.stdout, /recovered to seq 5004;/);
    assert.equal(statSync(seg).size, size - 50);
    const after = bourse(['replay', '--journal', journal]);
    assert.equal(after.stderr, '');
    assert.deepEqual(replayResult(after.stdout), clean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
