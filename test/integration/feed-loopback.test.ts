/**
 * Publisher and feed client on loopback, real multicast sockets: after a 100k-order simulated
 * session the client's books equal the publisher's (Mdp) books level for level, with the same
 * checksums, and every message was applied exactly once in order. Plus the `bourse feed` CLI
 * against a `bourse publish` process.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedConfig, feedConfigJson, type FeedConfigInput } from '../../server/multicast/config.ts';
import { MulticastFeed } from '../../server/multicast/feed.ts';
import { MdSim } from '../../server/apps/runtime/md-sim.ts';
import { FeedClient, parseFeedConfig, type FeedEvent } from '../../server/feed-client/index.ts';
import { bookChecksum } from '../../server/kernel/book-checksum.ts';
import { feedTestConfig, writeJson, waitForLine } from '../support/netns.ts';
import { bourseSpawn } from '../support/cli.ts';
import { freePort } from '../support/ports.ts';
import { sleep, until } from '../support/wait.ts';

const ORDERS = 100_000;
const SYMBOLS = 8;

test('loopback: after 100k orders the client books equal the publisher books, checksums and all', async () => {
  const cfg = feedConfig(feedTestConfig({ iface: '127.0.0.1', retransPort: await freePort() }) as FeedConfigInput);
  const sim = new MdSim({ seed: 11, symbols: SYMBOLS, resting: 300 });
  // Client first, so it sees the session from sequence 1 (the late join has its own tests).
  const client = await FeedClient.open({ config: parseFeedConfig(feedConfigJson(cfg)) });
  const events: FeedEvent[] = [];
  client.onStatus((e) => events.push(e));
  const feed = await MulticastFeed.start({ config: cfg, mdp: sim.mdp });
  try {
    const out = sim.mdp.out;
    for (let done = 0; done < ORDERS; done += 250) {
      sim.run(250);
      feed.onRecords(out.f64, out.i32, 0, out.count);
      out.clear();
      // Yield so the client (same event loop) drains its sockets: a paced publisher.
      await sleep(0);
    }
    const last = feed.publisher.lastSeq(1);
    assert.ok(last > ORDERS, `expected well over ${ORDERS} messages, got ${last}`);
    await until(() => client.state()[0]!.seq >= last && client.state()[0]!.state === 'live', 20_000,
      () => `the client to catch up: at ${JSON.stringify(client.state())} of ${last}; counters ${JSON.stringify(client.counters())}`);
    const c = client.counters();
    let levels = 0;
    for (const inst of sim.mdp.instrumentList()) {
      const want = sim.mdp.snapshot(inst.symbol)!;
      const got = client.book(inst.symbol, Infinity)!;
      assert.ok(got, `no book for ${inst.name}`);
      assert.equal(got.name, inst.name);
      assert.equal(got.stale, false);
      assert.equal(got.checksum, want.checksum, `${inst.name}: checksum`);
      assert.equal(got.checksum, bookChecksum(want.bids, want.asks));
      assert.deepEqual(got.bids, want.bids, `${inst.name}: bids`);
      assert.deepEqual(got.asks, want.asks, `${inst.name}: asks`);
      levels += got.bids.length + got.asks.length;
    }
    assert.ok(levels > SYMBOLS * 20, `books should be deep, got ${levels} levels`);
    assert.equal(c.messages, last, 'every message applied exactly once');
    assert.equal(c.checksumFailures, 0);
    assert.ok(c.checksumOk > ORDERS / 2, `checksums verified: ${c.checksumOk}`);
    assert.equal(c.lostMessages, 0);
    assert.ok(c.duplicatePackets > 0 && c.packetsB > 0, 'feed B delivered duplicates');
    assert.ok(events.some((e) => e.type === 'live'));
  } finally {
    await client.close();
    await feed.close();
  }
});

test('bourse feed prints the live top of book and the client status of a bourse publish process', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-feed-cli-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const config = writeJson(dir, 'feed.json', feedTestConfig({ iface: '127.0.0.1', retransPort: await freePort() }));
  const pub = bourseSpawn(['publish', '--config', config, '--rate', '2000', '--symbols', '3', '--seconds', '60']); // stopped below
  try {
    await waitForLine(pub, /publish: ready/);
    const cli = bourseSpawn(['feed', '--config', config, '--seconds', '6', '--json']);
    let out = '';
    cli.stdout!.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((r) => cli.on('exit', r));
    assert.equal(code, 0, out);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const final = lines.at(-1)!;
    assert.equal(final.type, 'final');
    const books = final.books as { name: string; checksum: number; stale: boolean; bid?: string; ask?: string }[];
    assert.deepEqual(books.map((b) => b.name).sort(), ['AAPL', 'MSFT', 'NVDA']);
    for (const b of books) {
      assert.equal(b.stale, false);
      assert.match(b.bid ?? '', /^\d+(\.\d+)? x \d+$/);
    }
    const status = (final.channels as { state: string }[])[0]!;
    assert.equal(status.state, 'live');
    assert.ok(lines.some((l) => l.type === 'status'), 'status events are printed');
    assert.ok(lines.some((l) => l.type === 'top'), 'top of book is printed while running');
  } finally {
    if (pub.exitCode === null && pub.signalCode === null) {
      const gone = new Promise((r) => pub.once('exit', r));
      pub.kill('SIGTERM');
      await gone;
    }
  }
});
