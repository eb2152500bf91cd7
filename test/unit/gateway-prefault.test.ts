/**
 * Committing memory before the open (issue 13, "The cold start" in docs/benchmarks.md):
 * ReportBook.prefaultWindows commits resend windows ahead of their sessions and Ring.prefault a
 * ring's pages. Nothing observable changes: the same reports give the same resends and the same
 * snapshot bytes as a book that was never prefaulted; a log that existed keeps its bytes; a ring
 * carries records as before. And the point of it: appending to a pooled window takes (almost) no
 * page fault, where a cold window takes one per 4 KiB page (counted in /proc, Linux only).
 * Snapshots taken into buffers kept from the previous one (SnapshotBuffers) are byte for byte
 * those of fresh buffers, though the reused buffers still hold the older snapshot's bytes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { ReportBook, presizedIndex } from '../../server/gateway/reports.ts';
import { saveGatewayState, joinChunks, GatewaySnapshotJob, SnapshotBuffers } from '../../server/gateway/state.ts';
import { Ring } from '../../server/bus/ring.ts';

const WINDOW = 1 << 20;
const frame = (seq: number, n: number) => Uint8Array.from({ length: n }, (_, i) => (seq * 31 + i) & 0xff);
const fill = (b: ReportBook, session: number, from: number, to: number) => {
  for (let s = from; s <= to; s++) b.log(session).append(frame(s, 60 + (s % 37)), 0, 60 + (s % 37));
};

test('prefaultWindows: pooled windows give the same resends and snapshot bytes; an existing log keeps its bytes', () => {
  const cold = new ReportBook({ resendBytes: WINDOW, sink: () => undefined });
  const warm = new ReportBook({ resendBytes: WINDOW, sink: () => undefined });
  for (const b of [cold, warm]) fill(b, 5, 1, 500); // a session that exists before the prefault (a replayed one)
  assert.equal(warm.prefaultWindows(3), 3, 'the existing log and two pooled windows');
  assert.deepEqual(warm.log(5).range(1), cold.log(5).range(1), 'touching pages left the held bytes as they were');
  // Sessions 6, 7 take the pooled windows, 8 a fresh one; 6 wraps its window (older frames dropped).
  for (const b of [cold, warm]) {
    fill(b, 6, 1, 20_000);
    fill(b, 7, 1, 300);
    fill(b, 8, 1, 50);
    fill(b, 5, 501, 800);
  }
  assert.ok(warm.log(6).firstSeq > 1, 'session 6 wrapped its window');
  for (const s of [5, 6, 7, 8]) {
    assert.equal(warm.log(s).firstSeq, cold.log(s).firstSeq);
    assert.deepEqual(warm.log(s).range(warm.log(s).firstSeq), cold.log(s).range(cold.log(s).firstSeq));
  }
  assert.deepEqual(joinChunks(saveGatewayState(warm)), joinChunks(saveGatewayState(cold)), 'the same snapshot bytes');
  assert.equal(new ReportBook({ resendBytes: 128 << 20, sink: () => undefined }).prefaultWindows(2), 0, 'windows that grow (over 64 MiB) are not pooled');
  assert.equal(warm.prefaultWindows(0), 0);
});

test('prefaultWindows: appending to a pooled window takes no page fault per page', { skip: existsSync('/proc/thread-self/stat') ? false : 'no /proc/thread-self (not Linux)' }, () => {
  const minflt = () => Number(readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ')[7]);
  const b = new ReportBook({ resendBytes: 4 << 20, sink: () => undefined });
  b.prefaultWindows(2);
  const f = frame(1, 75);
  const faultsOf = (session: number) => {
    const f0 = minflt(); // the log's allocation counted too: a recycled heap chunk is zeroed (touched) by calloc
    const log = b.log(session);
    for (let i = 0; i < 50_000; i++) log.append(f, 0, f.length); // 3.75 MB: ~900 pages of the window
    return minflt() - f0;
  };
  const pooled = faultsOf(1);
  const cold = faultsOf(3); // the pool holds 2: session 3 allocates a window of its own
  // A cold window faults once per page it first writes (~900 for the 3.75 MB these appends write, when the kernel
  // gives 4 KiB pages; fewer where the allocator hands back memory already touched, or huge pages).
  assert.ok(pooled < 100, `a pooled window takes no fault per page (${pooled} faults; a cold one ${cold})`);
  // The comparison says something only when the cold window did fault per page: the allocator may
  // hand it memory another test already touched (1 fault, seen in a full unit run).
  if (cold > 500) assert.ok(pooled * 10 < cold, `pooled ${pooled}, cold ${cold}`);
});

test('Ring.prefault: a prefaulted ring carries records as before', () => {
  const r = Ring.create(1024, 16).prefault();
  const rec = new Uint8Array(16 * 3).map((_, i) => i + 1);
  assert.equal(r.tryWrite(rec, 3), 3);
  const got: number[] = [];
  r.read((f64, _i32, first, count) => {
    for (let k = first; k < first + count; k++) got.push(f64[k * 2]!);
  }, 10);
  const expect = new Float64Array(rec.buffer);
  assert.deepEqual(got, [expect[0], expect[2], expect[4]]);
});

test('SnapshotBuffers: snapshots into reused buffers are byte-equal to fresh ones; one snapshot at a time', () => {
  const b = new ReportBook({ resendBytes: 64 << 10, sink: () => undefined });
  const pool = new SnapshotBuffers();
  const index = presizedIndex(64 << 10); // the logs' frame index, as the gateway prefaults it
  pool.prefault(1, 64 << 10, index); // slot 0 committed ahead (the gateway does it with prefaultWindows)
  fill(b, 1, 1, 300);
  fill(b, 2, 1, 2_000); // wraps its window
  b.log(3); // empty: holds nothing in the pool
  const take = () => {
    // The state at the capture, taken first (a job's hooks on the logs are its own while it copies).
    const expect = joinChunks(saveGatewayState(b));
    pool.acquire();
    const job = new GatewaySnapshotJob(b, pool);
    // In slices, while the logs go on (one wraps again): the bytes are those of the state at the capture.
    let k = 0;
    while (!job.step(4096)) fill(b, 2, 2_001 + 1_000 * round + k, 2_001 + 1_000 * round + k++);
    pool.release();
    return { got: joinChunks(job.chunks), expect };
  };
  let round = 0;
  const first = take();
  assert.deepEqual(first.got, first.expect);
  const held = pool.heldBytes;
  assert.ok(held > 0 && held <= 2 * ((64 << 10) + index * 8), `the pool holds two sessions' buffers (${held} bytes)`);
  for (round = 1; round <= 3; round++) {
    fill(b, 1, 301 + 100 * round, 400 + 100 * round);
    const again = take();
    assert.deepEqual(again.got, again.expect, `snapshot ${round + 1} into reused buffers`);
  }
  assert.equal(pool.heldBytes, held, 'no buffer was allocated again');
  pool.acquire();
  assert.throws(() => pool.acquire(), (e: unknown) => (e as { code?: string }).code === 'INVARIANT');
});

test('a presized window holds a full window of reports (55-68 bytes) without growing its frame index', () => {
  const b = new ReportBook({ resendBytes: 4 << 20, sink: () => undefined });
  const log = b.log(1);
  const index = log.indexSize;
  assert.equal(index, presizedIndex(4 << 20));
  const accepted = frame(1, 55);
  for (let i = 0; i < 90_000; i++) log.append(accepted, 0, accepted.length); // past full: ~76,000 held
  assert.ok(log.firstSeq > 1, 'the window is full and drops');
  assert.equal(log.indexSize, index, 'the index held every frame of the window: no 1 MiB index allocated (and faulted in) under load');
});
