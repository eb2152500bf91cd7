/**
 * Sliced flushes (flushSliceMs): when a flush cannot write every client within its slice, the
 * rest wait, oldest first, and the next flush writes them their queued updates together with
 * its own. Every client, written in whichever flush, must see every `prev` link and checksum
 * intact, every trade once, heartbeats, and end on the server's book.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startRig, TestClient, sortedLevels } from './relay-harness.ts';
import { relayOptions, nextWriteShare, flushInterval, MIN_WRITE_SHARE_PCT } from '../../server/relay/options.ts';
import { BourseError } from '../../server/kernel/errors.ts';

const strip = (l: { price: number; qty: number; count: number }[]) => l.map((x) => ({ price: x.price, qty: x.qty, count: x.count }));

test('a flush that runs out of its slice leaves clients queued; the next flushes write them, streams intact', async () => {
  // A 1 ms slice: 80 clients cannot all be written in one flush.
  const rig = await startRig({ heartbeatMs: 50, flushMs: 2, flushSliceMs: 1, maxConnectionsPerAddress: 200 });
  try {
    const name = [...rig.sim.market.instruments.values()][0]!.name;
    const sym = rig.sim.market.symbolId(name)!;
    const clients = Array.from({ length: 80 }, () => new TestClient(rig.url));
    await Promise.all(clients.map((c) => c.open()));
    for (const c of clients) {
      c.send({ op: 'subscribe', channel: 'book', symbol: name, depth: 10, id: 1 });
      c.send({ op: 'subscribe', channel: 'trades', symbol: name, id: 2 });
    }
    await Promise.all(clients.map((c) => c.until(() => c.msgs.filter((m) => m.snapshot).length === 2, 10_000, 'two snapshots')));
    const sliced0 = rig.relay.stats().slicedFlushes;
    rig.sim.run(40, 4);
    await clients[0]!.until(() => clients[0]!.msgs.filter((m) => m.type === 'trades' && !m.snapshot).length >= 10, 20_000, 'trades');
    rig.sim.stop();
    const final = rig.sim.market.mdSeq;
    await Promise.all(clients.map((c) => c.until(() => c.msgs.some((m) => m.type === 'heartbeat' && m.seq === final), 10_000, 'heartbeat at the final seq')));
    assert.ok(rig.relay.stats().slicedFlushes > sliced0, 'some flushes ran out of their slice');
    assert.equal(rig.relay.stats().queued, 0, 'nobody left waiting');

    const server = rig.sim.market.book(sym, 10)!;
    const lastTrade = rig.sim.market.trades(sym, 1)[0]!.mdSeq;
    const tradeSeqs = clients.map((c) => c.msgs.filter((m) => m.type === 'trades' && !m.snapshot).flatMap((m) => m.trades.map((t: { seq: number }) => t.seq)));
    for (const [k, c] of clients.entries()) {
      assert.equal(c.gaps, 0, 'no prev link broken');
      assert.equal(c.checksumErrors, 0, 'every checksum matched');
      const local = c.books.get(name)!;
      assert.deepEqual(sortedLevels(local.bids, true), strip(server.bids));
      assert.deepEqual(sortedLevels(local.asks, false), strip(server.asks));
      assert.equal(tradeSeqs[k]![tradeSeqs[k]!.length - 1], lastTrade, 'every trade up to the last');
      assert.deepEqual(tradeSeqs[k], tradeSeqs[0], 'the same trades, once each, for every client');
    }
    for (const c of clients) c.close();
  } finally {
    await rig.close();
  }
});

test('flushSliceMs: 0 (off) by default, 0 to 10,000, else WS_BAD_OPTION', () => {
  assert.equal(relayOptions().flushSliceMs, 0);
  assert.equal(relayOptions({ flushSliceMs: 0 }).flushSliceMs, 0);
  for (const bad of [-1, 10_001, 1.5]) assert.throws(() => relayOptions({ flushSliceMs: bad }), (e: unknown) => e instanceof BourseError && e.code === 'WS_BAD_OPTION');
});

test('targetLoadPct: a loop busier than the target steps the write share down to the floor, idle time steps it back up to writeSharePct', () => {
  assert.equal(relayOptions().targetLoadPct, 100, 'off by default (bourse relay starts at 90)');
  const o = relayOptions({ targetLoadPct: 90 });
  let share = o.writeSharePct;
  const seen: number[] = [];
  for (let k = 0; k < 20; k++) seen.push((share = nextWriteShare(o, share, 1)));
  assert.equal(seen[0], 40); // a fifth less
  assert.equal(share, MIN_WRITE_SHARE_PCT);
  assert.equal(flushInterval(o, 5, share), 50); // 5 ms of writes at 10%: 50 ms from start to start
  assert.equal(nextWriteShare(o, share, 0.85), share, 'between the target and 10 points under it: unchanged');
  for (let k = 0; k < 20; k++) share = nextWriteShare(o, share, 0.5);
  assert.equal(share, o.writeSharePct, 'back up, never above writeSharePct');
  assert.equal(nextWriteShare(relayOptions({ targetLoadPct: 100 }), 10, 1), 50, '100: off');
  for (const bad of [9, 101, 50.5]) assert.throws(() => relayOptions({ targetLoadPct: bad }), (e: unknown) => e instanceof BourseError && e.code === 'WS_BAD_OPTION');
});
