/**
 * Fuzzed inbound traffic never crashes the relay: random JSON values and near-valid requests
 * through the parser (property) and through real connections, and random bytes on raw sockets
 * after and instead of a handshake. Afterwards a fresh client still gets a correct book.
 * Also: a client that loses an update detects the gap from `prev` (and the checksum) and a
 * resubscription gives it the server's book again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import fc from 'fast-check';
import { parseRequest, isRefusal } from '../../server/relay/protocol.ts';
import { errorName } from '../../server/kernel/errors.ts';
import { sleep, until } from '../support/wait.ts';
import { startRig, TestClient, sortedLevels } from './relay-harness.ts';

const near = fc.record(
  {
    op: fc.oneof(fc.constantFrom('subscribe', 'unsubscribe', 'ping', 'instruments'), fc.anything()),
    channel: fc.oneof(fc.constantFrom('book', 'trades', 'candles', 'status'), fc.anything()),
    symbol: fc.oneof(fc.constantFrom('AAPL', 'MSFT', 'NVDA', 'ZZZ', ''), fc.string(), fc.anything()),
    depth: fc.oneof(fc.integer({ min: -5, max: 1000 }), fc.double(), fc.anything()),
    interval: fc.oneof(fc.constantFrom('1s', '1m', '5m', '15m', '1h', '1d', '1w'), fc.anything()),
    id: fc.oneof(fc.integer(), fc.string(), fc.anything()),
  },
  { requiredKeys: [] },
);
const inbound = fc.oneof(near.map((o) => JSON.stringify(o)), fc.json(), fc.string(), fc.string({ unit: 'grapheme' }));

test('the parser never throws: every input is a request or a refusal with a registry code', () => {
  fc.assert(
    fc.property(inbound, (text) => {
      const r = parseRequest(text, 500, 10);
      if (isRefusal(r)) assert.ok(r.code.startsWith('WS_'), r.code);
      else assert.ok(['subscribe', 'unsubscribe', 'ping', 'instruments'].includes(r.op));
    }),
    { numRuns: 3000 },
  );
});

test('fuzzed messages and raw bytes never crash the relay; it still serves a correct book after', async () => {
  const rig = await startRig({ maxInboundPerSecond: 100_000, heartbeatMs: 50, flushMs: 5 });
  try {
    rig.sim.run(20, 5);
    const samples = fc.sample(inbound, 1500);
    const clients = await Promise.all([0, 1, 2].map(async () => {
      const c = new TestClient(rig.url);
      await c.open();
      return c;
    }));
    // In bursts a reading client can keep up with (a burst past the queue bound is a flood: 4008).
    for (let i = 0; i < samples.length; i++) {
      clients[i % 3]!.send(samples[i]!);
      if (i % 60 === 59) await sleep(10);
    }
    // Raw sockets: garbage instead of a handshake, and garbage frames after one.
    const port = Number(new URL(rig.url).port);
    for (let i = 0; i < 20; i++) {
      const bytes = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 300 }), 1)[0]!;
      await new Promise<void>((resolve) => {
        const s = connect(port, '127.0.0.1', () => {
          if (i % 2 === 0) s.write(Buffer.from(bytes));
          else s.write(`GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`, () => s.write(Buffer.from(bytes)));
          setTimeout(() => s.destroy(), 30);
        });
        s.on('error', () => {});
        s.on('close', () => resolve());
      });
    }
    await sleep(200);
    const errors = clients.flatMap((c) => c.msgs.filter((m) => m.type === 'error'));
    for (const c of clients) assert.ok(c.closed === undefined || c.closed.code === 1009, `closed ${JSON.stringify(c.closed)}`);
    assert.ok(errors.length > 0);
    for (const e of errors) assert.equal(errorName(e.num), e.code);
    for (const c of clients) c.close();
    await until(() => rig.relay.stats().connections === 0, 5000, 'all released');

    const fresh = new TestClient(rig.url);
    await fresh.open();
    const name = [...rig.sim.market.instruments.values()][0]!.name;
    fresh.send({ op: 'subscribe', channel: 'book', symbol: name, depth: 10 });
    await fresh.until(() => fresh.msgs.filter((m) => m.type === 'book').length > 10, 10_000, 'book updates');
    rig.sim.stop();
    const final = rig.sim.market.mdSeq;
    await fresh.until(() => fresh.msgs.some((m) => m.type === 'heartbeat' && m.seq === final), 5000, 'final heartbeat');
    const book = rig.sim.market.book(rig.sim.market.symbolId(name)!, 10)!;
    assert.deepEqual(sortedLevels(fresh.books.get(name)!.bids, true), book.bids);
    assert.equal(fresh.checksumErrors, 0);
    fresh.close();
  } finally {
    await rig.close();
  }
});

test('a lost update is detected (prev, checksum) and a resubscription restores the server book', async () => {
  const rig = await startRig({ heartbeatMs: 50, flushMs: 5 });
  try {
    const name = [...rig.sim.market.instruments.values()][0]!.name;
    const c = new TestClient(rig.url);
    await c.open();
    c.send({ op: 'subscribe', channel: 'book', symbol: name, depth: 10 });
    rig.sim.run(20, 5);
    await c.until(() => c.msgs.filter((m) => m.type === 'book').length > 5, 10_000, 'updates');
    // Lose one update on the client side: drop the next book message before it is applied.
    const lost = await new Promise<number>((resolve) => {
      const orig = c.ws.listeners('message') as ((d: Buffer, b: boolean) => void)[];
      c.ws.removeAllListeners('message');
      let done = false;
      c.ws.on('message', (d: Buffer, b: boolean) => {
        if (!done) {
          const msgs = JSON.parse(String(d)) as { type: string; seq: number }[];
          const i = msgs.findIndex((m) => m.type === 'book');
          if (i >= 0) {
            done = true;
            const seq = msgs[i]!.seq;
            msgs.splice(i, 1);
            for (const l of orig) l(Buffer.from(JSON.stringify(msgs)), b);
            resolve(seq);
            return;
          }
        }
        for (const l of orig) l(d, b);
      });
    });
    await c.until(() => c.gaps > 0, 10_000, 'gap detected');
    assert.equal(c.gaps, 1);
    assert.ok(lost > 0);
    c.send({ op: 'subscribe', channel: 'book', symbol: name, depth: 10 });
    await c.until(() => c.msgs.filter((m) => m.type === 'book' && m.snapshot).length === 2, 10_000, 'fresh snapshot');
    rig.sim.stop();
    const final = rig.sim.market.mdSeq;
    await c.until(() => c.msgs.some((m) => m.type === 'heartbeat' && m.seq === final), 5000, 'final heartbeat');
    assert.equal(c.gaps, 1, 'no gap after the resubscription');
    const book = rig.sim.market.book(rig.sim.market.symbolId(name)!, 10)!;
    assert.deepEqual(sortedLevels(c.books.get(name)!.bids, true), book.bids);
    assert.deepEqual(sortedLevels(c.books.get(name)!.asks, false), book.asks);
    c.close();
  } finally {
    await rig.close();
  }
});
