/**
 * Relay nodes (issue 17, docs/relay-nodes.md): three `bourse relay` processes — two fed by the
 * multicast feed, one over NATS core subjects through `bourse bridge` and a real 3-node NATS
 * cluster (infra/nats) — serve the same market as the exchange: at the same md_seq the same
 * books and checksums over the API, and WebSocket clients on each relay see every checksum valid
 * and no gap. Then: a NATS cluster restart (the NATS-fed relay recovers), a relay started late
 * (catches up by snapshot), the Origin allowlist and the CORS policy.
 */
import { test } from 'node:test';
import WebSocket from 'ws';
import assert from 'node:assert/strict';
import { Exchange, startRelay, knowsSymbols, sameBooks } from './relay-nodes-harness.ts';
import { TestClient, sortedLevels } from './relay-harness.ts';
import { BourseProc, startCluster, skipUnlessNats, type NatsCluster } from '../support/nats.ts';
import { sleep } from '../support/wait.ts';

const skip = skipUnlessNats();

/** A WebSocket client subscribed to every symbol's book (depth 10) and trades. */
async function watcher(wsUrl: string, symbols: string[]): Promise<TestClient> {
  const c = new TestClient(wsUrl);
  await c.open();
  for (const s of symbols) {
    c.send({ op: 'subscribe', channel: 'book', symbol: s, depth: 10 });
    c.send({ op: 'subscribe', channel: 'trades', symbol: s });
  }
  await c.until(() => symbols.every((s) => c.books.has(s)), 20_000, 'book snapshots');
  return c;
}

/** The client's top 10 equal the exchange's (waits for the last update to arrive). */
async function clientMatches(c: TestClient, x: Exchange, what: string): Promise<void> {
  for (const s of x.symbols()) {
    const sym = x.market.symbolId(s)!;
    const want = x.market.book(sym, 10)!;
    await c.until(() => c.books.get(s)?.checksum === want.checksum, 20_000, `${what} ${s} checksum ${want.checksum}`);
    const b = c.books.get(s)!;
    assert.deepEqual(sortedLevels(b.bids, true), want.bids, `${what} ${s} bids`);
    assert.deepEqual(sortedLevels(b.asks, false), want.asks, `${what} ${s} asks`);
  }
  assert.equal(c.checksumErrors, 0, `${what}: checksum errors`);
  assert.equal(c.gaps, 0, `${what}: gaps in seq/prev chains`);
}

const ws = (httpUrl: string) => `${httpUrl.replace(/^http/, 'ws')}/ws`;

test('three relays (2 multicast, 1 over a 3-node NATS cluster) serve the exchange\'s books; NATS restart; late relay', { skip, timeout: 300_000 }, async (t) => {
  const x = await Exchange.start({ symbols: 4 });
  let cluster: NatsCluster | undefined;
  const procs: BourseProc[] = [];
  const clients: TestClient[] = [];
  try {
    x.step(3000);
    cluster = await startCluster({ name: 'relay' });
    const bridge = new BourseProc('bridge', ['bridge', '--feed-config', x.configFile, '--nats', cluster.urls]);
    procs.push(bridge);
    await bridge.waitFor(/^bridge: ready/);
    const r1 = await startRelay('relay-1', ['--feed-config', x.configFile]);
    const r2 = await startRelay('relay-2', ['--feed-config', x.configFile, '--allowed-origins', 'https://md.example.com', '--cors', 'https://md.example.com']);
    // The NATS-fed relay reaches the cluster through one node; the others are learnt from it.
    const r3 = await startRelay('relay-nats', ['--nats', `nats://127.0.0.1:${cluster.clientPorts[2]}`]);
    procs.push(r1.proc, r2.proc, r3.proc);
    const relays = [r1, r2, r3];
    for (const r of relays) {
      await r.proc.waitFor(/^relay: feed live/, 30_000);
      await knowsSymbols(r.url, x.symbols());
    }

    await t.test('books equal to the exchange\'s at the same md_seq, checksums valid on every client', async () => {
      const symbols = x.symbols();
      for (const r of relays) clients.push(await watcher(ws(r.url), symbols));
      const ref = await watcher(ws(x.server.url), symbols);
      clients.push(ref);
      // Traffic while everyone watches, then a pause to compare at one md_seq.
      x.run(40, 10);
      await sleep(3000);
      x.stop();
      assert.equal(await sameBooks(x, relays.map((r) => r.url)), 3 * symbols.length);
      for (const [i, c] of clients.entries()) await clientMatches(c, x, i < 3 ? relays[i]!.proc.name : 'exchange');
      // Trades reach relay clients as they reach the exchange's own clients: same ids, same md seqs.
      const tradeSeqs = (c: TestClient) => c.msgs.filter((m) => m.type === 'trades' && !m.snapshot).flatMap((m) => m.trades.map((tr: { seq: number; id: number }) => `${tr.seq}:${tr.id}`));
      const refTrades = new Set(tradeSeqs(ref));
      assert.ok(refTrades.size > 20, `trades while watching: ${refTrades.size}`);
      for (const c of clients.slice(0, 3)) for (const tr of tradeSeqs(c)) assert.ok(refTrades.has(tr), `trade ${tr} unknown to the exchange`);
    });

    await t.test('NATS cluster restart: the NATS-fed relay recovers and serves the same books', async () => {
      // A rolling restart of the node the relay is connected to: it reconnects (to another node
      // or to the same one back), and recovers what it missed by the feed's rules.
      x.run(20, 10);
      const node = String(3);
      cluster!.sh(['stop-node', node]);
      await r3.proc.waitFor(/^relay: nats disconnect/, 30_000);
      await sleep(1000);
      cluster!.sh(['start-node', node]);
      await r3.proc.waitFor(/^relay: nats reconnect /, 30_000);
      await sleep(1500);
      x.stop();
      assert.equal(await sameBooks(x, [r3.url]), x.symbols().length);
      await clientMatches(clients[2]!, x, 'relay-nats after the restart');
    });

    await t.test('a relay started late catches up by snapshot', async () => {
      x.run(20, 10);
      const late = await startRelay('relay-late', ['--feed-config', x.configFile]);
      procs.push(late.proc);
      const rec = await late.proc.waitFor(/^relay: feed recovering (.*)$/, 30_000);
      assert.equal(JSON.parse(rec[1]!).reason, 'late_join');
      await late.proc.waitFor(/^relay: feed recovered/, 30_000);
      await knowsSymbols(late.url, x.symbols());
      x.stop();
      assert.equal(await sameBooks(x, [late.url]), x.symbols().length);
      const c = await watcher(ws(late.url), x.symbols());
      clients.push(c);
      await clientMatches(c, x, 'relay-late');
    });

    await t.test('Origin allowlist on the WebSocket, CORS policy on the API', async () => {
      const upgrade = (origin: string) => new Promise<number>((resolve, reject) => {
        const w = new WebSocket(ws(r2.url), { origin });
        w.once('open', () => {
          w.terminate();
          resolve(101);
        });
        w.once('unexpected-response', (_req, res) => {
          resolve(res.statusCode ?? 0);
          w.terminate();
        });
        w.once('error', reject);
      });
      assert.equal(await upgrade('https://evil.example'), 403);
      assert.equal(await upgrade('https://md.example.com'), 101);
      const allowed = await fetch(`${r2.url}/api/v1/instruments`, { headers: { Origin: 'https://md.example.com' } });
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://md.example.com');
      const other = await fetch(`${r2.url}/api/v1/instruments`, { headers: { Origin: 'https://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const pre = await fetch(`${r2.url}/api/v1/book/AAPL`, { method: 'OPTIONS', headers: { Origin: 'https://md.example.com', 'Access-Control-Request-Method': 'GET' } });
      assert.equal(pre.status, 204);
      assert.equal(pre.headers.get('access-control-allow-methods'), 'GET, HEAD');
      // r1 has no policy: any origin opens a WebSocket, the API sends no CORS headers.
      const any = await fetch(`${r1.url}/api/v1/instruments`, { headers: { Origin: 'https://evil.example' } });
      assert.equal(any.headers.get('access-control-allow-origin'), null);
    });
  } finally {
    for (const c of clients) c.close();
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => p.exited));
    cluster?.stop();
    await x.close();
  }
});
