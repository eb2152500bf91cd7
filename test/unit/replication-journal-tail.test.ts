// The journal operations replication needs on closed journals: cut after a seq (with its
// snapshots), start an empty journal at N+1, and the batch codec of the replicated log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cmd, encodeCommand } from '../../server/engine/commands.ts';
import { Journal } from '../../server/sequencer/journal.ts';
import { writeSnapshot, latestSnapshot } from '../../server/sequencer/snapshots.ts';
import { SNAPSHOT_DIR } from '../../server/sequencer/recovery.ts';
import { BourseError } from '../../server/kernel/errors.ts';
import { journalBase, startJournalAt, truncateJournal } from '../../server/replication/journal-tail.ts';
import { batchHeaders, batchInfo, forEachRecord } from '../../server/replication/log.ts';

function tick(seq: number): Uint8Array {
  const b = new Uint8Array(64);
  encodeCommand({ type: Cmd.ClockTick, seq, time: 1_000_000 + seq }, b, 0);
  return b;
}

function fill(dir: string, from: number, to: number, segmentBytes = 4096): void {
  const j = Journal.open({ dir, segmentBytes, fsync: false });
  try {
    for (let s = from; s <= to; s++) {
      j.append(tick(s));
      if (s % 10 === 0) j.commit();
    }
  } finally {
    j.close();
  }
}

const lastSeq = (dir: string): number => {
  const j = Journal.open({ dir, fsync: false });
  try {
    return j.lastSeq;
  } finally {
    j.close();
  }
};

test('truncateJournal cuts inside a segment, drops later segments and snapshots above the cut', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-jt-'));
  try {
    fill(dir, 1, 300); // 4 KiB segments: several files
    writeSnapshot(join(dir, SNAPSHOT_DIR), 100, new Uint8Array([1]));
    writeSnapshot(join(dir, SNAPSHOT_DIR), 250, new Uint8Array([2]));
    truncateJournal(dir, 137);
    assert.equal(lastSeq(dir), 137);
    assert.equal(latestSnapshot(join(dir, SNAPSHOT_DIR))?.seq, 100);
    fill(dir, 138, 150); // appends go on from the cut
    assert.equal(lastSeq(dir), 150);
    truncateJournal(dir, 0);
    assert.equal(lastSeq(dir), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('startJournalAt makes an empty journal whose next record is N+1; it cannot be cut below its base', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-jt-'));
  try {
    startJournalAt(dir, 5001);
    assert.equal(journalBase(dir), 5001);
    assert.equal(lastSeq(dir), 5000);
    fill(dir, 5001, 5020);
    assert.equal(lastSeq(dir), 5020);
    const j = Journal.open({ dir, fsync: false });
    let first = 0;
    j.replay(1, (_r, seq) => void (first ||= seq));
    j.close();
    assert.equal(first, 5001);
    truncateJournal(dir, 5000);
    assert.equal(lastSeq(dir), 5000);
    assert.throws(() => truncateJournal(dir, 10), (e: unknown) => e instanceof BourseError && e.code === 'HA_STREAM_GAP');
    assert.ok(existsSync(join(dir, '00000000000000005001.seg')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a batch payload must hold exactly the contiguous seqs its headers name', () => {
  const payload = new Uint8Array(3 * 64);
  for (let k = 0; k < 3; k++) payload.set(tick(41 + k), k * 64);
  const info = batchInfo(batchHeaders(41, 43, 7, 99), 'm');
  assert.deepEqual(info, { first: 41, last: 43, lease: 7, timeUs: 99 });
  const seen: number[] = [];
  forEachRecord(payload, info, 'm', (_b, _at, seq) => void seen.push(seq));
  assert.deepEqual(seen, [41, 42, 43]);
  const bad = (fn: () => void): void => assert.throws(fn, (e: unknown) => e instanceof BourseError && e.code === 'HA_STREAM_CORRUPT');
  bad(() => forEachRecord(payload, { ...info, last: 44 }, 'm', () => undefined));
  bad(() => forEachRecord(payload.subarray(0, 100), info, 'm', () => undefined));
  bad(() => forEachRecord(payload, { ...info, first: 40 }, 'm', () => undefined));
  bad(() => batchInfo(batchHeaders(9, 3, 1, 1), 'm'));
});
