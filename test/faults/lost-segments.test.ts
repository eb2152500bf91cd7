/**
 * A journal that lost part of itself: a cut tail or a deleted newest segment (proved by the
 * snapshots taken beyond its new end), a deleted first segment. Never silently shorter: start
 * refuses with the journal code naming what is missing, replay reports it and never uses a
 * snapshot from beyond the journal's end.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { crashLines, cutAfter, framesOf, journalDigest, replayResult, segmentsOf, snapshotSeqs } from '../support/fs-faults.ts';

const LIVE = ['--port', '0', '--feed', 'false', '--show', '0'];
const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
const pad = (seq: number) => String(seq).padStart(20, '0');

/** A journal of 60,003 inputs in DATA/journal, snapshots at 40000, 50000 and 60000; `segmentBytes` per segment. */
function simulate(dir: string, segmentBytes: number): string {
  const journal = join(dir, 'data', 'journal');
  const s = bourse(['sim', '--orders', '60000', '--seed', '9', '--symbols', '3', '--journal', journal, '--snapshot-every', '10000', '--segment-bytes', String(segmentBytes), '--fsync', 'false']);
  assert.equal(s.code, 0, s.stderr);
  assert.deepEqual(snapshotSeqs(journal), [40000, 50000, 60000]);
  return journal;
}

test('a snapshot beyond the journal\'s end is never used: replay --from-snapshot refuses it with its reason and reaches the state of a full replay; JOURNAL_TRUNCATED is reported, exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-stale-'));
  try {
    const journal = simulate(dir, 64 << 20);
    const whole = join(dir, 'whole');
    cpSync(journal, whole, { recursive: true });
    // The journal loses its tail after seq 45000 (a disk that dropped it, a cut by hand).
    const [seg] = segmentsOf(journal);
    cutAfter(seg!, 45000);
    const truth = replayResult(bourse(['replay', '--journal', whole, '--to', '45000']).stdout);

    const full = bourse(['replay', '--journal', journal]);
    const fromSnap = bourse(['replay', '--journal', journal, '--from-snapshot']);
    for (const r of [full, fromSnap]) {
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, new RegExp(`^bourse replay: JOURNAL_TRUNCATED: journal ends before a snapshot taken from it: acknowledged inputs were lost: ${journal} ends at seq 45000, but snapshot .*snap-${pad(60000)}\\.bin was taken at seq 60000: inputs 45001\\.\\.60000`, 'm'));
      assert.equal(replayResult(r.stdout).seq, 45000);
      assert.equal(replayResult(r.stdout).state, truth.state);
    }
    const used = replayResult(fromSnap.stdout);
    assert.equal(used.snapshot, 40000);
    assert.equal(used.replayed, 5000);
    for (const seq of [50000, 60000]) {
      assert.match(fromSnap.stderr, new RegExp(`^bourse replay: snapshot skipped: .*snap-${pad(seq)}\\.bin: refused: seq ${seq} is beyond the journal's end at seq 45000$`, 'm'));
    }
    assert.deepEqual(replayResult(full.stdout), { ...truth });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lost newest segment: start refuses with JOURNAL_TRUNCATED naming the snapshot seq and the journal\'s end, exit 2, changing nothing; replay reports it too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-lost-newest-'));
  try {
    const journal = simulate(dir, 256 << 10);
    const segs = segmentsOf(journal);
    assert.ok(segs.length >= 10, `${segs.length} segments`);
    const newest = segs.at(-1)!;
    unlinkSync(newest);
    const end = framesOf(segs.at(-2)!).at(-1)!.seq;
    assert.ok(end < 60000);
    const before = [...journalDigest(journal), ...readdirSync(journal)];

    const st = bourse(['start', '--data', join(dir, 'data'), '--rate', '1000', '--seconds', '30', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(st.code, 2, st.stdout + st.stderr);
    assert.equal(lines(st.stderr).length, 1, st.stderr);
    assert.match(st.stderr, new RegExp(`^bourse start: JOURNAL_TRUNCATED: .*${journal} ends at seq ${end}, but snapshot .*snap-${pad(60000)}\\.bin was taken at seq 60000: inputs ${end + 1}\\.\\.60000 \\(at least\\) were acknowledged and are gone`));
    assert.deepEqual(crashLines(st.stderr), []);
    assert.deepEqual([...journalDigest(journal), ...readdirSync(journal)], before, 'start refused without writing (no new inputs, lock released)');

    const r = bourse(['replay', '--journal', journal]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`^bourse replay: JOURNAL_TRUNCATED: .* ends at seq ${end}, but snapshot .* taken at seq 60000`, 'm'));
    assert.equal(replayResult(r.stdout).seq, end);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lost first segment: start and replay report JOURNAL_SEQ_GAP naming the missing seqs (not INVARIANT), exit 2; replay from a snapshot past the gap still works', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-lost-first-'));
  try {
    const journal = simulate(dir, 256 << 10);
    const segs = segmentsOf(journal);
    unlinkSync(segs[0]!);
    const first = framesOf(segs[1]!)[0]!.seq;
    const gap = new RegExp(`JOURNAL_SEQ_GAP: journal sequence numbers are not contiguous: ${journal}: seqs 1\\.\\.${first - 1} are missing: its oldest segment starts at seq ${first} \\(a lost or deleted first segment\\?\\)`);

    const st = bourse(['start', '--data', join(dir, 'data'), '--rate', '1000', '--seconds', '30', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(st.code, 2, st.stdout + st.stderr);
    assert.equal(lines(st.stderr).length, 1, st.stderr);
    assert.match(st.stderr, new RegExp(`^bourse start: ${gap.source}`));
    assert.doesNotMatch(st.stderr, /INVARIANT/);

    const r = bourse(['replay', '--journal', journal]);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, new RegExp(`^bourse replay: ${gap.source}`));
    assert.doesNotMatch(r.stderr, /INVARIANT/);

    // The newest snapshot lies past the gap: from it, the rest of the journal is still usable.
    const fromSnap = bourse(['replay', '--journal', journal, '--from-snapshot']);
    assert.equal(fromSnap.code, 0, fromSnap.stderr);
    assert.equal(replayResult(fromSnap.stdout).snapshot, 60000);
    assert.equal(replayResult(fromSnap.stdout).seq, 60003);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
