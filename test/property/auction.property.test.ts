/**
 * The call-auction uncross (server/engine/auction.ts) against a brute-force reference that tries
 * every candidate price and applies Xetra's rules literally, over random order sets (limit and
 * market orders on both sides, crossed or not, ties everywhere).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { uncross, type UncrossResult } from '../../server/engine/auction.ts';

type Order = { px: number; qty: number }; // px 0 = market order

function volumesAt(buys: Order[], sells: Order[], p: number): { b: number; s: number } {
  let b = 0;
  let s = 0;
  for (const o of buys) if (o.px === 0 || o.px >= p) b += o.qty;
  for (const o of sells) if (o.px === 0 || o.px <= p) s += o.qty;
  return { b, s };
}

function bruteForce(buys: Order[], sells: Order[], ref: number): UncrossResult {
  const candidates = [...new Set([...buys, ...sells].filter((o) => o.px > 0).map((o) => o.px))].sort((a, b) => a - b);
  if (candidates.length === 0) {
    const { b, s } = volumesAt(buys, sells, ref);
    return Math.min(b, s) > 0 && ref > 0 ? { price: ref, volume: Math.min(b, s), surplus: b - s } : { price: 0, volume: 0, surplus: 0 };
  }
  const rows = candidates.map((p) => {
    const { b, s } = volumesAt(buys, sells, p);
    return { p, vol: Math.min(b, s), sur: b - s };
  });
  const maxVol = Math.max(...rows.map((r) => r.vol));
  if (maxVol === 0) return { price: 0, volume: 0, surplus: 0 };
  let left = rows.filter((r) => r.vol === maxVol); // 1. volume
  const minSur = Math.min(...left.map((r) => Math.abs(r.sur)));
  left = left.filter((r) => Math.abs(r.sur) === minSur); // 2. surplus
  let price: number;
  if (left.length === 1) price = left[0]!.p;
  else if (left.every((r) => r.sur > 0)) price = Math.max(...left.map((r) => r.p)); // 3. pressure
  else if (left.every((r) => r.sur < 0)) price = Math.min(...left.map((r) => r.p));
  else {
    const lo = Math.min(...left.map((r) => r.p));
    const hi = Math.max(...left.map((r) => r.p));
    price = ref >= lo && ref <= hi ? ref : ref < lo ? lo : hi; // 4. reference
  }
  const { b, s } = volumesAt(buys, sells, price);
  return { price, volume: Math.min(b, s), surplus: b - s };
}

const orderArb = (lo: number, hi: number) => fc.record({ px: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 9, arbitrary: fc.integer({ min: lo, max: hi }) }), qty: fc.integer({ min: 1, max: 50 }) });

function run(buys: Order[], sells: Order[], ref: number): UncrossResult {
  return uncross(
    Float64Array.from(buys, (o) => o.px), Float64Array.from(buys, (o) => o.qty), buys.length,
    Float64Array.from(sells, (o) => o.px), Float64Array.from(sells, (o) => o.qty), sells.length, ref,
  );
}

test('uncross = brute force over every candidate price (volume, surplus, pressure, reference), random order sets', () => {
  fc.assert(
    fc.property(
      fc.array(orderArb(90, 110), { maxLength: 40 }), fc.array(orderArb(90, 110), { maxLength: 40 }), fc.integer({ min: 80, max: 120 }),
      (buys, sells, ref) => {
        assert.deepEqual(run(buys, sells, ref), bruteForce(buys, sells, ref));
      },
    ),
    { numRuns: 3000 },
  );
});

test('uncross: the documented cases', () => {
  // 100 to buy at 101; 60 to sell at 99, 50 at 100: 100 executes at 100 (101 too, but with a larger surplus).
  assert.deepEqual(run([{ px: 101, qty: 100 }], [{ px: 99, qty: 60 }, { px: 100, qty: 50 }], 100), { price: 100, volume: 100, surplus: -10 });
  // Not crossed: nothing executes.
  assert.deepEqual(run([{ px: 99, qty: 10 }], [{ px: 100, qty: 10 }], 100), { price: 0, volume: 0, surplus: 0 });
  // Only market orders: the reference price.
  assert.deepEqual(run([{ px: 0, qty: 10 }], [{ px: 0, qty: 4 }], 123), { price: 123, volume: 4, surplus: 6 });
  // 101 and 102 tie on volume (20) and surplus (5), both on the buy side: the highest.
  assert.deepEqual(run([{ px: 0, qty: 20 }, { px: 102, qty: 5 }], [{ px: 100, qty: 10 }, { px: 101, qty: 10 }], 50), { price: 102, volume: 20, surplus: 5 });
  // Balanced at several prices: the reference when it lies among them.
  assert.deepEqual(run([{ px: 105, qty: 10 }], [{ px: 95, qty: 10 }], 100), { price: 100, volume: 10, surplus: 0 });
  assert.deepEqual(run([{ px: 105, qty: 10 }], [{ px: 95, qty: 10 }], 90), { price: 95, volume: 10, surplus: 0 });
});
