/**
 * The API's fast paths equal the slow obvious ones: byte-level bar formatting vs formatDecimal,
 * cursors, metrics text, parameter parsing, the OpenAPI document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatDecimal } from '../../server/kernel/decimal.ts';
import { BourseError } from '../../server/kernel/errors.ts';
import { decodeCursor, encodeCursor } from '../../server/http/cursor.ts';
import { errorJson } from '../../server/http/errors.ts';
import { BarBytes, decimalFormatter } from '../../server/http/writer.ts';
import { Metrics } from '../../server/http/metrics.ts';
import { BarsParams, ENDPOINTS, openApiDocument, parseParams, parseTimeMs } from '../../server/http/schemas.ts';

const units = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.maxSafeNat());

test('decimalFormatter equals formatDecimal for every safe integer and decimals 0..18', () => {
  fc.assert(fc.property(units, fc.integer({ min: 0, max: 18 }), (u, d) => {
    assert.equal(decimalFormatter(d)(u), formatDecimal(u, d));
  }), { numRuns: 5000 });
});

test('BarBytes writes the same JSON and CSV as the obvious string code', () => {
  const bar = fc.tuple(fc.integer({ min: 0, max: 2 ** 44 }), units, units, units, units, units, fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 1e15, noNaN: true }));
  fc.assert(fc.property(fc.array(bar, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 8 }), (rows, pd, qd) => {
    const f = new Float64Array(rows.length * 8);
    rows.forEach((r, i) => f.set([r[0] * 1000, ...r.slice(1)], i * 8));
    for (const csv of [false, true]) {
      const w = new BarBytes(pd, qd, csv);
      const out: Buffer[] = [];
      w.rows(f, rows.length, out);
      w.flush(out);
      const text = Buffer.concat(out).toString('latin1');
      const want = rows.map((r) => {
        const [t, o, h, l, c, v, n, notional] = [r[0] * 1000, ...r.slice(1)] as number[];
        const p = (x: number) => formatDecimal(x, pd);
        if (csv) return `${t},${p(o!)},${p(h!)},${p(l!)},${p(c!)},${formatDecimal(v!, qd)},${n}\n`;
        const w4 = Math.round((notional! * 1e4) / v!);
        const vwap = v === 0 ? 'null' : `"${Number.isSafeInteger(w4) ? formatDecimal(w4, pd + 4) : (notional! / v! / 10 ** pd).toFixed(pd + 4).replace(/\.?0+$/, '')}"`;
        return `{"open_time_ms":${t},"open":"${p(o!)}","high":"${p(h!)}","low":"${p(l!)}","close":"${p(c!)}","volume":"${formatDecimal(v!, qd)}","trades":${n},"vwap":${vwap}}`;
      }).join(csv ? '' : ',');
      assert.equal(text, want);
      if (!csv) assert.doesNotThrow(() => JSON.parse(`[${text}]`));
    }
  }), { numRuns: 300 });
});

test('BarBytes hands out full buffers as it goes (bounded memory)', () => {
  const n = 20_000;
  const f = new Float64Array(n * 8);
  for (let i = 0; i < n; i++) f.set([i * 60_000, 12345, 12399, 12001, 12222, 777, 5, 777 * 12222], i * 8);
  const w = new BarBytes(2, 0, false);
  const out: Buffer[] = [];
  w.rows(f, n, out);
  assert.ok(out.length >= 8, `${out.length} buffers handed out before the end`);
  assert.ok(out.every((b) => b.length <= BarBytes.SIZE));
});

test('cursors round-trip, and anything else is API_BAD_CURSOR', () => {
  fc.assert(fc.property(
    fc.record({ symbol: fc.stringMatching(/^[A-Z0-9][A-Z0-9._/-]{0,15}$/), interval: fc.constantFrom('1s', '1m', '5m', '15m', '1h', '1d' as const), after: fc.maxSafeNat(), end: fc.option(fc.maxSafeNat(), { nil: undefined }), omit: fc.boolean() }),
    (c) => {
      const s = encodeCursor(c);
      assert.match(s, /^[A-Za-z0-9_-]+$/);
      assert.deepEqual(decodeCursor(s), { ...c });
    },
  ));
  fc.assert(fc.property(fc.string({ maxLength: 80 }), (junk) => {
    try {
      decodeCursor(junk);
      assert.fail(`"${junk}" decoded`);
    } catch (e) {
      assert.equal((e as BourseError).code, 'API_BAD_CURSOR');
    }
  }));
});

test('parameters: defaults, conversions, and errors that name the parameter', () => {
  const p = parseParams(BarsParams, { symbol: 'ABC', interval: '1m' });
  assert.deepEqual(p, { symbol: 'ABC', interval: '1m', start: undefined, end: undefined, limit: 500, cursor: undefined, format: 'json', empty: 'include' });
  assert.equal(parseTimeMs('1570752000000', 'start'), 1570752000000);
  assert.equal(parseTimeMs('2019-10-11T00:00:00Z', 'start'), 1570752000000);
  assert.equal(parseTimeMs('2019-10-11T02:00:00+02:00', 'start'), 1570752000000);
  assert.equal(parseTimeMs('2019-10-11T00:00:00.0005Z', 'start'), 1570752000001, 'sub-ms rounds up: the bound stays exact');
  assert.throws(() => parseTimeMs('99999-01-01', 'end'), (e: BourseError) => e.code === 'API_BAD_TIME' && /^API_BAD_TIME: .*: end "99999-01-01"/.test(e.message));
  assert.throws(() => parseParams(BarsParams, { symbol: 'ABC', interval: '1m', limit: ['1', '2'] }), (e: BourseError) => e.code === 'API_BAD_PARAM' && /limit: given more than once/.test(e.message));
  assert.deepEqual(errorJson(new BourseError('API_BAD_PARAM', 'limit: 0 must be from 1 to 10000')), { error: { code: 'API_BAD_PARAM', num: 6001, message: 'parameter is invalid: limit: 0 must be from 1 to 10000' } });
});

test('metrics: Prometheus text, labels escaped, a throwing reader skipped and counted', async () => {
  const m = new Metrics();
  let n = 0;
  m.counter('bourse_things_total', 'things\nseen', () => ++n);
  m.gauge('bourse_depth', 'by side', () => [[{ side: 'buy' }, 3], [{ side: 'se"ll\\' }, 4.5]]);
  m.gauge('bourse_broken', 'throws', () => {
    throw new Error('no');
  });
  const text = await m.render();
  assert.match(text, /^# HELP bourse_things_total things\\nseen\n# TYPE bourse_things_total counter\nbourse_things_total 1$/m);
  assert.match(text, /^bourse_depth\{side="buy"\} 3$/m);
  assert.match(text, /^bourse_depth\{side="se\\"ll\\\\"\} 4\.5$/m);
  assert.doesNotMatch(text, /bourse_broken/);
  assert.match(await m.render(), /^bourse_metrics_read_errors 1$/m, 'the first scrape\'s failure, shown by the next');
  assert.throws(() => m.gauge('bourse_depth', 'again', () => 1), (e: BourseError) => e.code === 'API_BAD_OPTION');
  assert.throws(() => m.gauge('bad name', 'x', () => 1), (e: BourseError) => e.code === 'API_BAD_OPTION');
});

test('the OpenAPI document lists every endpoint with its parameters and error codes', () => {
  const doc = openApiDocument() as { paths: Record<string, { get: { parameters: { name: string; required: boolean }[]; responses: Record<string, { description: string }> } }> };
  assert.deepEqual(Object.keys(doc.paths), ENDPOINTS.map((e) => e.path));
  const bars = doc.paths['/api/v1/bars']!.get;
  assert.deepEqual(bars.parameters.filter((p) => p.required).map((p) => p.name), ['symbol', 'interval']);
  assert.match(bars.responses['400']!.description, /API_BAD_PARAM.*API_BAD_CURSOR/);
  assert.match(bars.responses['503']!.description, /STORE_UNAVAILABLE/);
  assert.deepEqual(doc.paths['/api/v1/book/{symbol}']!.get.parameters.map((p) => [p.name, p.required]), [['symbol', true], ['depth', false]]);
});
