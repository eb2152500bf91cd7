/**
 * MDP properties on realistic random flow: the L2 book equals a naive fold of the engine's L3
 * events; the checksum after every input equals the checksum of that fold's top 10 levels; the
 * output bytes do not depend on how the events are batched.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from '../../server/engine/engine.ts';
import { decodeEvents, Ev } from '../../server/engine/events.ts';
import { OrderFlow, SIM_ADMIN_RECORDS } from '../../server/sim/flow.ts';
import { Mdp } from '../../server/mdp/mdp.ts';
import { decodeMd, Md, LevelAction } from '../../server/mdp/records.ts';
import { bookChecksum } from '../../server/kernel/book-checksum.ts';
import { Side } from '../../server/kernel/types.ts';

/** Naive L3 -> L2: every resting order in a map, levels aggregated on demand. */
class NaiveBooks {
  orders = new Map<number, { sym: number; side: number; price: number; qty: number }>();
  apply(e: ReturnType<typeof decodeEvents>[number]): void {
    switch (e.type) {
      case Ev.Resting: this.orders.set(e.orderId, { sym: e.symbol, side: e.side, price: e.price, qty: e.qty }); break;
      case Ev.Cancelled: if (e.wasResting) this.orders.delete(e.orderId); break;
      case Ev.Modified: if (e.keptPriority) this.orders.get(e.orderId)!.qty = e.qty; else this.orders.delete(e.orderId); break;
      case Ev.Trade: {
        const o = this.orders.get(e.maker)!;
        o.qty -= e.qty;
        if (o.qty === 0) this.orders.delete(e.maker);
        break;
      }
    }
  }
  levels(sym: number, side: number) {
    const m = new Map<number, { price: number; qty: number; count: number }>();
    for (const o of this.orders.values()) {
      if (o.sym !== sym || o.side !== side) continue;
      const l = m.get(o.price) ?? { price: o.price, qty: 0, count: 0 };
      l.qty += o.qty;
      l.count++;
      m.set(o.price, l);
    }
    return [...m.values()].sort((a, b) => (side === Side.Buy ? b.price - a.price : a.price - b.price));
  }
}

function generate(seed: number, inputs: number, symbols: number) {
  const flow = new OrderFlow({ seed, symbols, restingTarget: 40, badRate: 0.01 });
  const buf = new Uint8Array(inputs * 96);
  const offsets: number[] = [];
  let at = 0;
  for (let k = 0; k < inputs; k++) {
    offsets.push(at);
    at += flow.next(buf, at);
  }
  return { buf, offsets };
}

test('L2 book = naive fold of L3 events, checksum right after every input', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
      const symbols = 2;
      const { buf, offsets } = generate(seed, 3000, symbols);
      const engine = new Engine();
      const mdp = new Mdp();
      const naive = new NaiveBooks();
      let levelRecords = 0;
      for (const at of offsets) {
        engine.apply(buf, at);
        for (const e of decodeEvents(engine.out)) naive.apply(e);
        mdp.consumeLog(engine.out);
        for (let k = 0; k < mdp.out.count; k++) {
          const r = decodeMd(mdp.out.f64, mdp.out.i32, k);
          if (r.type !== Md.Level) continue;
          levelRecords++;
          if (r.endOfUpdate) {
            const want = bookChecksum(naive.levels(r.symbol, Side.Buy), naive.levels(r.symbol, Side.Sell));
            assert.equal(r.checksum, want, `checksum on the last level record of input ${r.inputSeq}`);
          }
          if (r.action === LevelAction.Delete) assert.equal(r.qty, 0);
        }
        engine.out.clear();
        mdp.out.clear();
        for (let sym = 1; sym <= symbols; sym++) {
          if (!mdp.books.has(sym)) continue; // not defined yet
          for (const side of [Side.Buy, Side.Sell]) {
            assert.deepEqual(mdp.books.depth(sym, side), naive.levels(sym, side));
          }
          assert.equal(mdp.books.checksum(sym), bookChecksum(naive.levels(sym, Side.Buy), naive.levels(sym, Side.Sell)));
        }
      }
      assert.ok(levelRecords > 1000, `exercised ${levelRecords} level updates`);
    }),
    { numRuns: 8 },
  );
});

test('MDP output bytes do not depend on how engine events are batched', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 20 }), (seed, chunks) => {
      const { buf, offsets } = generate(seed, 4000, 3);
      const engine = new Engine();
      for (const at of offsets) engine.apply(buf, at);
      const all = engine.out;
      const whole = new Mdp();
      whole.consumeLog(all);
      const pieces = new Mdp();
      let k = 0;
      let c = 0;
      while (k < all.count) {
        const n = Math.min(chunks[c++ % chunks.length]!, all.count - k);
        pieces.consume(all.f64, all.i32, k, n);
        k += n;
      }
      assert.deepEqual(pieces.out.bytes(), whole.out.bytes());
      assert.ok(whole.lastMdSeq > 0);
    }),
    { numRuns: 10 },
  );
});

test('a sweep through many orders at one price is one level update per input', () => {
  const { buf, offsets } = generate(3, 20000, 1);
  const engine = new Engine();
  const mdp = new Mdp();
  let inputsWithTrades = 0;
  for (const at of offsets) {
    engine.apply(buf, at);
    const evs = decodeEvents(engine.out);
    mdp.consumeLog(engine.out);
    const recs = Array.from({ length: mdp.out.count }, (_, i) => decodeMd(mdp.out.f64, mdp.out.i32, i));
    const levels = recs.filter((r) => r.type === Md.Level).map((r) => `${r.side}:${r.price}`);
    assert.equal(new Set(levels).size, levels.length, 'no price published twice for one input');
    const trades = evs.filter((e) => e.type === Ev.Trade).length;
    assert.equal(recs.filter((r) => r.type === Md.Trade).length, trades, 'every trade is printed');
    if (trades > 0) inputsWithTrades++;
    engine.out.clear();
    mdp.out.clear();
  }
  assert.ok(inputsWithTrades > 100);
});

test('MarketState folded from the MD stream holds the MDP books and checksums', async () => {
  const { MarketState } = await import('../../server/mdp/market-state.ts');
  for (const seed of [1, 2, 3]) {
    const { buf, offsets } = generate(seed, 5000, 3);
    const engine = new Engine();
    const mdp = new Mdp();
    const state = new MarketState();
    for (const at of offsets) {
      engine.apply(buf, at);
      mdp.consumeLog(engine.out);
      state.applyRecords(mdp.out.f64, mdp.out.i32, 0, mdp.out.count);
      engine.out.clear();
      mdp.out.clear();
    }
    for (let sym = 1; sym <= 3; sym++) {
      for (const side of [Side.Buy, Side.Sell]) assert.deepEqual(state.depth(sym, side), mdp.books.depth(sym, side));
      assert.equal(state.book(sym)!.checksum, mdp.books.checksum(sym));
      assert.equal(state.computeChecksum(sym), mdp.books.checksum(sym));
      assert.deepEqual(state.trades(sym, 5).map((t) => t.tradeId), mdp.lastTrades(sym, 5).map((t) => t.tradeId));
    }
    assert.equal(state.mdSeq, mdp.lastMdSeq);
  }
});

test('instrument definitions reach the MD stream and MarketState intact (name, tick, lot, decimals)', async () => {
  const { MarketState } = await import('../../server/mdp/market-state.ts');
  const flow = new OrderFlow({ seed: 1, symbols: 3 });
  const defs = flow.instruments();
  const { buf, offsets } = generate(1, SIM_ADMIN_RECORDS + 3, 3); // the admin prelude (firm, accounts), then the instruments
  const engine = new Engine();
  const mdp = new Mdp();
  const state = new MarketState();
  for (const at of offsets) engine.apply(buf, at);
  mdp.consumeLog(engine.out);
  state.applyRecords(mdp.out.f64, mdp.out.i32, 0, mdp.out.count);
  for (const d of defs as any[]) {
    const got = state.instruments.get(d.symbol)!;
    assert.deepEqual(
      { name: got.name, tick: got.tick, lot: got.lot, maxQty: got.maxQty, refPrice: got.refPrice, priceDecimals: got.priceDecimals, qtyDecimals: got.qtyDecimals },
      { name: d.name, tick: d.tick, lot: d.lot, maxQty: d.maxQty, refPrice: d.refPrice, priceDecimals: d.priceDecimals, qtyDecimals: d.qtyDecimals },
    );
    assert.deepEqual(mdp.instrumentOf(d.symbol)!.tick, d.tick);
  }
});
