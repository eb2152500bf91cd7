/**
 * Snapshots over NATS request/reply (issue 17, docs/relay-nodes.md): `bourse bridge` answers
 * PREFIX.<channel>.snapshot with every book at one stated feed seq, and a NATS-fed relay started
 * late takes its books from that reply instead of waiting for the relayed snapshot loop. The
 * exchange's loop runs at 1 book/s here (a whole cycle of 6 symbols: 7 s), the cluster is a real
 * 3-node NATS cluster (infra/nats). The relay's books then equal the exchange's at the same
 * md_seq, and its WebSocket clients see the exchange's checksums.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Exchange, startRelay, knowsSymbols, sameBooks } from './relay-nodes-harness.ts';
import { BourseProc, startCluster, skipUnlessNats, type NatsCluster } from '../support/nats.ts';
import { sleep } from '../support/wait.ts';

const skip = skipUnlessNats();

test('a NATS-fed relay started late takes every book from the bridge\'s snapshot reply, equal to the exchange\'s at the same md_seq', { skip, timeout: 180_000 }, async () => {
  const x = await Exchange.start({ symbols: 6, snapshotBooksPerSecond: 1 });
  let cluster: NatsCluster | undefined;
  const procs: BourseProc[] = [];
  try {
    cluster = await startCluster({ name: 'relay-snap' });
    const bridge = new BourseProc('bridge', ['bridge', '--feed-config', x.configFile, '--nats', cluster.urls]);
    procs.push(bridge);
    await bridge.waitFor(/^bridge: ready/);
    x.run(20, 10);
    // The bridge's own books: it joined late too, so they come from the loop (one whole cycle).
    await bridge.waitFor(/^bridge: .* state=live /, 60_000);
    await sleep(500);

    const r = await startRelay('relay-nats-late', ['--nats', `nats://127.0.0.1:${cluster.clientPorts[1]}`]);
    procs.push(r.proc);
    // (Its `feed recovering` late_join line may come before the CLI's listener: packets can
    // arrive while the feed client opens. The snapshot request does not depend on that line.)
    const snap = await r.proc.waitFor(/^relay: nats snapshot channel=1 books=(\d+) requests=(\d+)/, 30_000);
    // Every symbol's book, the first one twice (one whole cycle, so no symbol can be missing).
    assert.equal(Number(snap[1]), x.symbols().length + 1);
    const recovered = await r.proc.waitFor(/^relay: feed recovered (.*)$/, 30_000);
    assert.equal(JSON.parse(recovered[1]!).via, 'snapshot');
    await knowsSymbols(r.url, x.symbols(), 60_000);

    x.stop();
    await sameBooks(x, [r.url]);
    const stats = await r.proc.waitFor(/^relay: md_seq=.* checksum_failures=(\d+)/, 10_000);
    assert.equal(stats[1], '0', stats[0]);
    const bstats = [...bridge.lines].reverse().find((l) => l.startsWith('bridge: published='))!;
    assert.ok(Number(/snapshot_requests=(\d+)/.exec(bstats)![1]) >= 1, bstats);
  } finally {
    x.stop();
    for (const p of procs.reverse()) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => p.exited));
    cluster?.stop();
    await x.close();
  }
});
