/**
 * FeedMarket (server/apps/runtime/feed-market.ts) in one process over real loopback multicast:
 * a client that joins late (books from the snapshot loop, names from the instrument loop) turns
 * the feed into MD records whose seqs never go back, and ends with a MarketState equal to the
 * exchange's — every book level, checksum, md_seq, instrument and status.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedConfig, feedConfigJson, type FeedConfigInput } from '../../server/multicast/config.ts';
import { MulticastFeed } from '../../server/multicast/feed.ts';
import { MdSim } from '../../server/apps/runtime/md-sim.ts';
import { MarketState } from '../../server/mdp/market-state.ts';
import { Side } from '../../server/kernel/types.ts';
import { mdSeq } from '../../server/mdp/records.ts';
import { FeedClient, parseFeedConfig } from '../../server/feed-client/index.ts';
import { FeedMarket } from '../../server/apps/runtime/feed-market.ts';
import { feedTestConfig } from '../support/netns.ts';
import { freePort } from '../support/ports.ts';
import { sleep, until } from '../support/wait.ts';

test('FeedMarket: a late joiner\'s MarketState equals the exchange\'s at the same md_seq; seqs never go back', async () => {
  const cfg = feedConfig(feedTestConfig({ iface: '127.0.0.1', retransPort: await freePort(), snapshotBooksPerSecond: 1000, heartbeatMs: 50 }) as FeedConfigInput);
  const exchange = new MarketState();
  let feed: MulticastFeed | undefined;
  const sim = new MdSim({ seed: 3, symbols: 5, resting: 150, batch: 256, sinks: [(f64, i32, first, count) => {
    exchange.applyRecords(f64, i32, first, count);
    feed?.onRecords(f64, i32, first, count);
  }] });
  feed = await MulticastFeed.start({ config: cfg, mdp: sim.mdp });
  let client: FeedClient | undefined;
  try {
    sim.run(20_000); // history the late joiner never sees
    await sleep(50);
    client = await FeedClient.open({ config: parseFeedConfig(feedConfigJson(cfg)) });
    const fm = new FeedMarket(client);
    // The relay node's MarketState reads the feed client's books (one book per symbol); a
    // MarketState folding its own copy (two books, as before) must serve the same at every turn.
    const two = new FeedMarket(client, new MarketState());
    let compared = 0;
    const same = (when: string) => {
      assert.equal(fm.market.mdSeq, two.market.mdSeq, `${when}: md_seq`);
      for (const id of two.market.instruments.keys()) {
        assert.deepEqual(fm.market.book(id), two.market.book(id), `${when}: book of ${id} at md_seq ${two.market.mdSeq}`);
        compared++;
      }
    };
    let last = 0;
    let backwards = 0;
    let records = 0;
    fm.onRecords((f64, _i32, first, count) => {
      for (let k = first; k < first + count; k++) {
        const s = mdSeq(f64, k);
        if (s < last) backwards++;
        last = s;
        records++;
      }
    });
    for (let i = 0; i < 40; i++) {
      sim.run(250);
      await sleep(10);
      same(`turn ${i}`);
    }
    await until(() => client!.state()[0]!.state === 'live' && fm.market.mdSeq === exchange.mdSeq && fm.market.instruments.size === exchange.instruments.size, 20_000,
      () => `relay md_seq ${fm.market.mdSeq} vs ${exchange.mdSeq}, ${JSON.stringify(client!.state())}`);
    assert.ok(client.counters().snapshotsApplied >= 5, 'books came from the snapshot loop');
    assert.equal(backwards, 0, 'record seqs never go back');
    assert.ok(records > 1000);
    for (const [id, inst] of exchange.instruments) {
      const got = fm.market.instruments.get(id)!;
      assert.deepEqual(got, inst, `instrument ${inst.name}`);
      const a = exchange.book(id)!;
      const b = fm.market.book(id)!;
      assert.equal(b.checksum, a.checksum, `${inst.name} checksum`);
      assert.equal(b.checksum, fm.market.computeChecksum(id), `${inst.name} checksum of the held book`);
      assert.deepEqual(fm.market.depth(id, Side.Buy), exchange.depth(id, Side.Buy), `${inst.name} bids`);
      assert.deepEqual(fm.market.depth(id, Side.Sell), exchange.depth(id, Side.Sell), `${inst.name} asks`);
    }
    same('live');
    for (let i = 0; i < 20; i++) {
      sim.run(250);
      await sleep(10);
      same(`live turn ${i}`);
    }
    await until(() => fm.market.mdSeq === exchange.mdSeq, 20_000, () => `relay md_seq ${fm.market.mdSeq} vs ${exchange.mdSeq}`);
    assert.ok(compared > 100, `one book vs two compared ${compared} times`);
    fm.close();
    two.close();
  } finally {
    await client?.close();
    await feed.close();
  }
});
