/**
 * End-of-session summaries in the bars store (issue 14), SQLite and PostgreSQL alike: the
 * store's day_summaries (upsert, range, limit, validation), `bourse bars rebuild` of a 5-day
 * us-equities sim fills it with exactly the MDP's DAY_SUMMARY records, and GET /api/v1/summary
 * serves them (validated, coded errors); the bars API's 1d bars are the five sessions.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { STORE_KINDS, twoStores } from '../support/postgres.ts';
import { Journal } from '../../server/sequencer/journal.ts';
import { Engine } from '../../server/engine/engine.ts';
import { Mdp } from '../../server/mdp/mdp.ts';
import { decodeMd, Md } from '../../server/mdp/records.ts';
import { openStore } from '../../server/bars/open.ts';
import { buildApp } from '../../server/http/app.ts';
import type { BourseError } from '../../server/kernel/errors.ts';
import type { DaySummaryRow } from '../../server/bars/store.ts';

const stores = twoStores();
after(() => stores.stop());
const JOURNAL = join(stores.dir, 'journal');
const SIM = ['--orders', '2000', '--seed', '9', '--symbols', '2', '--resting', '60', '--calendar', 'us-equities', '--days', '5', '--fsync', 'false'];
let simmed = false;
function sim(): void {
  if (simmed) return;
  const r = bourse(['sim', ...SIM, '--journal', JOURNAL]);
  assert.equal(r.code, 0, r.stderr);
  simmed = true;
}

/** The MDP's DAY_SUMMARY records of the journal, as store rows. */
function expected(): DaySummaryRow[] {
  const j = Journal.open({ dir: JOURNAL, readOnly: true });
  const engine = new Engine();
  const mdp = new Mdp();
  const out: DaySummaryRow[] = [];
  j.replay(1, (rec) => {
    engine.apply(rec, 0);
    mdp.consumeLog(engine.out);
    engine.out.clear();
    for (let k = 0; k < mdp.out.count; k++) {
      const r = decodeMd(mdp.out.f64, mdp.out.i32, k);
      if (r.type !== Md.DaySummary) continue;
      out.push({
        symbol: mdp.instrumentOf(r.symbol)!.name, closeTime: r.time / 1000, open: r.open, high: r.high, low: r.low, close: r.close, volume: r.volume,
        trades: r.trades, notional: r.notional, openFromAuction: r.openFromAuction, closeFromAuction: r.closeFromAuction,
      });
    }
    mdp.out.clear();
  });
  j.close();
  return out;
}

const INST = { name: 'ABC', priceDecimals: 2, qtyDecimals: 0, tick: 1, lot: 1, currency: 'USD' };
const row = (day: number, o: Partial<DaySummaryRow> = {}): DaySummaryRow => ({
  symbol: 'ABC', closeTime: Date.UTC(2026, 0, 5 + day, 21), open: 1000 + day, high: 1100 + day, low: 900, close: 1050, volume: 500, trades: 20, notional: 512_345.5,
  openFromAuction: day % 2 === 0, closeFromAuction: true, ...o,
});

for (const kind of STORE_KINDS) {
  describe(`day summaries: ${kind}`, { skip: stores.skip(kind) }, () => {
    test('store: upsert by (symbol, close time), range [from, to) oldest first, limit, validation', async () => {
      const store = await stores.open(kind);
      await store.upsertInstruments([INST]);
      const rows = [0, 1, 2, 3, 4].map((d) => row(d));
      assert.equal(await store.writeDaySummaries([rows[3]!, rows[0]!, rows[4]!, rows[1]!, rows[2]!]), 5);
      await store.writeDaySummaries([{ ...rows[2]!, close: 1077 }]); // a rebuild rewrites the same key
      const want = rows.map((r, i) => (i === 2 ? { ...r, close: 1077 } : r));
      assert.deepEqual(await store.daySummaries('ABC', 0, Number.MAX_SAFE_INTEGER, 100), want);
      assert.deepEqual(await store.daySummaries('ABC', rows[1]!.closeTime, rows[3]!.closeTime, 100), want.slice(1, 3));
      assert.deepEqual(await store.daySummaries('ABC', 0, Number.MAX_SAFE_INTEGER, 2), want.slice(0, 2));
      assert.deepEqual(await store.daySummaries('NOPE', 0, Number.MAX_SAFE_INTEGER, 10), []);
      await assert.rejects(store.writeDaySummaries([row(9, { low: 2000 })]), (e: BourseError) => e.code === 'STORE_BAD_ROW');
      await assert.rejects(store.writeDaySummaries([row(9, { volume: -1 })]), (e: BourseError) => e.code === 'STORE_BAD_ROW');
      await assert.rejects(store.writeDaySummaries([row(9, { symbol: 'ZZZ' })]), (e: BourseError) => e.code === 'STORE_UNKNOWN_INSTRUMENT');
    });

    test('bourse bars rebuild fills day_summaries with the MDP\'s DAY_SUMMARY records; GET /api/v1/summary serves them', { timeout: 180_000 }, async () => {
      sim();
      const url = await stores.url(kind);
      const r = bourse(['bars', 'rebuild', '--journal', JOURNAL, '--store', url, '--data', stores.dir]);
      assert.equal(r.code, 0, r.stderr);
      const want = expected();
      assert.equal(want.length, 10, 'two symbols, five sessions');
      const store = await openStore({ data: stores.dir, url });
      try {
        const got: DaySummaryRow[] = [];
        for (const name of [...new Set(want.map((w) => w.symbol))]) got.push(...(await store.daySummaries(name, 0, Number.MAX_SAFE_INTEGER, 100)));
        const key = (x: DaySummaryRow) => `${x.symbol}/${x.closeTime}`;
        assert.deepEqual(got.sort((a, b) => (key(a) < key(b) ? -1 : 1)), want.sort((a, b) => (key(a) < key(b) ? -1 : 1)));

        const app = await buildApp({ store });
        try {
          const sym = want[0]!.symbol;
          const inst = (await store.instrument(sym))!;
          const res = await app.inject(`/api/v1/summary?symbol=${sym}&start=2026-01-06T00:00:00Z&end=2026-01-09T00:00:00Z`);
          assert.equal(res.statusCode, 200, res.body);
          const body = JSON.parse(res.body) as { symbol: string; price_decimals: number; summaries: Record<string, unknown>[] };
          assert.equal(body.price_decimals, inst.priceDecimals);
          assert.deepEqual(body.summaries.map((s) => new Date(s.close_time_ms as number).toISOString()), ['2026-01-06T21:00:00.000Z', '2026-01-07T21:00:00.000Z', '2026-01-08T21:00:00.000Z']);
          const w = want.find((x) => x.symbol === sym && x.closeTime === Date.UTC(2026, 0, 6, 21))!;
          const p = 10 ** inst.priceDecimals;
          const s = body.summaries[0]!;
          assert.equal(Number(s.open), w.open / p);
          assert.equal(Number(s.close), w.close / p);
          assert.equal(Number(s.high), w.high / p);
          assert.equal(Number(s.low), w.low / p);
          assert.equal(Number(s.volume), w.volume / 10 ** inst.qtyDecimals);
          assert.equal(s.trades, w.trades);
          assert.ok(Math.abs(Number(s.vwap) - w.notional / w.volume / p) < 1e-4, `vwap ${String(s.vwap)}`);
          assert.deepEqual([s.open_from_auction, s.close_from_auction], [w.openFromAuction, w.closeFromAuction], "the flags the MDP set (the sim trades the auctions)");
          // Daily bars follow the sessions: one per trading day, keyed by its UTC date, equal to its summary.
          const days = await app.inject(`/api/v1/bars?symbol=${sym}&interval=1d`);
          assert.equal(days.statusCode, 200, days.body);
          const dbars = (JSON.parse(days.body) as { bars: { open_time_ms: number; open: string; close: string; volume: string }[] }).bars;
          assert.deepEqual(dbars.map((b) => new Date(b.open_time_ms).toISOString().slice(0, 10)), ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09']);
          assert.equal(Number(dbars[1]!.close), w.close / p);
          assert.equal(Number(dbars[1]!.volume), w.volume / 10 ** inst.qtyDecimals);
          const err = async (q: string, status: number, code: string) => {
            const x = await app.inject(`/api/v1/summary${q}`);
            assert.equal(x.statusCode, status, `${q}: ${x.body}`);
            assert.equal(JSON.parse(x.body).error.code, code, q);
          };
          await err('', 400, 'API_MISSING_PARAM');
          await err(`?symbol=${sym}&limit=0`, 400, 'API_BAD_PARAM');
          await err(`?symbol=${sym}&start=yesterday`, 400, 'API_BAD_TIME');
          await err(`?symbol=${sym}&start=2026-01-09T00:00:00Z&end=2026-01-06T00:00:00Z`, 400, 'API_BAD_RANGE');
          await err(`?symbol=${sym}&interval=1d`, 400, 'API_UNKNOWN_PARAM');
          await err('?symbol=NOPE', 404, 'API_UNKNOWN_SYMBOL');
        } finally {
          await app.close();
        }
      } finally {
        await store.close();
      }
    });
  });
}
