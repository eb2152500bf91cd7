// The shared-memory ring in one thread: wrap-around, partial writes, integrity, cursor wrap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ring, setRingCursorsForTest } from '../../server/bus/ring.ts';
import { parsePinSpec, pinCurrentThread } from '../../server/apps/runtime/pin.ts';
import { BourseError } from '../../server/kernel/errors.ts';
import { EVENT_SIZE } from '../../server/engine/events.ts';

const SLOTS = EVENT_SIZE / 8;
// Test records: the first slot is the record's index, the last its index * 3 (a checksum).
const INDEX = 0;
const CHECK = SLOTS - 1;

function records(first: number, count: number): Uint8Array {
  const f64 = new Float64Array(count * SLOTS);
  for (let i = 0; i < count; i++) {
    f64[i * SLOTS + INDEX] = first + i;
    f64[i * SLOTS + CHECK] = (first + i) * 3;
  }
  return new Uint8Array(f64.buffer);
}

/** Drains the ring, returning the indexes read and checking each record's checksum. */
function drain(ring: Ring, max?: number): number[] {
  const seen: number[] = [];
  ring.read((f64, _i32, first, count) => {
    for (let i = first; i < first + count; i++) {
      const s = i * SLOTS;
      const idx = f64[s + INDEX]!;
      assert.equal(f64[s + CHECK], idx * 3, `record ${idx} is intact`);
      seen.push(idx);
    }
  }, max);
  return seen;
}

test('records go round a small ring many times, intact and in order', () => {
  const ring = Ring.create(8, EVENT_SIZE);
  let next = 0;
  let expect = 0;
  for (let round = 0; round < 500; round++) {
    const batch = 1 + (round % 7);
    assert.equal(ring.tryWrite(records(next, batch), batch), batch);
    next += batch;
    for (const idx of drain(ring)) assert.equal(idx, expect++);
  }
  assert.equal(expect, next);
  const s = ring.stats();
  assert.deepEqual(s, { written: next, read: next, stalls: 0, capacity: 8, depth: 0 });
});

test('a run that wraps reaches the handler as two contiguous runs', () => {
  const ring = Ring.create(8, EVENT_SIZE);
  ring.tryWrite(records(0, 6), 6);
  assert.equal(drain(ring).length, 6);
  ring.tryWrite(records(6, 5), 5); // slots 6,7 then 0,1,2
  const runs: [number, number][] = [];
  ring.read((_f, _i, first, count) => void runs.push([first, count]));
  assert.deepEqual(runs, [[6, 2], [0, 3]]);
});

test('tryWrite takes only what fits when nearly full, 0 when full', () => {
  const ring = Ring.create(8, EVENT_SIZE);
  assert.equal(ring.tryWrite(records(0, 5), 5), 5);
  assert.equal(ring.tryWrite(records(5, 6), 6), 3);
  assert.equal(ring.stats().depth, 8);
  assert.equal(ring.tryWrite(records(8, 1), 1), 0);
  assert.deepEqual(drain(ring, 2), [0, 1]);
  assert.equal(ring.stats().depth, 6);
  // The rest of the earlier batch (records 8..10) goes in where the first 3 stopped.
  assert.equal(ring.tryWrite(records(8, 3), 3), 2);
  assert.deepEqual(drain(ring), [2, 3, 4, 5, 6, 7, 8, 9]);
  assert.equal(ring.stats().read, 10);
});

test('write() with room returns at once and counts no stall', () => {
  const ring = Ring.create(16, EVENT_SIZE);
  ring.write(records(0, 16), 16);
  assert.equal(ring.stats().stalls, 0);
  assert.deepEqual(drain(ring), Array.from({ length: 16 }, (_, i) => i));
});

test('write() on a full ring with no consumer stalls, then reports BUS_STALLED after its timeout', () => {
  const ring = Ring.create(4, EVENT_SIZE);
  ring.write(records(0, 4), 4);
  assert.throws(() => ring.write(records(4, 2), 2, 5), (e: unknown) => e instanceof BourseError && e.code === 'BUS_STALLED');
  assert.equal(ring.stats().stalls, 1);
  assert.deepEqual(drain(ring), [0, 1, 2, 3], 'nothing was overwritten');
});

test('the cursors wrap past 2^31 and 2^32 and everything still flows', () => {
  for (const start of [2 ** 31 - 13, 2 ** 32 - 13]) {
    const ring = Ring.create(8, EVENT_SIZE);
    setRingCursorsForTest(ring, start);
    let next = 0;
    let expect = 0;
    for (let round = 0; round < 40; round++) {
      const batch = 1 + (round % 8);
      let put = 0;
      while (put < batch) {
        const n = ring.tryWrite(records(next + put, batch - put), batch - put);
        put += n;
        if (n === 0) for (const idx of drain(ring, 3)) assert.equal(idx, expect++);
      }
      next += batch;
      assert.ok(ring.stats().depth <= 8);
    }
    for (const idx of drain(ring)) assert.equal(idx, expect++);
    assert.equal(expect, next);
    const s = ring.stats();
    assert.equal(s.written, start + next, `written counts on past the wrap from ${start}`);
    assert.equal(s.read, start + next);
    assert.equal(s.depth, 0);
  }
});

test('written/read stay exact across several cursor wraps', () => {
  const ring = Ring.create(8, EVENT_SIZE);
  const cross = (from: number, cursorsOnly: boolean): void => {
    setRingCursorsForTest(ring, from, cursorsOnly);
    for (let i = 0; i < 4; i++) {
      assert.equal(ring.tryWrite(records(i * 8, 8), 8), 8);
      assert.equal(drain(ring).length, 8);
    }
  };
  cross(2 ** 31 - 13, false); // 2^31: cursors turn negative
  cross(2 ** 32 - 13, true); // 2^32: back to 0; the counters must have followed the real traffic
  cross(3 * 2 ** 31 - 13, true);
  assert.equal(ring.stats().written, 3 * 2 ** 31 - 13 + 32);
  assert.equal(ring.stats().read, 3 * 2 ** 31 - 13 + 32);
  setRingCursorsForTest(ring, 2 ** 50 + 5);
  assert.equal(ring.stats().written, 2 ** 50 + 5);
});

test('attach sees the same ring; bad shapes and buffers are refused', () => {
  const a = Ring.create(8, EVENT_SIZE);
  const b = Ring.attach(a.sab);
  a.tryWrite(records(0, 3), 3);
  assert.deepEqual(drain(b), [0, 1, 2]);
  assert.equal(a.stats().read, 3);
  const bad = (e: unknown) => e instanceof BourseError && e.code === 'BUS_BAD_RING';
  assert.throws(() => Ring.create(6, EVENT_SIZE), bad);
  assert.throws(() => Ring.create(8, 20), bad);
  assert.throws(() => Ring.create(2 ** 30, 8), bad);
  assert.throws(() => Ring.attach(new SharedArrayBuffer(1024)), bad);
  assert.throws(() => a.tryWrite(records(0, 1), 2), (e: unknown) => e instanceof BourseError && e.code === 'BUS_BAD_WRITE');
});

test('close: the consumer still reads what was written, then sees the end; writes are refused', () => {
  const ring = Ring.create(8, EVENT_SIZE);
  ring.tryWrite(records(0, 2), 2);
  ring.close();
  const consumer = Ring.attach(ring.sab);
  assert.equal(consumer.closed, true);
  assert.equal(consumer.waitForData(1000), true);
  assert.deepEqual(drain(consumer), [0, 1]);
  assert.equal(consumer.waitForData(1000), false, 'closed and empty: returns at once');
  assert.throws(() => ring.tryWrite(records(2, 1), 1), (e: unknown) => e instanceof BourseError && e.code === 'BUS_CLOSED');
});

test('waitForData times out on an empty open ring', () => {
  const ring = Ring.create(8, EVENT_SIZE);
  assert.equal(ring.waitForData(1), false);
  ring.tryWrite(records(0, 1), 1);
  assert.equal(ring.waitForData(1), true);
});

test('parsePinSpec reads roles and refuses bad input', () => {
  assert.deepEqual(parsePinSpec('core=0,mdp=1', 2), { core: 0, mdp: 1 });
  assert.deepEqual(parsePinSpec('mdp=3', 4), { mdp: 3 });
  for (const bad of ['', 'core', 'core=x', 'engine=0', 'core=0,core=1', 'core=2', 'core=-1']) {
    assert.throws(() => parsePinSpec(bad, 2), (e: unknown) => e instanceof BourseError && e.code === 'CLI_BAD_VALUE', bad);
  }
});

test('pinCurrentThread refuses impossible cpus with a reason (and pins nothing)', () => {
  for (const cpu of [-1, 1.5, 4096]) {
    const r = pinCurrentThread(cpu);
    assert.equal(r.ok, false, `cpu ${cpu}`);
    if (!r.ok) assert.match(r.reason, /cpu|taskset|Linux|proc/);
  }
});
