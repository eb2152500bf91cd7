/**
 * Hand-checked matching scenarios: priority, partial fills, modify, self-trade, market band, halt.
 * A differential suite, as exchange-core runs OrderBookBaseTest on its naive and fast books: every
 * scenario runs on the reference engine (test/support/reference-engine.ts) and on Engine, which
 * must emit the same event bytes after every input and end in the same state bytes; the
 * hand-written assertions then hold for both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../../server/engine/engine.ts';
import { Cmd, type Command } from '../../server/engine/commands.ts';
import { decodeEvents, Ev, CancelReason, type EventView } from '../../server/engine/events.ts';
import { Side } from '../../server/kernel/types.ts';
import { stream, define } from '../support/commands.ts';
import { ReferenceEngine } from '../support/reference-engine.ts';

let nextClId = 100; // distinct client order ids unless a test says otherwise
const buy = (price: number, qty: number, account = 1, clientOrderId = nextClId++, tif: 1 | 2 = 1): Command => ({ type: Cmd.NewOrder, symbol: 1, side: 1, ordType: 1, tif, price, qty, account, clientOrderId });
const sell = (price: number, qty: number, account = 2, clientOrderId = nextClId++, tif: 1 | 2 = 1): Command => ({ type: Cmd.NewOrder, symbol: 1, side: 2, ordType: 1, tif, price, qty, account, clientOrderId });

function run(cmds: Command[]): { e: Engine; evs: EventView[]; last: EventView[] } {
  const all = [define(1, 'AAA', { refPrice: 1000, bandBps: 1000 }), ...cmds];
  const { buf, offsets } = stream(all);
  const e = new Engine();
  const ref = new ReferenceEngine();
  let last: EventView[] = [];
  for (const at of offsets) {
    const from = e.out.count;
    e.apply(buf, at);
    ref.apply(buf, at);
    last = decodeEvents(e.out).slice(from);
    assert.deepEqual(decodeEvents(e.out), decodeEvents(ref.out), `events differ from the reference after the input at byte ${at}`);
    assert.deepEqual(e.out.bytes(), ref.out.bytes());
  }
  assert.deepEqual(e.stateBytes(), ref.stateBytes(), 'state differs from the reference');
  return { e, evs: decodeEvents(e.out), last };
}

const trades = (evs: EventView[]) => evs.filter((x) => x.type === Ev.Trade).map((t) => ({ maker: t.maker, taker: t.taker, price: t.price, qty: t.qty, makerDone: t.makerFilled }));
/** The event, narrowed to its type (fails the test if it is another). */
function as<T extends EventView['type']>(e: EventView | undefined, type: T): Extract<EventView, { type: T }> {
  assert.equal(e?.type, type);
  return e as Extract<EventView, { type: T }>;
}

test('price then time: better price first, then the earlier order at the same price', () => {
  // seqs: 2 sell 1010x5 (acct 2), 3 sell 1005x5 (acct 3), 4 sell 1005x5 (acct 4), 5 buy 1010x12
  const { e, last } = run([sell(1010, 5), sell(1005, 5, 3), sell(1005, 5, 4), buy(1010, 12, 1)]);
  assert.deepEqual(trades(last), [
    { maker: 3, taker: 5, price: 1005, qty: 5, makerDone: true },
    { maker: 4, taker: 5, price: 1005, qty: 5, makerDone: true },
    { maker: 2, taker: 5, price: 1010, qty: 2, makerDone: false },
  ]);
  assert.deepEqual(e.depth(1, Side.Sell), [{ price: 1010, qty: 3, count: 1 }]);
  assert.deepEqual(e.depth(1, Side.Buy), []);
  assert.equal(e.instrument(1)!.lastPrice, 1010);
  const t = last.filter((x) => x.type === Ev.Trade);
  assert.deepEqual(t.map((x) => x.tradeId), [1, 2, 3], 'trade ids count up');
  assert.ok(t.every((x) => x.side === Side.Buy), 'aggressor side is the buyer');
});

test('a limit remainder rests; an IOC remainder is cancelled and never rests', () => {
  const r1 = run([sell(1000, 5), buy(1000, 8)]);
  assert.deepEqual(r1.e.depth(1, Side.Buy), [{ price: 1000, qty: 3, count: 1 }]);
  assert.equal(r1.last.at(-1)!.type, Ev.Resting);
  const r2 = run([sell(1000, 5), buy(1000, 8, 1, 0, 2)]);
  assert.deepEqual(r2.e.depth(1, Side.Buy), []);
  const c = as(r2.last.at(-1), Ev.Cancelled);
  assert.equal(c.reason, CancelReason.Unfilled);
  assert.equal(c.qty, 3);
  assert.equal(c.wasResting, false, 'never rested');
});

test('modify: a smaller size keeps time priority; a larger size or a new price loses it', () => {
  // 2: sell 1000x5 acct2, 3: sell 1000x5 acct3; 4: modify 2 down to 4 (keeps); 5: buy 1000x4 -> hits 2
  const keep = run([sell(1000, 5), sell(1000, 5, 3), { type: Cmd.Modify, symbol: 1, orderId: 2, account: 2, price: 1000, qty: 4 }, buy(1000, 4, 9)]);
  assert.equal(trades(keep.last)[0]!.maker, 2);
  // Size up: order 2 goes behind order 3.
  const up = run([sell(1000, 5), sell(1000, 5, 3), { type: Cmd.Modify, symbol: 1, orderId: 2, account: 2, price: 1000, qty: 6 }, buy(1000, 4, 9)]);
  assert.equal(trades(up.last)[0]!.maker, 3);
  assert.deepEqual(up.e.ordersAt(1, Side.Sell, 1000), [3, 2]);
  // New price that crosses: the modified order trades as an aggressor.
  const cross = run([buy(990, 5, 1), sell(1000, 5, 2), { type: Cmd.Modify, symbol: 1, orderId: 3, account: 2, price: 990, qty: 5 }]);
  assert.deepEqual(cross.last.map((x) => x.type), [Ev.Modified, Ev.Trade]);
  assert.deepEqual(trades(cross.last), [{ maker: 2, taker: 3, price: 990, qty: 5, makerDone: true }]);
  assert.equal(cross.e.restingOrders, 0);
});

test('self-trade prevention cancels the resting order of the same account and goes on matching', () => {
  const { e, last } = run([sell(1000, 5, 1), sell(1000, 5, 2), buy(1000, 5, 1)]);
  assert.deepEqual(last.map((x) => x.type), [Ev.Accepted, Ev.Cancelled, Ev.Trade]);
  assert.equal(as(last[1], Ev.Cancelled).reason, CancelReason.SelfTrade);
  assert.equal(as(last[1], Ev.Cancelled).orderId, 2);
  assert.equal(trades(last)[0]!.maker, 3);
  assert.equal(e.restingOrders, 0);
});

test('a market order is protected by the band: it sweeps up to last*(1+10%) and cancels the rest', () => {
  const mkt: Command = { type: Cmd.NewOrder, symbol: 1, side: 1, ordType: 2, tif: 2, price: 0, qty: 30, account: 9, clientOrderId: 0 };
  const { e, last } = run([sell(1050, 10), sell(1100, 10), { type: Cmd.SetStatus, symbol: 1, status: 1 }, mkt]);
  // Band around ref 1000: up to 1100. Both levels trade; 10 left and cancelled.
  assert.deepEqual(trades(last).map((t) => [t.price, t.qty]), [[1050, 10], [1100, 10]]);
  assert.equal(as(last.at(-1), Ev.Cancelled).reason, CancelReason.Unfilled);
  assert.equal(as(last.at(-1), Ev.Cancelled).qty, 10);
  // The band now follows the last trade.
  assert.equal(e.instrument(1)!.lastPrice, 1100);
});

test('halted: new orders and modifies refused, cancels still work; resumed: trading again', () => {
  const halt: Command = { type: Cmd.SetStatus, symbol: 1, status: 2 };
  const open: Command = { type: Cmd.SetStatus, symbol: 1, status: 1 };
  const { e, evs } = run([sell(1000, 5), halt, buy(1000, 5), { type: Cmd.Cancel, symbol: 1, orderId: 2, account: 2 }, open, sell(1000, 5, 3, 1), buy(1000, 5)]);
  const types = evs.map((x) => x.type);
  assert.ok(types.includes(Ev.Status));
  const rej = evs.find((x) => x.type === Ev.Rejected)!;
  assert.equal(rej.inputSeq, 4);
  assert.equal(evs.filter((x) => x.type === Ev.Cancelled && x.reason === CancelReason.User).length, 1);
  assert.equal(trades(evs).length, 1);
  assert.equal(e.restingOrders, 0);
});

test('inputs must be contiguous: a gap in sequence numbers is refused loudly', () => {
  const { buf, offsets } = stream([define(1, 'AAA'), buy(1000, 5)], 1);
  const e = new Engine();
  e.apply(buf, offsets[0]!);
  const gap = stream([buy(1000, 5)], 5);
  assert.throws(() => e.apply(gap.buf, 0), /INVARIANT.*input seq 5 after 1/);
});

test('the pools grow mid-stream, orders and levels each on their own: same events and state as the reference, and a snapshot restores', () => {
  // Engine({ expectedOrders: 16 }) starts with room for 1024 orders and 256 levels. A grow
  // replaces the pool arrays, and every later read must see the new ones: first the order pool
  // grows (1500 orders on 100 prices), then the level pool alone (400 more prices), then both
  // are read by cancels, modifies and a sweep.
  const cmds: Command[] = [define(1, 'AAA', { refPrice: 1000, bandBps: 10000 })];
  for (let i = 0; i < 1500; i++) cmds.push(buy(100 + (i % 100), 1 + (i % 3), 1 + (i % 4)));
  for (let i = 0; i < 400; i++) cmds.push(buy(200 + i, 2, 1 + (i % 4)));
  const grown = cmds.length;
  for (let id = 2; id < 1902; id += 7) cmds.push({ type: Cmd.Cancel, symbol: 1, orderId: id, account: 1 + ((id - 2) % 4) });
  for (let id = 5; id < 1902; id += 11) cmds.push({ type: Cmd.Modify, symbol: 1, orderId: id, account: 1 + ((id - 2) % 4), price: id % 2 ? 150 : 100 + ((id - 2) % 100), qty: 1 });
  cmds.push(sell(150, 1500, 9));
  for (let i = 0; i < 1500; i++) cmds.push(i % 2 ? buy(300 + (i % 500), 2, 5) : sell(1200 + (i % 500), 2, 6));
  const { buf, offsets } = stream(cmds);
  const e = new Engine({ expectedOrders: 16 });
  const ref = new ReferenceEngine();
  offsets.forEach((at, k) => {
    e.apply(buf, at);
    ref.apply(buf, at);
    if (k + 1 === grown) {
      assert.equal(e.restingOrders, 1900, 'the order pool grew');
      assert.equal(e.depth(1, Side.Buy).length, 500, 'the level pool grew');
    }
  });
  assert.ok(trades(decodeEvents(e.out)).length > 500, 'the sweep traded through the grown pools');
  assert.deepEqual(e.out.bytes(), ref.out.bytes(), 'events differ from the reference');
  assert.deepEqual(e.stateBytes(), ref.stateBytes(), 'state differs from the reference');
  assert.deepEqual(Engine.restore(e.stateBytes(), { expectedOrders: 16 }).stateBytes(), e.stateBytes(), 'a restore that grows the pools gives the same state');
});
