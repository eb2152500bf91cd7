/**
 * maxRoundTrades (`bourse relay --round-trades`): a round's JSON trades update carries the newest
 * N trades of the symbol and `omitted` for the ones before them, with its seq/prev chain unbroken
 * and the book current, so a rare round (10,000 clients) does not carry, and pay to write, every
 * trade since the last one. Without it (0, the default) every trade comes once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startRig, TestClient, sortedLevels } from './relay-harness.ts';

const strip = (l: { price: number; qty: number; count: number }[]) => l.map((x) => ({ price: x.price, qty: x.qty, count: x.count }));

for (const keep of [3, 0]) {
  test(`maxRoundTrades ${keep}: a burst of trades in one round ${keep ? 'comes as the newest 3 and the count omitted' : 'comes whole'}; chain and book intact`, async () => {
    // Rounds at most every 300 ms: a burst stepped at once lands in one round.
    const rig = await startRig({ heartbeatMs: 5000, flushMs: 300, maxRoundTrades: keep });
    try {
      const name = [...rig.sim.market.instruments.values()][0]!.name;
      const sym = rig.sim.market.symbolId(name)!;
      const c = new TestClient(rig.url);
      await c.open();
      c.send({ op: 'subscribe', channel: 'book', symbol: name, depth: 10, id: 1 });
      c.send({ op: 'subscribe', channel: 'trades', symbol: name, id: 2 });
      await c.until(() => c.msgs.filter((m) => m.snapshot).length === 2, 5000, 'two snapshots');
      const before = rig.sim.market.trades(sym, 1)[0]?.mdSeq ?? 0;
      rig.sim.step(3000);
      const made = rig.sim.market.trades(sym, 100_000).filter((t) => t.mdSeq > before);
      assert.ok(made.length > 10, `the burst traded ${made.length} times`);
      const last = made[made.length - 1]!.mdSeq;
      await c.until(() => c.msgs.some((m) => m.type === 'trades' && m.seq === last), 5000, 'the trades update');
      const ups = c.msgs.filter((m) => m.type === 'trades' && !m.snapshot);
      const shown = ups.flatMap((m) => m.trades.map((t: { seq: number }) => t.seq));
      const omitted = ups.reduce((k, m) => k + (m.omitted ?? 0), 0);
      assert.equal(shown.length + omitted, made.length, 'listed + omitted = every trade of the burst');
      assert.deepEqual(shown, made.slice(made.length - shown.length).map((t) => t.mdSeq), 'the newest, in order');
      if (keep > 0) {
        assert.equal(ups.length, 1, 'one round');
        assert.equal(shown.length, keep);
        assert.equal(ups[0]!.omitted, made.length - keep);
      } else assert.equal(omitted, 0);
      assert.equal(c.gaps, 0, 'no prev link broken');
      assert.equal(c.checksumErrors, 0);
      const server = rig.sim.market.book(sym, 10)!;
      await c.until(() => c.books.get(name)?.checksum === server.checksum, 5000, 'the book at the burst\'s end');
      assert.deepEqual(sortedLevels(c.books.get(name)!.bids, true), strip(server.bids));
      assert.deepEqual(sortedLevels(c.books.get(name)!.asks, false), strip(server.asks));
      assert.equal(rig.relay.stats().omittedTrades, keep > 0 ? made.length - keep : 0);
      c.close();
    } finally {
      await rig.close();
    }
  });
}
