/**
 * The bars store contract, one test table run against both stores (SQLite and a real
 * PostgreSQL 15): upserts, idempotence, ranges, cursors' building blocks, refusals, health.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { BourseError } from '../../server/kernel/errors.ts';
import { BAR_FIELDS, queryBounds, type BarQuery, type BarRow, type BarsStore, type Instrument } from '../../server/bars/store.ts';
import { mergedPage } from '../../server/bars/runs.ts';
import { SqliteStore } from '../../server/bars/sqlite-store.ts';
import { SQLITE_DRIVERS, openSqlite } from '../../server/bars/sqlite-driver.ts';
import { STORE_KINDS, twoStores } from '../support/postgres.ts';

const stores = twoStores();
after(() => stores.stop());

const INST: Instrument = { name: 'ABC', priceDecimals: 2, qtyDecimals: 1, tick: 1, lot: 1, currency: 'USD' };
const T0 = Date.UTC(2026, 0, 5);

function bar(i: number, over: Partial<BarRow> = {}): BarRow {
  const trades = i % 3 === 0 ? 0 : (i % 7) + 1;
  return {
    symbol: 'ABC', interval: '1m', openTime: T0 + i * 60_000, open: 1000 + i, high: 1010 + i, low: 990 + i, close: 1005 + i,
    volume: trades === 0 ? 0 : trades * 10, trades, notional: trades === 0 ? 0 : trades * 10 * (1000 + i) + 0.5, ...over,
  };
}

type Tuple = number[];
async function all(store: BarsStore, q: BarQuery): Promise<Tuple[]> {
  const out: Tuple[] = [];
  for await (const c of store.queryBars(q)) {
    for (let i = 0; i < c.count; i++) out.push(Array.from(c.data.subarray(i * BAR_FIELDS, (i + 1) * BAR_FIELDS)));
  }
  return out;
}
const tuple = (r: BarRow): Tuple => [r.openTime, r.open, r.high, r.low, r.close, r.volume, r.trades, r.notional];

async function seeded(kind: (typeof STORE_KINDS)[number], n = 1000): Promise<{ store: BarsStore; rows: BarRow[] }> {
  const store = await stores.open(kind);
  await store.upsertInstruments([INST]);
  const rows = Array.from({ length: n }, (_, i) => bar(i));
  await store.writeBars(rows);
  return { store, rows };
}

for (const kind of STORE_KINDS) {
  describe(`bars store: ${kind}`, { skip: stores.skip(kind) }, () => {
    test('instruments: upsert by name, listed by name, lookup', async () => {
      const store = await stores.open(kind);
      await store.upsertInstruments([INST, { ...INST, name: 'AAA', currency: '' }]);
      await store.upsertInstruments([{ ...INST, tick: 5, lot: 2, currency: 'EUR' }]);
      assert.deepEqual(await store.instruments(), [{ ...INST, name: 'AAA', currency: '' }, { ...INST, tick: 5, lot: 2, currency: 'EUR' }]);
      assert.deepEqual(await store.instrument('ABC'), { ...INST, tick: 5, lot: 2, currency: 'EUR' });
      assert.equal(await store.instrument('NOPE'), undefined);
    });

    test('instruments: bad definitions are STORE_BAD_ROW; new decimals under stored bars are refused', async () => {
      const store = await stores.open(kind);
      await assert.rejects(store.upsertInstruments([{ ...INST, name: 'abc' }]), (e: BourseError) => e.code === 'STORE_BAD_ROW' && /name/.test(e.message));
      await assert.rejects(store.upsertInstruments([{ ...INST, tick: 0.5 }]), (e: BourseError) => e.code === 'STORE_BAD_ROW' && /tick/.test(e.message));
      await assert.rejects(store.upsertInstruments([{ ...INST, currency: 'usd' }]), (e: BourseError) => e.code === 'STORE_BAD_ROW' && /currency/.test(e.message));
      await store.upsertInstruments([INST]);
      await store.upsertInstruments([{ ...INST, priceDecimals: 3 }]); // no bars yet: allowed
      await store.upsertInstruments([INST]);
      await store.writeBars([bar(1)]);
      await assert.rejects(store.upsertInstruments([{ ...INST, priceDecimals: 4 }]), (e: BourseError) => e.code === 'STORE_INSTRUMENT_CONFLICT' && e.http === 409);
      assert.equal((await store.instrument('ABC'))!.priceDecimals, 2);
    });

    test('writeBars: rows come back exactly, in open-time order, whatever the write order', async () => {
      const store = await stores.open(kind);
      await store.upsertInstruments([INST]);
      const rows = Array.from({ length: 700 }, (_, i) => bar(i, { notional: 1 / 3 + i }));
      const shuffled = [...rows].sort((a, b) => ((a.openTime * 7919) % 1000) - ((b.openTime * 7919) % 1000));
      await store.writeBars(shuffled.slice(0, 350));
      await store.writeBars(shuffled.slice(350));
      assert.deepEqual(await all(store, { symbol: 'ABC', interval: '1m' }), rows.map(tuple));
      assert.deepEqual(await all(store, { symbol: 'ABC', interval: '5m' }), [], 'other intervals are separate');
    });

    test('writeBars is an idempotent upsert: rewriting is harmless, a changed bar replaces the old one', async () => {
      const { store, rows } = await seeded(kind, 300);
      await store.writeBars(rows);
      await store.writeBars(rows.slice(100, 200));
      assert.deepEqual(await all(store, { symbol: 'ABC', interval: '1m' }), rows.map(tuple));
      const changed = { ...rows[150]!, close: 1, volume: 999, trades: 42, notional: 12.25 };
      await store.writeBars([changed, { ...changed, close: 2 }]); // duplicate in one batch: the later wins
      const got = await all(store, { symbol: 'ABC', interval: '1m' });
      assert.equal(got.length, 300);
      assert.deepEqual(got[150], tuple({ ...changed, close: 2 }));
    });

    test('writeBars refuses rows it cannot store exactly, and bars of unknown instruments', async () => {
      const store = await stores.open(kind);
      await store.upsertInstruments([INST]);
      await assert.rejects(store.writeBars([bar(1, { open: 1.5 })]), (e: BourseError) => e.code === 'STORE_BAD_ROW');
      await assert.rejects(store.writeBars([bar(1, { openTime: T0 + 1 })]), (e: BourseError) => e.code === 'STORE_BAD_ROW' && /boundary/.test(e.message));
      await assert.rejects(store.writeBars([bar(1, { volume: 2 ** 53 })]), (e: BourseError) => e.code === 'STORE_BAD_ROW');
      await assert.rejects(store.writeBars([bar(1), bar(2, { symbol: 'ZZZ' })]), (e: BourseError) => e.code === 'STORE_UNKNOWN_INSTRUMENT');
      assert.deepEqual(await all(store, { symbol: 'ABC', interval: '1m' }), [], 'a refused batch writes nothing');
    });

    test('queryBars: start inclusive, end exclusive, after/through, limit, omitEmpty', async () => {
      const { store, rows } = await seeded(kind, 1000);
      const q = { symbol: 'ABC', interval: '1m' } as const;
      const t = (i: number) => T0 + i * 60_000;
      assert.deepEqual(await all(store, { ...q, start: t(10), end: t(20) }), rows.slice(10, 20).map(tuple));
      assert.deepEqual(await all(store, { ...q, start: t(10) + 1, end: t(20) + 1 }), rows.slice(11, 21).map(tuple));
      assert.deepEqual(await all(store, { ...q, after: t(500), limit: 3 }), rows.slice(501, 504).map(tuple));
      assert.deepEqual(await all(store, { ...q, start: t(5), through: t(8) }), rows.slice(5, 9).map(tuple));
      assert.deepEqual(await all(store, { ...q, start: t(990) }), rows.slice(990).map(tuple));
      assert.deepEqual(await all(store, { ...q, omitEmpty: true, end: t(30) }), rows.slice(0, 30).filter((r) => r.trades > 0).map(tuple));
      assert.deepEqual(await all(store, { ...q, omitEmpty: true, start: t(100), limit: 5 }), rows.slice(100).filter((r) => r.trades > 0).slice(0, 5).map(tuple));
      assert.deepEqual(await all(store, { symbol: 'NOPE', interval: '1m' }), []);
    });

    test('pageEnd: the limit-th row and whether more follow (property, against an array model)', async () => {
      const { store, rows } = await seeded(kind, 1000);
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: -5, max: 1005 }), fc.integer({ min: 0, max: 1010 }), fc.integer({ min: 1, max: 1200 }), fc.boolean(),
          async (a, b, limit, omit) => {
            const start = T0 + a * 60_000;
            const end = T0 + b * 60_000;
            const model = rows.filter((r) => r.openTime >= start && r.openTime < end && (!omit || r.trades > 0));
            const pe = await store.pageEnd({ symbol: 'ABC', interval: '1m', start, end, limit, omitEmpty: omit });
            assert.deepEqual(pe, { last: model.length >= limit ? model[limit - 1]!.openTime : undefined, more: model.length > limit });
          },
        ),
        { numRuns: kind === 'postgres' ? 60 : 200 },
      );
    });

    test('empty runs: one row each, read back by overlap; a page expands them within its limit, merged with the rows (property)', async () => {
      const store = await stores.open(kind);
      await store.upsertInstruments([INST]);
      // Rows for minutes 0..99 and 5000..5099; runs [100, 5000) at the close of minute 99 and a long one after.
      const rows = [...Array.from({ length: 100 }, (_, i) => bar(i)), ...Array.from({ length: 100 }, (_, i) => bar(5000 + i))];
      await store.writeBars(rows);
      const m = (i: number) => T0 + i * 60_000;
      const runs = [
        { symbol: 'ABC', interval: '1m' as const, from: m(100), to: m(5000), price: 1104 },
        { symbol: 'ABC', interval: '1m' as const, from: m(5100), to: m(5100 + 525_600), price: 6104 },
      ];
      assert.equal(await store.writeEmptyRuns(runs), 2);
      assert.equal(await store.writeEmptyRuns(runs), 2, 'idempotent');
      await assert.rejects(store.writeEmptyRuns([{ ...runs[0]!, from: m(100) + 1 }]), (e: BourseError) => e.code === 'STORE_BAD_ROW');
      assert.deepEqual(await store.emptyRuns('ABC', '1m', -1, Number.MAX_SAFE_INTEGER), runs);
      assert.deepEqual(await store.emptyRuns('ABC', '1m', m(5000), m(5100)), [], 'no run opens inside (5000, 5100)');
      assert.deepEqual(await store.emptyRuns('ABC', '5m', -1, Number.MAX_SAFE_INTEGER), []);
      const model = (i: number): Tuple => {
        if (i < 100 || (i >= 5000 && i < 5100)) return tuple(bar(i));
        const p = i < 5000 ? 1104 : 6104;
        return [m(i), p, p, p, p, 0, 0, 0];
      };
      const lastMinute = 5100 + 525_600 - 1;
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: -5, max: 5200 }), fc.integer({ min: 1, max: 700 }), fc.boolean(), async (a, limit, far) => {
          const start = far ? m(lastMinute - a) : m(a);
          const [lo] = queryBounds({ symbol: 'ABC', interval: '1m', start });
          const page = await mergedPage(store, { symbol: 'ABC', interval: '1m', start }, await store.emptyRuns('ABC', '1m', lo, Number.MAX_SAFE_INTEGER), limit);
          const first = Math.max(0, far ? lastMinute - a : a);
          const want: Tuple[] = [];
          for (let i = first; i <= lastMinute && want.length < limit; i++) want.push(model(i));
          const got = Array.from({ length: page.count }, (_, i) => Array.from(page.data.subarray(i * BAR_FIELDS, (i + 1) * BAR_FIELDS)));
          assert.deepEqual(got, want);
          assert.equal(page.more, first + limit <= lastMinute);
        }),
        { numRuns: kind === 'postgres' ? 40 : 150 },
      );
    });

    test('health, then a closed store answers STORE_UNAVAILABLE (503)', async () => {
      const { store } = await seeded(kind, 10);
      assert.deepEqual({ ...(await store.health()), detail: '' }, { ok: true, kind, detail: '' });
      await store.close();
      assert.equal((await store.health()).ok, false);
      await assert.rejects(store.instruments(), (e: BourseError) => e.code === 'STORE_UNAVAILABLE' && e.http === 503);
      await assert.rejects(store.writeBars([bar(1)]), (e: BourseError) => e.code === 'STORE_UNAVAILABLE');
      await assert.rejects(all(store, { symbol: 'ABC', interval: '1m' }), (e: BourseError) => e.code === 'STORE_UNAVAILABLE');
    });
  });
}

describe('bars store: postgres server stopped and started again', { skip: stores.skip('postgres') }, () => {
  test('queries fail with STORE_UNAVAILABLE while it is down and work again after', async () => {
    const { store, rows } = await seeded('postgres', 20);
    const server = await stores.server();
    server.pause();
    try {
      assert.equal((await store.health()).ok, false);
      await assert.rejects(store.writeBars([bar(1)]), (e: BourseError) => e.code === 'STORE_UNAVAILABLE');
    } finally {
      server.resume();
    }
    assert.equal((await store.health()).ok, true);
    assert.deepEqual(await all(store, { symbol: 'ABC', interval: '1m' }), rows.map(tuple));
  });
});

describe('bars store: sqlite blocks', { skip: stores.skip('sqlite') }, () => {
  test('blocks are derived: rebuilt from the rows when missing', async () => {
    const { store, rows } = await seeded('sqlite', 600);
    const s = store as SqliteStore;
    s.database.exec('DELETE FROM bar_blocks');
    assert.deepEqual(await all(store, { symbol: 'ABC', interval: '1m' }), []);
    assert.equal(s.reblock(), 3, '600 1m bars from a block boundary span 3 blocks of 256');
    assert.deepEqual(await all(store, { symbol: 'ABC', interval: '1m' }), rows.map(tuple));
  });
});

describe('bars store: the two SQLite drivers', () => {
  test('node:sqlite and better-sqlite3 write the same rows and blocks, and read each other\'s files', async () => {
    const dump = (s: SqliteStore) => ['SELECT * FROM instruments ORDER BY id', 'SELECT * FROM bars ORDER BY 1, 2, 3',
      'SELECT typeof(open), typeof(notional), count(*) FROM bars GROUP BY 1, 2',
      'SELECT instrument_id, interval_s, block_start_ms, n, traded, hex(data) FROM bar_blocks ORDER BY 1, 2, 3',
      'PRAGMA user_version', 'PRAGMA journal_mode'].map((q) => s.database.prepare(q, 'array').all());
    const rows = Array.from({ length: 900 }, (_, i) => bar(i, { notional: i / 7 }));
    const files: string[] = [];
    const dumps = [];
    for (const driver of SQLITE_DRIVERS) {
      const path = join(stores.dir, `driver-${driver}.sqlite`);
      files.push(path);
      const s = SqliteStore.open({ path, driver });
      try {
        assert.equal(s.database.driver, driver);
        await s.upsertInstruments([INST, { ...INST, name: 'B.X', currency: '' }]);
        await s.writeBars(rows.slice(0, 600));
        await s.writeBars([...rows.slice(300, 900)].reverse().map((r) => ({ ...r, close: r.close + 1 })));
        await assert.rejects(s.writeBars([bar(1, { close: 7 }), bar(2, { symbol: 'ZZZ' })]), (e: BourseError) => e.code === 'STORE_UNKNOWN_INSTRUMENT');
        await s.writeBars([{ ...rows[5]!, symbol: 'B.X', interval: '5m', openTime: T0 }]);
        dumps.push(dump(s));
      } finally {
        await s.close();
      }
    }
    assert.deepEqual(dumps[0], dumps[1]);
    const want = rows.map((r, i) => tuple(i >= 300 ? { ...r, close: r.close + 1 } : r));
    const traded = want.filter((t) => t[6] !== 0);
    // Each driver opens the other's file, read-only.
    for (const [i, driver] of [...SQLITE_DRIVERS].reverse().entries()) {
      const s = SqliteStore.open({ path: files[i]!, driver, readonly: true });
      try {
        assert.deepEqual(await all(s, { symbol: 'ABC', interval: '1m' }), want);
        assert.deepEqual(await s.pageEnd({ symbol: 'ABC', interval: '1m', limit: 500, omitEmpty: true }), { last: traded[499]![0], more: traded.length > 500 });
      } finally {
        await s.close();
      }
    }
  });

  test('transactions: commit, rollback on throw, a nested one is a savepoint (both drivers)', () => {
    for (const driver of SQLITE_DRIVERS) {
      const db = openSqlite(driver, join(stores.dir, `tx-${driver}.sqlite`));
      try {
        db.exec('CREATE TABLE t (x INTEGER)');
        const ins = db.prepare('INSERT INTO t VALUES (?)');
        const xs = db.prepare<number>('SELECT group_concat(x) FROM t', 'value');
        const fail = () => { throw new Error('no'); };
        db.transaction((a: number, b: number) => { ins.run(a); ins.run(b); })(1, 2);
        assert.throws(db.transaction(() => { ins.run(3); fail(); }), /no/);
        db.transaction(() => {
          ins.run(4);
          assert.throws(db.transaction(() => { ins.run(5); fail(); }), /no/);
          db.transaction(() => ins.run(6))();
        })();
        assert.equal(xs.get(), '1,2,4,6', driver);
        assert.deepEqual(db.prepare('SELECT x FROM t WHERE x > ?', 'array').all(3), [[4], [6]]);
        assert.deepEqual({ ...db.prepare('SELECT x FROM t WHERE x = ?').get(6) }, { x: 6 });
      } finally {
        db.close();
      }
    }
  });
});
