/**
 * The threaded exchange (core thread -> ring -> MDP thread -> ring -> main) produces exactly
 * the market data an offline replay of its journal produces, byte for byte; after a restart it
 * recovers the journal and carries on from the next sequence number.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Exchange } from '../../server/apps/runtime/exchange.ts';
import { exchangeOptions } from '../../server/apps/runtime/options.ts';
import { MD_SIZE } from '../../server/mdp/records.ts';
import { bourse } from '../support/cli.ts';
import { sleep } from '../support/wait.ts';

/**
 * Runs until the main thread has seen `minRecords` MD records (many times the 1,024-record rings:
 * they wrap). fsync on: the core's pipelined group commit (its sync thread) is the path under test.
 */
async function runFor(data: string, minRecords: number, warmupInputs = 0): Promise<{ md: string; records: number; lastSeq: number; recovered: number }> {
  const h = createHash('sha256');
  let records = 0;
  const x = await Exchange.start(exchangeOptions({ data, rate: 40_000, symbols: 3, fsync: true, ringRecords: 1024, warmupInputs }), [
    (f64, _i32, first, count) => {
      h.update(new Uint8Array(f64.buffer, f64.byteOffset + first * MD_SIZE, count * MD_SIZE));
      records += count;
    },
  ]);
  // A count, not a time: the inputs a second gives depend on the machine's load.
  for (let waited = 0; records < minRecords; waited += 20) {
    if (waited > 120_000) throw new Error(`only ${records} MD records after 120 s`);
    await sleep(20);
  }
  const end = await x.stop();
  assert.equal(x.market.mdSeq, end.mdSeq, 'the main thread saw every record');
  return { md: h.digest('hex'), records, lastSeq: end.lastSeq, recovered: x.recoveredSeq };
}

test('live threaded market data == offline replay of the journal; restart recovers and continues', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-x-'));
  try {
    const first = await runFor(dir, 50_000);
    assert.ok(first.records >= 50_000 && first.lastSeq > 0);
    assert.equal(first.recovered, 0);
    const r1 = bourse(['replay', '--journal', join(dir, 'journal')]);
    assert.equal(r1.code, 0, r1.stderr);
    assert.match(r1.stdout, new RegExp(`md_records=${first.records}\\b`));
    assert.equal(/md=([0-9a-f]{64})/.exec(r1.lastLine)![1], first.md, 'live MD stream == replayed MD stream');

    // Restart: the core replays the journal through the MDP (same records again), then goes on;
    // this time after a JIT warm-up on a scratch engine, which must leave no trace in the journal or MD.
    const second = await runFor(dir, first.records + 20_000, 20_000);
    assert.equal(second.recovered, first.lastSeq);
    assert.ok(second.lastSeq > first.lastSeq);
    const r2 = bourse(['replay', '--journal', join(dir, 'journal')]);
    assert.equal(/md=([0-9a-f]{64})/.exec(r2.lastLine)![1], second.md, 'after restart: live == replay over the whole journal');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
