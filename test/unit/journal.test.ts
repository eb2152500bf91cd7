import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BourseError, type ErrorCode } from '../../server/kernel/errors.ts';
import { crc32 } from '../../server/kernel/crc32.ts';
import { Journal } from '../../server/sequencer/journal.ts';
import { SEGMENT_HEADER_BYTES } from '../../server/sequencer/framing.ts';
import { LOCK_FILE } from '../../server/sequencer/journal-lock.ts';
import { segmentName } from '../../server/sequencer/segments.ts';
import { journalRecord } from '../support/journal-writer.ts';
import { REPO_ROOT } from '../support/data.ts';
import { sleep } from '../support/wait.ts';

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-journal-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Appends journalRecord(from..to) committing every `batch`. */
function fill(j: Journal, from: number, to: number, batch = 10): void {
  for (let s = from; s <= to; s++) {
    j.append(journalRecord(s));
    if ((s - from + 1) % batch === 0) j.commit();
  }
  j.commit();
}

/** A closed one-segment journal of records 1..6 (all 64-byte NewOrders): the corruption tests' start. */
function sixRecords(t: { after: (fn: () => void) => void }): { dir: string; path: string } {
  const dir = tempDir(t);
  const j = Journal.open({ dir, fsync: false });
  fill(j, 1, 6);
  j.close();
  return { dir, path: join(dir, segmentName(1)) };
}

/** Replays everything and checks seqs are contiguous and every record is byte-identical. */
function checkAll(j: Journal, first: number, last: number): void {
  let expect = first;
  const n = j.replay(first, (rec, seq) => {
    assert.equal(seq, expect);
    assert.deepEqual(rec, journalRecord(seq));
    expect++;
  });
  assert.equal(n, last - first + 1);
  assert.equal(expect, last + 1);
}

function throwsCode(fn: () => unknown, code: ErrorCode, ...mustMention: string[]): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof BourseError, `expected BourseError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    for (const s of mustMention) assert.ok(e.message.includes(s), `"${e.message}" should mention "${s}"`);
    return true;
  });
}

function segFiles(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.endsWith('.seg')).sort();
}

/** A one-segment journal of NewOrder-only records would be simpler, but 1..6 are all 64 bytes. */
function frameOffset(seq: number): number {
  // records 1..6 are NewOrders: 8 + 64 bytes each
  assert.ok(seq <= 7);
  return SEGMENT_HEADER_BYTES + (seq - 1) * 72;
}

function flipByte(path: string, at: number): void {
  const b = readFileSync(path);
  b[at]! ^= 0x40;
  writeFileSync(path, b);
}

test('round trip across several segments, segment names are their first seq', (t) => {
  const dir = tempDir(t);
  const j = Journal.open({ dir, segmentBytes: 4096, fsync: false });
  assert.deepEqual(j.recovery, { segments: 0, records: 0, truncatedBytes: 0, tornBytes: 0, firstSeq: 0, lastSeq: 0 });
  fill(j, 1, 1000, 25);
  assert.equal(j.lastSeq, 1000);
  assert.equal(j.durableSeq, 1000);
  checkAll(j, 1, 1000);
  const segs = j.segmentList();
  assert.ok(segs.length >= 10, `expected many segments, got ${segs.length}`);
  assert.deepEqual(segFiles(dir), segs.map((s) => segmentName(s.firstSeq)));
  assert.equal(segs[0]!.firstSeq, 1);
  for (let i = 1; i < segs.length; i++) assert.equal(segs[i]!.firstSeq, segs[i - 1]!.lastSeq + 1);
  for (const s of segs) assert.equal(statSync(s.path).size, s.bytes);
  j.close();
});

test('append, lastSeq and durableSeq: nothing is replayed before commit', (t) => {
  const dir = tempDir(t);
  const j = Journal.open({ dir, fsync: false });
  j.append(journalRecord(1));
  j.append(journalRecord(2));
  assert.equal(j.lastSeq, 2);
  assert.equal(j.durableSeq, 0);
  assert.equal(j.replay(1, () => assert.fail('uncommitted record replayed')), 0);
  assert.equal(j.commit(), 2);
  assert.equal(j.commit(), 0);
  assert.equal(j.durableSeq, 2);
  // a longer buffer is fine: the record length comes from its type byte
  const big = new Uint8Array(200);
  big.set(journalRecord(3));
  j.append(big);
  j.commit();
  checkAll(j, 1, 3);
  throwsCode(() => j.append(new Uint8Array(10)), 'INVARIANT', 'needs 64 bytes');
  j.close();
  throwsCode(() => j.append(journalRecord(4)), 'JOURNAL_IO', 'closed');
});

test('write then syncAsync: readable at once, durable when the sync reports it; syncs never overlap', async (t) => {
  const dir = tempDir(t);
  const j = Journal.open({ dir, segmentBytes: 4096, fsync: true });
  for (let s = 1; s <= 5; s++) j.append(journalRecord(s));
  assert.equal(j.write(), 5);
  assert.equal(j.writtenSeq, 5);
  assert.equal(j.durableSeq, 0, 'written is not durable');
  checkAll(j, 1, 5); // in the file: readable before the sync
  const done: number[] = [];
  const first = new Promise<void>((resolve) => {
    assert.equal(j.syncAsync((err, d) => {
      assert.equal(err, null);
      done.push(d);
      resolve();
    }), true);
  });
  // More written while the first sync runs: a second one is refused until it ends.
  for (let s = 6; s <= 200; s++) j.append(journalRecord(s)); // too big for the segment: starts a new one
  j.write();
  assert.equal(j.segmentList().length, 2);
  assert.equal(j.syncAsync(() => assert.fail('a second sync ran concurrently')), false);
  await first;
  assert.deepEqual(done, [5], 'the sync covers what was written before it started');
  assert.equal(j.durableSeq, 5);
  assert.equal(await new Promise<number>((resolve) => j.syncAsync((_e, seq) => resolve(seq))), 200);
  assert.equal(j.syncAsync(() => assert.fail('nothing to sync')), false);
  for (let s = 201; s <= 210; s++) j.append(journalRecord(s));
  j.write();
  const d = await new Promise<number>((resolve) => j.syncAsync((_e, seq) => resolve(seq)));
  assert.equal(d, 210);
  checkAll(j, 1, 210);
  // close() while a sync runs: close syncs synchronously; the late callback is never called.
  for (let s = 211; s <= 220; s++) j.append(journalRecord(s));
  j.write();
  j.syncAsync(() => assert.fail('callback after close'));
  j.close();
  await sleep(50);
  const again = Journal.open({ dir });
  assert.equal(again.lastSeq, 220);
  checkAll(again, 1, 220);
  again.close();
});

test('reopen reports recovery and appending continues', (t) => {
  const dir = tempDir(t);
  let j = Journal.open({ dir, segmentBytes: 8192, fsync: false });
  fill(j, 1, 500);
  j.close();
  j = Journal.open({ dir, segmentBytes: 8192, fsync: false });
  assert.equal(j.recovery.records, 500);
  assert.equal(j.recovery.firstSeq, 1);
  assert.equal(j.recovery.lastSeq, 500);
  assert.equal(j.recovery.truncatedBytes, 0);
  assert.equal(j.recovery.segments, segFiles(dir).length);
  assert.equal(j.lastSeq, 500);
  assert.equal(j.durableSeq, 500);
  throwsCode(() => j.append(journalRecord(1)), 'JOURNAL_SEQ_GAP', 'seq 1', 'expected 501');
  fill(j, 501, 900);
  j.close();
  j = Journal.open({ dir, segmentBytes: 8192, fsync: false });
  assert.equal(j.lastSeq, 900);
  checkAll(j, 1, 900);
  j.close();
});

test('close commits what is pending', (t) => {
  const dir = tempDir(t);
  let j = Journal.open({ dir, fsync: false });
  j.append(journalRecord(1));
  j.close();
  j = Journal.open({ dir, fsync: false });
  assert.equal(j.lastSeq, 1);
  j.close();
});

test('seq gap on append is refused and the journal stays usable', (t) => {
  const dir = tempDir(t);
  const j = Journal.open({ dir, fsync: false });
  fill(j, 1, 3);
  throwsCode(() => j.append(journalRecord(5)), 'JOURNAL_SEQ_GAP', 'seq 5', 'expected 4');
  throwsCode(() => j.append(journalRecord(3)), 'JOURNAL_SEQ_GAP', 'seq 3', 'expected 4');
  assert.equal(j.lastSeq, 3);
  assert.equal(j.pending, 0);
  fill(j, 4, 6);
  checkAll(j, 1, 6);
  j.close();
});

test('torn tail: a file cut mid-frame is truncated to the last whole record', (t) => {
  const { dir, path } = sixRecords(t);
  let j: Journal;
  const size = statSync(path).size;
  truncateSync(path, size - 30);
  j = Journal.open({ dir, fsync: false });
  assert.equal(j.recovery.truncatedBytes, 72 - 30);
  assert.equal(j.lastSeq, 5);
  assert.equal(statSync(path).size, size - 72);
  fill(j, 6, 8); // the lost record can be written again
  checkAll(j, 1, 8);
  j.close();
  // a cut inside the 8-byte frame header is torn too
  truncateSync(path, statSync(path).size - 72 + 5);
  j = Journal.open({ dir, fsync: false });
  assert.equal(j.lastSeq, 7);
  assert.equal(j.recovery.truncatedBytes, 5);
  j.close();
});

test('a flipped byte in the last record is a torn tail: truncated', (t) => {
  const { dir, path } = sixRecords(t);
  let j: Journal;
  flipByte(path, frameOffset(6) + 8 + 40);
  j = Journal.open({ dir, fsync: false });
  assert.equal(j.lastSeq, 5);
  assert.equal(j.recovery.truncatedBytes, 72);
  checkAll(j, 1, 5);
  j.close();
});

test('a flipped byte in a middle record refuses to start, naming file, offset and seq', (t) => {
  const { dir, path } = sixRecords(t);
  flipByte(path, frameOffset(3) + 8 + 33);
  const before = readFileSync(path);
  throwsCode(() => Journal.open({ dir, fsync: false }), 'JOURNAL_CORRUPT', path, `byte ${frameOffset(3)}`, 'seq 3', 'crc mismatch', 'seq 4');
  // nothing was truncated, and a failed open released the lock (same error again, not LOCKED)
  assert.deepEqual(readFileSync(path), before);
  throwsCode(() => Journal.open({ dir, fsync: false }), 'JOURNAL_CORRUPT');
  assert.equal(existsSync(join(dir, LOCK_FILE)), false);
});

test('a damaged length field in a middle record is corruption, not a torn tail', (t) => {
  const { dir, path } = sixRecords(t);
  flipByte(path, frameOffset(2) + 1); // length 64 -> 16448: would run past the end of the file
  throwsCode(() => Journal.open({ dir, fsync: false }), 'JOURNAL_CORRUPT', `byte ${frameOffset(2)}`, 'seq 2');
});

test('a zero-filled tail (preallocated space) is truncated', (t) => {
  const { dir, path } = sixRecords(t);
  let j: Journal;
  const size = statSync(path).size;
  appendFileSync(path, new Uint8Array(4096));
  j = Journal.open({ dir, fsync: false });
  assert.equal(j.recovery.truncatedBytes, 4096);
  assert.equal(j.lastSeq, 6);
  assert.equal(statSync(path).size, size);
  j.close();
});

test('a damaged non-last segment is refused, even at its very end', (t) => {
  const dir = tempDir(t);
  let j = Journal.open({ dir, segmentBytes: 4096, fsync: false });
  fill(j, 1, 300, 20);
  j.close();
  const segs = segFiles(dir);
  assert.ok(segs.length >= 3);
  const first = join(dir, segs[0]!);
  const good = readFileSync(first);
  flipByte(first, good.length - 3); // inside its last record
  throwsCode(() => Journal.open({ dir, fsync: false }), 'JOURNAL_CORRUPT', first, 'not the last one');
  writeFileSync(first, good.subarray(0, good.length - 10)); // torn, but not the last segment
  throwsCode(() => Journal.open({ dir, fsync: false }), 'JOURNAL_CORRUPT', first);
  writeFileSync(first, good);
  flipByte(first, 5); // header
  throwsCode(() => Journal.open({ dir, fsync: false }), 'JOURNAL_CORRUPT', first, 'byte 0', 'header');
  writeFileSync(first, good);
  j = Journal.open({ dir, fsync: false });
  assert.equal(j.lastSeq, 300);
  j.close();
});

test('a missing middle segment is a seq gap', (t) => {
  const dir = tempDir(t);
  const j = Journal.open({ dir, segmentBytes: 4096, fsync: false });
  fill(j, 1, 300, 20);
  j.close();
  const segs = segFiles(dir);
  unlinkSync(join(dir, segs[1]!));
  throwsCode(() => Journal.open({ dir, fsync: false }), 'JOURNAL_SEQ_GAP', segs[2]!);
});

test('a record with a valid CRC but the wrong seq is a seq gap', (t) => {
  const dir = tempDir(t);
  const j = Journal.open({ dir, fsync: false });
  fill(j, 1, 6);
  j.close();
  const path = join(dir, segmentName(1));
  const b = readFileSync(path);
  const at = frameOffset(4);
  b.writeDoubleLE(40, at + 8 + 8); // record 4 now says seq 40
  b.writeUInt32LE(crc32(b, at + 8, at + 8 + 64), at + 4);
  writeFileSync(path, b);
  throwsCode(() => Journal.open({ dir, fsync: false }), 'JOURNAL_SEQ_GAP', path, `byte ${at}`, 'found seq 40', 'expected 4');
});

test('a torn segment creation (partial header) is removed; a whole header of another version is refused', (t) => {
  const dir = tempDir(t);
  let j = Journal.open({ dir, fsync: false });
  fill(j, 1, 6);
  j.close();
  const next = join(dir, segmentName(7));
  writeFileSync(next, new Uint8Array(10));
  j = Journal.open({ dir, fsync: false });
  assert.equal(j.recovery.truncatedBytes, 10);
  assert.equal(existsSync(next), false);
  fill(j, 7, 9);
  j.close();
  // now segment 7 exists with a valid header; make it claim version 2 with a correct header CRC
  const b = readFileSync(next);
  b.writeUInt32LE(2, 4);
  b.writeUInt32LE(crc32(b, 0, 28), 28);
  writeFileSync(next, b);
  throwsCode(() => Journal.open({ dir, fsync: false }), 'JOURNAL_CORRUPT', next, 'unsupported version 2');
  assert.equal(existsSync(next), true);
});

test('read-only open: no lock, no truncation (a torn tail is counted in tornBytes and not read), a torn segment creation stays; writes refuse; another live writer is JOURNAL_LOCKED; a missing directory is JOURNAL_MISSING', (t) => {
  const { dir, path } = sixRecords(t);
  const size = statSync(path).size;
  truncateSync(path, size - 30);
  const holder = Journal.open({ dir, fsync: false, readOnly: true });
  const j = Journal.open({ dir, fsync: false, readOnly: true }); // no lock: two readers are fine
  assert.equal(existsSync(join(dir, LOCK_FILE)), false);
  assert.equal(j.readOnly, true);
  assert.equal(j.lastSeq, 5);
  assert.deepEqual(j.recovery, { segments: 1, records: 5, truncatedBytes: 0, tornBytes: 72 - 30, firstSeq: 1, lastSeq: 5 });
  checkAll(j, 1, 5);
  throwsCode(() => j.append(journalRecord(6)), 'JOURNAL_IO', 'read-only');
  throwsCode(() => j.commit(), 'JOURNAL_IO', 'read-only');
  j.close();
  holder.close();
  assert.equal(statSync(path).size, size - 30);
  // A writer recovers as always; a torn creation of the next segment is left alone by a reader.
  Journal.open({ dir, fsync: false }).close();
  const next = join(dir, segmentName(6));
  writeFileSync(next, new Uint8Array(10));
  const r = Journal.open({ dir, fsync: false, readOnly: true });
  assert.deepEqual(r.recovery, { segments: 1, records: 5, truncatedBytes: 0, tornBytes: 10, firstSeq: 1, lastSeq: 5 });
  r.close();
  assert.equal(existsSync(next), true);
  // A journal another live process is writing is not read (its in-flight commit looks torn);
  // a lock of this process (a writer here) or of a dead one is no obstacle.
  const w = Journal.open({ dir, fsync: false });
  Journal.open({ dir, fsync: false, readOnly: true }).close();
  w.close();
  writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
  throwsCode(() => Journal.open({ dir, fsync: false, readOnly: true }), 'JOURNAL_LOCKED', `live process ${process.ppid}`);
  writeFileSync(join(dir, LOCK_FILE), `${spawnSync(process.execPath, ['-e', '0']).pid}\n`);
  Journal.open({ dir, fsync: false, readOnly: true }).close();
  const missing = join(dir, 'missing', 'journal');
  throwsCode(() => Journal.open({ dir: missing, readOnly: true }), 'JOURNAL_MISSING', missing);
  assert.equal(existsSync(join(dir, 'missing')), false);
});

test('lock: a second open while the journal is open is refused; close releases it', (t) => {
  const dir = tempDir(t);
  const j = Journal.open({ dir, fsync: false });
  assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8').trim(), String(process.pid));
  throwsCode(() => Journal.open({ dir, fsync: false }), 'JOURNAL_LOCKED', String(process.pid));
  j.close();
  assert.equal(existsSync(join(dir, LOCK_FILE)), false);
  Journal.open({ dir, fsync: false }).close();
});

test('lock: a stale lock left by a dead process is taken over', (t) => {
  const dir = tempDir(t);
  const dead = spawnSync(process.execPath, ['-e', '0']).pid;
  assert.ok(dead && dead > 0);
  writeFileSync(join(dir, LOCK_FILE), `${dead}\n`);
  const j = Journal.open({ dir, fsync: false });
  assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8').trim(), String(process.pid));
  j.close();
  assert.equal(existsSync(join(dir, LOCK_FILE)), false);
});

test('replay from the middle, with toSeq, and across segment boundaries', (t) => {
  const dir = tempDir(t);
  const j = Journal.open({ dir, segmentBytes: 4096, fsync: false });
  fill(j, 1, 1000, 30);
  j.append(journalRecord(1001)); // appended, not committed: never replayed
  const seen: number[] = [];
  assert.equal(j.replay(300, (rec, seq) => { assert.deepEqual(rec, journalRecord(seq)); seen.push(seq); }, 700), 401);
  assert.deepEqual(seen, Array.from({ length: 401 }, (_, i) => 300 + i));
  // every single-record range, at and around segment starts
  for (const s of j.segmentList()) {
    for (const q of [s.firstSeq - 1, s.firstSeq, s.lastSeq]) {
      if (q < 1) continue;
      const got: number[] = [];
      assert.equal(j.replay(q, (_r, seq) => got.push(seq), q), 1);
      assert.deepEqual(got, [q]);
    }
  }
  assert.equal(j.replay(990, () => {}), 11);
  assert.equal(j.replay(1001, () => {}), 0);
  assert.equal(j.replay(5, () => {}, 4), 0);
  assert.equal(j.replay(0, () => {}, 2), 2);
  j.close();
});

test('replay re-checks CRCs: damage after open is reported', (t) => {
  const dir = tempDir(t);
  const j = Journal.open({ dir, fsync: false });
  fill(j, 1, 6);
  flipByte(join(dir, segmentName(1)), frameOffset(2) + 8 + 50);
  assert.equal(j.replay(1, () => {}, 1), 1);
  throwsCode(() => j.replay(1, () => {}), 'JOURNAL_CORRUPT', `byte ${frameOffset(2)}`, 'seq 2');
  j.close();
});

test('a callback error passes through replay untouched', (t) => {
  const dir = tempDir(t);
  const j = Journal.open({ dir, fsync: false });
  fill(j, 1, 3);
  const boom = new TypeError('boom');
  assert.throws(() => j.replay(1, () => { throw boom; }), (e) => e === boom);
  assert.equal(j.replay(1, () => {}), 3); // the reader is free again
  j.close();
});

test('kill -9 mid-write loses nothing that was reported committed', { timeout: 120_000 }, async (t) => {
  const dir = tempDir(t);
  const script = join(REPO_ROOT, 'test', 'support', 'journal-writer.ts');
  const child = spawn(process.execPath, [script, dir, '65536'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let committed = 0;
  let buf = '';
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buf += chunk;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const m = /^committed (\d+)$/.exec(buf.slice(0, nl));
      buf = buf.slice(nl + 1);
      if (m) committed = Math.max(committed, Number(m[1]));
    }
    if (committed >= 5000 && child.exitCode === null && !child.killed) child.kill('SIGKILL');
  });
  const signal = await exited;
  assert.equal(signal, 'SIGKILL', 'the writer must have been killed mid-way');
  assert.ok(committed >= 5000);
  // the dead writer's lock is stale: taken over
  const j = Journal.open({ dir, segmentBytes: 65536 });
  assert.ok(j.lastSeq >= committed, `lastSeq ${j.lastSeq} < committed ${committed}`);
  assert.equal(j.recovery.firstSeq, 1);
  assert.equal(j.recovery.records, j.lastSeq);
  assert.ok(j.recovery.segments >= 3, `expected several segments, got ${j.recovery.segments}`);
  checkAll(j, 1, j.lastSeq);
  j.close();
});
