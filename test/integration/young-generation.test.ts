/**
 * Exchange option youngGenerationMb: the exchange's threads start with a young generation of that
 * many MiB per semi-space (a V8 flag of the process, read by each isolate made after it is set).
 * The gateway thread reports its new space's size with its counters. The option's own process:
 * node --test runs each file in a child process, so the flag reaches no other test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Exchange } from '../../server/apps/runtime/exchange.ts';
import { exchangeOptions } from '../../server/apps/runtime/options.ts';
import { gatewayOptions } from '../../server/gateway/gateway.ts';
import { brokerKeys, keysFor, tempData } from '../support/gateway.ts';
import { rmSync } from 'node:fs';

const MiB = 1 << 20;

async function newSpace(youngGenerationMb: number): Promise<number> {
  const data = tempData();
  const x = await Exchange.start(exchangeOptions({ data, rate: 0, fsync: false, feed: undefined, youngGenerationMb, gateway: gatewayOptions({ port: 0, keys: keysFor(brokerKeys(1), 0) }) }));
  try {
    return (await x.gatewayCounters())!.newSpaceBytes!;
  } finally {
    await x.stop();
    rmSync(data, { recursive: true, force: true });
  }
}

test('youngGenerationMb: V8\'s default young generation without it, 16 MiB semi-spaces with 16', async () => {
  // The default first: the flag, once set, stays for every isolate the process makes.
  const dflt = await newSpace(0);
  assert.ok(dflt > 0 && dflt < 16 * MiB, `default new space ${dflt}`);
  const big = await newSpace(16);
  assert.ok(big >= 16 * MiB, `new space with 16 MiB: ${big}`);
});

test('youngGenerationMb is validated', () => {
  assert.throws(() => exchangeOptions({ data: '/tmp/x', youngGenerationMb: 17 }), /young generation MiB must be an integer from 0 to 16/);
  assert.throws(() => exchangeOptions({ data: '/tmp/x', youngGenerationMb: 1.5 }), /CLI_BAD_VALUE|young generation/);
});
