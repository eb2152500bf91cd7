/**
 * Slow consumers. A client that stops reading is first conflated (its updates folded into
 * bounded per-subscription state, nothing queued), then closed with 4008 'slow consumer',
 * while another client on the same relay keeps receiving. A client that lags and then drains
 * gets one conflated catch-up per subscription that rebuilds the exact book; trades dropped
 * while it lagged show as a gap in `prev`, and a resubscription heals it.
 *
 * The kernel buffers several MB per loopback socket, so the lagging client first asks for
 * thousands of snapshots without reading (realistic: a client requesting more than it reads).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sleep, until } from '../support/wait.ts';
import { startRig, TestClient, SimMarket, sortedLevels } from './relay-harness.ts';

const OPTS = { heartbeatMs: 50, flushMs: 5, highWaterBytes: 64 * 1024, lowWaterBytes: 16 * 1024, maxSubscriptions: 4000, maxInboundPerSecond: 10_000, closeGraceMs: 60_000 };

/** Make `c` lag: thousands of book resubscriptions (snapshots) on `names` while it does not read. */
async function flood(rig: Awaited<ReturnType<typeof startRig>>, c: TestClient, names: string[]): Promise<void> {
  c.ws.pause();
  for (let round = 0; round < 40 && rig.relay.stats().lagging === 0; round++) {
    for (let k = 0; k < 100; k++) for (const n of names) c.send({ op: 'subscribe', channel: 'book', symbol: n, depth: 500 });
    await sleep(30);
  }
  assert.equal(rig.relay.stats().lagging, 1, 'the flooded client lags');
}

test('a client that stops reading is conflated, then closed with 4008, while another keeps receiving', async () => {
  const rig = await startRig({ ...OPTS, slowConsumerMs: 1500 }, new SimMarket({ symbols: 4 }));
  try {
    const names = [...rig.sim.market.instruments.values()].map((i) => i.name);
    const slow = new TestClient(rig.url);
    const fast = new TestClient(rig.url);
    await Promise.all([slow.open(), fast.open()]);
    for (const n of names) {
      slow.send({ op: 'subscribe', channel: 'trades', symbol: n });
      fast.send({ op: 'subscribe', channel: 'book', symbol: n, depth: 10 });
      fast.send({ op: 'subscribe', channel: 'trades', symbol: n });
    }
    await fast.until(() => fast.msgs.filter((m) => m.snapshot).length === 2 * names.length, 5000, 'snapshots');
    rig.sim.run(30, 5);
    await flood(rig, slow, names.slice(1));
    const seqAtLag = rig.sim.market.mdSeq;
    await until(() => rig.relay.stats().slowConsumerCloses === 1, 20_000, 'the slow consumer close');
    const s = rig.relay.stats();
    assert.ok(s.conflatedUpdates > 0, 'updates were conflated before the close');
    assert.equal(s.connections, 2, 'closed, its socket waits for the close handshake');
    // While the slow one lagged, the other kept receiving: updates past the seq at which the lag began.
    const fastSeq = Math.max(...fast.msgs.filter((m) => m.type === 'heartbeat').map((m) => m.seq));
    assert.ok(fastSeq > seqAtLag, `fast client at ${fastSeq}, lag began at ${seqAtLag}`);
    assert.equal(fast.gaps, 0);
    assert.equal(fast.checksumErrors, 0);
    assert.equal(fast.closed, undefined);
    // The slow client, reading again, drains its backlog and then sees the documented close.
    slow.ws.resume();
    await slow.until(() => slow.closed !== undefined, 30_000, 'close frame');
    assert.deepEqual(slow.closed, { code: 4008, reason: 'slow consumer' });
    assert.equal(rig.relay.stats().subscriptions, 2 * names.length, 'its subscriptions are gone');
    fast.close();
  } finally {
    await rig.close();
  }
});

test('a client that lags then drains: conflated book catch-up equals the server book; dropped trades show as a gap; resubscribing heals', async () => {
  const rig = await startRig({ ...OPTS, slowConsumerMs: 60_000, maxQueuedTrades: 3 }, new SimMarket({ symbols: 4 }));
  try {
    const names = [...rig.sim.market.instruments.values()].map((i) => i.name);
    const c = new TestClient(rig.url);
    await c.open();
    c.send({ op: 'subscribe', channel: 'book', symbol: names[0], depth: 50 });
    c.send({ op: 'subscribe', channel: 'trades', symbol: names[0] });
    await c.until(() => c.msgs.filter((m) => m.snapshot).length === 2, 5000, 'snapshots');
    rig.sim.run(30, 5);
    await flood(rig, c, names.slice(1));
    await sleep(500);
    const s = rig.relay.stats();
    assert.ok(s.conflatedUpdates > 0);
    c.ws.resume();
    await until(() => rig.relay.stats().catchUps > 0 && rig.relay.stats().lagging === 0, 30_000, 'catch-up');
    const key = `trades:${names[0]}`;
    await c.until(() => c.gaps > 0, 10_000, 'the trade gap');
    assert.ok(rig.relay.stats().tradeGaps > 0);
    const gapsBefore = c.gaps;
    c.send({ op: 'subscribe', channel: 'trades', symbol: names[0] });
    await c.until(() => c.msgs.filter((m) => m.type === 'trades' && m.snapshot).length === 2, 10_000, 'trade snapshot');
    rig.sim.stop();
    const final = rig.sim.market.mdSeq;
    await c.until(() => c.msgs.some((m) => m.type === 'heartbeat' && m.seq === final), 30_000, 'final heartbeat');
    assert.equal(c.gaps, gapsBefore, 'no new gap after the resubscription');
    assert.ok(c.lastSeq.get(key)! > 0);
    const sym = rig.sim.market.symbolId(names[0]!)!;
    const server = rig.sim.market.book(sym, 50)!;
    const local = c.books.get(names[0]!)!;
    assert.equal(c.msgs.filter((m) => m.type === 'book' && m.symbol === names[0] && m.snapshot).length, 1, 'healed by conflation, not by a new snapshot');
    assert.deepEqual(sortedLevels(local.bids, true), server.bids);
    assert.deepEqual(sortedLevels(local.asks, false), server.asks);
    assert.equal(c.checksumErrors, 0);
    c.close();
  } finally {
    await rig.close();
  }
});
