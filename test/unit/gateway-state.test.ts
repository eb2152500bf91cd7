/**
 * The gateway's snapshot (server/gateway/state.ts): a book saved and loaded into a fresh one saves
 * to the same bytes, resends the same frames, and keeps the same window as more reports come
 * (bounded by the same resendBytes); a damaged payload is GW_STATE_CORRUPT, never loaded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReportBook } from '../../server/gateway/reports.ts';
import { saveGatewayState, loadGatewayState, joinChunks, GatewaySnapshotJob } from '../../server/gateway/state.ts';
import { crc32 } from '../../server/kernel/crc32.ts';
import fc from 'fast-check';
import { BourseError } from '../../server/kernel/errors.ts';

const WINDOW = 4096;
const book = () => new ReportBook({ resendBytes: WINDOW, sink: () => undefined });
const frame = (seq: number, n: number) => Uint8Array.from({ length: n }, (_, i) => (seq * 31 + i) & 0xff);

test('gateway state: save, load, save again gives the same bytes; resends and windows stay equal', () => {
  const a = book();
  a.lastInputSeq = 12345;
  a.keys.set({ keyId: 7, firm: 3, rate: 5000, revoked: false, publicKey: new Uint8Array(32).fill(9) });
  a.keys.set({ keyId: 8, firm: 3, rate: 0, revoked: true, publicKey: new Uint8Array(32).fill(4) });
  a.instruments.set(2, { symbol: 'MSFT', symbolId: 2, priceDecimals: 4, qtyDecimals: 0, tick: 100, lot: 1, refPrice: 4_100_000 });
  a.instruments.set(1, { symbol: 'AAPL', symbolId: 1, priceDecimals: 4, qtyDecimals: 0, tick: 100, lot: 1, refPrice: 1_900_000 });
  for (const [name, id] of [['MSFT', 2], ['AAPL', 1]] as const) a.symbolIds.set(name, id);
  for (const id of [50, 10, 30]) a.orders.set(id, { orderId: id, session: 7, account: 1, symbol: 1, side: 1, clientOrderId: id + 1, price: 1_900_000, qty: 100, leaves: 60, cum: 40 });
  // Session 7 wraps its window (older frames dropped), session 8 has none held.
  for (let s = 1; s <= 90; s++) a.log(7).append(frame(s, 40 + (s % 23)), 0, 40 + (s % 23));
  a.log(8);
  assert.ok(a.log(7).firstSeq > 1, 'the window dropped its oldest frames');
  const bytes = joinChunks(saveGatewayState(a));
  const b = book();
  loadGatewayState(b, bytes, 'test', WINDOW);
  assert.deepEqual(joinChunks(saveGatewayState(b)), bytes);
  assert.equal(b.lastInputSeq, 12345);
  assert.deepEqual([...b.orders.keys()], [50, 10, 30], 'insertion order kept');
  assert.deepEqual([...b.instruments.keys()], [2, 1]);
  assert.equal(b.keys.get(8)!.revoked, true);
  for (const l of [a, b]) assert.equal(l.log(8).lastSeq, 0);
  const first = a.log(7).firstSeq;
  assert.equal(b.log(7).firstSeq, first);
  assert.deepEqual(b.log(7).range(first), a.log(7).range(first));
  // More reports on both: the same window, the same bytes.
  for (let s = 91; s <= 160; s++) for (const x of [a, b]) x.log(7).append(frame(s, 30 + (s % 41)), 0, 30 + (s % 41));
  assert.equal(b.log(7).firstSeq, a.log(7).firstSeq);
  assert.deepEqual(b.log(7).range(b.log(7).firstSeq), a.log(7).range(a.log(7).firstSeq));
  assert.deepEqual(b.log(7).range(150), a.log(7).range(150));
});

test('gateway state: a damaged or foreign payload is GW_STATE_CORRUPT', () => {
  const a = book();
  for (let s = 1; s <= 5; s++) a.log(1).append(frame(s, 20), 0, 20);
  const bytes = joinChunks(saveGatewayState(a));
  const code = (f: () => void) => assert.throws(f, (e: unknown) => e instanceof BourseError && e.code === 'GW_STATE_CORRUPT');
  code(() => loadGatewayState(book(), bytes.subarray(0, bytes.length - 1), 't', WINDOW));
  const foreign = bytes.slice();
  foreign[0] = foreign[0]! ^ 0xff;
  code(() => loadGatewayState(book(), foreign, 't', WINDOW));
  const b = book();
  loadGatewayState(b, bytes, 't', WINDOW);
  code(() => loadGatewayState(b, bytes, 't', WINDOW)); // into a book that already holds sessions
});

test('gateway state taken in slices while the logs go on (windows full: every append drops) equals the synchronous capture at the same point', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 2 ** 31 }), (sessions, slice, before, seed) => {
    let x = seed;
    const rnd = (n: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x % n;
    };
    const a = book();
    a.lastInputSeq = 77;
    const next = new Map<number, number>();
    const add = (s: number) => {
      const seq = (next.get(s) ?? 0) + 1;
      next.set(s, seq);
      const n = 20 + rnd(90);
      a.log(s).append(frame(seq * 7 + s, n), 0, n);
    };
    for (let i = 0; i < before; i++) add(1 + rnd(sessions));
    const want = joinChunks(saveGatewayState(a)); // the synchronous capture, for comparison
    const job = new GatewaySnapshotJob(a);
    // Slices interleaved with appends (each may drop the oldest frames, even wrap the window twice).
    let guard = 0;
    while (!job.step(slice)) {
      for (let k = rnd(40); k > 0; k--) add(1 + rnd(sessions + 1)); // a new session too
      assert.ok(++guard < 1e6);
    }
    const got = joinChunks(job.chunks);
    assert.deepEqual(got, want);
    assert.equal(job.length, want.length);
    assert.equal(job.crc, crc32(want, 0, want.length));
    for (const l of a.sessions.values()) assert.equal(l.beforeDrop, undefined, 'no hook left behind');
  }), { numRuns: 300 });
});

test('gateway state in slices, windows of thousands of frames: the drop path copies ahead in runs (a hook call per ~1,000 drops, not per drop) and the bytes equal the synchronous capture', () => {
  const pool = Uint8Array.from({ length: 1 << 16 }, (_, i) => (i * 2654435761) >>> 24); // frames are runs of it, each from its own offset
  fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 4096, max: 200_000 }), fc.integer({ min: 1, max: 2 ** 31 }), (sessions, slice, seed) => {
    let x = seed;
    const rnd = (n: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x % n;
    };
    const WIDE = 256 << 10;
    const a = new ReportBook({ resendBytes: WIDE, sink: () => undefined });
    const next = new Map<number, number>();
    const add = (s: number) => {
      const seq = (next.get(s) ?? 0) + 1;
      next.set(s, seq);
      const n = 40 + rnd(41); // 40-80 bytes, as reports: ~4,300 frames a full window
      const from = (seq * 7919 + s * 104_729) % (pool.length - 80);
      a.log(s).append(pool, from, from + n);
    };
    for (let s = 1; s <= sessions; s++) for (let i = 0; i < 5000 + rnd(3000); i++) add(s); // full: every append drops
    const want = joinChunks(saveGatewayState(a));
    const job = new GatewaySnapshotJob(a);
    let calls = 0;
    let drops = 0;
    for (const l of a.sessions.values()) {
      const hook = l.beforeDrop!;
      l.beforeDrop = () => {
        calls++;
        hook();
      };
    }
    const frames = Math.max(...[...a.sessions.values()].map((l) => l.lastSeq - l.firstSeq + 1));
    while (!job.step(slice)) {
      for (let k = rnd(400); k > 0; k--) {
        add(1 + rnd(sessions));
        drops++;
      }
    }
    assert.deepEqual(joinChunks(job.chunks), want);
    assert.equal(job.crc, crc32(want, 0, want.length));
    // Per log, one call per run of 1,025 frames at most, and one more where a slice got there first.
    assert.ok(calls <= sessions * (2 * Math.ceil(frames / 1025) + 1), `${calls} hook calls for ${drops} drops of ${sessions} logs of ${frames} frames`);
    for (const l of a.sessions.values()) assert.equal(l.dropGuard, Infinity, 'no guard left behind');
  }), { numRuns: 30 });
});
