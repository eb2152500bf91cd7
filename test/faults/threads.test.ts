/**
 * Faults of `bourse start`'s threads, with real processes, files and limits: a full disk and an
 * exhausted file table under the core thread, and a second exchange on the same data directory.
 * Each must end in one coded line (`bourse start: CODE: message`), a non-zero exit, and a journal
 * that holds every input the exchange reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { Running, crashLines, mountTmpfs, replayResult, unmount } from '../support/fs-faults.ts';

const LIVE = ['--port', '0', '--feed', 'false', '--show', '0'];

/** stderr's lines, without blank ones. */
const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

test('ENOSPC under the core thread: one JOURNAL_IO line naming ENOSPC, exit 2; every reported input is in the journal; the next start truncates the torn tail and says so', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-enospc-'));
  const disk = join(dir, 'disk');
  spawnSync('mkdir', [disk]);
  const skip = mountTmpfs(disk, '2m');
  if (skip) return t.skip(skip);
  try {
    // Only the journal is on the tiny disk: the bars store lives elsewhere.
    const x = new Running(['start', '--data', disk, '--store', `sqlite:${join(dir, 'bars.sqlite')}`, '--rate', '5000', '--seconds', '120', ...LIVE]);
    const code = await x.status(90_000);
    assert.equal(code, 2, `exit ${code}\n${x.stdout.slice(-1000)}\n${x.stderr}`);
    const errs = lines(x.stderr).filter((l) => !l.startsWith('bourse: bars store:'));
    assert.equal(errs.length, 1, x.stderr);
    assert.match(errs[0]!, /^bourse start: JOURNAL_IO: journal i\/o failed: commit to .*\.seg failed: ENOSPC: no space left on device/);
    assert.deepEqual(crashLines(x.stderr), []);

    // Replay only reads: it runs on the full disk, and holds at least what the exchange reported.
    const r = bourse(['replay', '--journal', join(disk, 'journal')]);
    assert.equal(r.code, 0, r.stderr);
    const replayed = replayResult(r.stdout);
    assert.ok(replayed.seq >= x.reportedSeq && x.reportedSeq > 0, `journal ends at ${replayed.seq}, the exchange reported ${x.reportedSeq}`);
    const torn = /stopped at a torn tail of (\d+) bytes after seq (\d+)/.exec(r.stderr);
    assert.ok(lines(r.stderr).length <= 1, r.stderr);

    // With room again, start cuts the unacknowledged tail (saying so once, with the count) and goes on from the same seq.
    const moved = join(dir, 'moved');
    cpSync(disk, moved, { recursive: true });
    const again = bourse(['start', '--data', moved, '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`recovered to seq ${replayed.seq};`));
    const said = again.stderr.match(/truncated a torn tail of (\d+) bytes/g) ?? [];
    if (torn) assert.deepEqual(said, [`truncated a torn tail of ${torn[1]} bytes`]);
    else assert.deepEqual(said, []);
    assert.equal(replayResult(bourse(['replay', '--journal', join(moved, 'journal')]).stdout).state, replayed.state);
  } finally {
    unmount(disk);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('EMFILE under the core thread (file table exhausted while running): one JOURNAL_IO line naming EMFILE, exit 2; nothing reported is lost; the stale lock is taken over on restart', async (t) => {
  if (spawnSync('prlimit', ['--version']).error) return t.skip('prlimit (util-linux) is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-emfile-'));
  try {
    // A snapshot every 2,000 inputs: the core thread opens a new file a few times a second.
    const x = new Running(['start', '--data', dir, '--rate', '20000', '--snapshot-every', '2000', '--seconds', '60', ...LIVE]);
    try {
      await x.waitFor(/inputs\/s .* seq [1-9]/);
      // No new file descriptor from now on (0..2 are taken, so the lowest free one is >= 3).
      const lim = spawnSync('prlimit', ['--pid', String(x.pid), '--nofile=3:'], { encoding: 'utf8' });
      if (lim.status !== 0) return t.skip(`prlimit refused: ${lim.stderr}`);
      const code = await x.status(60_000);
      assert.equal(code, 2, `exit ${code}\n${x.stdout.slice(-1000)}\n${x.stderr}`);
    } finally {
      await x.kill();
    }
    const errs = lines(x.stderr).filter((l) => !l.startsWith('bourse: bars store:'));
    assert.equal(errs.length, 1, x.stderr);
    assert.match(errs[0]!, /^bourse start: JOURNAL_IO: journal i\/o failed: .*EMFILE: too many open files/);
    assert.deepEqual(crashLines(x.stderr), []);

    const r = bourse(['replay', '--journal', join(dir, 'journal')]);
    assert.equal(r.code, 0, r.stderr);
    const seq = replayResult(r.stdout).seq;
    assert.ok(seq >= x.reportedSeq && x.reportedSeq > 0, `journal ends at ${seq}, the exchange reported ${x.reportedSeq}`);
    // The dead process could not even read its lock to remove it: the next start takes it over.
    const again = bourse(['start', '--data', dir, '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`recovered to seq ${seq};`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a second bourse start on the same data directory: one JOURNAL_LOCKED line naming the owner, exit 2; the first runs on and loses nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-locked-'));
  const first = new Running(['start', '--data', dir, '--rate', '2000', '--seconds', '120', ...LIVE]);
  try {
    await first.waitFor(/dashboard http/);
    const second = bourse(['start', '--data', dir, '--rate', '2000', '--seconds', '30', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(second.code, 2, second.stdout + second.stderr);
    assert.deepEqual(lines(second.stderr), [lines(second.stderr).find((l) => l.startsWith('bourse start: JOURNAL_LOCKED: '))], second.stderr);
    assert.match(second.stderr, new RegExp(`journal\\.lock is held by live process ${first.pid}$`, 'm'));
    assert.doesNotMatch(second.stdout, /dashboard/);

    await first.waitFor(/inputs\/s .* seq [1-9]/);
    first.child.kill('SIGINT');
    assert.equal(await first.status(60_000), 0, first.stderr);
    const stopped = Number(/stopped at seq (\d+)/.exec(first.stdout)![1]);
    const r = bourse(['replay', '--journal', join(dir, 'journal')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(replayResult(r.stdout).seq, stopped);
  } finally {
    await first.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
