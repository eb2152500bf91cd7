/**
 * Oracle: Binance's XRP/ETH aggregated trades (2019-10-11..13) imported with `bourse bars
 * import`, then served back by the HTTP API, equal Binance's official 1m and 5m klines row for
 * row (open time, OHLC, volume; exact decimals), in JSON and CSV, from both stores.
 * The last bar of each file is the one still open when the tape ends (see binance-klines.test.ts).
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDecimal } from '../../server/kernel/decimal.ts';
import { numberText } from '../../server/bars/tape.ts';
import { openStore } from '../../server/bars/open.ts';
import { buildApp } from '../../server/http/app.ts';
import { bourse } from '../support/cli.ts';
import { marketFile } from '../support/data.ts';
import { STORE_KINDS, twoStores } from '../support/postgres.ts';

const TAPE = marketFile('binance/XRP_OLD-trades.json.gz');
const K1 = marketFile('binance/XRP_ETH-1m.json');
const K5 = marketFile('binance/XRP_ETH-5m.json');
const missing = TAPE.skip || K1.skip || K5.skip;

const stores = twoStores();
after(() => stores.stop());

type Row = [number, number, number, number, number, number];
const px = (s: string) => parseDecimal(s, 8, 'price');
const qty = (s: string) => parseDecimal(s, 0, 'volume');

function klines(path: string): Row[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as number[][]).map((k) => [k[0]!, px(numberText(k[1]!)), px(numberText(k[2]!)), px(numberText(k[3]!)), px(numberText(k[4]!)), qty(numberText(k[5]!))]);
}

function assertRows(got: Row[], want: Row[], what: string): void {
  assert.equal(got.length, want.length, `${what}: row count`);
  for (let i = 0; i < want.length; i++) assert.deepEqual(got[i], want[i], `${what}: row ${i} (open ${new Date(want[i]![0]).toISOString()})`);
}

for (const kind of STORE_KINDS) {
  describe(`Binance XRP/ETH through bars import and the API (${kind})`, { skip: missing || stores.skip(kind) }, () => {
    test('1m and 5m bars equal the official klines, JSON and CSV', async () => {
      const url = await stores.url(kind);
      const r = bourse(['bars', 'import', '--trades', TAPE.path, '--symbol', 'XRPETH', '--currency', 'ETH', '--store', url], { timeoutMs: 300_000 });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.lastLine, /^bars import: XRPETH \(new instrument\) from XRP_OLD-trades\.json\.gz \(ccxt, gzip\): 12477 trades -> \d+ bars \(1s \d+, 1m 3560, 5m 712, 15m 238, 1h 60, 1d 3;/);
      const store = await openStore({ data: stores.dir, url });
      const app = await buildApp({ store });
      try {
        const inst = JSON.parse((await app.inject('/api/v1/instruments')).body).instruments;
        assert.deepEqual(inst, [{ name: 'XRPETH', price_decimals: 8, qty_decimals: 0, tick: '0.00000001', lot: '1', currency: 'ETH', stored: true, live: false, status: null, calendar: null }]);
        for (const [interval, file, n] of [['1m', K1.path, 3560], ['5m', K5.path, 712]] as const) {
          const want = klines(file);
          const csv = await app.inject(`/api/v1/bars?symbol=XRPETH&interval=${interval}&limit=10000&format=csv`);
          assert.equal(csv.statusCode, 200);
          const lines = csv.body.trim().split('\n');
          assert.equal(lines[0], 'open_time_ms,open,high,low,close,volume,trades');
          const fromCsv = lines.slice(1).map((l): Row => {
            const c = l.split(',');
            return [Number(c[0]), px(c[1]!), px(c[2]!), px(c[3]!), px(c[4]!), qty(c[5]!)];
          });
          assertRows(fromCsv, want, `${interval} CSV`);
          assert.equal(lines.slice(1).reduce((a, l) => a + Number(l.split(',')[6]), 0), 12_477, `${interval}: every trade in exactly one bar`);
          const json = JSON.parse((await app.inject(`/api/v1/bars?symbol=XRPETH&interval=${interval}&limit=10000`)).body) as { next_cursor: null; bars: Record<string, string | number>[] };
          assert.equal(json.next_cursor, null);
          assert.equal(json.bars.length, n);
          const fromJson = json.bars.map((b): Row => [b.open_time_ms as number, px(b.open as string), px(b.high as string), px(b.low as string), px(b.close as string), qty(b.volume as string)]);
          assertRows(fromJson, want, `${interval} JSON`);
          // VWAP lies within the bar's range.
          for (const b of json.bars) if (b.vwap !== null) assert.ok(Number(b.vwap) >= Number(b.low) - 1e-12 && Number(b.vwap) <= Number(b.high) + 1e-12, `vwap of ${b.open_time_ms}`);
        }
        const again = bourse(['bars', 'import', '--trades', TAPE.path, '--symbol', 'XRPETH', '--tick', '0.0001', '--store', url]);
        assert.equal(again.code, 2, 'a second import with another tick is refused');
        assert.match(again.stderr, /--tick 0\.0001 differs from the stored XRPETH's tick 0\.00000001/);
      } finally {
        await app.close();
        await store.close();
      }
    });
  });
}
