/**
 * The publishing side for real, on loopback multicast: receivers join the groups with dgram and
 * decode with the generated protobufjs code (no Bourse decoding). Checks: contiguous sequence
 * numbers, byte-identical A and B, snapshots equal to the book rebuilt from the incremental feed
 * at their last_seq, instrument loop, heartbeats when idle, EndOfSession, a new session on
 * restart, and retransmission answers and refusals over TCP.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import net from 'node:net';
import { bourse } from '../../proto/gen/feed.js';
import { MdSim } from '../../server/apps/runtime/md-sim.ts';
import { feedConfig, type FeedConfig, type Endpoint } from '../../server/multicast/config.ts';
import { MulticastFeed } from '../../server/multicast/feed.ts';
import { encodeRequest, FrameReader, type RetransmitRequest } from '../../server/protocol/retransmit.ts';
import { bookChecksum } from '../../server/kernel/book-checksum.ts';
import { Errors } from '../../server/kernel/errors.ts';
import { bourseSpawn } from '../support/cli.ts';
import { freeUdpTcpPort } from '../support/ports.ts';
import { sleep, until } from '../support/wait.ts';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as pathJoin } from 'node:path';
import { feedConfigJson } from '../../server/multicast/config.ts';

const v1 = bourse.feed.v1;
type Packet = bourse.feed.v1.Packet;
const num = (x: unknown): number => Number((x as { toString(): string } | null | undefined)?.toString() ?? 0);
/** Groups unique to this run (239.255.200-249.x) so parallel test files never cross-talk. */
async function testConfig(over: Record<string, unknown> = {}): Promise<FeedConfig> {
  const g = 200 + Math.floor(Math.random() * 50);
  const h = Math.floor(Math.random() * 60) * 4;
  const ep = async (i: number): Promise<Endpoint> => ({ group: `239.255.${g}.${h + i}`, port: await freeUdpTcpPort() });
  return feedConfig({
    heartbeatMs: 50, instrumentLoopMs: 100, snapshotBooksPerSecond: 2000,
    retransmission: { port: 0, windowMessages: 8000, maxMessagesPerRequest: 500, requestsPerSecond: 1, burst: 12 },
    channels: [{ id: 1, symbols: ['*'], feedA: await ep(1), feedB: await ep(2), snapshot: await ep(3), instruments: await ep(4) }],
    ...over,
  });
}

interface Receiver {
  got: Buffer[];
  close(): Promise<void>;
}

// Polls decode the same datagrams again and again: decode each once.
const decoded = new WeakMap<Buffer, Packet>();
function decode(b: Buffer): Packet {
  let p = decoded.get(b);
  if (!p) decoded.set(b, (p = v1.Packet.decode(b)));
  return p;
}

async function join(ep: Endpoint): Promise<Receiver> {
  const s = dgram.createSocket({ type: 'udp4', reuseAddr: true, recvBufferSize: 16 * 1024 * 1024 });
  const got: Buffer[] = [];
  s.on('message', (m) => got.push(m));
  // Bound to the group address: Linux then delivers only that group's datagrams (with 0.0.0.0 a
  // socket gets every group any process joined on the port: other tests' feeds).
  await new Promise<void>((r) => s.bind(ep.port, ep.group, () => r()));
  s.addMembership(ep.group, '127.0.0.1');
  return { got, close: () => new Promise((r) => s.close(() => r())) };
}

interface Level { price: number; qty: number; count: number }
type Book = { bids: Map<number, Level>; asks: Map<number, Level> };

function levels(b: Book): { bids: Level[]; asks: Level[] } {
  return { bids: [...b.bids.values()].sort((x, y) => y.price - x.price), asks: [...b.asks.values()].sort((x, y) => x.price - y.price) };
}

test('publisher on loopback multicast: A/B, snapshots, instruments, heartbeats, retransmission, sessions', { timeout: 180_000 }, async () => {
  const cfg = await testConfig();
  const c = cfg.channels[0]!;
  const receivers = (await Promise.all([join(c.feedA), join(c.feedB), join(c.snapshot), join(c.instruments)])) as [Receiver, Receiver, Receiver, Receiver];
  try {
    await publisherScenario(cfg, receivers);
  } finally {
    await Promise.all(receivers.map((r) => r.close()));
  }
});

async function publisherScenario(cfg: FeedConfig, [ra, rb, rs, ri]: [Receiver, Receiver, Receiver, Receiver]): Promise<void> {
  const sim = new MdSim({ seed: 3, symbols: 4, flowRate: 20_000 });
  const feed = await MulticastFeed.start({ config: cfg, mdp: sim.mdp });
  const session = feed.sessionId;
  try {
    // ---- publish a market in batches, yielding so timers (flush, snapshots) run in between
    for (let k = 0; k < 30; k++) {
      sim.run(500);
      const out = sim.mdp.out;
      feed.onRecords(out.f64, out.i32, 0, out.count);
      out.clear();
      await sleep(3);
    }
    const last = feed.publisher.lastSeq(1);
    assert.ok(last > 10_000, `only ${last} messages`);
    const decodeAll = (r: Receiver) => r.got.map(decode);
    await until(() => [ra, rb].every((r) => decodeAll(r).some((p) => num(p.firstSeq) + p.messages.length - 1 >= last)), 30_000, 'every message on A and B');

    // ---- A and B: contiguous from 1, identical bytes, channel/session/stream as configured
    const data = (r: Receiver) => r.got.filter((b) => decode(b).messages.length > 0);
    const a = data(ra);
    const b = data(rb);
    assert.equal(a.length, b.length);
    for (let i = 0; i < a.length; i++) assert.ok(a[i]!.equals(b[i]!), `datagram ${i} differs between A and B`);
    const bySeq: bourse.feed.v1.IMessage[] = [];
    let expect = 1;
    for (const raw of a) {
      assert.ok(raw.length <= cfg.maxDatagram);
      const p = v1.Packet.decode(raw);
      assert.deepEqual([p.channelId, num(p.sessionId), num(p.firstSeq), p.messageCount, p.stream], [1, session, expect, p.messages.length, 0]);
      for (const m of p.messages) bySeq[expect++] = m;
    }
    assert.ok(expect - 1 >= last);
    assert.deepEqual(bySeq[1], v1.Message.decode(v1.Message.encode({ channelReset: { reason: 1, booksEmpty: true, timeUs: bySeq[1]!.channelReset!.timeUs } }).finish()));
    const names = new Map<number, string>();
    for (const m of bySeq) if (m?.instrumentDefinition) names.set(m.instrumentDefinition.symbolId!, m.instrumentDefinition.name!);
    assert.deepEqual([...names.keys()].sort(), [1, 2, 3, 4]);

    // ---- snapshots: each equals the book rebuilt from A up to its last_seq
    const snaps = decodeAll(rs);
    assert.ok(snaps.every((p) => p.stream === v1.Stream.STREAM_SNAPSHOT && num(p.sessionId) === session));
    let sseq = 1;
    const smsgs: bourse.feed.v1.IMessage[] = [];
    for (const p of snaps) {
      assert.equal(num(p.firstSeq), sseq, 'snapshot stream sequence');
      sseq += p.messages.length;
      smsgs.push(...p.messages);
    }
    assert.ok(smsgs[0]!.channelReset);
    const books = new Map<number, Book>();
    let applied = 0;
    const applyTo = (seq: number) => {
      for (; applied < seq; ) {
        const l = bySeq[++applied]?.levelUpdate;
        if (!l) continue;
        let bk = books.get(l.symbolId!);
        if (!bk) books.set(l.symbolId!, (bk = { bids: new Map(), asks: new Map() }));
        const side = l.side === 1 ? bk.bids : bk.asks;
        if (l.action === v1.LevelAction.LEVEL_ACTION_DELETE) side.delete(num(l.price));
        else side.set(num(l.price), { price: num(l.price), qty: num(l.qty), count: l.orderCount ?? 0 });
      }
    };
    let checked = 0;
    for (let i = 1; i < smsgs.length; i++) {
      const begin = smsgs[i]!.snapshotBegin;
      if (!begin) continue;
      const n = (begin.bidCount ?? 0) + (begin.askCount ?? 0);
      const end = smsgs[i + n + 1]?.snapshotEnd;
      if (!end) break; // the loop was cut by close
      const lastSeq = num(begin.lastSeq);
      if (lastSeq < applied) continue; // books only move forward here
      applyTo(lastSeq);
      const lv = smsgs.slice(i + 1, i + 1 + n).map((m) => m.snapshotLevel!);
      const got = {
        bids: lv.filter((l) => l.side === 1).map((l) => ({ price: num(l.price), qty: num(l.qty), count: l.orderCount ?? 0 })),
        asks: lv.filter((l) => l.side === 2).map((l) => ({ price: num(l.price), qty: num(l.qty), count: l.orderCount ?? 0 })),
      };
      const want = levels(books.get(begin.symbolId!) ?? { bids: new Map(), asks: new Map() });
      assert.deepEqual(got, want, `snapshot of symbol ${begin.symbolId} at seq ${lastSeq}`);
      assert.equal(begin.checksum, bookChecksum(want.bids, want.asks));
      assert.deepEqual([num(end.lastSeq), end.levelCount, end.checksum, num(end.snapshotId)], [lastSeq, n, begin.checksum, num(begin.snapshotId)]);
      checked++;
    }
    assert.ok(checked >= 4, `only ${checked} snapshots checked`);

    // ---- instrument loop: every definition, repeated
    const defs = decodeAll(ri).filter((p) => p.stream === v1.Stream.STREAM_INSTRUMENTS).flatMap((p) => p.messages).filter((m) => m.instrumentDefinition);
    for (const [sym, name] of names) assert.ok(defs.filter((m) => m.instrumentDefinition!.symbolId === sym && m.instrumentDefinition!.name === name).length >= 2, `instrument ${name} not repeated`);

    // ---- heartbeats when idle: empty packets carrying the next sequence number, on A and B
    await until(() => [ra, rb].every((r) => decodeAll(r).filter((p) => p.messages.length === 0 && num(p.firstSeq) === last + 1).length >= 2), 30_000, 'two heartbeats on A and B');
    const hb = decodeAll(ra).find((p) => p.messages.length === 0)!;
    assert.deepEqual([hb.channelId, num(hb.sessionId), hb.messageCount, hb.stream], [1, session, 0, 0]);

    // ---- retransmission: answers and refusals
    const rtx = await RtxClient.connect(feed.retransmission!.port);
    try {
      const first = last - 300;
      const ok = await rtx.ask({ sessionId: session, channelId: 1, firstSeq: first, count: 200, requestId: 1 });
      assert.equal(ok.status, v1.RetransmitStatus.RETRANSMIT_OK, ok.reason);
      assert.equal(ok.requestId, 1);
      const re = ok.packets.map((p) => ({ first: num(p.firstSeq), msgs: p.messages ?? [] }));
      assert.ok(re[0]!.first <= first);
      const lastPkt = re[re.length - 1]!;
      assert.ok(lastPkt.first + lastPkt.msgs.length - 1 >= first + 199);
      // The original datagrams, byte for byte.
      for (const p of ok.packets) assert.ok(a.some((raw) => raw.equals(v1.Packet.encode(p).finish())), 'retransmitted packet is not an original datagram');
      for (const p of re) p.msgs.forEach((m, k) => assert.deepEqual(m, bySeq[p.first + k]));

      const refused = async (r: Partial<RetransmitRequest<number>>, status: number, code: number) => {
        const resp = await rtx.ask({ sessionId: session, channelId: 1, firstSeq: first, count: 10, requestId: 9, ...r });
        assert.equal(resp.status, status, JSON.stringify(r));
        assert.equal(resp.errorCode, code);
        assert.ok(resp.reason.length > 5);
      };
      await refused({ sessionId: session - 1 }, v1.RetransmitStatus.RETRANSMIT_UNKNOWN_SESSION, Errors.RETRANSMIT_UNKNOWN_SESSION.num);
      await refused({ channelId: 2 }, v1.RetransmitStatus.RETRANSMIT_UNKNOWN_CHANNEL, Errors.RETRANSMIT_UNKNOWN_CHANNEL.num);
      await refused({ count: 501 }, v1.RetransmitStatus.RETRANSMIT_RANGE_TOO_LARGE, Errors.RETRANSMIT_RANGE_TOO_LARGE.num);
      await refused({ firstSeq: 1 }, v1.RetransmitStatus.RETRANSMIT_TOO_OLD, Errors.RETRANSMIT_TOO_OLD.num);
      await refused({ firstSeq: last + 1, count: 1 }, v1.RetransmitStatus.RETRANSMIT_NOT_YET_PUBLISHED, Errors.RETRANSMIT_NOT_YET_PUBLISHED.num);
      const mal = await rtx.raw(Uint8Array.of(0, 0, 0, 3, 0x18, 0x80, 0x80));
      assert.deepEqual([mal.status, mal.errorCode], [v1.RetransmitStatus.RETRANSMIT_MALFORMED, Errors.RETRANSMIT_MALFORMED.num]);
      // 8 requests so far; the bucket holds 12 (refilling 1/s): a burst of 30 runs dry. Answers
      // come in request order: the OKs first, then only refusals.
      const burst = await Promise.all(Array.from({ length: 30 }, (_, k) => rtx.ask({ sessionId: session, channelId: 1, firstSeq: last, count: 1, requestId: 100 + k })));
      assert.deepEqual(burst.map((r) => r.requestId), burst.map((_, k) => 100 + k));
      const nOk = burst.filter((r) => r.status === v1.RetransmitStatus.RETRANSMIT_OK).length;
      assert.ok(nOk >= 1 && nOk < 30, `${nOk} of 30 served`);
      assert.deepEqual(burst.map((r) => r.status), [...Array(nOk).fill(1), ...Array(30 - nOk).fill(7)]);
      assert.equal(burst[29]!.errorCode, Errors.RETRANSMIT_RATE_LIMITED.num);
      // Garbage with an absurd length: refused and disconnected, the server lives on.
      const bye = await rtx.raw(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 1, 2, 3));
      assert.equal(bye.status, v1.RetransmitStatus.RETRANSMIT_MALFORMED);
      await rtx.closed;
    } finally {
      rtx.close();
    }
    const st = feed.stats().retransmission!;
    assert.deepEqual([st.requests, st.malformed, st.rateLimited, st.disconnected], [37, 2, 30 - (st.served - 1), 0]);
    // The server lives on after garbage: a new connection is answered.
    const again = await RtxClient.connect(feed.retransmission!.port);
    assert.ok([1, 7].includes((await again.ask({ sessionId: session, channelId: 1, firstSeq: last, count: 1, requestId: 1 })).status));
    again.close();
  } finally {
    await feed.close();
  }

  // ---- end of session, then a new session on restart
  await until(() => ra.got.some((b) => decode(b).messages.some((m) => m.endOfSession)), 30_000, 'EndOfSession on A');
  const eos = ra.got.map(decode).find((p) => p.messages.some((m) => m.endOfSession))!;
  assert.equal(num(eos.messages[0]!.endOfSession!.lastSeq), num(eos.firstSeq));
  assert.equal(num(eos.firstSeq), feed.publisher.lastSeq(1));
  const before = ra.got.length;
  const feed2 = await MulticastFeed.start({ config: cfg, mdp: sim.mdp, snapshots: false, retransmission: false });
  try {
    assert.ok(feed2.sessionId > session);
    await until(() => ra.got.length > before, 30_000, 'the new session on A');
    const p = v1.Packet.decode(ra.got[before]!);
    assert.deepEqual([num(p.sessionId), num(p.firstSeq), p.messages.length], [feed2.sessionId, 1, 1]);
    assert.equal(p.messages[0]!.channelReset!.booksEmpty, false); // the Mdp already holds books
  } finally {
    await feed2.close();
  }
}

test('bourse publish runs a market on the feed and says where', { timeout: 120_000 }, async () => {
  const cfg = await testConfig({ retransmission: { port: await freeUdpTcpPort() } });
  const dir = mkdtempSync(pathJoin(tmpdir(), 'bourse-publish-'));
  const file = pathJoin(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(feedConfigJson(cfg)));
  const ra = await join(cfg.channels[0]!.feedA);
  try {
    const child = bourseSpawn(['publish', '--rate', '5000', '--symbols', '3', '--seconds', '2', '--config', file]);
    let stdout = '';
    child.stdout!.on('data', (d) => (stdout += d));
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    assert.equal(code, 0, stderr);
    const session = Number(/publish: ready session=(\d+) interface=127\.0\.0\.1 retransmission=127\.0\.0\.1:(\d+)/.exec(stdout)![1]);
    assert.match(stdout, new RegExp(`A=${cfg.channels[0]!.feedA.group}:${cfg.channels[0]!.feedA.port}`));
    const end = /publish: end session=(\d+) inputs=(\d+) messages=(\d+)/.exec(stdout)!;
    assert.equal(Number(end[1]), session);
    assert.ok(Number(end[2]) > 0, 'it published inputs'); // how many in 2 s depends on the machine's load: not a threshold
    await until(() => ra.got.some((b) => decode(b).messages.some((m) => m.endOfSession)), 30_000, 'the whole session on A');
    const ps = ra.got.map(decode).filter((p) => num(p.sessionId) === session && p.messages.length > 0);
    const msgs = ps.reduce((n, p) => n + p.messages.length, 0);
    assert.equal(msgs, Number(end[3]));
    assert.ok(ps.some((p) => p.messages.some((m) => m.instrumentDefinition?.name)));
  } finally {
    await ra.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A tiny retransmission client: protobufjs only, framing by hand (as a broker would). */
class RtxClient {
  private readonly sock: net.Socket;
  private readonly reader = new FrameReader(64 * 1024 * 1024);
  private readonly waiting: ((r: bourse.feed.v1.RetransmitResponse) => void)[] = [];
  readonly closed: Promise<void>;

  private constructor(sock: net.Socket) {
    this.sock = sock;
    this.closed = new Promise((r) => sock.once('close', () => r()));
    sock.on('data', (chunk) => {
      this.reader.push(chunk);
      for (let f = this.reader.next(); f !== undefined; f = this.reader.next()) this.waiting.shift()!(v1.RetransmitResponse.decode(f));
    });
  }

  static connect(port: number): Promise<RtxClient> {
    return new Promise((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1', () => resolve(new RtxClient(s)));
      s.once('error', reject);
    });
  }

  ask(r: RetransmitRequest<number>): Promise<bourse.feed.v1.RetransmitResponse> {
    return this.raw(encodeRequest(r));
  }

  raw(bytes: Uint8Array): Promise<bourse.feed.v1.RetransmitResponse> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.sock.write(bytes);
    });
  }

  close(): void {
    this.sock.destroy();
  }
}

void ({} as Packet);
