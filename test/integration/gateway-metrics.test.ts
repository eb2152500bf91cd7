/**
 * Receipt -> ack on /metrics of a live `bourse start --gateway-port`: real process, real TCP
 * sessions, real orders. Every NewOrder a broker sends (accepted or rejected by the engine) is one
 * sample of bourse_order_ack_latency_seconds{from="receipt"}; the ack_latency SLO counts those
 * acks (not the core's stamp -> commit ones); `bourse status` prints the line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Running } from '../support/fs-faults.ts';
import { bourse } from '../support/cli.ts';
import { until } from '../support/wait.ts';
import { parseExposition } from '../../server/apps/commands/status.ts';
import { generateBrokerKey, exchangeKeyEntry, OrderClient, type Outbound } from '../../server/order-client/index.ts';

test('live start with a gateway: receipt -> ack histogram counts every answered order; the ack SLO and bourse status use it', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-gw-metrics-'));
  const key = generateBrokerKey(1, 1);
  writeFileSync(join(dir, 'keys.json'), JSON.stringify({ keys: [exchangeKeyEntry(key, 0)] }));
  const x = new Running(['start', '--data', join(dir, 'data'), '--port', '0', '--rate', '0', '--feed', 'false', '--show', '0', '--gateway-port', '0', '--keys', join(dir, 'keys.json'), '--gateway-warmup', '3000', '--gateway-prefault', '2']);
  try {
    const url = (await x.waitFor(/dashboard (http:\/\/127\.0\.0\.1:\d+)\//))[1]!;
    const port = Number((await x.waitFor(/order-entry gateway on tcp port (\d+)/))[1]);
    // Ready before the open: the warm-up ran on its scratch pipeline (none of it counted below: "no order yet").
    const ready = await x.waitFor(/gateway ready before listening: (\d+) warm-up orders in [\d.]+ s, (\d+) sessions' windows committed/);
    assert.ok(Number(ready[1]) >= 3000, ready[0]);
    assert.equal(Number(ready[2]), 2);
    const scrape = async () => parseExposition(await (await fetch(`${url}/metrics`)).text());
    const value = (s: ReturnType<typeof parseExposition>, name: string, labels: Record<string, string>) =>
      s.find((v) => v.name === name && Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value;
    const before = await scrape();
    assert.equal(value(before, 'bourse_order_ack_latency_seconds_count', { from: 'receipt' }), 0, 'no order yet');

    const c = await OrderClient.connect({ host: '127.0.0.1', port, keyId: key.id, privateKey: key.privateKey });
    const got: Outbound[] = [];
    c.onMessage((m) => got.push(m));
    // 20 orders the engine accepts (no account registered: it rejects them with its code; either is an answer), 5 on an unknown symbol.
    for (let i = 1; i <= 20; i++) c.newOrder({ clientOrderId: i, symbol: 'AAPL', side: 1, price: 1_900_000 - 100 * i, qty: 100, account: 1 });
    for (let i = 21; i <= 25; i++) c.newOrder({ clientOrderId: i, symbol: 'NOPE', side: 1, price: 1_900_000, qty: 100, account: 1 });
    await until(() => (got.filter((m) => m.kind === 'executionReport').length >= 25 ? true : undefined), 30_000, 'answers to 25 orders');
    const answers = got.filter((m): m is Extract<Outbound, { kind: 'executionReport' }> => m.kind === 'executionReport');
    assert.deepEqual(answers.map((m) => m.clientOrderId), Array.from({ length: 25 }, (_, i) => i + 1));
    c.close();

    const s = await until(async () => {
      const v = await scrape();
      return value(v, 'bourse_slo_events_total', { slo: 'ack_latency' }) === 25 ? v : undefined;
    }, 30_000, 'the SLO probe to count the 25 acks', 250);
    assert.equal(value(s, 'bourse_order_ack_latency_seconds_count', { from: 'receipt' }), 25);
    assert.equal(value(s, 'bourse_order_ack_latency_seconds_bucket', { from: 'receipt', le: '+Inf' }), 25);
    const sum = value(s, 'bourse_order_ack_latency_seconds_sum', { from: 'receipt' })!;
    assert.ok(sum > 0 && sum < 25 * 30, `sum ${sum} s`);
    // The core's own stamp -> commit series counts every input (the instruments sequenced at start too).
    assert.ok(value(s, 'bourse_order_ack_latency_seconds_count', { from: 'stamp' })! > 25);

    const st = bourse(['status', '--url', url, '--interval', '0'], { timeoutMs: 30_000 });
    assert.equal(st.code, 0, st.stderr);
    assert.match(st.stdout, /order ack \(receipt -> ack\) .* 25$/m);
  } finally {
    await x.kill();
  }
});
