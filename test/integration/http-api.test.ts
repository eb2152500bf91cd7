/**
 * Every endpoint of the HTTP API through fastify's inject(), one test table run against both
 * stores (SQLite and a real PostgreSQL 15) with the same expectations, and the same bytes: the
 * responses of the second store are compared with the first's.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { formatDecimal } from '../../server/kernel/decimal.ts';
import { Errors } from '../../server/kernel/errors.ts';
import { Side } from '../../server/kernel/types.ts';
import { simulatedMarket } from '../support/market.ts';
import { MarketState } from '../../server/mdp/market-state.ts';
import type { BarRow, BarsStore, Instrument } from '../../server/bars/store.ts';
import { buildApp } from '../../server/http/app.ts';
import { registerBarsMetrics } from '../../server/http/routes/metrics.ts';
import { Metrics } from '../../server/http/metrics.ts';
import { BarsPage, BookJson, ErrorBody, InstrumentsList, Ready, TradesList, checkSchema } from '../../server/http/schemas.ts';
import { STORE_KINDS, twoStores, type StoreKind } from '../support/postgres.ts';

const stores = twoStores();
after(() => stores.stop());

const ABC: Instrument = { name: 'ABC', priceDecimals: 2, qtyDecimals: 1, tick: 1, lot: 1, currency: 'USD' };
const XRP: Instrument = { name: 'XRP/ETH', priceDecimals: 8, qtyDecimals: 0, tick: 1, lot: 1, currency: 'ETH' };
const T0 = Date.UTC(2026, 0, 5, 14, 30);
const N = 2500;

/** 2,500 1m bars of ABC (every 4th empty), 40 5m bars of XRP/ETH. */
function seedRows(): { abc: BarRow[]; xrp: BarRow[] } {
  const abc: BarRow[] = [];
  let close = 123_45;
  for (let i = 0; i < N; i++) {
    const trades = i % 4 === 3 ? 0 : 1 + (i % 9);
    const open = close;
    if (trades) close = open + ((i * 37) % 21) - 10;
    abc.push({
      symbol: 'ABC', interval: '1m', openTime: T0 + i * 60_000, open, high: Math.max(open, close) + (trades ? 3 : 0), low: Math.min(open, close) - (trades ? 2 : 0),
      close, volume: trades * 15, trades, notional: trades * 15 * open,
    });
  }
  const xrp = Array.from({ length: 40 }, (_, i): BarRow => ({
    symbol: 'XRP/ETH', interval: '5m', openTime: T0 + i * 300_000, open: 141_342 + i, high: 141_557 + i, low: 141_266, close: 141_418, volume: 1482 + i, trades: 9, notional: (1482 + i) * 141_400,
  }));
  return { abc, xrp };
}
const SEED = seedRows();

/** A small live market: the real engine and MDP under the order-flow simulator. */
function liveMarket(): MarketState {
  return simulatedMarket({ seed: 5, symbols: 2, resting: 40, inputs: 4000 });
}
const MARKET = liveMarket();

const csvRow = (r: BarRow, i: Instrument) =>
  `${r.openTime},${formatDecimal(r.open, i.priceDecimals)},${formatDecimal(r.high, i.priceDecimals)},${formatDecimal(r.low, i.priceDecimals)},${formatDecimal(r.close, i.priceDecimals)},${formatDecimal(r.volume, i.qtyDecimals)},${r.trades}`;

interface Res { status: number; body: string; json: () => unknown; headers: Record<string, unknown> }

/** Every body seen, by store and URL: the two stores must answer byte for byte the same. */
const bodies: Record<StoreKind, Map<string, string>> = { sqlite: new Map(), postgres: new Map() };

function harness(kind: StoreKind) {
  let app: FastifyInstance;
  let store: BarsStore;
  const metrics = new Metrics();
  before(async () => {
    store = await stores.open(kind);
    await store.upsertInstruments([ABC, XRP]);
    await store.writeBars(SEED.abc);
    await store.writeBars(SEED.xrp);
    registerBarsMetrics(metrics, store);
    app = await buildApp({ store, market: MARKET, metrics });
  });
  after(() => app?.close());
  const get = async (url: string): Promise<Res> => {
    const r = await app.inject({ method: 'GET', url });
    if (r.statusCode < 500 && !url.startsWith('/metrics') && !url.startsWith('/readyz')) bodies[kind].set(url, r.body);
    return { status: r.statusCode, body: r.body, json: () => JSON.parse(r.body), headers: r.headers };
  };
  return { get, store: () => store, app: () => app };
}

function assertError(r: Res, code: keyof typeof Errors, mentions: RegExp): void {
  assert.equal(r.status, Errors[code].http, r.body);
  const b = r.json() as { error: { code: string; num: number; message: string } };
  assert.deepEqual(checkSchema(ErrorBody, b), []);
  assert.equal(b.error.code, code);
  assert.equal(b.error.num, Errors[code].num);
  assert.match(b.error.message, mentions);
}

const pageAll = async (get: (u: string) => Promise<Res>, base: string, limit: number, format: 'json' | 'csv'): Promise<{ rows: string[]; pages: number }> => {
  const rows: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const r = await get(`${base}&limit=${limit}&format=${format}${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(r.status, 200, r.body);
    pages++;
    const next = r.headers['x-next-cursor'] as string | undefined;
    if (format === 'json') {
      const b = r.json() as { next_cursor: string | null; bars: unknown[] };
      assert.equal(b.next_cursor, next ?? null);
      rows.push(...b.bars.map((x) => JSON.stringify(x)));
    } else {
      const lines = r.body.split('\n');
      assert.equal(lines[0], 'open_time_ms,open,high,low,close,volume,trades');
      rows.push(...lines.slice(1).filter((l) => l !== ''));
    }
    cursor = next;
    assert.ok(pages < 5000);
  } while (cursor);
  return { rows, pages };
};

for (const kind of STORE_KINDS) {
  describe(`HTTP API over ${kind}`, { skip: stores.skip(kind) }, () => {
    const { get, store } = harness(kind);

    test('GET /api/v1/bars: JSON, default limit 500, exact decimals, vwap, a next cursor', async () => {
      const r = await get('/api/v1/bars?symbol=ABC&interval=1m');
      assert.equal(r.status, 200);
      assert.match(String(r.headers['content-type']), /^application\/json/);
      const b = r.json() as { bars: { open_time_ms: number; open: string; volume: string; trades: number; vwap: string | null }[]; next_cursor: string };
      assert.deepEqual(checkSchema(BarsPage, b), []);
      assert.equal(b.bars.length, 500);
      assert.equal(typeof b.next_cursor, 'string');
      assert.equal(r.headers['x-next-cursor'], b.next_cursor);
      const first = SEED.abc[0]!;
      assert.deepEqual(b.bars[0], {
        open_time_ms: T0, open: formatDecimal(first.open, 2), high: formatDecimal(first.high, 2), low: formatDecimal(first.low, 2), close: formatDecimal(first.close, 2),
        volume: formatDecimal(first.volume, 1), trades: first.trades, vwap: formatDecimal(first.open * 1e4, 6),
      });
      assert.equal(b.bars[3]!.vwap, null, 'an empty bar has no vwap');
      assert.equal(b.bars[3]!.volume, '0');
    });

    test('GET /api/v1/bars: CSV has the columns of bourse candles', async () => {
      const r = await get('/api/v1/bars?symbol=ABC&interval=1m&format=csv&limit=10000');
      assert.equal(r.status, 200);
      assert.match(String(r.headers['content-type']), /^text\/csv/);
      assert.equal(r.headers['x-next-cursor'], undefined);
      assert.equal(r.body, ['open_time_ms,open,high,low,close,volume,trades', ...SEED.abc.map((x) => csvRow(x, ABC))].join('\n') + '\n');
    });

    test('start inclusive, end exclusive, as UTC ms or ISO 8601; empty=omit', async () => {
      const t = (i: number) => T0 + i * 60_000;
      const want = (a: number, b: number, omit = false) => SEED.abc.slice(a, b).filter((x) => !omit || x.trades > 0).map((x) => csvRow(x, ABC));
      const rows = async (q: string) => {
        const r = await get(`/api/v1/bars?symbol=ABC&interval=1m&format=csv&${q}`);
        assert.equal(r.status, 200, r.body);
        return r.body.trim().split('\n').slice(1);
      };
      assert.deepEqual(await rows(`start=${t(10)}&end=${t(20)}`), want(10, 20));
      assert.deepEqual(await rows(`start=${new Date(t(10)).toISOString()}&end=${new Date(t(20)).toISOString()}`), want(10, 20));
      assert.deepEqual(await rows(`start=2026-01-05T16:10:00%2B01:00&end=${t(101)}`), want(40, 101), 'offsets are honoured');
      assert.deepEqual(await rows(`start=${t(10) + 1}&end=${t(20) + 1}`), want(11, 21));
      assert.deepEqual(await rows(`start=${t(10)}&end=${t(30)}&empty=omit`), want(10, 30, true));
      assert.deepEqual(await rows(`start=${t(N + 5)}`), []);
    });

    test('pagination across pages gives exactly the rows of one large query (JSON and CSV)', async () => {
      const base = `/api/v1/bars?symbol=ABC&interval=1m&start=${T0 + 7 * 60_000}&end=${T0 + 2400 * 60_000}`;
      for (const format of ['json', 'csv'] as const) {
        for (const empty of ['include', 'omit']) {
          const one = await pageAll(get, `${base}&empty=${empty}`, 10_000, format);
          assert.equal(one.pages, 1);
          assert.equal(one.rows.length, empty === 'omit' ? SEED.abc.slice(7, 2400).filter((x) => x.trades > 0).length : 2393);
          for (const limit of [1, 7, 500, 2392]) {
            if (limit === 1 && (format === 'json' || empty === 'omit')) continue; // 2,393 requests once is enough
            const paged = await pageAll(get, `${base}&empty=${empty}`, limit, format);
            assert.deepEqual(paged.rows, one.rows, `${format} empty=${empty} limit=${limit}`);
            assert.equal(paged.pages, Math.ceil(one.rows.length / limit));
          }
        }
      }
    });

    test('a cursor is stable and bound to its query', async () => {
      const a = await get('/api/v1/bars?symbol=ABC&interval=1m&limit=100');
      const b = await get('/api/v1/bars?symbol=ABC&interval=1m&limit=100');
      const cursor = (a.json() as { next_cursor: string }).next_cursor;
      assert.equal((b.json() as { next_cursor: string }).next_cursor, cursor);
      const next = await get(`/api/v1/bars?symbol=ABC&interval=1m&limit=100&cursor=${cursor}`);
      assert.equal((next.json() as { bars: { open_time_ms: number }[] }).bars[0]!.open_time_ms, T0 + 100 * 60_000);
      assertError(await get(`/api/v1/bars?symbol=XRP/ETH&interval=5m&cursor=${cursor}`), 'API_BAD_CURSOR', /belongs to ABC 1m/);
      assertError(await get(`/api/v1/bars?symbol=ABC&interval=1m&empty=omit&cursor=${cursor}`), 'API_BAD_CURSOR', /empty=omit/);
      assertError(await get(`/api/v1/bars?symbol=ABC&interval=1m&cursor=${cursor.slice(0, -2)}AA`), 'API_BAD_CURSOR', /cursor/);
      assertError(await get('/api/v1/bars?symbol=ABC&interval=1m&cursor=%%%'), 'API_BAD_CURSOR', /cursor/);
    });

    test('bad parameters: 400 with a registry code that names the parameter', async () => {
      const b = '/api/v1/bars?';
      assertError(await get(`${b}interval=1m`), 'API_MISSING_PARAM', /^required parameter is missing: symbol/);
      assertError(await get(`${b}symbol=ABC`), 'API_MISSING_PARAM', /interval/);
      assertError(await get(`${b}symbol=ABC&interval=2m`), 'API_BAD_PARAM', /interval: "2m" must be one of 1s, 1m, 5m, 15m, 1h, 1d/);
      assertError(await get(`${b}symbol=abc&interval=1m`), 'API_BAD_PARAM', /symbol: "abc" is not an instrument name/);
      assertError(await get(`${b}symbol=ABC&interval=1m&limit=10001`), 'API_BAD_PARAM', /limit: 10001 must be from 1 to 10000/);
      assertError(await get(`${b}symbol=ABC&interval=1m&limit=0`), 'API_BAD_PARAM', /limit/);
      assertError(await get(`${b}symbol=ABC&interval=1m&limit=1e3`), 'API_BAD_PARAM', /limit: "1e3"/);
      assertError(await get(`${b}symbol=ABC&interval=1m&start=yesterday`), 'API_BAD_TIME', /start "yesterday"/);
      assertError(await get(`${b}symbol=ABC&interval=1m&end=2026-02-30T00:00:00Z`), 'API_BAD_TIME', /end .* not a valid calendar/);
      assertError(await get(`${b}symbol=ABC&interval=1m&start=${T0}&end=${T0}`), 'API_BAD_RANGE', /start .* must be before end/);
      assertError(await get(`${b}symbol=ABC&interval=1m&format=xml`), 'API_BAD_PARAM', /format: "xml" must be one of json, csv/);
      assertError(await get(`${b}symbol=ABC&interval=1m&empty=no`), 'API_BAD_PARAM', /empty/);
      assertError(await get(`${b}symbol=ABC&interval=1m&interva=1m`), 'API_UNKNOWN_PARAM', /"interva"; this endpoint takes symbol, interval, start, end, limit, cursor, format, empty/);
      assertError(await get(`${b}symbol=ABC&symbol=ABC&interval=1m`), 'API_BAD_PARAM', /symbol: given more than once/);
      assertError(await get(`${b}symbol=NOPE&interval=1m`), 'API_UNKNOWN_SYMBOL', /symbol=NOPE/);
      assertError(await get('/api/v2/bars'), 'API_NOT_FOUND', /GET \/api\/v2\/bars/);
    });

    test('GET /api/v1/bars for a symbol with a slash and another interval', async () => {
      const r = await get('/api/v1/bars?symbol=XRP%2FETH&interval=5m&limit=2');
      const b = r.json() as { symbol: string; price_decimals: number; bars: { open: string; volume: string }[] };
      assert.equal(b.symbol, 'XRP/ETH');
      assert.equal(b.price_decimals, 8);
      assert.deepEqual(b.bars.map((x) => [x.open, x.volume]), [['0.00141342', '1482'], ['0.00141343', '1483']]);
      assert.equal((await get('/api/v1/bars?symbol=XRP/ETH&interval=1m')).status, 200);
    });

    test('GET /api/v1/instruments: the store and the live market, merged by name', async () => {
      const r = await get('/api/v1/instruments');
      assert.equal(r.status, 200);
      const b = r.json() as { instruments: { name: string; stored: boolean; live: boolean; tick: string; currency: string }[] };
      assert.deepEqual(checkSchema(InstrumentsList, b), []);
      assert.deepEqual(b.instruments.map((i) => [i.name, i.stored, i.live]), [['AAPL', false, true], ['ABC', true, false], ['MSFT', false, true], ['XRP/ETH', true, false]]);
      const abc = b.instruments.find((i) => i.name === 'ABC')!;
      assert.equal(abc.tick, '0.01');
      assert.equal(abc.currency, 'USD');
    });

    test('GET /api/v1/book/{symbol}: levels, md_seq and the checksum of the live market', async () => {
      const r = await get('/api/v1/book/AAPL?depth=5');
      assert.equal(r.status, 200, r.body);
      const b = r.json() as { md_seq: number; checksum: number; bids: { price: string }[]; asks: { price: string }[] };
      assert.deepEqual(checkSchema(BookJson, b), []);
      const sym = MARKET.symbolId('AAPL')!;
      assert.equal(b.md_seq, MARKET.mdSeq);
      assert.equal(b.checksum, MARKET.computeChecksum(sym));
      assert.equal(b.bids.length, 5);
      assert.equal(b.asks.length, 5);
      assert.ok(Number(b.bids[0]!.price) < Number(b.asks[0]!.price));
      const full = (await get('/api/v1/book/AAPL?depth=1000')).json() as { bids: unknown[]; asks: unknown[] };
      assert.equal(full.bids.length, MARKET.depth(sym, Side.Buy).length);
      assert.equal(((await get('/api/v1/book/AAPL')).json() as { bids: unknown[] }).bids.length, Math.min(10, full.bids.length), 'default depth 10');
      assertError(await get('/api/v1/book/ZZZ'), 'API_UNKNOWN_SYMBOL', /symbol=ZZZ/);
      assertError(await get('/api/v1/book/AAPL?depth=0'), 'API_BAD_PARAM', /depth/);
      assertError(await get('/api/v1/book/AAPL?levels=3'), 'API_UNKNOWN_PARAM', /levels/);
      assertError(await get('/api/v1/book/a%20b'), 'API_BAD_PARAM', /symbol/);
    });

    test('GET /api/v1/trades: the live tape, filtered by time', async () => {
      const r = await get('/api/v1/trades?symbol=MSFT&limit=1000');
      assert.equal(r.status, 200, r.body);
      const b = r.json() as { trades: { time_us: number; time_ms: number; price: string; side: string }[] };
      assert.deepEqual(checkSchema(TradesList, b), []);
      assert.ok(b.trades.length > 5, `${b.trades.length} trades`);
      const mid = b.trades[Math.floor(b.trades.length / 2)]!.time_ms;
      const later = (await get(`/api/v1/trades?symbol=MSFT&limit=1000&start=${mid}`)).json() as { trades: { time_us: number }[] };
      assert.ok(later.trades.length > 0 && later.trades.every((t) => t.time_us >= mid * 1000));
      assertError(await get('/api/v1/trades?symbol=ABC'), 'API_UNKNOWN_SYMBOL', /symbol=ABC is not traded/);
      assertError(await get('/api/v1/trades'), 'API_MISSING_PARAM', /symbol/);
    });

    test('health, readiness, metrics, OpenAPI and the docs page', async () => {
      assert.deepEqual((await get('/healthz')).json(), { status: 'ok' });
      const ready = await get('/readyz');
      assert.equal(ready.status, 200);
      assert.deepEqual(checkSchema(Ready, ready.json()), []);
      const m = await get('/metrics');
      assert.match(String(m.headers['content-type']), /^text\/plain; version=0.0.4/);
      assert.match(m.body, /^# TYPE bourse_http_requests_total counter$/m);
      assert.match(m.body, /^bourse_http_requests_total\{route="\/api\/v1\/bars",status="200"\} \d+$/m);
      assert.match(m.body, /^bourse_bars_store_queries_total \d+$/m);
      const doc = (await get('/api/v1/openapi.json')).json() as { openapi: string; paths: Record<string, { get: { parameters: { name: string }[] } }> };
      assert.equal(doc.openapi, '3.1.0');
      assert.deepEqual(doc.paths['/api/v1/bars']!.get.parameters.map((p) => p.name), ['symbol', 'interval', 'start', 'end', 'limit', 'cursor', 'format', 'empty']);
      assert.ok(doc.paths['/api/v1/book/{symbol}']);
      const html = await get('/api/v1/docs');
      assert.equal(html.status, 200);
      assert.match(html.body, /openapi\.json/);
    });

    test('a store that is down: 503 for bars and readiness, while the live feed goes on', async () => {
      const s = store();
      if (kind === 'postgres') (await stores.server()).pause();
      else await s.close();
      try {
        assertError(await get('/api/v1/bars?symbol=ABC&interval=1m'), 'STORE_UNAVAILABLE', /bars store is unavailable/);
        const ready = await get('/readyz');
        assert.equal(ready.status, 503);
        assert.equal((ready.json() as { status: string }).status, 'unavailable');
        assert.equal((await get('/healthz')).status, 200);
        assert.equal((await get('/api/v1/book/AAPL')).status, 200, 'the live book does not need the store');
        assert.equal((await get('/api/v1/trades?symbol=AAPL')).status, 200);
        const inst = (await get('/api/v1/instruments')).json() as { instruments: { name: string; stored: boolean | null }[] };
        assert.deepEqual(inst.instruments.map((i) => [i.name, i.stored]), [['AAPL', null], ['MSFT', null]]);
      } finally {
        if (kind === 'postgres') (await stores.server()).resume();
      }
      if (kind === 'postgres') assert.equal((await get('/readyz')).status, 200, 'ready again once the server is back');
    });
  });
}

describe('both stores answer byte for byte the same', { skip: stores.skip('postgres') || stores.skip('sqlite') }, () => {
  test('every URL asked of both', () => {
    const a = bodies.sqlite;
    const b = bodies.postgres;
    let compared = 0;
    for (const [url, body] of a) {
      if (!b.has(url) || url.startsWith('/api/v1/book') || url.startsWith('/api/v1/trades')) continue;
      assert.equal(b.get(url), body, url);
      compared++;
    }
    assert.ok(compared > 50, `${compared} URLs compared`);
  });
});

describe('without a live market (bourse serve)', { skip: stores.skip('sqlite') }, () => {
  test('book and trades answer 503 API_NO_MARKET; bars still work', async () => {
    const store = await stores.open('sqlite');
    await store.upsertInstruments([ABC]);
    await store.writeBars(SEED.abc.slice(0, 3));
    const app = await buildApp({ store });
    try {
      const book = await app.inject('/api/v1/book/AAPL');
      assert.equal(book.statusCode, 503);
      assert.equal(JSON.parse(book.body).error.code, 'API_NO_MARKET');
      assert.equal((await app.inject('/api/v1/trades?symbol=AAPL')).statusCode, 503);
      assert.equal(JSON.parse((await app.inject('/api/v1/bars?symbol=ABC&interval=1m')).body).bars.length, 3);
      assert.equal((await app.inject('/api/v1/feed')).statusCode, 404);
    } finally {
      await app.close();
    }
  });
});
