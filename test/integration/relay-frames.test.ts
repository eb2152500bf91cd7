/**
 * The flush's shared frames: a frame built for one client is reused only by clients that get the
 * very same messages. Clients whose frames start with the same update (the same book) but go on
 * differently (one also has the symbol's trades) each get their own, and every client, whichever
 * place the moving write order gives it in a flush, ends on the server's book with every `prev`
 * link and checksum intact.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startRig, TestClient, sortedLevels } from './relay-harness.ts';

const strip = (l: { price: number; qty: number; count: number }[]) => l.map((x) => ({ price: x.price, qty: x.qty, count: x.count }));

test('frames shared by first message are told apart by the rest: book-only clients get no trades, book+trades clients get every trade; all end on the server book', async () => {
  const rig = await startRig({ heartbeatMs: 50, flushMs: 5 });
  try {
    const name = [...rig.sim.market.instruments.values()][0]!.name;
    const sym = rig.sim.market.symbolId(name)!;
    const bookOnly = [new TestClient(rig.url), new TestClient(rig.url), new TestClient(rig.url)];
    const withTrades = [new TestClient(rig.url), new TestClient(rig.url), new TestClient(rig.url)];
    const all = [...bookOnly, ...withTrades];
    await Promise.all(all.map((c) => c.open()));
    // Interleaved, so the write order mixes the two kinds.
    for (let i = 0; i < 3; i++) {
      bookOnly[i]!.send({ op: 'subscribe', channel: 'book', symbol: name, depth: 10, id: 1 });
      withTrades[i]!.send({ op: 'subscribe', channel: 'book', symbol: name, depth: 10, id: 1 });
      withTrades[i]!.send({ op: 'subscribe', channel: 'trades', symbol: name, id: 2 });
    }
    await Promise.all(bookOnly.map((c) => c.until(() => c.msgs.some((m) => m.snapshot), 5000, 'book snapshot')));
    await Promise.all(withTrades.map((c) => c.until(() => c.msgs.filter((m) => m.snapshot).length === 2, 5000, 'two snapshots')));
    const tradesBefore = rig.sim.market.trades(sym, 1)[0]?.mdSeq ?? 0;

    rig.sim.run(40, 4);
    await withTrades[0]!.until(() => withTrades[0]!.msgs.filter((m) => m.type === 'trades' && !m.snapshot).length >= 5, 20_000, 'trades');
    rig.sim.stop();
    const final = rig.sim.market.mdSeq;
    await Promise.all(all.map((c) => c.until(() => c.msgs.some((m) => m.type === 'heartbeat' && m.seq === final), 5000, 'heartbeat at the final seq')));

    const server = rig.sim.market.book(sym, 10)!;
    const lastTrade = rig.sim.market.trades(sym, 1)[0]!.mdSeq;
    assert.ok(lastTrade > tradesBefore, 'the market traded during the test');
    for (const c of all) {
      assert.equal(c.gaps, 0, 'no prev link broken');
      assert.equal(c.checksumErrors, 0, 'every checksum matched');
      const local = c.books.get(name)!;
      assert.deepEqual(sortedLevels(local.bids, true), strip(server.bids));
      assert.deepEqual(sortedLevels(local.asks, false), strip(server.asks));
    }
    for (const c of bookOnly) assert.equal(c.msgs.filter((m) => m.type === 'trades').length, 0, 'a book-only client got no trades');
    const tradeSeqs = withTrades.map((c) => c.msgs.filter((m) => m.type === 'trades' && !m.snapshot).flatMap((m) => m.trades.map((t: { seq: number }) => t.seq)));
    for (const seqs of tradeSeqs) {
      assert.equal(seqs[seqs.length - 1], lastTrade, 'every trade up to the last');
      assert.deepEqual(seqs, tradeSeqs[0], 'the same trades for every client of the same subscriptions');
    }
    for (const c of all) c.close();
  } finally {
    await rig.close();
  }
});
