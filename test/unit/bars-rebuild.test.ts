/**
 * `bourse bars rebuild` gives exactly the rows the live path wrote. The live path here is the
 * journal's market-data stream fed through a BarsWriter (default bounded queue, background
 * flushes) in irregular slices, as the MD ring hands them to the main thread.
 *
 * The journal is written by the parts `bourse sim` uses (OrderFlow -> Sequencer -> Journal), but
 * at 100 simulated inputs per second: `bourse sim` runs at 200,000/s of simulated time, so a small
 * sim spans a fraction of a second and closes no bar at all.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Engine } from '../../server/engine/engine.ts';
import { CoreAgent } from '../../server/sequencer/core-agent.ts';
import { FlowSource } from '../../server/apps/runtime/sources.ts';
import { Journal } from '../../server/sequencer/journal.ts';
import { recover } from '../../server/sequencer/recovery.ts';
import { OrderFlow } from '../../server/sim/flow.ts';
import { Mdp } from '../../server/mdp/mdp.ts';
import { INTERVALS } from '../../server/mdp/candles.ts';
import { MD_SLOTS } from '../../server/mdp/records.ts';
import { BarsWriter } from '../../server/bars/writer.ts';
import { BAR_FIELDS, type BarsStore } from '../../server/bars/store.ts';
import { bourse } from '../support/cli.ts';
import { STORE_KINDS, twoStores } from '../support/postgres.ts';

const stores = twoStores();
const JOURNAL = join(stores.dir, 'journal');
const SYMBOLS = 3;
const INPUTS = 24_000;

function writeJournal(): void {
  const journal = Journal.open({ dir: JOURNAL, fsync: false });
  try {
    const flow = new OrderFlow({ seed: 11, symbols: SYMBOLS, restingTarget: 60, ratePerS: 100 });
    const engine = new Engine();
    CoreAgent.sync({ engine, clock: () => flow.now, journal, source: new FlowSource(flow), commitEvery: 1000 }).doWork(SYMBOLS + INPUTS);
  } finally {
    journal.close();
  }
}

/** Every stored row, per instrument and interval, as plain arrays. */
async function dump(store: BarsStore): Promise<Record<string, number[][]>> {
  const out: Record<string, number[][]> = {};
  for (const inst of await store.instruments()) {
    for (const iv of INTERVALS) {
      const rows: number[][] = [];
      for await (const c of store.queryBars({ symbol: inst.name, interval: iv.name })) {
        for (let i = 0; i < c.count; i++) rows.push(Array.from(c.data.subarray(i * BAR_FIELDS, (i + 1) * BAR_FIELDS)));
      }
      if (rows.length) out[`${inst.name} ${iv.name} ${JSON.stringify(inst)}`] = rows;
    }
  }
  return out;
}

/** The live path: MD records, sliced unevenly, into a BarsWriter that flushes in the background. */
async function live(store: BarsStore): Promise<void> {
  const journal = Journal.open({ dir: JOURNAL });
  const mdp = new Mdp();
  const chunks: Float64Array[] = [];
  try {
    recover(journal, {
      useSnapshot: false, batch: 97,
      onEvents: (log) => {
        mdp.consumeLog(log);
        chunks.push(mdp.out.f64.slice(0, mdp.out.count * MD_SLOTS));
        mdp.out.clear();
      },
    });
  } finally {
    journal.close();
  }
  const writer = new BarsWriter({ store, flushMs: 1, batch: 64 });
  let k = 0;
  for (const f64 of chunks) {
    const i32 = new Int32Array(f64.buffer);
    const n = f64.length / MD_SLOTS;
    for (let first = 0; first < n;) {
      const count = Math.min(n - first, 1 + ((k++ * 7919) % 61));
      writer.onRecords(f64, i32, first, count);
      first += count;
      if (k % 5 === 0) await new Promise((r) => setImmediate(r));
    }
  }
  await writer.close();
  const s = writer.stats();
  assert.equal(s.dropped, 0);
  assert.equal(s.unnamed, 0);
  assert.equal(s.queued, 0);
}

before(() => writeJournal());
after(() => stores.stop());

describe('bars rebuild equals the live rows', () => {
  let liveRows: Record<string, number[][]>;

  test('live path (sqlite)', async () => {
    const store = await stores.open('sqlite');
    await live(store);
    liveRows = await dump(store);
    const keys = Object.keys(liveRows);
    assert.equal(keys.filter((k) => / 1s /.test(k)).length, SYMBOLS, 'every symbol has closed 1s bars');
    assert.equal(keys.filter((k) => / 1m /.test(k)).length, SYMBOLS, 'every symbol has closed 1m bars');
    const n1s = keys.filter((k) => / 1s /.test(k)).reduce((a, k) => a + liveRows[k]!.length, 0);
    assert.ok(n1s > 300, `${n1s} closed 1s bars`);
    assert.ok(Object.values(liveRows).flat().some((r) => r[6] === 0), 'empty bars (no trades) are stored too');
  });

  for (const kind of STORE_KINDS) {
    test(`bourse bars rebuild into ${kind}: identical rows${kind === 'sqlite' ? ', and again (idempotent)' : ''}`, { skip: stores.skip(kind) }, async () => {
      const url = await stores.url(kind);
      for (let run = 0; run < (kind === 'sqlite' ? 2 : 1); run++) {
        const r = bourse(['bars', 'rebuild', '--journal', JOURNAL, '--store', url], { timeoutMs: 300_000 });
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.lastLine, new RegExp(`^bars rebuild: ${SYMBOLS + INPUTS} inputs .* -> \\d+ bars of ${SYMBOLS} instruments into ${kind}`));
        const { openStore } = await import('../../server/bars/open.ts');
        const store = await openStore({ data: stores.dir, url });
        try {
          assert.deepEqual(await dump(store), liveRows);
        } finally {
          await store.close();
        }
      }
    });
  }

  test('a journal in use is refused (JOURNAL_LOCKED), not read half-written', () => {
    const j = Journal.open({ dir: JOURNAL });
    try {
      const r = bourse(['bars', 'rebuild', '--journal', JOURNAL, '--data', stores.dir]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /JOURNAL_LOCKED/);
    } finally {
      j.close();
    }
  });
});
