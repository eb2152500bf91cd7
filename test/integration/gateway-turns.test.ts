/**
 * The gateway thread's loop turn (docs/benchmarks.md "The gateway thread's turn"): at most
 * `eventsPerTurn` events folded per turn, the sockets read between turns, the parsed commands
 * handed to the core before the next fold. A tiny cap (16 events) with a backlog of fills across
 * four sessions must lose, duplicate and reorder nothing: every order answered once, each
 * session's numbers contiguous, its resend from 0 equal to what it got live.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gatewayOptions } from '../../server/gateway/gateway.ts';
import type { Outbound, OrderClient } from '../../server/order-client/index.ts';
import { brokerKeys, startGatewayExchange, session } from '../support/gateway.ts';

const AAPL = 1_900_000; // 190.00 at 4 price decimals (tick 100)

function collect(c: OrderClient): Outbound[] {
  const out: Outbound[] = [];
  c.onMessage((m) => out.push(m));
  return out;
}

async function until(cond: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('eventsPerTurn: a validated integer, 4096 by default', () => {
  assert.equal(gatewayOptions({}).eventsPerTurn, 4096);
  assert.equal(gatewayOptions({ eventsPerTurn: 1024 }).eventsPerTurn, 1024);
  for (const bad of [0, 15, 1.5, (1 << 20) + 1, Number.NaN]) assert.throws(() => gatewayOptions({ eventsPerTurn: bad }), /GW_BAD_OPTION|integer/);
});

test('snapshotSliceBytes: a validated integer, 256 KiB by default', () => {
  assert.equal(gatewayOptions({}).snapshotSliceBytes, 1 << 18);
  assert.equal(gatewayOptions({ snapshotSliceBytes: 64 }).snapshotSliceBytes, 64);
  for (const bad of [0, 63, 1.5, (1 << 30) + 1, Number.NaN]) assert.throws(() => gatewayOptions({ snapshotSliceBytes: bad }), /GW_BAD_OPTION|integer/);
});

test('a 16-event turn under a backlog of fills: every order answered once, numbers contiguous, resend equal to the live stream', async () => {
  const keys = brokerKeys(4);
  const x = await startGatewayExchange({ keys, gateway: { eventsPerTurn: 16 } });
  try {
    const clients = await Promise.all(keys.map((k) => session(x, k)));
    const live = clients.map(collect);
    const perSession = 300;
    const answers = (ms: Outbound[]) => ms.filter((m) => m.kind === 'executionReport' && (m.execType === 1 || m.execType === 2));
    // A burst of 200 resting buys per session, 1-5 ticks under the reference, all sent at once;
    // then, once they rest, a burst of 100 IOC sells per session that cross them: each trades with
    // another session's buys or, by self-trade prevention, cancels its own. Events of every kind
    // for every session, far more than 16 at a time.
    const buys = (perSession * 2) / 3;
    clients.forEach((c, s) => {
      for (let i = 1; i <= buys; i++) c.newOrder({ clientOrderId: i, symbol: 'AAPL', side: 1, price: AAPL - 100 * (1 + (i % 5)), qty: 10, account: s + 1 });
    });
    await until(() => live.every((ms) => answers(ms).length === buys), 'the buys answered');
    clients.forEach((c, s) => {
      for (let i = buys + 1; i <= perSession; i++) c.newOrder({ clientOrderId: i, symbol: 'AAPL', side: 2, tif: 2, price: AAPL - 1000, qty: 10, account: s + 1 });
    });
    await until(() => live.every((ms) => answers(ms).length === perSession), 'every order answered');
    const counters = (await x.gatewayCounters())!;
    const turns = counters.turns ?? 0;
    const turnEvents = counters.turnEvents ?? 0;
    assert.ok(turns > 0);
    // The cap held: no turn folded more than 16 events, so a run of these needed many turns.
    assert.ok(turnEvents / turns <= 16, `${turnEvents} events in ${turns} turns`);
    assert.ok(turnEvents >= 4 * perSession, `${turnEvents} events folded`);
    let fills = 0;
    for (let s = 0; s < 4; s++) {
      const ms = live[s]!;
      // Each order answered exactly once, in the order sent (one session's commands stay FIFO).
      assert.deepEqual(answers(ms).map((m) => (m as { clientOrderId: number }).clientOrderId), Array.from({ length: perSession }, (_, i) => i + 1));
      const seqs = ms.filter((m) => m.seq > 0).map((m) => m.seq);
      assert.deepEqual(seqs, Array.from({ length: seqs.length }, (_, i) => i + 1));
      fills += ms.filter((m) => m.kind === 'executionReport' && (m.execType === 3 || m.execType === 4)).length;
    }
    assert.ok(fills > 0, 'some IOC sells traded');
    // Each session's stream, asked again from 0, equals what it received live.
    await until(() => clients.every((c, s) => c.lastSeq === live[s]!.filter((m) => m.seq > 0).length), 'streams settled');
    await new Promise((r) => setTimeout(r, 200));
    for (const c of clients) c.close();
    await new Promise((r) => setTimeout(r, 100));
    for (let s = 0; s < 4; s++) {
      const again = await session(x, keys[s]!);
      const am = collect(again);
      await until(() => again.lastSeq === again.loginLastSeq, `resend of session ${s + 1}`);
      assert.deepEqual(am, live[s]!.filter((m) => m.seq > 0));
      again.close();
    }
  } finally {
    await x.stop();
  }
});
