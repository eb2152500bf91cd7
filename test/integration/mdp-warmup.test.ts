/**
 * The MDP thread's warm-up before the open (exchange option mdpWarmupInputs;
 * server/apps/runtime/mdp-warmup.ts): its scratch pipeline runs the MD code on the load's order mix,
 * and leaves nothing in the exchange: the live market data of a warmed exchange is byte for byte
 * the offline replay of its journal; with a gateway, the gateway opens only once the warm-up is done.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Exchange } from '../../server/apps/runtime/exchange.ts';
import { exchangeOptions } from '../../server/apps/runtime/options.ts';
import { gatewayOptions } from '../../server/gateway/gateway.ts';
import { warmMdp } from '../../server/apps/runtime/mdp-warmup.ts';
import { MD_SIZE } from '../../server/mdp/records.ts';
import { bourse } from '../support/cli.ts';
import { sleep } from '../support/wait.ts';
import { brokerKeys, keysFor } from '../support/gateway.ts';

test('warmMdp: the load mix trades, books drain now and then, the MDP thread\'s own latency closures are the ones called', () => {
  let live = 0;
  let clock = 0;
  const r = warmMdp({ seed: 1, symbols: 8, metrics: true }, 20_000, { live: () => (live++, true), wallClockUs: () => (clock++, Date.now() * 1000) });
  assert.equal(r.inputs, 20_000);
  // Every IOC sell trades unless its symbol's book drained (the clients interleave pseudo-randomly).
  assert.ok(r.trades > 9_000 && r.trades < 10_000, `trades ${r.trades}`);
  assert.ok(r.records > 4 * r.inputs, `records ${r.records}`);
  assert.ok(live > 100 && clock > 100, `live ${live}, clock ${clock}`);
  assert.deepEqual(warmMdp({ seed: 1, symbols: 8, metrics: true }, 0), { inputs: 0, records: 0, trades: 0, ms: 0 });
});

test('a warmed MDP publishes exactly the replay of the journal', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-mdpw-'));
  try {
    const h = createHash('sha256');
    let records = 0;
    const x = await Exchange.start(exchangeOptions({ data: dir, rate: 40_000, symbols: 3, fsync: true, ringRecords: 1024, mdpWarmupInputs: 20_000 }), [
      (f64, _i32, first, count) => {
        h.update(new Uint8Array(f64.buffer, f64.byteOffset + first * MD_SIZE, count * MD_SIZE));
        records += count;
      },
    ]);
    for (let waited = 0; records < 30_000; waited += 20) {
      if (waited > 120_000) throw new Error(`only ${records} MD records after 120 s`);
      await sleep(20);
    }
    const end = await x.stop();
    assert.equal(x.mdpWarmup.inputs, 20_000);
    assert.equal(end.mdSeq, records, 'MD sequence numbers start at 1: none went to the scratch MDP');
    const r = bourse(['replay', '--journal', join(dir, 'journal')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`md_records=${records}\\b`));
    assert.equal(/md=([0-9a-f]{64})/.exec(r.lastLine)![1], h.digest('hex'), 'live MD stream == replayed MD stream');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with a gateway, the exchange opens once the MDP warm-up is done', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-mdpw-'));
  const x = await Exchange.start(exchangeOptions({
    data: dir, rate: 0, fsync: false, feed: undefined, mdpWarmupInputs: 300_000,
    gateway: gatewayOptions({ port: 0, keys: keysFor(brokerKeys(1), 0) }),
  }));
  try {
    assert.ok(x.gatewayPort! > 0);
    assert.equal(x.mdpWarmup.inputs, 300_000, 'the warm-up had ended when the gateway listened');
    assert.ok(x.mdpWarmup.ms > 0);
  } finally {
    await x.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
