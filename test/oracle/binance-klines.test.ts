/**
 * Oracle: bars built from Binance's own aggregated trades (XRP/ETH, 2019-10-11..13) must equal
 * Binance's official 1m and 5m klines for the same window, row for row and exactly as decimals.
 *
 * The still-open last bar: the tape ends at 11:19:28.844 and both kline files end with the bar
 * open at that moment (1m 11:19, 5m 11:15), fetched at the same time, so they are partial too.
 * Bourse writes the bar still open at the end of the tape as the last row, and it matches.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDecimal } from '../../server/kernel/decimal.ts';
import { CandleBuilder, expandRuns, intervalIndex, type CandleSink } from '../../server/mdp/candles.ts';
import { numberText, readTapeTrades, scanTape, tapeScales, type TapeScales } from '../../server/bars/tape.ts';
import { marketFile, REPO_ROOT } from '../support/data.ts';

const OLD = marketFile('binance/XRP_OLD-trades.json.gz');
const COMPACT = marketFile('binance/XRP_ETH-trades.json.gz');
const K1 = marketFile('binance/XRP_ETH-1m.json');
const K5 = marketFile('binance/XRP_ETH-5m.json');
const skip = OLD.skip || COMPACT.skip || K1.skip || K5.skip;

/** [open_time_ms, open, high, low, close, volume] in integer units. */
type Row = [number, number, number, number, number, number];

function klines(path: string, sc: TapeScales): Row[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as number[][];
  return raw.map((k, i) => {
    const px = (j: number) => parseDecimal(numberText(k[j]!), sc.priceDecimals, `kline ${i} field ${j}`);
    return [k[0]!, px(1), px(2), px(3), px(4), parseDecimal(numberText(k[5]!), sc.qtyDecimals, `kline ${i} volume`)];
  });
}

function assertRows(got: Row[], want: Row[], what: string): void {
  assert.equal(got.length, want.length, `${what}: row count`);
  for (let i = 0; i < want.length; i++) assert.deepEqual(got[i], want[i], `${what}: row ${i} (open ${new Date(want[i]![0]).toISOString()})`);
}

/** Library path: one builder keeps 1m and 5m; closed bars, then the bar open at the end. */
async function buildBars(path: string): Promise<{ m1: Row[]; m5: Row[]; trades: number[]; scales: TapeScales; rows: number }> {
  const scales = tapeScales(await scanTape(path), {});
  const i1 = intervalIndex('1m');
  const i5 = intervalIndex('5m');
  const out = new Map<number, Row[]>([[i1, []], [i5, []]]);
  const trades = new Map<number, number>([[i1, 0], [i5, 0]]);
  const sink: Pick<CandleSink, 'bar'> = {
    bar(kind, _s, iv, t, o, h, l, c, v, n) {
      if (kind !== 2) return;
      out.get(iv)!.push([t / 1000, o, h, l, c, v]);
      trades.set(iv, trades.get(iv)! + n);
    },
  };
  const b = new CandleBuilder(expandRuns(sink), [i1, i5]);
  const read = await readTapeTrades(path, scales, (t, p, q) => b.onTrade(0, p, q, t));
  for (const iv of [i1, i5]) {
    const cur = b.current(0, iv)!;
    out.get(iv)!.push([cur.openTime / 1000, cur.open, cur.high, cur.low, cur.close, cur.volume]);
    trades.set(iv, trades.get(iv)! + cur.trades);
  }
  return { m1: out.get(i1)!, m5: out.get(i5)!, trades: [trades.get(i1)!, trades.get(i5)!], scales, rows: read.rows };
}

for (const [name, tape] of [['ccxt XRP_OLD-trades', OLD], ['compact XRP_ETH-trades', COMPACT]] as const) {
  test(`${name}: 1m and 5m bars equal Binance's klines row for row`, { skip }, async () => {
    const r = await buildBars(tape.path);
    assert.equal(r.rows, 12_477);
    assert.deepEqual(r.scales, { priceDecimals: 8, qtyDecimals: 0, tick: 1, lot: 1 });
    assert.deepEqual(r.trades, [12_477, 12_477], 'every trade lands in exactly one bar per interval');
    const k1 = klines(K1.path, r.scales);
    const k5 = klines(K5.path, r.scales);
    assert.equal(k1.length, 3_560);
    assert.equal(k5.length, 712);
    assertRows(r.m1, k1, '1m');
    assertRows(r.m5, k5, '5m');
    assert.equal(r.m1.filter((x) => x[5] === 0).length, 1_091, 'empty 1m bars');
    assert.equal(r.m5.filter((x) => x[5] === 0).length, 6, 'empty 5m bars');
  });
}

test('bourse candles (spawned) writes the official 1m klines, last open bar included', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-klines-'));
  try {
    const out = join(dir, 'xrp-1m.csv');
    const r = spawnSync(process.execPath, ['bin/bourse.js', 'candles', '--trades', OLD.path, '--interval', '1m', '--tick', '0.00000001', '--out', out], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^bourse candles: 3560 1m bars \(1091 empty, .*2019-10-13T11:19:00\.000Z.*still open.*\) from 12477 trades read/);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    assert.equal(lines[0], 'open_time_ms,open,high,low,close,volume,trades');
    const sc: TapeScales = { priceDecimals: 8, qtyDecimals: 0, tick: 1, lot: 1 };
    const got = lines.slice(1).map((line): Row => {
      const f = line.split(',');
      assert.equal(f.length, 7, line);
      for (const x of f.slice(1, 6)) assert.match(x, /^\d+(\.\d*[1-9])?$/, `exact decimals, trailing zeros trimmed: ${line}`);
      return [Number(f[0]), ...f.slice(1, 5).map((x) => parseDecimal(x, 8)), parseDecimal(f[5]!, 0)] as Row;
    });
    assertRows(got, klines(K1.path, sc), 'CLI 1m');
    const trades = lines.slice(1).reduce((s, l) => s + Number(l.split(',')[6]), 0);
    assert.equal(trades, 12_477);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
