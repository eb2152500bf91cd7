/**
 * A relay node across a publisher restart (a new feed session whose books are not empty): the
 * node forgets the old market, closes its WebSocket clients with 1001 (they reconnect and see a
 * new `session`), and serves the exchange's books again, taken from the snapshot loop.
 * In-process: the exchange harness and a RelayNode on loopback multicast.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Exchange } from './relay-nodes-harness.ts';
import { TestClient } from './relay-harness.ts';
import { RelayNode } from '../../server/apps/runtime/relay-node.ts';
import { MulticastFeed } from '../../server/multicast/feed.ts';
import { parseFeedConfig } from '../../server/feed-client/index.ts';
import { Side } from '../../server/kernel/types.ts';
import { sleep, until } from '../support/wait.ts';

test('relay node: a new publisher session replaces the market and the relay; books come back from snapshots', async () => {
  const x = await Exchange.start({ symbols: 3 });
  const doc = JSON.parse(readFileSync(x.configFile, 'utf8'));
  const node = await RelayNode.start({ config: parseFeedConfig(doc), host: '127.0.0.1', port: 0 });
  let c: TestClient | undefined;
  try {
    x.step(2000);
    await until(() => node.market.mdSeq === x.market.mdSeq && node.market.instruments.size === 3, 20_000, 'the relay to follow');
    const firstRelay = node.relay;
    c = new TestClient(`${node.server.url.replace(/^http/, 'ws')}/ws`);
    await c.open();
    // The publisher restarts: a new session, books not empty (ChannelReset.books_empty = false).
    await x.feed.close();
    await sleep(50);
    x.feed = await MulticastFeed.start({ config: x.feedCfg, mdp: x.sim.mdp });
    x.step(500);
    await c.until(() => c!.closed !== undefined, 20_000, 'the old relay to close the client');
    assert.equal(c.closed!.code, 1001);
    assert.notEqual(node.relay, firstRelay, 'a new Relay serves the new session');
    assert.equal(node.feed.stats.resets, 1);
    for (let i = 0; i < 10; i++) {
      x.step(100);
      await sleep(20);
    }
    await until(() => {
      for (const [id] of x.market.instruments) {
        const a = x.market.book(id);
        const b = node.market.book(id);
        if (!b || !a || a.checksum !== b.checksum) return false;
      }
      return node.client.state()[0]!.state === 'live';
    }, 30_000, 'the books to come back');
    for (const [id, inst] of x.market.instruments) {
      assert.deepEqual(node.market.depth(id, Side.Buy), x.market.depth(id, Side.Buy), `${inst.name} bids`);
      assert.deepEqual(node.market.depth(id, Side.Sell), x.market.depth(id, Side.Sell), `${inst.name} asks`);
    }
    const again = new TestClient(`${node.server.url.replace(/^http/, 'ws')}/ws`);
    await again.open();
    await again.until(() => again.msgs.some((m) => m.type === 'welcome'), 5000, 'welcome');
    assert.notEqual(again.msgs.find((m) => m.type === 'welcome')!.session, undefined);
    again.close();
  } finally {
    c?.close();
    await node.close();
    await x.close();
  }
});
