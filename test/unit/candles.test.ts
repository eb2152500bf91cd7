import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BourseError, type ErrorCode } from '../../server/kernel/errors.ts';
import { CandleBuilder, expandRuns, INTERVALS, intervalIndex, type CandleSink } from '../../server/mdp/candles.ts';
import { loadTape, numberText, readTapeRows, readTapeTrades, scanTape, tapeScales } from '../../server/bars/tape.ts';
import { parseTimeUs } from '../../server/kernel/time.ts';
import { main } from '../../server/apps/cli.ts';

type Bar = [kind: number, symbol: number, interval: string, openTime: number, o: number, h: number, l: number, c: number, v: number, n: number, notional: number];

function recorder(): { sink: CandleSink; bars: Bar[] } {
  const bars: Bar[] = [];
  return {
    bars,
    sink: expandRuns({ bar: (kind, sym, iv, t, o, h, l, c, v, n, x) => void bars.push([kind, sym, INTERVALS[iv]!.name, t, o, h, l, c, v, n, x]) }),
  };
}

const S = 1_000_000;
const M = 60 * S;
const DAY0 = 1_570_752_000_000_000; // 2019-10-11T00:00:00Z in µs, a day boundary
const M1 = intervalIndex('1m');
const M5 = intervalIndex('5m');

function throwsCode(fn: () => unknown, code: ErrorCode, re?: RegExp): void {
  assert.throws(fn, (e: unknown) => e instanceof BourseError && e.code === code && (!re || re.test(e.message)));
}

async function rejectsCode(p: Promise<unknown>, code: ErrorCode, re?: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof BourseError, String(e));
    assert.equal(e.code, code, e.message);
    if (re) assert.match(e.message, re);
    return true;
  });
}

test('INTERVALS: names and lengths in µs', () => {
  assert.deepEqual(INTERVALS.map((i) => [i.name, i.len]), [
    ['1s', 1e6], ['1m', 6e7], ['5m', 3e8], ['15m', 9e8], ['1h', 3.6e9], ['1d', 8.64e10],
  ]);
  assert.equal(intervalIndex('15m'), 3);
  assert.equal(intervalIndex('2m'), -1);
});

test('hand-computed 1m bar; a trade exactly at open+len opens the next bar', () => {
  const { sink, bars } = recorder();
  const b = new CandleBuilder(sink, [M1]);
  b.onTrade(0, 100, 2, DAY0 + 10 * S);
  b.onTrade(0, 105, 1, DAY0 + 20 * S);
  b.onTrade(0, 98, 3, DAY0 + 30 * S);
  b.onTrade(0, 101, 1, DAY0 + M - 1);
  assert.equal(bars.filter((x) => x[0] === 2).length, 0, 'nothing closes inside the bar');
  b.onTrade(0, 102, 5, DAY0 + M);
  const closed = bars.filter((x) => x[0] === 2);
  assert.deepEqual(closed, [[2, 0, '1m', DAY0, 100, 105, 98, 101, 7, 4, 700]]);
  assert.deepEqual(bars.at(-1), [1, 0, '1m', DAY0 + M, 102, 102, 102, 102, 5, 1, 510]);
  // The closed event comes before the update of the trade that closed it.
  assert.equal(bars.at(-2)![0], 2);
});

test('one update per trade per interval, carrying the bar after the trade', () => {
  const { sink, bars } = recorder();
  const b = new CandleBuilder(sink, [M1, M5]);
  b.onTrade(7, 50, 1, DAY0 + 61 * S);
  b.onTrade(7, 40, 2, DAY0 + 62 * S);
  assert.deepEqual(bars, [
    [1, 7, '1m', DAY0 + M, 50, 50, 50, 50, 1, 1, 50],
    [1, 7, '5m', DAY0, 50, 50, 50, 50, 1, 1, 50],
    [1, 7, '1m', DAY0 + M, 50, 50, 40, 40, 3, 2, 130],
    [1, 7, '5m', DAY0, 50, 50, 40, 40, 3, 2, 130],
  ]);
  assert.deepEqual(b.current(7, M5), {
    symbol: 7, interval: M5, openTime: DAY0, open: 50, high: 50, low: 40, close: 40, volume: 3, trades: 2, notional: 130,
  });
});

test('empty bars carry the previous close; the next trade sets all four prices', () => {
  const { sink, bars } = recorder();
  const b = new CandleBuilder(sink, [M1]);
  b.onTrade(0, 100, 1, DAY0 + 5 * S);
  b.onTrade(0, 90, 1, DAY0 + 6 * S);
  b.onTrade(0, 120, 4, DAY0 + 3 * M + 30 * S);
  assert.deepEqual(bars.filter((x) => x[0] === 2), [
    [2, 0, '1m', DAY0, 100, 100, 90, 90, 2, 2, 190],
    [2, 0, '1m', DAY0 + M, 90, 90, 90, 90, 0, 0, 0],
    [2, 0, '1m', DAY0 + 2 * M, 90, 90, 90, 90, 0, 0, 0],
  ]);
  assert.deepEqual(b.current(0, M1), {
    symbol: 0, interval: M1, openTime: DAY0 + 3 * M, open: 120, high: 120, low: 120, close: 120, volume: 4, trades: 1, notional: 480,
  });
});

test('a long jump emits every empty bar in between, in time order', () => {
  const { sink, bars } = recorder();
  const b = new CandleBuilder(sink, [intervalIndex('1s')]);
  b.onTrade(0, 10, 1, DAY0 + 500_000);
  b.onTrade(0, 11, 1, DAY0 + 1000 * S + 1);
  const closed = bars.filter((x) => x[0] === 2);
  assert.equal(closed.length, 1000);
  closed.forEach((x, i) => assert.equal(x[3], DAY0 + i * S));
  assert.ok(closed.slice(1).every((x) => x[4] === 10 && x[7] === 10 && x[8] === 0 && x[9] === 0));
});

test('clock ticks alone close bars, exactly at open+len and not before', () => {
  const { sink, bars } = recorder();
  const b = new CandleBuilder(sink, [M1, M5]);
  b.onClock(DAY0);
  b.onClock(DAY0 + 10 * M);
  assert.equal(bars.length, 0, 'no bars before the first trade');
  b.onTrade(0, 7, 3, DAY0 + 10 * M + S);
  bars.length = 0;
  b.onClock(DAY0 + 11 * M - 1);
  assert.equal(bars.length, 0);
  b.onClock(DAY0 + 11 * M);
  assert.deepEqual(bars, [[2, 0, '1m', DAY0 + 10 * M, 7, 7, 7, 7, 3, 1, 21]]);
  bars.length = 0;
  b.onClock(DAY0 + 15 * M);
  assert.deepEqual(bars, [
    [2, 0, '1m', DAY0 + 11 * M, 7, 7, 7, 7, 0, 0, 0],
    [2, 0, '1m', DAY0 + 12 * M, 7, 7, 7, 7, 0, 0, 0],
    [2, 0, '1m', DAY0 + 13 * M, 7, 7, 7, 7, 0, 0, 0],
    [2, 0, '1m', DAY0 + 14 * M, 7, 7, 7, 7, 0, 0, 0],
    [2, 0, '5m', DAY0 + 10 * M, 7, 7, 7, 7, 3, 1, 21],
  ]);
  assert.equal(b.current(0, M1)!.openTime, DAY0 + 15 * M);
  assert.equal(b.current(0, M1)!.volume, 0);
});

test("a trade on one symbol closes another symbol's passed bars first; no bars before a symbol's first trade", () => {
  const { sink, bars } = recorder();
  const b = new CandleBuilder(sink, [M1]);
  b.onTrade(2, 100, 1, DAY0);
  b.onTrade(5, 200, 1, DAY0 + 2 * M);
  assert.deepEqual(bars, [
    [1, 2, '1m', DAY0, 100, 100, 100, 100, 1, 1, 100],
    [2, 2, '1m', DAY0, 100, 100, 100, 100, 1, 1, 100],
    [2, 2, '1m', DAY0 + M, 100, 100, 100, 100, 0, 0, 0],
    [1, 5, '1m', DAY0 + 2 * M, 200, 200, 200, 200, 1, 1, 200],
  ]);
  assert.equal(b.current(3, M1), undefined);
  assert.equal(b.current(5, M5), undefined, 'interval not kept');
});

test('symbol ids grow the arrays; bad ids, backwards time and bad intervals are invariant errors', () => {
  const { sink } = recorder();
  const b = new CandleBuilder(sink);
  b.onTrade(1000, 5, 1, DAY0);
  b.onTrade(3, 6, 1, DAY0);
  assert.equal(b.current(1000, 0)!.close, 5);
  assert.equal(b.current(3, 5)!.close, 6);
  throwsCode(() => b.onTrade(-1, 5, 1, DAY0), 'INVARIANT');
  throwsCode(() => b.onTrade(1.5, 5, 1, DAY0), 'INVARIANT');
  throwsCode(() => b.onTrade(1 << 21, 5, 1, DAY0), 'INVARIANT');
  throwsCode(() => b.onTrade(3, 5, 1, DAY0 - 1), 'INVARIANT', /not before/);
  throwsCode(() => b.onClock(DAY0 - 1), 'INVARIANT');
  throwsCode(() => b.onClock(Number.NaN), 'INVARIANT');
  throwsCode(() => new CandleBuilder(sink, [6]), 'INVARIANT');
  throwsCode(() => new CandleBuilder(sink, []), 'INVARIANT');
});

test('volume beyond 2^53 units is refused before any slot changes', () => {
  const { sink, bars } = recorder();
  const b = new CandleBuilder(sink, [M1, intervalIndex('1d')]);
  b.onTrade(0, 1, 2 ** 52, DAY0);
  b.onTrade(0, 1, 2 ** 51, DAY0 + 2 * M);
  const before = bars.length;
  throwsCode(() => b.onTrade(0, 1, 2 ** 51, DAY0 + 2 * M), 'BAR_OVERFLOW', /1d bar/);
  assert.equal(bars.length, before);
  assert.equal(b.current(0, M1)!.volume, 2 ** 51);
});

// ---- trade tapes ----

const dir = mkdtempSync(join(tmpdir(), 'bourse-candles-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
function file(content: string | Buffer): string {
  const p = join(dir, `tape-${fileNo++}.dat`);
  writeFileSync(p, content);
  return p;
}
async function rowsOf(path: string): Promise<[number, string, string, number][]> {
  const out: [number, string, string, number][] = [];
  await readTapeRows(path, (t, p, q, at) => void out.push([t, p, q, at]));
  return out;
}

test('parseTimeUs: ms (with µs fraction) and ISO 8601 in UTC or with an offset', () => {
  assert.equal(parseTimeUs('1570752011620'), 1570752011620000);
  assert.equal(parseTimeUs('1570752011620.5'), 1570752011620500);
  assert.equal(parseTimeUs('2019-10-11T00:00:11.620Z'), 1570752011620000);
  assert.equal(parseTimeUs('2019-10-11 00:00:11.620123'), 1570752011620123);
  assert.equal(parseTimeUs('2019-10-11T02:00:11.62+02:00'), 1570752011620000);
  assert.equal(parseTimeUs('2019-10-10T19:00:11.620-0500'), 1570752011620000);
  assert.equal(parseTimeUs('2019-10-11'), 1570752000000000);
  assert.match(String(parseTimeUs('2019-02-30T00:00:00Z')), /calendar/);
  assert.match(String(parseTimeUs('yesterday')), /neither/);
  assert.match(String(parseTimeUs('1969-12-31T23:59:59Z')), /before 1970/);
});

test('numberText expands exponents exactly', () => {
  assert.equal(numberText(0.00141342), '0.00141342');
  assert.equal(numberText(1e-7), '0.0000001');
  assert.equal(numberText(1.25e-8), '0.0000000125');
  assert.equal(numberText(23.0), '23');
  assert.equal(numberText(1.5e21), '1500000000000000000000');
});

test('CSV tape: header columns in any order, CRLF, BOM, blank lines, gzip detected by content', async () => {
  const csv = '\uFEFFid,qty,time,price\r\n1,2.50,1570752011620,0.00141342\r\n\r\n2,3,2019-10-11T00:00:12Z,0.0014\r\n';
  const want = [[1570752011620000, '0.00141342', '2.50', 2], [1570752012000000, '0.0014', '3', 4]];
  assert.deepEqual(await rowsOf(file(csv)), want);
  const gz = file(gzipSync(csv));
  assert.deepEqual(await rowsOf(gz), want);
  const sum = await scanTape(gz);
  assert.deepEqual(sum, { format: 'csv', gzip: true, rows: 2, priceDecimals: 8, qtyDecimals: 1, firstUs: 1570752011620000, lastUs: 1570752012000000 });
  const trades: number[][] = [];
  await readTapeTrades(gz, tapeScales(sum, {}), (t, p, q) => void trades.push([t, p, q]));
  assert.deepEqual(trades, [[1570752011620000, 141342, 25], [1570752012000000, 140000, 30]]);
  const viaLoad: number[][] = [];
  const loaded = await loadTape(gz, { lot: '0.01' }, (t, p, q) => void viaLoad.push([t, p, q]));
  assert.deepEqual(loaded.scales, { priceDecimals: 8, qtyDecimals: 2, tick: 1, lot: 1 });
  assert.deepEqual(viaLoad, [[1570752011620000, 141342, 250], [1570752012000000, 140000, 300]]);
});

test('CSV tape: a large file streams through intact (no row lost at chunk borders)', async () => {
  const lines = ['time,price,qty'];
  for (let i = 0; i < 50_000; i++) lines.push(`${1_600_000_000_000 + i},${(i % 997) + 1}.25,${(i % 13) + 1}`);
  let n = 0;
  let sumQty = 0;
  await readTapeRows(file(lines.join('\n')), (_t, _p, q) => {
    n++;
    sumQty += Number(q);
  });
  assert.equal(n, 50_000);
  let want = 0;
  for (let i = 0; i < 50_000; i++) want += (i % 13) + 1;
  assert.equal(sumQty, want);
});

test('JSON tapes: ccxt (info strings, else price/amount/timestamp) and compact lists', async () => {
  const ccxt = [
    { info: { p: '0.00141342', q: '23.00000000', T: 1570752011620 }, price: 9, amount: 9, timestamp: 1 },
    { price: 1e-7, amount: 1.5, timestamp: 1570752011621 },
  ];
  assert.deepEqual(await rowsOf(file(JSON.stringify(ccxt))), [
    [1570752011620000, '0.00141342', '23.00000000', 0],
    [1570752011621000, '0.0000001', '1.5', 1],
  ]);
  const compact = [[1570752011620, '1', null, 'sell', 0.00141342, 23.0, 0.03], [1570752011620, '2', null, 'buy', 0.0014, 1, 0]];
  const p = file(gzipSync(JSON.stringify(compact)));
  const sum = await scanTape(p);
  assert.equal(sum.format, 'compact');
  assert.equal(sum.gzip, true);
  assert.deepEqual(await rowsOf(p), [[1570752011620000, '0.00141342', '23', 0], [1570752011620000, '0.0014', '1', 1]]);
});

test('bad tapes: TAPE_PARSE names the file, the row and the field', async () => {
  const h = 'time,price,qty\n';
  await rejectsCode(rowsOf(file(`${h}1,2,3\n2,abc,3\n`)), 'TAPE_PARSE', /tape-\d+\.dat line 3: field price "abc"/);
  await rejectsCode(rowsOf(file(`${h}1,2,0.000\n`)), 'TAPE_PARSE', /line 2: field qty "0.000" is not a positive/);
  await rejectsCode(rowsOf(file(`${h}1,-2,1\n`)), 'TAPE_PARSE', /line 2: field price/);
  await rejectsCode(rowsOf(file(`${h}5,2,1\n4,2,1\n`)), 'TAPE_PARSE', /line 3: field time goes backwards/);
  await rejectsCode(rowsOf(file(`${h}soon,2,1\n`)), 'TAPE_PARSE', /line 2: field time "soon"/);
  await rejectsCode(rowsOf(file(`${h}1,2\n`)), 'TAPE_PARSE', /line 2: 2 fields where the header has 3/);
  await rejectsCode(rowsOf(file('t,p,q\n1,2,3\n')), 'TAPE_PARSE', /line 1: header/);
  await rejectsCode(rowsOf(file('  \n')), 'TAPE_PARSE', /empty/);
  await rejectsCode(rowsOf(file('[{"info":{"p":"1","q":"2","T":5}},{"info":{"p":"1","T":6}}]')), 'TAPE_PARSE', /trade \[1\]: field time/);
  await rejectsCode(rowsOf(file('[[1,"a",null,"buy",1]]')), 'TAPE_PARSE', /trade \[0\]: not a \[ts_ms/);
  await rejectsCode(rowsOf(file('[[1.5,"a",null,"buy",1,2]]')), 'TAPE_PARSE', /trade \[0\]: field time "1.5"/);
  await rejectsCode(rowsOf(file('[1,2')), 'TAPE_PARSE', /not valid JSON/);
  await rejectsCode(rowsOf(join(dir, 'no-such-file')), 'INPUT_FILE', /no-such-file/);
  await rejectsCode(rowsOf(file(Buffer.from([0x1f, 0x8b, 1, 2, 3]))), 'INPUT_FILE');
});

test('--tick and --lot: decimals come from the step and values must sit on it', async () => {
  const p = file('time,price,qty\n1,1.005,10\n2,1.01,20\n');
  const sum = await scanTape(p);
  const got: number[][] = [];
  await readTapeTrades(p, tapeScales(sum, { tick: '0.005', lot: '10' }), (_t, pr, q) => void got.push([pr, q]));
  assert.deepEqual(got, [[1005, 10], [1010, 20]], "units of 10^-decimals, not counts of steps");
  await rejectsCode(readTapeTrades(p, tapeScales(sum, { tick: '0.01' }), () => {}), 'TAPE_PARSE', /line 2: field price "1.005" has more than 2 decimal places/);
  await rejectsCode(readTapeTrades(p, tapeScales(sum, { tick: '0.002' }), () => {}), 'TAPE_PARSE', /line 2: field price "1.005" is not a multiple of --tick 0.002/);
  await rejectsCode(readTapeTrades(p, tapeScales(sum, { lot: '20' }), () => {}), 'TAPE_PARSE', /line 2: field qty "10" is not a multiple of --lot 20/);
  throwsCode(() => tapeScales(sum, { tick: '0' }), 'CLI_BAD_VALUE', /--tick/);
  throwsCode(() => tapeScales(sum, { tick: '1e-8' }), 'CLI_BAD_VALUE', /--tick/);
});

// ---- the command, in process ----

async function runCli(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const origErr = console.error;
  const origWrite = process.stderr.write;
  console.error = (...a: unknown[]) => void (err += a.join(' ') + '\n');
  process.stderr.write = ((s: string) => ((err += s), true)) as typeof process.stderr.write;
  try {
    return { code: await main(args), err };
  } finally {
    console.error = origErr;
    process.stderr.write = origWrite;
  }
}

test('bourse candles writes exact CSV rows, empty bars, and the still-open last bar', async () => {
  const tape = file('time,price,qty\n2019-10-11T00:00:05Z,0.10,1.5\n2019-10-11T00:00:59.999Z,0.125,0.5\n2019-10-11T00:02:00Z,0.3,2\n');
  const out = join(dir, 'out.csv');
  const r = await runCli(['candles', '--trades', tape, '--interval', '1m', '--out', out]);
  assert.equal(r.code, 0, r.err);
  assert.equal(readFileSync(out, 'utf8'), [
    'open_time_ms,open,high,low,close,volume,trades',
    '1570752000000,0.1,0.125,0.1,0.125,2,2',
    '1570752060000,0.125,0.125,0.125,0.125,0,0',
    '1570752120000,0.3,0.3,0.3,0.3,2,1',
    '',
  ].join('\n'));
  assert.match(r.err, /3 1m bars \(1 empty.*still open.*\) from 3 trades read/);
  assert.equal(r.err.trim().split('\n').length, 1, 'one summary line');
});

test('bourse candles: bad interval and bad rows are clear errors, and no partial output is left', async () => {
  const bad = await runCli(['candles', '--trades', file('time,price,qty\n'), '--interval', '2m']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /CLI_BAD_VALUE.*--interval must be one of 1s, 1m, 5m, 15m, 1h, 1d, not "2m"/);
  const out = join(dir, 'bad.csv');
  const rows = await runCli(['candles', '--trades', file('time,price,qty\n1,1,1\n2,x,1\n'), '--interval', '1s', '--out', out]);
  assert.equal(rows.code, 2);
  assert.match(rows.err, /TAPE_PARSE.*line 3: field price "x"/);
  assert.throws(() => readFileSync(out), /ENOENT/);
  const missing = await runCli(['candles', '--interval', '1m']);
  assert.match(missing.err, /CLI_MISSING_FLAG.*--trades/);
});
