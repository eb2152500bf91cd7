/**
 * MarketState's trade tape is a ring of reused print objects (no object per trade): what
 * trades() returns must be what the list it replaced returned (up to 2 x tapeDepth kept, then
 * the oldest beyond tapeDepth dropped; slice(-max) semantics, 0 = all), as fresh objects that a
 * later trade does not change, and seed() must take the last tapeDepth prints.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MarketState, type Print } from '../../server/mdp/market-state.ts';
import { MdWriter } from '../../server/mdp/records.ts';

test('the tape ring returns what the list did, for any depth, trade count and max', () => {
  fc.assert(
    fc.property(fc.nat({ max: 6 }), fc.nat({ max: 40 }), fc.array(fc.oneof(fc.nat({ max: 20 }), fc.constant(Infinity)), { minLength: 1, maxLength: 5 }), (depth, n, maxes) => {
      const m = new MarketState({ tapeDepth: depth });
      const w = new MdWriter(64);
      w.seq = 0;
      w.instrument(1, 'AAA', 2, 0, 1, 1, 1, 1e6, 100);
      m.applyRecords(w.f64, w.i32, 0, w.count);
      const list: Print[] = [];
      for (let i = 1; i <= n; i++) {
        w.clear();
        w.trade(1, 1, 1000 + i, 100 + i, i, i, 0, 0);
        m.applyRecords(w.f64, w.i32, 0, w.count);
        const p = { mdSeq: m.mdSeq, time: m.time, price: 100 + i, qty: i, side: 1, tradeId: i };
        list.push(p);
        if (list.length > depth * 2) list.splice(0, list.length - depth);
        const max = maxes[i % maxes.length]!;
        const got = m.trades(1, max);
        assert.deepEqual(got, list.slice(-max));
        if (got.length > 0) {
          got[0]!.price = -1; // a copy: the tape does not change
          assert.notEqual(m.trades(1, Infinity)[0]?.price, -1);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('seed() keeps the last tapeDepth prints of the seed', () => {
  const m = new MarketState({ tapeDepth: 3 });
  const prints = Array.from({ length: 7 }, (_, i) => ({ mdSeq: i + 1, time: 10 * i, price: 100 + i, qty: 1, side: 2, tradeId: i }));
  m.seed({ mdSeq: 7, time: 60, instruments: [{ symbol: 1, name: 'AAA', tick: 1, lot: 1, maxQty: 1e6, refPrice: 100, priceDecimals: 2, qtyDecimals: 0, status: 1 }], books: [], trades: [{ symbol: 1, prints }], bars: [] });
  assert.deepEqual(m.trades(1, Infinity), prints.slice(-3));
});
