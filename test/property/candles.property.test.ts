import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CandleBuilder, expandRuns, INTERVALS, type CandleSink } from '../../server/mdp/candles.ts';

// Small integers keep every notional sum exact, so float fields compare with ===.
type Op = { kind: 'trade'; dt: number; symbol: number; price: number; qty: number } | { kind: 'clock'; dt: number };
type Bar = { t: number; o: number; h: number; l: number; c: number; v: number; n: number; x: number };

const S = 1_000_000;
const I1M = 1;
const I5M = 2;
const dtArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 20 * S }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 12 * 60 * S }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 59 * S, 60 * S, 60 * S - 1, 300 * S) },
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('trade' as const), dt: dtArb, symbol: fc.integer({ min: 0, max: 2 }), price: fc.integer({ min: 1, max: 1000 }), qty: fc.integer({ min: 1, max: 1000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clock' as const), dt: dtArb }) },
);
const startArb = fc.integer({ min: 1_500_000_000, max: 1_800_000_000 }).map((s) => s * S + 123);
const opsArb = fc.array(opArb, { minLength: 1, maxLength: 120 });

/** Replays ops; returns every sink call and, per symbol/interval, closed bars then the open one. */
function run(start: number, ops: Op[], intervals: number[]) {
  const calls: number[][] = [];
  const bars = new Map<string, Bar[]>();
  const sink: Pick<CandleSink, 'bar'> = {
    bar(kind, sym, iv, t, o, h, l, c, v, n, x) {
      calls.push([kind, sym, iv, t, o, h, l, c, v, n, x]);
      if (kind !== 2) return;
      const key = `${sym}/${iv}`;
      if (!bars.has(key)) bars.set(key, []);
      bars.get(key)!.push({ t, o, h, l, c, v, n, x });
    },
  };
  const b = new CandleBuilder(expandRuns(sink), intervals);
  let t = start;
  for (const op of ops) {
    t += op.dt;
    if (op.kind === 'trade') b.onTrade(op.symbol, op.price, op.qty, t);
    else b.onClock(t);
  }
  for (let sym = 0; sym < 3; sym++) {
    for (const iv of intervals) {
      const cur = b.current(sym, iv);
      if (!cur) continue;
      const key = `${sym}/${iv}`;
      if (!bars.has(key)) bars.set(key, []);
      bars.get(key)!.push({ t: cur.openTime, o: cur.open, h: cur.high, l: cur.low, c: cur.close, v: cur.volume, n: cur.trades, x: cur.notional });
    }
  }
  return { calls, bars, end: t };
}

/** The obvious model: bucket each symbol's trades by interval, fill gaps with the previous close. */
function model(start: number, ops: Op[], sym: number, len: number, end: number): Bar[] {
  const out: Bar[] = [];
  let t = start;
  for (const op of ops) {
    t += op.dt;
    if (op.kind !== 'trade' || op.symbol !== sym) continue;
    const open = t - (t % len);
    let last = out.at(-1);
    while (last && last.t < open) {
      const c = last.c;
      last = { t: last.t + len, o: c, h: c, l: c, c, v: 0, n: 0, x: 0 };
      if (last.t > open) throw new Error('model misaligned');
      out.push(last);
    }
    if (!last || last.n === 0) {
      if (last) out.pop();
      out.push({ t: open, o: op.price, h: op.price, l: op.price, c: op.price, v: op.qty, n: 1, x: op.price * op.qty });
    } else {
      last.h = Math.max(last.h, op.price);
      last.l = Math.min(last.l, op.price);
      last.c = op.price;
      last.v += op.qty;
      last.n += 1;
      last.x += op.price * op.qty;
    }
  }
  // Sequenced time after the last trade still closes bars (clock ticks, other symbols' trades).
  let last = out.at(-1);
  while (last && last.t + len <= end) {
    const c = last.c;
    last = { t: last.t + len, o: c, h: c, l: c, c, v: 0, n: 0, x: 0 };
    out.push(last);
  }
  return out;
}

test('bars equal a naive bucketing model for every interval, and low <= open, close <= high', () => {
  fc.assert(
    fc.property(startArb, opsArb, (start, ops) => {
      const all = INTERVALS.map((_, i) => i);
      const { bars, calls, end } = run(start, ops, all);
      for (let sym = 0; sym < 3; sym++) {
        for (const iv of all) {
          const got = bars.get(`${sym}/${iv}`) ?? [];
          assert.deepEqual(got, model(start, ops, sym, INTERVALS[iv]!.len, end), `symbol ${sym} ${INTERVALS[iv]!.name}`);
        }
      }
      for (const [, , , , o, h, l, c, v, n] of calls) {
        assert.ok(l! <= o! && o! <= h! && l! <= c! && c! <= h!, 'low <= open, close <= high');
        if (n === 0) assert.ok(v === 0 && o === h && h === l && l === c, 'empty bar is flat');
      }
    }),
    { numRuns: 300 },
  );
});

test('each 5m bar is the fold of the 1m bars inside it (volume = sum, open = first non-empty open, ...)', () => {
  fc.assert(
    fc.property(startArb, opsArb, (start, ops) => {
      const { bars } = run(start, ops, [I1M, I5M]);
      for (let sym = 0; sym < 3; sym++) {
        const ones = bars.get(`${sym}/${I1M}`) ?? [];
        const fives = bars.get(`${sym}/${I5M}`) ?? [];
        assert.equal(fives.length > 0, ones.length > 0);
        for (const f of fives) {
          const inside = ones.filter((b) => b.t >= f.t && b.t < f.t + 300 * S);
          assert.ok(inside.length >= 1 && inside.length <= 5);
          const traded = inside.filter((b) => b.n > 0);
          // Empty 1m bars carry a close that may lie outside the 5m range: fold the traded ones.
          const fold: Bar = traded.length === 0
            ? { t: f.t, o: inside[0]!.o, h: inside[0]!.h, l: inside[0]!.l, c: inside[0]!.c, v: 0, n: 0, x: 0 }
            : {
                t: f.t,
                o: traded[0]!.o,
                h: Math.max(...traded.map((b) => b.h)),
                l: Math.min(...traded.map((b) => b.l)),
                c: inside.at(-1)!.c,
                v: inside.reduce((s, b) => s + b.v, 0),
                n: inside.reduce((s, b) => s + b.n, 0),
                x: inside.reduce((s, b) => s + b.x, 0),
              };
          assert.deepEqual(f, fold);
        }
        // And every 1m bar lies in some 5m bar: no 1m bar outside the 5m range.
        if (ones.length) assert.ok(ones[0]!.t >= fives[0]!.t && ones.at(-1)!.t < fives.at(-1)!.t + 300 * S);
      }
    }),
    { numRuns: 300 },
  );
});

test('deterministic: two builders fed the same calls make the same sink calls', () => {
  fc.assert(
    fc.property(startArb, opsArb, fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 }), (start, ops, ivs) => {
      const a = run(start, ops, ivs);
      const b = run(start, ops, ivs);
      assert.deepEqual(a.calls, b.calls);
      // One update per trade per interval.
      const trades = ops.filter((o) => o.kind === 'trade').length;
      assert.equal(a.calls.filter((c) => c[0] === 1).length, trades * ivs.length);
    }),
    { numRuns: 200 },
  );
});
