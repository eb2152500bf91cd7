/**
 * Parameter fuzzing: random names, values, repeats, encodings and paths never make the API
 * answer 500; every error is a registry code with its own HTTP status, in the error body shape.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { Errors, type ErrorCode } from '../../server/kernel/errors.ts';
import { Engine } from '../../server/engine/engine.ts';
import { Mdp } from '../../server/mdp/mdp.ts';
import { MarketState } from '../../server/mdp/market-state.ts';
import { OrderFlow } from '../../server/sim/flow.ts';
import { buildApp } from '../../server/http/app.ts';
import { STORE_KINDS, twoStores } from '../support/postgres.ts';

const stores = twoStores();
after(() => stores.stop());

const T0 = Date.UTC(2026, 0, 5, 14, 30);

function market(): MarketState {
  const flow = new OrderFlow({ seed: 9, symbols: 2, restingTarget: 20 });
  const engine = new Engine();
  const mdp = new Mdp();
  const m = new MarketState();
  const buf = new Uint8Array(96);
  for (let k = 0; k < 1500; k++) {
    flow.next(buf, 0);
    engine.apply(buf, 0);
    mdp.consumeLog(engine.out);
    engine.out.clear();
    m.applyRecords(mdp.out.f64, mdp.out.i32, 0, mdp.out.count);
    mdp.out.clear();
  }
  return m;
}

const NAMES = ['symbol', 'interval', 'start', 'end', 'limit', 'cursor', 'format', 'empty', 'depth', 'Symbol', 'x', ''];
const VALUES = [
  'ABC', 'AAPL', 'XRP/ETH', 'abc', '1s', '1m', '5m', '1d', '2m', 'json', 'csv', 'omit', 'include', '0', '1', '500', '10000', '10001', '-1',
  String(T0), String(T0 + 60_000), '2026-01-05T14:30:00Z', '2026-01-05', '2026-13-01', '1e9', '9'.repeat(30), '0.5', 'null', '%', '%zz', '\u0000', '🙂',
  'MXxBQkN8MW18MTc2NzYyMzQwMDAwMHx8MHwx', '-', '_', 'a'.repeat(300),
];
const value = fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 24 }), fc.string({ unit: 'binary', maxLength: 12 }), fc.integer().map(String), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
const pairs = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 })), value), { maxLength: 7 });
const path = fc.oneof(
  fc.constantFrom('/api/v1/bars', '/api/v1/trades', '/api/v1/instruments', '/healthz', '/readyz', '/api/v1/openapi.json', '/api/v1/bars/', '/api/v1/feed'),
  fc.oneof(fc.constantFrom('AAPL', 'ABC', '', '..', 'XRP/ETH'), fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 8 })).map((s) => `/api/v1/book/${encodeURIComponent(s)}`),
  fc.string({ maxLength: 20 }).map((s) => `/${s}`),
);
/** Raw URL text, percent signs and all (not always valid encoding). */
const rawUrl = fc.tuple(path, fc.array(fc.constantFrom('a', '=', '&', '%', '%2', '%zz', '%2F', '+', '?', '#', '[', ']', 'symbol', 'limit', '1', 'ABC', ';', '\\'), { maxLength: 12 }))
  .map(([p, bits]) => `${p}?${bits.join('')}`);

function checkResponse(status: number, body: string, url: string): void {
  assert.ok([200, 400, 404].includes(status), `${url} -> ${status} ${body.slice(0, 200)}`);
  if (status === 200) return;
  const b = JSON.parse(body) as { error: { code: ErrorCode; num: number; message: string } };
  const spec = Errors[b.error.code];
  assert.ok(spec, `${url}: unknown code ${b.error.code}`);
  assert.equal(b.error.num, spec.num);
  assert.equal(spec.http, status, `${url}: ${b.error.code} is ${spec.http}, answered ${status}`);
  assert.ok(b.error.message.length > 0);
}

for (const kind of STORE_KINDS) {
  describe(`parameter fuzzing over ${kind}`, { skip: stores.skip(kind) }, () => {
    let app: FastifyInstance;
    before(async () => {
      const store = await stores.open(kind);
      await store.upsertInstruments([{ name: 'ABC', priceDecimals: 2, qtyDecimals: 0, tick: 1, lot: 1, currency: '' }, { name: 'XRP/ETH', priceDecimals: 8, qtyDecimals: 0, tick: 1, lot: 1, currency: '' }]);
      await store.writeBars(Array.from({ length: 300 }, (_, i) => ({ symbol: 'ABC', interval: '1m' as const, openTime: T0 + i * 60_000, open: 100 + i, high: 110 + i, low: 90, close: 101, volume: i % 3 ? 5 : 0, trades: i % 3 ? 2 : 0, notional: i % 3 ? 500.5 : 0 })));
      app = await buildApp({ store, market: market() });
    });
    after(() => app?.close());
    const runs = kind === 'sqlite' ? 400 : 150;

    test('random query parameters never give a 500', async () => {
      await fc.assert(
        fc.asyncProperty(path, pairs, async (p, ps) => {
          const url = `${p}?${new URLSearchParams(ps).toString()}`;
          let r;
          try {
            r = await app.inject({ method: 'GET', url });
          } catch {
            return; // light-my-request refuses it (e.g. a backslash in the path): not an HTTP request
          }
          checkResponse(r.statusCode, r.body, url);
        }),
        { numRuns: runs },
      );
    });

    test('random raw URLs never give a 500', async () => {
      await fc.assert(
        fc.asyncProperty(rawUrl, async (url) => {
          let r;
          try {
            r = await app.inject({ method: 'GET', url });
          } catch {
            return; // not a URL an HTTP client could send
          }
          checkResponse(r.statusCode, r.body, url);
        }),
        { numRuns: runs },
      );
    });

    test('well-formed bars queries with random values: 200 or a 4xx naming the parameter', async () => {
      const q = fc.record({
        symbol: fc.constantFrom('ABC', 'XRP/ETH', 'NOPE'), interval: fc.constantFrom('1s', '1m', '5m', '1d'),
        start: fc.option(fc.integer({ min: T0 - 1e6, max: T0 + 400 * 60_000 }).map(String), { nil: undefined }),
        end: fc.option(fc.integer({ min: T0 - 1e6, max: T0 + 400 * 60_000 }).map(String), { nil: undefined }),
        limit: fc.option(fc.integer({ min: -2, max: 10_002 }).map(String), { nil: undefined }),
        format: fc.constantFrom('json', 'csv'), empty: fc.constantFrom('include', 'omit'),
      }, { requiredKeys: ['symbol', 'interval'] });
      await fc.assert(
        fc.asyncProperty(q, async (o) => {
          const ps = Object.entries(o).filter(([, v]) => v !== undefined) as [string, string][];
          const url = `/api/v1/bars?${new URLSearchParams(ps).toString()}`;
          const r = await app.inject({ method: 'GET', url });
          checkResponse(r.statusCode, r.body, url);
          if (r.statusCode !== 200) {
            const { code, message } = JSON.parse(r.body).error as { code: string; message: string };
            if (code === 'API_BAD_PARAM') assert.match(message, /^parameter is invalid: (limit|start|end)/);
          }
        }),
        { numRuns: runs },
      );
    });
  });
}
