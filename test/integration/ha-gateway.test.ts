// HA order entry: the leader of a real 3-node NATS setup serves the gateway, the standby does not
// listen; kill -9 the leader while a broker's orders are in flight: the standby takes over, its
// gateway (rebuilt from the replicated journal) listens, and the broker resumes by its last seen
// report number: the reports before and after are one contiguous stream, nothing lost, none twice,
// and the new leader's full resend starts with exactly what the old one delivered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { skipUnlessNats, haOrderEntrySetup } from '../support/nats.ts';
import { freePorts } from '../support/ports.ts';
import { until } from '../support/wait.ts';
import { OrderClient, type Outbound } from '../../server/order-client/index.ts';

const skip = skipUnlessNats();
type Report = Extract<Outbound, { kind: 'executionReport' }>;
const AAPL = 1_900_000;

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', () => resolve(true));
  });
}

test('HA order entry: the leader serves the gateway; after kill -9 the new leader resumes every session by its last seen number', { skip, timeout: 240_000 }, async () => {
  const { key, node, teardown } = await haOrderEntrySetup('bourse-ha-gw-');
  const [gp, gs] = await freePorts(2) as [number, number];
  try {
    const P = node('p', 'primary', gp);
    await P.waitFor(/^ha: gateway node=p listening on tcp port (\d+)/);
    const S = node('s', 'standby', gs);
    await S.waitFor(/^ha: role=standby/);
    assert.equal(await refused(gs), true, 'a standby does not listen for order entry');

    const a = await OrderClient.connect({ host: '127.0.0.1', port: gp, keyId: key.id, privateKey: key.privateKey });
    const seen: Outbound[] = [];
    a.onMessage((m) => seen.push(m));
    for (let i = 1; i <= 20; i++) a.newOrder({ clientOrderId: i, symbol: 'AAPL', side: 1, price: AAPL - 100 * (1 + (i % 5)), qty: 100, account: 1 });
    await until(() => (seen.length >= 20 ? true : undefined), 30_000, 'the leader answers 20 orders');
    // More orders in flight, then the leader dies: some may be journaled and replicated, unanswered.
    for (let i = 21; i <= 60; i++) a.newOrder({ clientOrderId: i, symbol: 'AAPL', side: 1, price: AAPL - 100 * (1 + (i % 5)), qty: 100, account: 1 });
    P.kill('SIGKILL');
    await P.exited;
    const lastSeen = a.lastSeq;
    const before = seen.filter((m): m is Report => m.kind === 'executionReport').slice();
    a.close();

    await S.waitFor(/^ha: takeover node=s /, 30_000);
    await S.waitFor(/^ha: gateway node=s listening on tcp port (\d+)/, 30_000);
    const b = await OrderClient.connect({ host: '127.0.0.1', port: gs, keyId: key.id, privateKey: key.privateKey, lastSeenSeq: lastSeen });
    const after: Outbound[] = [];
    b.onMessage((m) => after.push(m));
    await until(() => (b.lastSeq === b.loginLastSeq ? true : undefined), 30_000, 'the resend');
    b.newOrder({ clientOrderId: 61, symbol: 'AAPL', side: 1, price: AAPL - 100, qty: 100, account: 1 });
    await until(() => (after.some((m) => m.kind === 'executionReport' && m.clientOrderId === 61) ? true : undefined), 30_000, 'the new leader answers');
    b.close();

    const stream = [...before, ...after.filter((m): m is Report => m.kind === 'executionReport')];
    assert.deepEqual(stream.map((m) => m.seq), Array.from({ length: stream.length }, (_, i) => i + 1), 'one contiguous stream: nothing lost, nothing twice');
    const ids = stream.map((m) => m.clientOrderId);
    assert.equal(new Set(ids).size, ids.length, 'each order answered once');
    assert.deepEqual(ids.slice(0, 20), Array.from({ length: 20 }, (_, i) => i + 1));
    assert.equal(ids.at(-1), 61);
    assert.ok(before.length >= 20);

    // From zero on the new leader: exactly what the old one delivered, then the rest.
    const z = await OrderClient.connect({ host: '127.0.0.1', port: gs, keyId: key.id, privateKey: key.privateKey, lastSeenSeq: 0 });
    const all: Outbound[] = [];
    z.onMessage((m) => all.push(m));
    await until(() => (z.lastSeq === z.loginLastSeq ? true : undefined), 30_000, 'the full resend');
    z.close();
    assert.deepEqual(all.slice(0, before.length), before);
    assert.deepEqual(all, stream);
    await S.stop();
  } finally {
    await teardown();
  }
});
