/**
 * Relay protocol, the happy path with a real `ws` client against a live in-process market:
 * snapshot + updates rebuild books equal to the server's (every checksum verified on the way,
 * every `prev` link unbroken), at several depths, for JSON and for protobuf frames; trades,
 * candles and status arrive in sequence; heartbeats say how far the client is current.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import protobuf from 'protobufjs/minimal.js';
import { bourse } from '../../proto/gen/feed.js';
import { Side } from '../../server/kernel/types.ts';
import { bookChecksum } from '../../server/kernel/book-checksum.ts';
import { sleep, until } from '../support/wait.ts';
import { startRig, TestClient, sortedLevels } from './relay-harness.ts';

const strip = (l: { price: number; qty: number; count: number }[]) => l.map((x) => ({ price: x.price, qty: x.qty, count: x.count }));

for (const preframed of [true, false]) test(`snapshot + updates rebuild the server book at every depth; trades, candles, status in sequence (${preframed ? 'pre-framed writes' : 'via ws.send'})`, async () => {
  const rig = await startRig({ heartbeatMs: 50, flushMs: 5, preframed });
  try {
    const names = [...rig.sim.market.instruments.values()].map((i) => i.name);
    assert.ok(names.length >= 3);
    const c = new TestClient(rig.url);
    await c.open();
    await c.until(() => c.find((m) => m.type === 'welcome') !== undefined, 5000, 'welcome');
    const welcome = c.find((m) => m.type === 'welcome')!;
    assert.equal(welcome.version, 1);
    assert.equal(welcome.encoding, 'json');
    c.send({ op: 'subscribe', channel: 'book', symbol: names[0], depth: 20, id: 1 });
    c.send({ op: 'subscribe', channel: 'book', symbol: names[1], depth: 10, id: 2 });
    c.send({ op: 'subscribe', channel: 'book', symbol: names[2], depth: 3, id: 3 });
    c.send({ op: 'subscribe', channel: 'trades', symbol: names[0], id: 4 });
    c.send({ op: 'subscribe', channel: 'candles', symbol: names[0], interval: '1s', id: 5 });
    c.send({ op: 'subscribe', channel: 'status', symbol: names[0], id: 6 });
    await c.until(() => c.msgs.filter((m) => m.snapshot).length === 6, 5000, 'six snapshots');
    const acks = c.msgs.filter((m) => m.type === 'subscribed');
    assert.deepEqual(acks.map((a) => a.id), [1, 2, 3, 4, 5, 6]);
    assert.equal(acks[0]!.depth, 20);
    assert.equal(acks[4]!.interval, '1s');

    rig.sim.run(40, 4);
    const updates = () => c.msgs.filter((m) => m.type === 'book' && !m.snapshot && m.symbol === names[0]).length;
    await c.until(() => updates() >= 40 && c.msgs.some((m) => m.type === 'trades' && !m.snapshot) && c.msgs.some((m) => m.type === 'candles' && !m.snapshot), 20_000, 'updates');
    rig.sim.stop();
    const final = rig.sim.market.mdSeq;
    await c.until(() => c.msgs.some((m) => m.type === 'heartbeat' && m.seq === final), 5000, 'heartbeat at the final seq');

    assert.equal(c.gaps, 0, 'no prev link broken');
    assert.equal(c.checksumErrors, 0, 'every checksum matched the rebuilt book');
    for (const [i, depth] of [[0, 20], [1, 10], [2, 3]] as const) {
      const sym = rig.sim.market.symbolId(names[i]!)!;
      const server = rig.sim.market.book(sym, depth)!;
      const local = c.books.get(names[i]!)!;
      assert.deepEqual(sortedLevels(local.bids, true), strip(server.bids), `${names[i]} bids at depth ${depth}`);
      assert.deepEqual(sortedLevels(local.asks, false), strip(server.asks), `${names[i]} asks at depth ${depth}`);
      assert.equal(local.checksum, rig.sim.market.computeChecksum(sym));
      assert.ok(local.bids.size > 0 && local.asks.size > 0);
    }
    // Trades: every trade of names[0] since the snapshot, in order, none twice.
    const tradeMsgs = c.msgs.filter((m) => m.type === 'trades' && m.symbol === names[0]);
    const ids = tradeMsgs.flatMap((m) => m.trades.map((t: { seq: number }) => t.seq));
    assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
    assert.equal(new Set(ids).size, ids.length);
    const sym0 = rig.sim.market.symbolId(names[0]!)!;
    const lastTrade = rig.sim.market.trades(sym0, 1)[0]!;
    assert.equal(ids[ids.length - 1], lastTrade.mdSeq);
    // Candles: the last bar equals the market's open 1s bar.
    const bars = c.msgs.filter((m) => m.type === 'candles').flatMap((m) => m.bars);
    const open = rig.sim.market.currentBar(sym0, 0)!;
    const last = bars[bars.length - 1];
    assert.deepEqual([last.time, last.open, last.high, last.low, last.close, last.volume], [open.openTime, open.open, open.high, open.low, open.close, open.volume]);
    const st = c.find((m) => m.type === 'status' && m.snapshot)!;
    assert.equal(st.status, 'open');
    assert.ok(rig.relay.stats().updates > 0);
    c.close();
  } finally {
    await rig.close();
  }
});

test('protobuf frames (feed schema): snapshot + level updates rebuild the same book, prev links in a leading Heartbeat', async () => {
  const rig = await startRig({ heartbeatMs: 50, flushMs: 5 });
  try {
    const name = [...rig.sim.market.instruments.values()][0]!.name;
    const sym = rig.sim.market.symbolId(name)!;
    const ws = new WebSocket(`${rig.url}?encoding=protobuf`);
    const bids = new Map<number, number>();
    const asks = new Map<number, number>();
    let last = -1;
    let gaps = 0;
    let badSums = 0;
    let lastHeartbeat = 0;
    let welcome: Record<string, unknown> | undefined;
    const Packet = bourse.feed.v1.Packet;
    ws.on('message', (data: Buffer, isBinary) => {
      if (!isBinary) {
        for (const m of JSON.parse(String(data))) if (m.type === 'welcome') welcome = m;
        return;
      }
      const reader = protobuf.Reader.create(data);
      while (reader.pos < reader.len) {
        const p = Packet.decodeDelimited(reader);
        const seq = Number(p.firstSeq);
        const msgs = p.messages;
        if (msgs[0]?.snapshotBegin) {
          bids.clear();
          asks.clear();
          for (const m of msgs) if (m.snapshotLevel) (m.snapshotLevel.side === Side.Buy ? bids : asks).set(Number(m.snapshotLevel.price), Number(m.snapshotLevel.qty));
          last = seq;
          continue;
        }
        if (msgs[0]?.heartbeat && msgs.length === 1) {
          lastHeartbeat = seq;
          continue;
        }
        if (Number(msgs[0]!.heartbeat!.lastSeq) !== last) gaps++;
        last = seq;
        for (const m of msgs.slice(1)) {
          const u = m.levelUpdate!;
          const side = u.side === Side.Buy ? bids : asks;
          if (u.action === 3) side.delete(Number(u.price));
          else side.set(Number(u.price), Number(u.qty));
          if (u.endOfUpdate) {
            const top = (s: Map<number, number>, b: boolean) => [...s].map(([price, qty]) => ({ price, qty })).sort((x, y) => (b ? y.price - x.price : x.price - y.price)).slice(0, 10);
            if (bookChecksum(top(bids, true), top(asks, false)) !== u.checksum) badSums++;
          }
        }
      }
    });
    await new Promise<void>((r) => ws.once('open', () => r()));
    ws.send(JSON.stringify({ op: 'subscribe', channel: 'book', symbol: name, depth: 10 }));
    rig.sim.run(40, 4);
    await sleep(1500);
    rig.sim.stop();
    const final = rig.sim.market.mdSeq;
    await until(() => lastHeartbeat === final, 5000, () => `a heartbeat at the final seq ${final} (last ${lastHeartbeat})`, 50);
    assert.equal(welcome?.encoding, 'protobuf');
    assert.equal(lastHeartbeat, final);
    assert.ok(last > 0);
    assert.equal(gaps, 0);
    assert.equal(badSums, 0);
    const server = rig.sim.market.book(sym, 10)!;
    assert.deepEqual([...bids].sort((a, b) => b[0] - a[0]), server.bids.map((l) => [l.price, l.qty]));
    assert.deepEqual([...asks].sort((a, b) => a[0] - b[0]), server.asks.map((l) => [l.price, l.qty]));
    ws.terminate();
  } finally {
    await rig.close();
  }
});
