/**
 * The call-auction uncross (server/engine/auction.ts) against a brute-force reference that tries
 * every candidate price and applies Xetra's rules literally, over random order sets (limit and
 * market orders on both sides, crossed or not, ties everywhere); then the engine's uncross of a
 * call over its own book against the same reference, with its fills and the MDP's L2.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { uncross, type UncrossResult } from '../../server/engine/auction.ts';
import { Engine } from '../../server/engine/engine.ts';
import { Mdp } from '../../server/mdp/mdp.ts';
import { Cmd, encodeCommand, cmdSize, type Command, type Stamped } from '../../server/engine/commands.ts';
import { decodeEvents, Ev, AuctionCode, type EventView } from '../../server/engine/events.ts';
import { Side, TradingStatus } from '../../server/kernel/types.ts';
import { define } from '../support/commands.ts';

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

// ---------------------------------------------------------------- the engine's uncross (issue 14)

test('the engine uncross over its own book = brute force; fills in price-time priority at one price; L2 = the engine book; state restores', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ buy: fc.boolean(), o: orderArb(90, 110), acct: fc.integer({ min: 1, max: 4 }) }), { maxLength: 60 }),
      fc.integer({ min: 90, max: 110 }),
      (orders, ref) => {
        const e = new Engine({ expectedOrders: 1024 });
        const mdp = new Mdp();
        let seq = 0;
        const evs: EventView[] = [];
        const apply = (c: Command) => {
          const buf = new Uint8Array(cmdSize(c.type));
          encodeCommand({ ...c, seq: ++seq, time: 1_767_625_800_000_000 + seq } as Stamped, buf, 0);
          const from = e.out.count;
          e.apply(buf, 0);
          evs.push(...decodeEvents(e.out).slice(from));
          mdp.consume(e.out.f64, e.out.i32, from, e.out.count - from);
          mdp.out.clear();
          const snap = mdp.snapshot(1)!;
          assert.deepEqual([snap.bids, snap.asks], [e.depth(1, Side.Buy), e.depth(1, Side.Sell)]);
          assert.equal(snap.checksum, mdp.books.refreshChecksum(1));
        };
        apply(define(1, 'AAA', { refPrice: ref, bandBps: 5000 }));
        apply({ type: Cmd.SetPhase, symbol: 1, status: TradingStatus.OpeningAuction });
        const ids: { id: number; buy: boolean; px: number; qty: number }[] = [];
        orders.forEach(({ buy, o, acct }, k) => {
          apply({ type: Cmd.NewOrder, symbol: 1, side: buy ? 1 : 2, ordType: o.px === 0 ? 2 : 1, tif: 1, price: o.px, qty: o.qty, account: acct, clientOrderId: k + 1 });
          ids.push({ id: seq, buy, px: o.px, qty: o.qty });
        });
        const bytes = e.stateBytes();
        assert.deepEqual(Engine.restore(bytes).stateBytes(), bytes);
        const from = evs.length;
        apply({ type: Cmd.SetPhase, symbol: 1, status: TradingStatus.Open });
        const out = evs.slice(from);
        const buys = ids.filter((x) => x.buy);
        const sells = ids.filter((x) => !x.buy);
        const want = bruteForce(buys, sells, ref);
        const u = out[0]!;
        assert.equal(u.type, Ev.Auction);
        if (u.type !== Ev.Auction) return;
        assert.equal(u.auction, AuctionCode.Uncross);
        assert.deepEqual([u.price, u.matchedQty, u.side === Side.Sell ? -u.imbalanceQty : u.imbalanceQty], [want.price, want.volume, want.surplus]);
        // Expected fills: market orders first, then by price, then by arrival, paired in turn.
        const q = (list: typeof ids, better: (a: number, b: number) => number) =>
          list.filter((x) => x.px === 0 || (x.buy ? x.px >= want.price : x.px <= want.price))
            .sort((a, b) => (a.px === 0 ? 0 : 1) - (b.px === 0 ? 0 : 1) || better(a.px, b.px) || a.id - b.id).map((x) => ({ ...x }));
        const bq = q(buys, (a, b) => b - a);
        const sq = q(sells, (a, b) => a - b);
        const expect: number[][] = [];
        let left = want.volume;
        while (left > 0) {
          const b = bq[0]!, s = sq[0]!;
          const t = Math.min(b.qty, s.qty, left);
          expect.push([s.id, b.id, t]);
          left -= t;
          b.qty -= t;
          s.qty -= t;
          if (b.qty === 0) bq.shift();
          if (s.qty === 0) sq.shift();
        }
        const trades = out.filter((x) => x.type === Ev.Trade);
        assert.deepEqual(trades.map((t) => t.type === Ev.Trade && [t.maker, t.taker, t.qty]), expect);
        assert.ok(trades.every((t) => t.type === Ev.Trade && t.price === want.price && t.side === 0));
        // Market orders left over are cancelled: none rests after the call.
        assert.ok(out.filter((x) => x.type === Ev.Cancelled).every((c) => c.type === Ev.Cancelled && c.price === 0));
      },
    ),
    { numRuns: 200 },
  );
});
