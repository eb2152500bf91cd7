/**
 * The gateway's start-up warm-up and prefault (gateway options warmupOrders, prefaultWindows;
 * server/apps/runtime/gateway-warmup.ts): the scratch pipeline leaves nothing in the exchange. The
 * same broker script against a cold exchange and a warmed one gives the same sequenced inputs
 * (the journal holds none of the scratch orders), the same reports (numbers, order ids, trade ids,
 * quantities: the engine's state was not touched), and after a restart the warmed exchange resends
 * exactly what it delivered live (the reports derive from its journal alone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokerKeys, startGatewayExchange, session, tempData } from '../support/gateway.ts';
import type { Outbound, OrderClient } from '../../server/order-client/index.ts';
import type { Exchange } from '../../server/apps/runtime/exchange.ts';

type Report = Extract<Outbound, { kind: 'executionReport' }>;
const AAPL = 1_900_000;

async function until(cond: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function collect(c: OrderClient): Outbound[] {
  const out: Outbound[] = [];
  c.onMessage((m) => out.push(m));
  return out;
}

/** What is the journal's in a report (its wall-clock stamp is not: it differs between runs). */
const fields = (ms: Outbound[]) => ms.filter((m): m is Report => m.kind === 'executionReport')
  .map((m) => [m.seq, m.execType, m.clientOrderId, m.orderId, m.tradeId, m.lastQty, m.leavesQty, m.price, m.exchangeSeq]);

const keys = brokerKeys(2);

/** Five resting buys from session 1, one market sell from session 2 that fills three of them. */
async function script(x: Exchange): Promise<{ a: Outbound[]; b: Outbound[] }> {
  const a = await session(x, keys[0]!);
  const b = await session(x, keys[1]!);
  const am = collect(a);
  const bm = collect(b);
  for (let i = 1; i <= 5; i++) a.newOrder({ clientOrderId: i, symbol: 'AAPL', side: 1, price: AAPL - 100 * i, qty: 100, account: 1 });
  await until(() => am.length === 5, 'five accepted');
  b.newOrder({ clientOrderId: 1, symbol: 'AAPL', side: 2, ordType: 2, price: 0, qty: 250, account: 2 });
  await until(() => bm.some((m) => m.kind === 'executionReport' && m.execType === 4), 'B filled');
  await until(() => am.length === 8, 'A told of its fills');
  a.close();
  b.close();
  return { a: am, b: bm };
}

test('gateway warm-up and prefault: the same inputs and reports as a cold gateway; a restart resends what was delivered', async () => {
  const cold = await startGatewayExchange({ keys });
  let coldRun: { a: Outbound[]; b: Outbound[] };
  let coldSeq: number;
  try {
    coldRun = await script(cold);
    coldSeq = cold.stats().lastSeq;
  } finally {
    await cold.stop();
  }
  const data = tempData();
  const warmOptions = { warmupOrders: 3000, prefaultWindows: 4 };
  let warm = await startGatewayExchange({ data, keys, gateway: warmOptions });
  let warmRun: { a: Outbound[]; b: Outbound[] };
  try {
    const c = await warm.gatewayCounters();
    assert.equal(c!.warmupOrders, 3000, 'the scratch pipeline answered every warm-up order');
    assert.equal(c!.prefaultedWindows, 4);
    warmRun = await script(warm);
    assert.equal(warm.stats().lastSeq, coldSeq, 'the journal holds the same number of inputs: none of the scratch orders');
    assert.deepEqual(fields(warmRun.a), fields(coldRun.a));
    assert.deepEqual(fields(warmRun.b), fields(coldRun.b));
    assert.equal(fields(warmRun.a).length, 8);
  } finally {
    await warm.stop();
  }
  // Restarted (warmed again): the reports are derived from the journal alone, the same as delivered live.
  warm = await startGatewayExchange({ data, keys, gateway: warmOptions });
  try {
    const a = await session(warm, keys[0]!);
    const am = collect(a);
    await until(() => a.lastSeq === a.loginLastSeq && am.length === 8, 'full resend');
    assert.deepEqual(am, warmRun.a);
    a.close();
  } finally {
    await warm.stop();
  }
});
