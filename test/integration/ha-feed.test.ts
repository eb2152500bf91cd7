// The market-data feed goes on across a failover. Primary and standby share one multicast feed
// configuration; only the node that leads publishes. A broker's feed client (the real library,
// real loopback multicast) follows the primary's session; the primary is killed -9 under load;
// the standby takes over and publishes a NEW session; the client resets by the feed's rules,
// recovers every book from the snapshot loop and goes live again. Then a graceful handover back
// to the old primary's rejoined node moves the feed once more. At the end the client's books
// equal, level for level, the last primary's books rebuilt from that node's own journal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FeedClient, parseFeedConfig, type FeedEvent } from '../../server/feed-client/index.ts';
import { feedConfig, feedConfigJson, type FeedConfigInput } from '../../server/multicast/config.ts';
import { Journal } from '../../server/sequencer/journal.ts';
import { recover } from '../../server/sequencer/recovery.ts';
import { MdpAgent } from '../../server/mdp/mdp-agent.ts';
import { bookChecksum } from '../../server/kernel/book-checksum.ts';
import { feedTestConfig, writeJson } from '../support/netns.ts';
import { BourseProc, HA_TEST_ENV, liveVersusReplay, skipUnlessNats, startCluster } from '../support/nats.ts';
import { freePort } from '../support/ports.ts';
import { sleep, until } from '../support/wait.ts';

const skip = skipUnlessNats();

test('kill -9 the primary: the standby publishes a new feed session; a broker feed client resets, recovers by snapshot and ends with the last primary\'s books; a graceful handover moves the feed again', { skip, timeout: 240_000 }, async (t) => {
  const c = await startCluster();
  const root = mkdtempSync(join(tmpdir(), 'bourse-ha-feed-'));
  const procs: BourseProc[] = [];
  const input = feedTestConfig({ iface: '127.0.0.1', retransPort: await freePort(), snapshotBooksPerSecond: 400 });
  const cfgPath = writeJson(root, 'feed.json', input);
  const client = await FeedClient.open({ config: parseFeedConfig(feedConfigJson(feedConfig(input as FeedConfigInput))) });
  const events: FeedEvent[] = [];
  client.onStatus((e) => events.push(e));
  try {
    const node = (name: string, role: string): BourseProc => new BourseProc(name, ['start', '--port', '0', '--role', role, '--nats', c.urls, '--data', join(root, name), '--rate', '5000', '--feed-config', cfgPath], { ...HA_TEST_ENV, BOURSE_HA_NODE_ID: name });
    const P = node('p', 'primary');
    procs.push(P);
    const pFeed = await P.waitFor(/^ha: feed session=(\d+) /, 60_000);
    const S = node('s', 'standby');
    procs.push(S);
    await S.waitFor(/^ha: role=standby/);
    assert.equal(S.lines.some((l) => l.startsWith('ha: feed session=')), false, 'a standby publishes nothing');

    // The client follows the primary's session, live, verifying checksums.
    await until(() => client.counters().checksumOk > 2000 && client.state()[0]?.state === 'live', 60_000, () => JSON.stringify(client.counters()));
    const sessionP = client.state()[0]!.session;
    assert.equal(sessionP, pFeed[1]);

    const killedAt = Date.now();
    P.kill('SIGKILL');
    await P.exited;
    const sFeed = await S.waitFor(/^ha: feed session=(\d+) /, 30_000);
    assert.ok(BigInt(sFeed[1]!) > BigInt(sessionP), `the new session ${sFeed[1]} must be larger than ${sessionP}`);
    await S.waitFor(/^ha: first_accepted/, 30_000);

    // The client notices the new session, resets, rebuilds from snapshots and is live again.
    await until(() => client.state()[0]?.session === sFeed[1] && client.state()[0]?.state === 'live', 60_000, () => `${JSON.stringify(client.state())} events ${JSON.stringify(events.slice(-5))}`);
    const liveAgainMs = Date.now() - killedAt;
    const reset = events.find((e) => e.type === 'reset');
    assert.ok(reset && reset.type === 'reset' && reset.from === sessionP && reset.to === sFeed[1], `a reset from ${sessionP} to ${sFeed[1]}: ${JSON.stringify(events.filter((e) => e.type === 'reset'))}`);
    const checksAtLive = client.counters().checksumOk;
    await until(() => client.counters().checksumOk > checksAtLive + 2000, 60_000, () => JSON.stringify(client.counters()));
    t.diagnostic(`feed: live again on the new session ${liveAgainMs} ms after the kill`);

    // A graceful handover back: the old primary's data directory rejoins (its unacknowledged
    // tail is quarantined, it follows), the new primary stops cleanly (closes its feed, then
    // releases the lease), and the feed moves once more: a third session, same ports.
    const P2 = node('p', 'primary');
    procs.push(P2);
    await P2.waitFor(/^ha: role=standby/, 60_000);
    await until(() => P2.statusSeq > 0 && S.statusSeq > 0 && P2.statusSeq >= S.statusSeq - 10_000, 60_000, () => `p at ${P2.statusSeq}, s at ${S.statusSeq}`);
    await S.stop();
    const p2Feed = await P2.waitFor(/^ha: feed session=(\d+) /, 30_000);
    assert.ok(BigInt(p2Feed[1]!) > BigInt(sFeed[1]!), `the third session ${p2Feed[1]} must be larger than ${sFeed[1]}`);
    await until(() => client.state()[0]?.session === p2Feed[1] && client.state()[0]?.state === 'live', 60_000, () => `${JSON.stringify(client.state())} events ${JSON.stringify(events.slice(-5))}`);
    const checks2 = client.counters().checksumOk;
    await until(() => client.counters().checksumOk > checks2 + 2000, 60_000, () => JSON.stringify(client.counters()));

    // Stop the last primary cleanly: it ends its session; the client's books are final.
    await P2.stop();
    await sleep(500);
    const cc = client.counters();
    assert.equal(cc.checksumFailures, 0, JSON.stringify(cc));
    assert.ok(cc.snapshotsApplied > 0, 'books recovered from the snapshot loop');
    assert.equal(events.filter((e) => e.type === 'reset').length, 2, 'one reset per new session');
    assert.equal(liveVersusReplay(P2, join(root, 'p', 'journal')), '', P2.tailText());

    // The last primary's books, rebuilt from its own journal through a fresh Mdp.
    const j = Journal.open({ dir: join(root, 'p', 'journal') });
    const md = new MdpAgent({ sinks: [() => {}] }); // records are not kept: only the books are compared
    try {
      recover(j, { useSnapshot: false, onEvents: (log) => md.consumeLog(log) });
    } finally {
      j.close();
    }
    let levels = 0;
    for (const inst of md.mdp.instrumentList()) {
      const want = md.mdp.snapshot(inst.symbol)!;
      const got = client.book(inst.symbol, Infinity);
      assert.ok(got, `no book for ${inst.name}`);
      assert.equal(got.checksum, want.checksum, `${inst.name}: checksum`);
      assert.equal(got.checksum, bookChecksum(want.bids, want.asks));
      assert.deepEqual(got.bids, want.bids, `${inst.name}: bids`);
      assert.deepEqual(got.asks, want.asks, `${inst.name}: asks`);
      levels += got.bids.length + got.asks.length;
    }
    assert.ok(levels > 50, `books should be deep, got ${levels} levels`);
  } finally {
    await client.close();
    for (const p of procs) p.kill();
    await Promise.all(procs.map((p) => p.exited));
    c.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
