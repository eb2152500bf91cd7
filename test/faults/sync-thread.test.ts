/**
 * The pipelined group commit's sync thread dies (docs/journal.md "Pipelined group commit"): the
 * core must not wait for its fdatasync forever. The main thread, which watches it, marks the
 * channel dead; the core fails the journal with JOURNAL_IO naming the sync thread, releases
 * nothing it held (no event whose input may not be durable), and the exchange stops with that code.
 * Both ways the core sleeps are covered: on the channel (simulator only) and on the gateway ring's
 * word (a broker's order through the gateway, which gets no ACCEPTED).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Exchange } from '../../server/apps/runtime/exchange.ts';
import { exchangeOptions } from '../../server/apps/runtime/options.ts';
import { gatewayOptions } from '../../server/gateway/gateway.ts';
import { loadKeysFile } from '../../server/gateway/keys.ts';
import { Journal } from '../../server/sequencer/journal.ts';
import { OrderClient, ExecType, generateBrokerKey, exchangeKeyEntry, type Outbound } from '../../server/order-client/index.ts';
import { decodeMd, Md } from '../../server/mdp/records.ts';
import { until, sleep } from '../support/wait.ts';

/** The journal's last sequence number, read as a restart would. */
function journalEnd(data: string): number {
  const j = Journal.open({ dir: join(data, 'journal'), fsync: false });
  try {
    return j.lastSeq;
  } finally {
    j.close();
  }
}

test('the sync thread ends while the simulator runs: JOURNAL_IO naming it, stop() returns, the journal holds every input the MDP published', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-sync-dead-'));
  try {
    const data = join(dir, 'data');
    let published = 0; // the highest input whose market data reached the main thread
    const x = await Exchange.start(exchangeOptions({ data, rate: 20_000, symbols: 3, fsync: true, feed: undefined }), [
      (f64, i32, first, count) => {
        for (let k = first; k < first + count; k++) {
          const r = decodeMd(f64, i32, k);
          if ((r.type === Md.Level || r.type === Md.Trade) && r.inputSeq > published) published = r.inputSeq;
        }
      },
    ]);
    await until(() => x.stats().lastSeq > 5_000, 60_000, () => `5,000 inputs (${x.stats().lastSeq})`);
    assert.ok(x.syncWorker, 'fsync with the pipelined commit runs a sync thread');
    await x.syncWorker.terminate();
    await until(() => x.error, 30_000, 'the exchange to fail');
    assert.equal(x.error!.code, 'JOURNAL_IO');
    assert.match(x.error!.message, /sync thread exited \(code 1\)/);
    await assert.rejects(x.stop(), (e: { code?: string }) => e.code === 'JOURNAL_IO');
    // Everything that left the core went out after a sync covering it: the journal has at least that.
    assert.ok(published > 0);
    assert.ok(journalEnd(data) >= published, `journal ends at ${journalEnd(data)}, published up to input ${published}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the sync thread ends while the core sleeps on the gateway ring: the next order fails the journal, the broker gets no ACCEPTED', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-sync-dead-gw-'));
  const key = generateBrokerKey(1, 1);
  const keys = join(dir, 'keys.json');
  writeFileSync(keys, JSON.stringify({ keys: [exchangeKeyEntry(key, 0)] }));
  const data = join(dir, 'data');
  const x = await Exchange.start(exchangeOptions({ data, rate: 0, symbols: 3, fsync: true, feed: undefined, gateway: gatewayOptions({ port: 0, keys: loadKeysFile(keys) }) }));
  let client: OrderClient | undefined;
  try {
    client = await OrderClient.connect({ host: '127.0.0.1', port: x.gatewayPort!, keyId: key.id, privateKey: key.privateKey });
    const reports: Outbound[] = [];
    client.onMessage((m) => reports.push(m));
    await x.syncWorker!.terminate();
    await sleep(100); // the main thread has seen the exit: the channel is dead before the order
    client.newOrder({ clientOrderId: 1, symbol: 'AAPL', side: 1, price: 1_890_000, qty: 100, account: 1 });
    await until(() => x.error, 30_000, 'the exchange to fail');
    assert.equal(x.error!.code, 'JOURNAL_IO');
    assert.match(x.error!.message, /sync thread exited \(code 1\)/);
    await assert.rejects(x.stop(), (e: { code?: string }) => e.code === 'JOURNAL_IO');
    assert.deepEqual(reports.filter((m) => m.kind === 'executionReport' && m.execType === ExecType.Accepted), [], 'nothing released without a sync');
    assert.ok(journalEnd(data) >= 3, 'the journal opens again (the instruments defined before the order)');
  } finally {
    client?.close();
    await x.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
});
