/**
 * The rows of the fault matrix that other tests cover at length (sim-replay.test.ts,
 * journal.test.ts), here in small: kill -9 mid-write, damaged frames, a full disk under sim.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { Running, crashLines, framesOf, journalDigest, mountTmpfs, replayResult, segmentsOf, unmount } from '../support/fs-faults.ts';

const LIVE = ['--port', '0', '--feed', 'false', '--show', '0'];
const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

test('kill -9 mid-write: sim recovers to exactly the hashes of an uninterrupted run cut at the same input; start recovers every input it reported', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-kill-'));
  try {
    const killed = join(dir, 'killed');
    const sim = new Running(['sim', '--orders', '3000000', '--seed', '5', '--journal', killed, '--symbols', '2', '--batch', '200']);
    try {
      await sim.waitFor(/acked=([2-9]\d{4}|\d{6,})\b/); // >= 20,000 acknowledged
    } finally {
      await sim.kill();
    }
    const acked = Math.max(...[...sim.stdout.matchAll(/acked=(\d+)/g)].map((m) => Number(m[1])));
    const rec = bourse(['replay', '--journal', killed]);
    assert.equal(rec.code, 0, rec.stderr);
    const got = replayResult(rec.stdout);
    assert.ok(got.seq >= acked && got.seq < 3_000_002, `recovered to ${got.seq}, ${acked} acknowledged`);
    const whole = join(dir, 'whole');
    assert.equal(bourse(['sim', '--orders', String(got.seq + 1000), '--seed', '5', '--journal', whole, '--symbols', '2', '--batch', '200', '--fsync', 'false']).code, 0);
    assert.deepEqual(replayResult(bourse(['replay', '--journal', whole, '--to', String(got.seq)]).stdout), got);

    const data = join(dir, 'exchange');
    const x = new Running(['start', '--data', data, '--rate', '5000', '--seconds', '120', ...LIVE]);
    try {
      await x.waitFor(/inputs\/s .* seq [1-9][\s\S]*inputs\/s .* seq [1-9]/);
    } finally {
      await x.kill();
    }
    const again = bourse(['start', '--data', data, '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(again.code, 0, again.stderr);
    const recovered = Number(/recovered to seq (\d+);/.exec(again.stdout)![1]);
    assert.ok(recovered >= x.reportedSeq && x.reportedSeq > 0, `recovered to ${recovered}, reported ${x.reportedSeq}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('damaged frames are refused with their codes and left untouched: JOURNAL_CORRUPT (file, byte, seq) in the newest and in an older segment, JOURNAL_SEQ_GAP for a missing middle segment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-corrupt-'));
  try {
    const journal = join(dir, 'data', 'journal');
    const s = bourse(['sim', '--orders', '20000', '--seed', '4', '--journal', journal, '--segment-bytes', String(256 << 10), '--snapshot-every', '0', '--fsync', 'false']);
    assert.equal(s.code, 0, s.stderr);
    const segs = segmentsOf(journal);
    assert.ok(segs.length >= 4, `${segs.length} segments`);
    const flip = (path: string, frameIndex: number): { off: number; seq: number } => {
      const f = framesOf(path)[frameIndex]!;
      const fd = openSync(path, 'r+');
      const b = Buffer.alloc(1);
      b[0] = readFileSync(path)[f.off + 40]! ^ 0xff; // a payload byte: the CRC no longer matches
      writeSync(fd, b, 0, 1, f.off + 40);
      closeSync(fd);
      return { off: f.off, seq: f.seq };
    };
    const refuses = (code: string, detail: RegExp) => {
      const before = journalDigest(journal);
      const r = bourse(['replay', '--journal', journal]);
      const st = bourse(['start', '--data', join(dir, 'data'), '--rate', '1000', '--seconds', '30', ...LIVE], { timeoutMs: 60_000 });
      for (const [cmd, out] of [['replay', r], ['start', st]] as const) {
        assert.equal(out.code, 2, `${cmd}: ${out.stdout}${out.stderr}`);
        assert.equal(lines(out.stderr).length, 1, out.stderr);
        assert.match(out.stderr, new RegExp(`^bourse ${cmd}: ${code}: `));
        assert.match(out.stderr, detail);
        assert.deepEqual(crashLines(out.stderr), []);
      }
      assert.deepEqual(journalDigest(journal), before, 'a refused journal is not modified');
    };

    // Newest segment, with valid frames after the damage: not a torn tail.
    const newest = segs.at(-1)!;
    const hit = flip(newest, 10);
    refuses('JOURNAL_CORRUPT', new RegExp(`${newest}: byte ${hit.off}: expected seq ${hit.seq}: crc mismatch; valid frame with seq ${hit.seq + 1} follows`));
    flip(newest, 10); // undo

    const older = segs[1]!;
    const hit2 = flip(older, 5);
    refuses('JOURNAL_CORRUPT', new RegExp(`${older}: byte ${hit2.off}: expected seq ${hit2.seq}: crc mismatch; segment is not the last one`));
    flip(older, 5);

    const middle = segs[2]!;
    const missingFirst = framesOf(middle)[0]!.seq;
    const next = framesOf(segs[3]!)[0]!.seq;
    unlinkSync(middle);
    refuses('JOURNAL_SEQ_GAP', new RegExp(`${segs[3]}: byte 0: segment starts at seq ${next}, previous segment ends at ${missingFirst - 1}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ENOSPC under sim: one JOURNAL_IO line naming ENOSPC, exit 2; every acknowledged input is in the journal', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-sim-enospc-'));
  const disk = join(dir, 'disk');
  mkdirSync(disk);
  const skip = mountTmpfs(disk, '8m'); // ~110,000 inputs: sim acknowledges some before the disk is full
  if (skip) return t.skip(skip);
  try {
    const journal = join(disk, 'journal');
    const sim = new Running(['sim', '--orders', '1000000', '--seed', '2', '--journal', journal, '--batch', '500']);
    const code = await sim.status(120_000);
    assert.equal(code, 2, sim.stdout.slice(-500) + sim.stderr);
    assert.equal(lines(sim.stderr).length, 1, sim.stderr);
    assert.match(sim.stderr, /^bourse sim: JOURNAL_IO: journal i\/o failed: .*ENOSPC: no space left on device/);
    assert.deepEqual(crashLines(sim.stderr), []);
    const acked = Math.max(0, ...[...sim.stdout.matchAll(/acked=(\d+)/g)].map((m) => Number(m[1])));
    const r = bourse(['replay', '--journal', journal]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(replayResult(r.stdout).seq >= acked && acked > 0, `journal ends at ${replayResult(r.stdout).seq}, ${acked} acknowledged`);
  } finally {
    unmount(disk);
    rmSync(dir, { recursive: true, force: true });
  }
});
