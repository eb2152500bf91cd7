/**
 * Faults of the multicast feed's edges, over real sockets:
 * - the discovery document named `proto/feed.proto`, which nothing served: the API now serves
 *   the schema at /api/v1/feed/proto/feed.proto and the document points there;
 * - one client address could hold all 64 retransmission connections, and the 65th client got a
 *   bare TCP reset: now at most maxConnectionsPerAddress (4) per address, and a connection
 *   beyond either limit gets a RATE_LIMITED refusal frame with its reason before the close;
 * - a first_seq of 2^64-1 was echoed as 2^53-1 with a rounded range in the reason: 64-bit values
 *   are now parsed, compared, echoed and named exactly;
 * - /api/v1/instruments said currency "" while the feed said USD: both now say the feed's;
 * - the docs: the feed client's config URL, the discovery JSON, md_seq vs feed seq (checked here
 *   against a running `bourse start`), Wireshark's settings.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse as proto } from '../../proto/gen/feed.js';
import { openStore } from '../../server/bars/open.ts';
import { startServer } from '../../server/http/server.ts';
import { feedConfig, feedConfigJson, PROTO_URL_PATH } from '../../server/multicast/config.ts';
import { RetransmitServer } from '../../server/multicast/retransmit.ts';
import { PacketWindow } from '../../server/multicast/window.ts';
import { UdpTransport } from '../../server/feed-client/transport.ts';
import { FrameReader, encodeRequest } from '../../server/protocol/retransmit.ts';
import { ProtoWriter } from '../../server/protocol/writer.ts';
import { Errors, type BourseError } from '../../server/kernel/errors.ts';
import { bourse } from '../support/cli.ts';
import { REPO_ROOT } from '../support/data.ts';
import { feedTestConfig, writeJson } from '../support/netns.ts';
import { freePort } from '../support/ports.ts';
import { until } from '../support/wait.ts';
import { runBourse } from './edge-support.ts';

const v1 = proto.feed.v1;
const dir = mkdtempSync(join(tmpdir(), 'bourse-edge-feed-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const doc = (name: string): string => readFileSync(join(REPO_ROOT, 'docs', name), 'utf8');
const TWO64 = 2n ** 64n - 1n;

// ---------------------------------------------------------------- docs

test('docs: the feed client loads /api/v1/feed; feed.md shows the real discovery JSON and the Wireshark settings', () => {
  const client = doc('feed-client.md');
  assert.doesNotMatch(client, /\/feed-config'/, 'no /feed-config URL (404 on the API)');
  assert.match(client, /loadFeedConfig\('http:\/\/[^']+\/api\/v1\/feed'\)/);
  const feed = doc('feed.md');
  const m = /`bourse feed-config` prints[^\n]*\n[\s\S]*?```json\n([\s\S]*?)\n```/.exec(feed);
  assert.ok(m, 'docs/feed.md has the JSON that bourse feed-config prints');
  const printed = bourse(['feed-config']);
  assert.equal(printed.code, 0, printed.stderr);
  assert.deepEqual(JSON.parse(m[1]!), JSON.parse(printed.stdout), 'docs/feed.md JSON = npx bourse feed-config (regenerate it)');
  assert.match(feed, /"[^"\n]*proto","TRUE"/, 'the protobuf search path preference, with TRUE');
  assert.match(feed, /md_seq \+ 1/);
  assert.match(doc('api.md'), /md_seq \+ 1/);
});

// ---------------------------------------------------------------- the schema over HTTP

test('the discovery document points to the schema, and the API serves it as text', async () => {
  const store = await openStore({ data: join(dir, 'proto') });
  const srv = await startServer({ store, port: 0, feedConfig: feedConfigJson(feedConfig()) });
  try {
    const d = (await (await fetch(`${srv.url}/api/v1/feed`)).json()) as { protoFile: string; packetType: string };
    assert.equal(d.protoFile, PROTO_URL_PATH);
    assert.equal(d.protoFile, '/api/v1/feed/proto/feed.proto');
    const r = await fetch(`${srv.url}${d.protoFile}`);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(await r.text(), readFileSync(join(REPO_ROOT, 'proto', 'feed.proto'), 'utf8'));
    const missing = await fetch(`${srv.url}/api/v1/feed/proto/other.proto`);
    assert.equal(missing.status, 404);
    assert.match(((await missing.json()) as { error: { code: string; message: string } }).error.message, /no schema file other\.proto \(there are: feed\.proto, order_entry\.proto\)/);
    const bad = await fetch(`${srv.url}/api/v1/feed/proto/..%2Fpackage.json`);
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { error: { code: string } }).error.code, 'API_BAD_PARAM');
    const openapi = (await (await fetch(`${srv.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, unknown> };
    assert.ok(openapi.paths['/api/v1/feed/proto/{file}'] && openapi.paths['/api/v1/feed']);
  } finally {
    await srv.close();
    await store.close();
  }
});

// ---------------------------------------------------------------- retransmission server, real TCP

type Response = InstanceType<typeof v1.RetransmitResponse>;

/** A raw retransmission connection: protobufjs decodes the replies (no Bourse client code). */
class Conn {
  readonly sock: net.Socket;
  readonly replies: Response[] = [];
  readonly ended: Promise<'end' | 'reset'>;
  private readonly reader = new FrameReader(64 << 20);
  private waiters: (() => void)[] = [];

  constructor(port: number, localAddress = '127.0.0.1') {
    this.sock = net.connect({ port, host: '127.0.0.1', localAddress });
    this.sock.on('data', (c) => {
      this.reader.push(c);
      for (let f = this.reader.next(); f; f = this.reader.next()) this.replies.push(v1.RetransmitResponse.decode(f));
      for (const w of this.waiters.splice(0)) w();
    });
    this.ended = new Promise((resolve) => {
      this.sock.once('end', () => resolve('end'));
      this.sock.once('error', () => resolve('reset'));
    });
  }

  connected(): Promise<void> {
    return new Promise((r) => (this.sock.readyState === 'open' ? r() : this.sock.once('connect', () => r())));
  }

  async reply(n = 1): Promise<Response> {
    const end = performance.now() + 10_000;
    while (this.replies.length < n) {
      if (performance.now() > end) throw new Error(`no reply ${n} within 10 s`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 500).unref();
      });
    }
    return this.replies[n - 1]!;
  }

  send(bytes: Uint8Array): void {
    this.sock.write(bytes);
  }
}

async function rtxServer(limits: { maxConnections: number; maxConnectionsPerAddress: number }): Promise<RetransmitServer> {
  const w = new PacketWindow(1 << 16, 1000);
  for (let seq = 1; seq <= 10; seq++) w.append(v1.Packet.encode({ channelId: 1, sessionId: 5, firstSeq: seq, messageCount: 1, messages: [{ heartbeat: {} }] }).finish(), seq, 1);
  const cfg = feedConfig({ retransmission: { port: 0, ...limits } });
  return RetransmitServer.start({ config: cfg.retransmission, sessionId: 5, window: (c) => (c === 1 ? w : undefined) });
}

test('retransmission: 4 connections per address, then a RATE_LIMITED refusal frame (7017) and a clean close', async () => {
  const rs = await rtxServer({ maxConnections: 64, maxConnectionsPerAddress: 4 });
  const conns: Conn[] = [];
  try {
    for (let i = 0; i < 4; i++) conns.push(new Conn(rs.port));
    for (const [k, c] of conns.entries()) {
      await c.connected();
      c.send(encodeRequest({ sessionId: 5, channelId: 1, firstSeq: 3, count: 2, requestId: k + 1 }));
      assert.equal((await c.reply()).status, v1.RetransmitStatus.RETRANSMIT_OK);
    }
    const fifth = new Conn(rs.port);
    const r = await fifth.reply();
    assert.equal(r.status, v1.RetransmitStatus.RETRANSMIT_RATE_LIMITED);
    assert.equal(r.errorCode, Errors.RETRANSMIT_TOO_MANY_CONNECTIONS.num);
    assert.equal(r.requestId, 0);
    assert.match(r.reason, /127\.0\.0\.1 already holds 4 connections \(at most 4 per address\)/);
    assert.equal(await fifth.ended, 'end', 'closed with FIN after the frame, not reset');
    // The Bourse client reports the refusal's reason.
    const t = new UdpTransport({ retransmission: { host: '127.0.0.1', port: rs.port } });
    await assert.rejects(t.retransmit({ sessionId: 5n, channelId: 1, firstSeq: 3, count: 1, requestId: 1 }),
      (e: BourseError) => e.code === 'FEED_RETRANSMIT_FAILED' && /connection refused: .*at most 4 per address.*error 7017/.test(e.message));
    await t.close();
    // Another address still gets in; a slot freed is usable again.
    const other = new Conn(rs.port, '127.0.0.2');
    other.send(encodeRequest({ sessionId: 5, channelId: 1, firstSeq: 10, count: 1, requestId: 9 }));
    assert.equal((await other.reply()).status, v1.RetransmitStatus.RETRANSMIT_OK);
    conns.push(other);
    conns[0]!.sock.destroy();
    await until(() => rs.stats().openConnections === 4, 5000, 'the slot to be freed');
    const again = new Conn(rs.port);
    again.send(encodeRequest({ sessionId: 5, channelId: 1, firstSeq: 1, count: 1, requestId: 7 }));
    assert.equal((await again.reply()).status, v1.RetransmitStatus.RETRANSMIT_OK);
    conns.push(again);
    assert.equal(rs.stats().connectionsRefused, 2);
  } finally {
    for (const c of conns) c.sock.destroy();
    await rs.close();
  }
});

test('retransmission: beyond maxConnections in all, a RATE_LIMITED refusal frame (7018, server full)', async () => {
  const rs = await rtxServer({ maxConnections: 3, maxConnectionsPerAddress: 4 });
  const conns = ['127.0.0.2', '127.0.0.3', '127.0.0.4'].map((a) => new Conn(rs.port, a));
  try {
    await Promise.all(conns.map((c) => c.connected()));
    await until(() => rs.stats().openConnections === 3, 5000, 'three connections');
    const extra = new Conn(rs.port, '127.0.0.5');
    const r = await extra.reply();
    assert.deepEqual([r.status, r.errorCode, r.requestId], [v1.RetransmitStatus.RETRANSMIT_RATE_LIMITED, Errors.RETRANSMIT_SERVER_FULL.num, 0]);
    assert.match(r.reason, /maximum of 3 connections/);
    assert.equal(await extra.ended, 'end');
    assert.equal(rs.stats().openConnections, 3);
  } finally {
    for (const c of conns) c.sock.destroy();
    await rs.close();
  }
});

/** A request frame with 64-bit session id and first_seq written exactly. */
function bigRequest(sessionId: bigint, firstSeq: bigint, count: number, requestId: number): Uint8Array {
  const w = new ProtoWriter(64);
  w.pos = 4;
  w.fVarintBig(0x08, sessionId);
  w.fVarint(0x10, 1);
  w.fVarintBig(0x18, firstSeq);
  w.fVarint(0x20, count);
  w.fVarint(0x28, requestId);
  new DataView(w.buf.buffer, w.buf.byteOffset).setUint32(0, w.pos - 4);
  return w.buf.slice(0, w.pos);
}

test('retransmission: first_seq and session_id of 2^64-1 are echoed exactly and named exactly in the reason', async () => {
  const rs = await rtxServer({ maxConnections: 8, maxConnectionsPerAddress: 4 });
  const c = new Conn(rs.port);
  try {
    c.send(bigRequest(5n, TWO64, 1, 1));
    let r = await c.reply(1);
    assert.equal(r.status, v1.RetransmitStatus.RETRANSMIT_NOT_YET_PUBLISHED);
    assert.equal(r.firstSeq.toString(), TWO64.toString(), 'first_seq echoed exactly');
    assert.equal(r.reason, 'message 18446744073709551615 is not published yet (the last published is 10)');
    c.send(bigRequest(5n, TWO64, 3, 2));
    r = await c.reply(2);
    assert.equal(r.status, v1.RetransmitStatus.RETRANSMIT_RANGE_TOO_LARGE);
    assert.equal(r.firstSeq.toString(), TWO64.toString());
    assert.match(r.reason, /^messages 18446744073709551615\.\.18446744073709551615\+2 run past 18446744073709551615, the largest sequence number$/);
    c.send(bigRequest(2n ** 53n + 1n, 4n, 2, 3));
    r = await c.reply(3);
    assert.equal(r.status, v1.RetransmitStatus.RETRANSMIT_UNKNOWN_SESSION);
    assert.equal(r.sessionId.toString(), (2n ** 53n + 1n).toString(), 'session id echoed exactly');
    assert.equal(r.reason, 'session 9007199254740993 is not the current session 5');
    c.send(bigRequest(5n, 2n ** 53n + 1n, 10, 4));
    r = await c.reply(4);
    assert.equal(r.reason, 'messages 9007199254740993..9007199254741002 are not all published yet (the last published is 10)');
    for (const x of c.replies) assert.doesNotMatch(x.reason, /9007199254740991|9007199254740992/);
  } finally {
    c.sock.destroy();
    await rs.close();
  }
});

// ---------------------------------------------------------------- a running exchange: seqs, currency

test('bourse start: feed seq = md_seq + 1 (one channel), and /api/v1/instruments and the feed agree on the currency', { timeout: 180_000 }, async () => {
  const cfgPath = writeJson(dir, 'feed.json', feedTestConfig({ iface: '127.0.0.1', retransPort: await freePort() }));
  const cfg = JSON.parse(readFileSync(cfgPath, 'utf8')) as { channels: { feedA: { group: string; port: number } }[] };
  const a = cfg.channels[0]!.feedA;
  // Join feed A before the exchange starts: the capture holds the session from seq 1.
  const sock = dgram.createSocket({ type: 'udp4', reuseAddr: true, recvBufferSize: 16 << 20 });
  const bySeq = new Map<number, proto.feed.v1.Message.$Properties>();
  sock.on('message', (b) => {
    const p = v1.Packet.decode(b);
    p.messages.forEach((m, k) => bySeq.set(Number(p.firstSeq) + k, m));
  });
  await new Promise<void>((r) => sock.bind(a.port, a.group, () => r()));
  sock.addMembership(a.group, '127.0.0.1');
  const x = runBourse(['start', '--data', join(dir, 'x'), '--port', '0', '--feed-config', cfgPath, '--rate', '1000', '--symbols', '3', '--fsync', 'false', '--show', '0', '--seconds', '150']);
  try {
    const url = (await x.waitFor(/dashboard (http:\/\/127\.0\.0\.1:\d+)\//))[1]!;
    const get = async <T>(path: string): Promise<T> => (await (await fetch(url + path)).json()) as T;
    const feedDoc = await get<{ currency: string }>('/api/v1/feed');
    assert.equal(feedDoc.currency, 'USD');
    // Trades: the API's md_seq k is the feed's message k + 1 (ChannelReset is message 1).
    type Trade = { md_seq: number; trade_id: number };
    const names = await until(async () => {
      const l = (await get<{ instruments: { name: string }[] }>('/api/v1/instruments')).instruments;
      return l.length === 3 && l.map((i) => i.name);
    }, 60_000, 'three live instruments');
    const trades = await until(async () => {
      const all: Trade[] = [];
      for (const n of names) all.push(...(await get<{ trades: Trade[] }>(`/api/v1/trades?symbol=${n}&limit=20`)).trades);
      return all.length >= 20 && all;
    }, 60_000, 'trades on the tape');
    const top = Math.max(...trades.map((t) => t.md_seq));
    await until(() => bySeq.has(top + 1), 30_000, () => `feed message ${top + 1} (have ${bySeq.size})`);
    assert.ok(bySeq.get(1)!.channelReset, 'message 1 of the session is ChannelReset');
    for (const t of trades) {
      const m = bySeq.get(t.md_seq + 1);
      assert.ok(m?.trade, `feed message ${t.md_seq + 1} is the trade of md_seq ${t.md_seq}: ${JSON.stringify(m)}`);
      assert.equal(Number(m.trade.tradeId), t.trade_id);
    }
    // Currency: the feed's definitions, the API's live and stored rows all say USD.
    const defs = [...bySeq.values()].filter((m) => m.instrumentDefinition).map((m) => m.instrumentDefinition!);
    assert.ok(defs.length >= 3 && defs.every((d) => d.currency === 'USD'), 'feed definitions say USD');
    const stored = await until(async () => {
      const l = (await get<{ instruments: { name: string; currency: string; stored: boolean; live: boolean }[] }>('/api/v1/instruments')).instruments;
      return l.every((i) => i.stored && i.live) && l;
    }, 60_000, 'the bars writer to store the instruments');
    for (const i of stored) assert.equal(i.currency, 'USD', `${i.name}: API currency`);
    assert.deepEqual(await x.stop(), { code: 0, signal: null }, x.err);
  } finally {
    await x.stop();
    await new Promise<void>((r) => sock.close(() => r()));
  }
});

test('bars store: an instrument upsert with an unknown currency ("") keeps the stored one', async () => {
  const store = await openStore({ data: join(dir, 'cur') });
  try {
    const inst = { name: 'XRPETH', priceDecimals: 8, qtyDecimals: 0, tick: 1, lot: 1 };
    await store.upsertInstruments([{ ...inst, currency: 'ETH' }]);
    await store.upsertInstruments([{ ...inst, currency: '' }]);
    assert.equal((await store.instrument('XRPETH'))!.currency, 'ETH');
    await store.upsertInstruments([{ ...inst, currency: 'BTC' }]);
    assert.equal((await store.instrument('XRPETH'))!.currency, 'BTC');
  } finally {
    await store.close();
  }
});
