/**
 * Every relay limit and every refusal, each with its registry code or close code:
 * bad requests (5101-5107), inbound rate (5108, then close 4029), maxPayload (close 1009),
 * connections per address (HTTP 429, 5109), total connections (HTTP 503, 5110), encoding (400,
 * 5112), unknown path (404, 5116), a client that floods requests without reading (4008), and
 * shutdown (1001). The server stays up and bounded after each.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { Errors } from '../../server/kernel/errors.ts';
import { relayOptions, flushInterval } from '../../server/relay/options.ts';
import { BourseError } from '../../server/kernel/errors.ts';
import { until } from '../support/wait.ts';
import { startRig, TestClient } from './relay-harness.ts';

/** Open a WebSocket expecting a refused upgrade: resolves with the HTTP status and JSON body. */
function refused(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('open', () => reject(new Error('upgrade was accepted')));
    ws.on('error', () => {});
    ws.on('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(body) }));
    });
  });
}

test('bad requests get errors with registry codes and echo the id; the connection stays usable', async () => {
  const rig = await startRig({ maxSubscriptions: 2, maxDepth: 50 });
  try {
    const c = new TestClient(rig.url);
    await c.open();
    const name = [...rig.sim.market.instruments.values()][0]!.name;
    const cases: [unknown, keyof typeof Errors][] = [
      ['not json', 'WS_BAD_MESSAGE'],
      [[1, 2], 'WS_BAD_MESSAGE'],
      [{ op: 'dance', id: 1 }, 'WS_BAD_MESSAGE'],
      [{ op: 'subscribe', channel: 'news', symbol: name, id: 2 }, 'WS_UNKNOWN_CHANNEL'],
      [{ op: 'subscribe', channel: 'book', symbol: 'NOPE', id: 3 }, 'WS_UNKNOWN_SYMBOL'],
      [{ op: 'subscribe', channel: 'book', symbol: name, depth: 51, id: 4 }, 'WS_BAD_DEPTH'],
      [{ op: 'subscribe', channel: 'book', symbol: name, depth: 0, id: 5 }, 'WS_BAD_DEPTH'],
      [{ op: 'subscribe', channel: 'candles', symbol: name, interval: '2m', id: 6 }, 'WS_BAD_INTERVAL'],
      [{ op: 'subscribe', channel: 'candles', symbol: name, id: 7 }, 'WS_BAD_INTERVAL'],
      [{ op: 'unsubscribe', channel: 'trades', symbol: name, id: 8 }, 'WS_NOT_SUBSCRIBED'],
      [{ op: 'subscribe', channel: 'trades', symbol: name, depth: 5, id: 9 }, 'WS_BAD_MESSAGE'],
      [{ op: 'subscribe', channel: 'trades', symbol: { x: 1 }, id: 10 }, 'WS_BAD_MESSAGE'],
      [{ op: 'ping', id: { no: 1 } }, 'WS_BAD_MESSAGE'],
    ];
    for (const [m] of cases) c.send(m);
    await c.until(() => c.msgs.filter((m) => m.type === 'error').length === cases.length, 5000, 'errors');
    const errors = c.msgs.filter((m) => m.type === 'error');
    errors.forEach((e, i) => {
      const code = cases[i]![1];
      assert.equal(e.code, code, `case ${i}: ${JSON.stringify(cases[i]![0])}`);
      assert.equal(e.num, Errors[code].num);
      assert.ok(e.message.startsWith(Errors[code].message), e.message);
      const sent = cases[i]![0] as { id?: unknown };
      if (typeof sent === 'object' && sent && typeof sent.id === 'number') assert.equal(e.id, sent.id);
    });
    // Subscriptions per connection: the third is refused, a resubscription is not a new one.
    c.send({ op: 'subscribe', channel: 'trades', symbol: name, id: 20 });
    c.send({ op: 'subscribe', channel: 'status', symbol: name, id: 21 });
    c.send({ op: 'subscribe', channel: 'trades', symbol: name, id: 22 });
    c.send({ op: 'subscribe', channel: 'book', symbol: name, id: 23 });
    await c.until(() => c.msgs.some((m) => m.id === 23), 5000, 'reply 23');
    assert.deepEqual(c.msgs.filter((m) => m.type === 'subscribed').map((m) => m.id), [20, 21, 22]);
    assert.equal(c.find((m) => m.id === 23)!.num, Errors.WS_TOO_MANY_SUBSCRIPTIONS.num);
    c.send({ op: 'unsubscribe', channel: 'status', symbol: name, id: 24 });
    c.send({ op: 'ping', id: 25 });
    await c.until(() => c.msgs.some((m) => m.id === 25), 5000, 'pong');
    assert.equal(c.find((m) => m.id === 24)!.type, 'unsubscribed');
    assert.equal(c.find((m) => m.id === 25)!.type, 'pong');
    assert.equal(rig.relay.stats().subscriptions, 1);
    // Binary frames are refused the same way.
    c.ws.send(Buffer.from([1, 2, 3]));
    await c.until(() => c.msgs.filter((m) => m.type === 'error').length === cases.length + 2, 5000, 'binary refusal');
    assert.equal(c.closed, undefined);
    c.close();
  } finally {
    await rig.close();
  }
});

test('inbound rate: excess messages get WS_RATE_LIMITED once, a client that keeps on is closed 4029', async () => {
  const rig = await startRig({ maxInboundPerSecond: 5 });
  try {
    const c = new TestClient(rig.url);
    await c.open();
    for (let i = 0; i < 5; i++) c.send({ op: 'ping', id: i });
    c.send({ op: 'ping', id: 99 });
    await c.until(() => c.msgs.some((m) => m.type === 'error'), 5000, 'rate error');
    const e = c.find((m) => m.type === 'error')!;
    assert.equal(e.code, 'WS_RATE_LIMITED');
    assert.equal(e.num, 5108);
    assert.equal(c.msgs.filter((m) => m.type === 'pong').length, 5);
    for (let i = 0; i < 20; i++) c.send({ op: 'ping' });
    await c.until(() => c.closed !== undefined, 5000, 'close');
    assert.deepEqual(c.closed, { code: 4029, reason: 'rate limit' });
    assert.equal(c.msgs.filter((m) => m.type === 'error').length, 1, 'one error, not one per message');
    assert.equal(rig.relay.stats().rateLimitCloses, 1);
  } finally {
    await rig.close();
  }
});

test('maxPayload: a message above it closes the connection with 1009; the relay carries on', async () => {
  const rig = await startRig({ maxPayload: 256 });
  try {
    const c = new TestClient(rig.url);
    await c.open();
    c.send({ op: 'ping', pad: 'x'.repeat(300) });
    await c.until(() => c.closed !== undefined, 5000, 'close');
    assert.equal(c.closed!.code, 1009);
    await until(() => rig.relay.stats().connections === 0, 5000, 'released');
    const d = new TestClient(rig.url);
    await d.open();
    d.send({ op: 'ping', id: 1 });
    await d.until(() => d.msgs.some((m) => m.type === 'pong'), 5000, 'pong');
    d.close();
  } finally {
    await rig.close();
  }
});

test('connections per address, in total, encoding and path are refused at the upgrade with a JSON error', async () => {
  const rig = await startRig({ maxConnectionsPerAddress: 2 });
  try {
    const a = new TestClient(rig.url);
    const b = new TestClient(rig.url);
    await Promise.all([a.open(), b.open()]);
    const r = await refused(rig.url);
    assert.equal(r.status, 429);
    assert.equal(r.body.code, 'WS_TOO_MANY_CONNECTIONS');
    assert.equal(r.body.num, 5109);
    a.close();
    await until(() => rig.relay.stats().connections <= 2, 5000, 'a released');
    const again = new TestClient(rig.url);
    await again.open();
    const enc = await refused(`${rig.url}?encoding=xml`);
    assert.deepEqual([enc.status, enc.body.code, enc.body.num], [400, 'WS_BAD_ENCODING', 5112]);
    const path = await refused(rig.url.replace('/ws', '/nope'));
    assert.deepEqual([path.status, path.body.code, path.body.num], [404, 'WS_NOT_FOUND', 5116]);
    again.close();
    b.close();
  } finally {
    await rig.close();
  }
  const small = await startRig({ maxConnections: 1 });
  try {
    const c = new TestClient(small.url);
    await c.open();
    const full = await refused(small.url);
    assert.deepEqual([full.status, full.body.code, full.body.num], [503, 'WS_SERVER_FULL', 5110]);
    assert.equal(small.relay.stats().refusedConnections, 1);
    c.close();
  } finally {
    await small.close();
  }
});

test('a client that floods requests and never reads is closed 4008; shutdown closes the rest with 1001', async () => {
  const rig = await startRig({ maxSubscriptions: 4, maxInboundPerSecond: 100_000 });
  try {
    const name = [...rig.sim.market.instruments.values()][0]!.name;
    const flood = new TestClient(rig.url);
    const calm = new TestClient(rig.url);
    await Promise.all([flood.open(), calm.open()]);
    flood.ws.pause();
    for (let i = 0; i < 2000; i++) flood.send({ op: 'subscribe', channel: 'book', symbol: name, depth: 10 });
    await until(() => rig.relay.stats().slowConsumerCloses === 1, 10_000, 'flood close');
    assert.equal(rig.relay.stats().subscriptions, 0);
    flood.ws.resume();
    await flood.until(() => flood.closed !== undefined, 10_000, 'flood close frame');
    assert.equal(flood.closed!.code, 4008);
    const done = rig.relay.close();
    await calm.until(() => calm.closed !== undefined, 5000, 'shutdown close');
    await done;
    assert.deepEqual(calm.closed, { code: 1001, reason: 'server shutting down' });
  } finally {
    await rig.close();
  }
});

test('relay options are validated with WS_BAD_OPTION', () => {
  assert.throws(() => relayOptions({ maxPayload: 1 }), (e: unknown) => e instanceof BourseError && e.code === 'WS_BAD_OPTION');
  assert.throws(() => relayOptions({ lowWaterBytes: 10, highWaterBytes: 5 }), (e: unknown) => e instanceof BourseError && e.code === 'WS_BAD_OPTION');
  assert.throws(() => relayOptions({ bogus: 1 } as never), /unknown option bogus/);
  assert.throws(() => relayOptions({ path: 'ws' }), /path must start with/);
  assert.ok(Object.isFrozen(relayOptions()));
});

test('a long flush stretches the gap to the next one (writeSharePct), never below flushMs', () => {
  assert.equal(relayOptions().writeSharePct, 50);
  for (const bad of [0, 101, 2.5]) assert.throws(() => relayOptions({ writeSharePct: bad }), (e: unknown) => e instanceof BourseError && e.code === 'WS_BAD_OPTION');
  const o = relayOptions({ flushMs: 10, writeSharePct: 50 });
  assert.equal(flushInterval(o, 0), 10); // a quick flush: every flushMs
  assert.equal(flushInterval(o, 4), 10);
  assert.equal(flushInterval(o, 5), 10);
  assert.equal(flushInterval(o, 30), 60); // 30 ms writing: at most half the time, so 60 ms from start to start
  assert.equal(flushInterval(relayOptions({ flushMs: 10, writeSharePct: 100 }), 30), 30); // 100%: back to back, no stretch
  assert.equal(flushInterval(relayOptions({ flushMs: 10, writeSharePct: 25 }), 10), 40);
});
