import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BourseError } from '../../server/kernel/errors.ts';
import { SNAPSHOT_HEADER_BYTES, GATEWAY_SNAPSHOT, latestSnapshot, pruneSnapshots, readSnapshot, snapshotName, writeSnapshot, writeSnapshotAsync } from '../../server/sequencer/snapshots.ts';

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-snap-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Distinct, seq-dependent state bytes. */
function state(seq: number, len = 1000): Uint8Array {
  const b = new Uint8Array(len);
  for (let i = 0; i < len; i++) b[i] = (seq * 31 + i * 7) & 0xff;
  return b;
}

function flipByte(path: string, at: number): void {
  const b = readFileSync(path);
  b[at]! ^= 0x01;
  writeFileSync(path, b);
}

test('write then read back: same seq and bytes, named by zero-padded seq, no temp file left', (t) => {
  const dir = join(tempDir(t), 'nested', 'snaps'); // created on demand
  const path = writeSnapshot(dir, 42, state(42));
  assert.equal(path, join(dir, 'snap-00000000000000000042.bin'));
  assert.equal(snapshotName(42), 'snap-00000000000000000042.bin');
  assert.equal(statSync(path).size, SNAPSHOT_HEADER_BYTES + 1000);
  assert.deepEqual(readdirSync(dir), ['snap-00000000000000000042.bin']);
  const got = latestSnapshot(dir);
  assert.ok(got);
  assert.equal(got.seq, 42);
  assert.equal(got.path, path);
  assert.deepEqual(got.skipped, []);
  assert.deepEqual(got.bytes, state(42));
  assert.equal(got.bytes.byteOffset % 8, 0, 'payload is 8-byte aligned');
});

test('an empty payload round-trips; a missing or empty directory has no snapshot', (t) => {
  const dir = tempDir(t);
  assert.equal(latestSnapshot(dir), undefined);
  assert.equal(latestSnapshot(join(dir, 'absent')), undefined);
  writeSnapshot(dir, 0, new Uint8Array(0));
  const got = latestSnapshot(dir);
  assert.equal(got?.seq, 0);
  assert.equal(got?.bytes.length, 0);
});

test('newest wins; maxSeq picks the newest at or below it', (t) => {
  const dir = tempDir(t);
  for (const s of [50, 200, 100, 9]) writeSnapshot(dir, s, state(s));
  assert.equal(latestSnapshot(dir)?.seq, 200);
  assert.equal(latestSnapshot(dir, 150)?.seq, 100);
  assert.equal(latestSnapshot(dir, 100)?.seq, 100);
  assert.deepEqual(latestSnapshot(dir, 99)?.bytes, state(50));
  assert.equal(latestSnapshot(dir, 8), undefined);
  // a rewrite at the same seq replaces the file atomically
  writeSnapshot(dir, 200, state(7));
  assert.deepEqual(latestSnapshot(dir)?.bytes, state(7));
});

test('a corrupt newest snapshot is skipped with its reason and the older one is used', (t) => {
  const dir = tempDir(t);
  writeSnapshot(dir, 100, state(100));
  const newest = writeSnapshot(dir, 200, state(200));
  flipByte(newest, SNAPSHOT_HEADER_BYTES + 500);
  const got = latestSnapshot(dir);
  assert.equal(got?.seq, 100);
  assert.deepEqual(got?.bytes, state(100));
  assert.equal(got?.skipped.length, 1);
  assert.match(got!.skipped[0]!, /SNAPSHOT_CORRUPT/);
  assert.ok(got!.skipped[0]!.includes(newest));
  assert.ok(got!.skipped[0]!.includes('payload crc mismatch'));
});

test('each kind of damage is detected', (t) => {
  const dir = tempDir(t);
  const cases: [string, (p: string) => void, string][] = [
    ['truncated payload', (p) => truncateSync(p, statSync(p).size - 1), 'payload bytes'],
    ['shorter than the header', (p) => truncateSync(p, 20), 'shorter than'],
    ['header byte', (p) => flipByte(p, 9), 'header crc mismatch'],
    ['payload byte', (p) => flipByte(p, SNAPSHOT_HEADER_BYTES), 'payload crc mismatch'],
  ];
  for (const [what, damage, reason] of cases) {
    const p = writeSnapshot(dir, 5, state(5));
    damage(p);
    assert.throws(() => readSnapshot(p), (e: unknown) => e instanceof BourseError && e.code === 'SNAPSHOT_CORRUPT' && e.message.includes(reason), what);
    assert.equal(latestSnapshot(dir), undefined, what);
  }
  // a valid file under another seq's name
  rmSync(join(dir, snapshotName(5)));
  copyFileSync(writeSnapshot(dir, 3, state(3)), join(dir, snapshotName(4)));
  const got = latestSnapshot(dir);
  assert.equal(got?.seq, 3);
  assert.ok(got?.skipped[0]?.includes('file name says 4'));
});

test('pruneSnapshots keeps the newest valid ones and never deletes the last good one for a corrupt newer one', (t) => {
  const dir = tempDir(t);
  for (const s of [10, 20, 30, 40]) writeSnapshot(dir, s, state(s));
  pruneSnapshots(dir, 2);
  assert.deepEqual(readdirSync(dir).sort(), [snapshotName(30), snapshotName(40)]);
  flipByte(join(dir, snapshotName(40)), SNAPSHOT_HEADER_BYTES + 1);
  pruneSnapshots(dir, 1);
  assert.deepEqual(readdirSync(dir).sort(), [snapshotName(30), snapshotName(40)]);
  assert.equal(latestSnapshot(dir)?.seq, 30);
  // leftovers of a dead writer go; keep 0 removes every snapshot
  writeFileSync(join(dir, `${snapshotName(50)}.tmp-999999999`), 'partial');
  pruneSnapshots(dir, 0);
  assert.deepEqual(readdirSync(dir), []);
  pruneSnapshots(join(dir, 'absent'), 1); // nothing to do
  assert.throws(() => pruneSnapshots(dir, -1), (e: unknown) => e instanceof BourseError && e.code === 'INVARIANT');
  assert.throws(() => writeSnapshot(dir, 1.5, state(1)), (e: unknown) => e instanceof BourseError && e.code === 'INVARIANT');
  assert.equal(existsSync(join(dir, snapshotName(1))), false);
});

test("pruneSnapshots 'header' (the gateway's) counts a file by its header and length, never reading the payload; the removal can be handed elsewhere", (t) => {
  const dir = tempDir(t);
  for (const s of [10, 20, 30, 40, 50]) writeSnapshot(dir, s, state(s));
  // A payload bit flipped in place: 'header' cannot see it (load time does), 'full' does.
  flipByte(join(dir, snapshotName(50)), SNAPSHOT_HEADER_BYTES + 1);
  // A torn file (shorter than its header says) and a bad header are invalid by header too.
  truncateSync(join(dir, snapshotName(40)), SNAPSHOT_HEADER_BYTES + 10);
  flipByte(join(dir, snapshotName(30)), 9); // inside the seq field: header CRC mismatch
  const removed: string[] = [];
  pruneSnapshots(dir, 2, undefined, 'header', (p) => removed.push(p));
  // valid by header: 50, 20 (kept: 2), then 10 goes; 40 and 30 are damaged and newer than the oldest kept: they stay.
  assert.deepEqual(removed, [join(dir, snapshotName(10))]);
  assert.equal(readdirSync(dir).length, 5, 'the remover was handed the file, the prune deleted nothing itself');
  rmSync(removed[0]!);
  pruneSnapshots(dir, 2); // 'full': 50 fails its payload CRC, so 20 is the only valid one: nothing goes
  assert.deepEqual(readdirSync(dir).sort(), [20, 30, 40, 50].map((s) => snapshotName(s)));
  assert.equal(latestSnapshot(dir)?.seq, 20);
});

test('writeSnapshotAsync in fdatasynced groups (the gateway\'s, snapshotSyncBytes) writes the same file as in one write', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-snap-sync-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // Chunks of odd sizes, so groups split chunks and end mid-chunk; one empty chunk.
  const chunks = [3000, 0, 70_000, 1, 65_536, 12_345].map((n, k) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + k) & 255));
  const one = await writeSnapshotAsync(join(dir, 'one'), 9, chunks, GATEWAY_SNAPSHOT);
  for (const group of [1000, 4096, 65_536, 1 << 20]) {
    const sliced = await writeSnapshotAsync(join(dir, `g${group}`), 9, chunks, GATEWAY_SNAPSHOT, undefined, group);
    assert.deepEqual(readFileSync(sliced), readFileSync(one), `groups of ${group}`);
  }
  const back = readSnapshot(one);
  assert.equal(back.seq, 9);
  assert.equal(back.bytes.length, chunks.reduce((n, c) => n + c.length, 0));
});
