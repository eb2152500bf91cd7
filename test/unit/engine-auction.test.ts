/**
 * Issue 14 in the engine: call phases accumulate then uncross (AUCTION, side-0 TRADEs at one
 * price, AuctionEnd cancels), indicatives at the instrument's interval, DAY / GTD expiry with
 * holds released, volatility halts with a reopening auction, the operator's halt kept across a
 * phase change. After every input the MDP's L2 book (folded from the events) must equal the
 * engine's book, and its checksum the one recomputed from scratch; the state bytes restore.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../../server/engine/engine.ts';
import { Cmd, encodeCommand, cmdSize, Kyc, type Command, type Stamped } from '../../server/engine/commands.ts';
import { decodeEvents, Ev, CancelReason, AuctionCode, type EventView } from '../../server/engine/events.ts';
import { Mdp } from '../../server/mdp/mdp.ts';
import { Md, decodeMd } from '../../server/mdp/records.ts';
import { Errors } from '../../server/kernel/errors.ts';
import { Side, TradingStatus, TimeInForce, OrdType } from '../../server/kernel/types.ts';
import { define } from '../support/commands.ts';

const T0 = 1_767_625_800_000_000;
const S = 1_000_000; // 1 s in µs
let clId = 1;
type Tif = (typeof TimeInForce)[keyof typeof TimeInForce];
const order = (side: 1 | 2, price: number, qty: number, tif: Tif = TimeInForce.GTC, account = side === 1 ? 1 : 2, expire = 0): Command & { expire?: number } =>
  ({ type: Cmd.NewOrder, symbol: 1, side, ordType: price === 0 ? OrdType.Market : OrdType.Limit, tif, price, qty, account, clientOrderId: clId++, expire });
const buy = (price: number, qty: number, tif: Tif = TimeInForce.GTC, account = 1, expire = 0) => order(1, price, qty, tif, account, expire);
const sell = (price: number, qty: number, tif: Tif = TimeInForce.GTC, account = 2, expire = 0) => order(2, price, qty, tif, account, expire);
const phase = (status: number): Command => ({ type: Cmd.SetPhase, symbol: 1, status: status as TradingStatus });
const halt = (on: boolean): Command => ({ type: Cmd.SetStatus, symbol: 1, status: on ? TradingStatus.Halted : TradingStatus.Open });
const tick: Command = { type: Cmd.ClockTick };

/** An engine and an MDP fed input by input; `at(t)` moves sequenced time. */
class Rig {
  readonly e = new Engine();
  readonly mdp = new Mdp();
  private seq = 0;
  time = T0;
  readonly events: EventView[] = [];
  readonly md: ReturnType<typeof decodeMd>[] = [];

  at(t: number): this {
    this.time = t;
    return this;
  }

  /** Apply commands (each 1 µs after the last); returns the events they produced. */
  run(...cmds: (Command & { expire?: number })[]): EventView[] {
    const out: EventView[] = [];
    for (const c of cmds) {
      const buf = new Uint8Array(cmdSize(c.type));
      encodeCommand({ ...c, seq: ++this.seq, time: this.time } as Stamped, buf, 0);
      if (c.type === Cmd.NewOrder && c.expire) new DataView(buf.buffer).setFloat64(24, c.expire, true);
      this.time += 1;
      const from = this.e.out.count;
      this.e.apply(buf, 0);
      const evs = decodeEvents(this.e.out).slice(from);
      out.push(...evs);
      this.events.push(...evs);
      this.mdp.consume(this.e.out.f64, this.e.out.i32, from, this.e.out.count - from);
      for (let k = 0; k < this.mdp.out.count; k++) this.md.push(decodeMd(this.mdp.out.f64, this.mdp.out.i32, k));
      this.mdp.out.clear();
      this.checkBook();
    }
    this.e.out.clear();
    return out;
  }

  /** The MDP's L2 equals the engine's book, and its checksum the one recomputed from its levels. */
  checkBook(): void {
    for (const sym of this.e.symbols()) {
      const snap = this.mdp.snapshot(sym)!;
      assert.deepEqual(snap.bids, this.e.depth(sym, Side.Buy), `bids of ${sym} after input ${this.seq}`);
      assert.deepEqual(snap.asks, this.e.depth(sym, Side.Sell), `asks of ${sym} after input ${this.seq}`);
      assert.equal(snap.checksum, this.mdp.books.refreshChecksum(sym), `checksum of ${sym} after input ${this.seq}`);
    }
  }

  /** The state bytes restore to an engine with the same bytes. */
  checkRestore(): void {
    const bytes = this.e.stateBytes();
    assert.deepEqual(Engine.restore(bytes).stateBytes(), bytes);
  }
}

const of = <T extends EventView['type']>(evs: EventView[], type: T) => evs.filter((x) => x.type === type) as Extract<EventView, { type: T }>[];
const rejects = (evs: EventView[]) => of(evs, Ev.Rejected).map((r) => r.error);

function rig(over: Partial<Extract<Command, { type: 6 }>> = {}): Rig {
  const r = new Rig();
  r.run(define(1, 'AAA', { refPrice: 1000, bandBps: 2000, ...over }));
  return r;
}

test('opening call: orders accumulate crossed, the uncross trades at one price (Xetra rules), then AuctionEnd for at-open leftovers', () => {
  const r = rig();
  r.run(phase(TradingStatus.PreOpen));
  const entered = r.run(
    buy(1010, 30), // order id 3 (= its input's seq)
    buy(0, 20, TimeInForce.AtOpen), // MOO 4
    buy(1005, 10, TimeInForce.DAY), // 5
    sell(990, 25), // 6
    sell(1000, 30, TimeInForce.AtOpen), // LOO 7
    sell(1020, 40), // 8
    buy(990, 5, TimeInForce.AtOpen), // LOO, below the price: 9
  );
  assert.deepEqual(of(entered, Ev.Trade), [], 'nothing matches in a call');
  assert.deepEqual(r.e.depth(1, Side.Buy).map((l) => l.price), [1010, 1005, 990]);
  assert.deepEqual(r.e.depth(1, Side.Sell).map((l) => l.price), [990, 1000, 1020]);
  r.run(phase(TradingStatus.OpeningAuction));
  const evs = r.run(phase(TradingStatus.Open));
  // Buys at 1000: 20 MOO + 30 + 10 = 60; sells at 1000: 25 + 30 = 55. At 1005: 60 vs 55, same
  // volume, same surplus; at 1010: 50 vs 55. Volume 55 at 1000 and 1005 (surplus 5 buy): market
  // pressure -> the highest, 1005.
  const types = evs.map((x) => x.type);
  assert.equal(types[0], Ev.Auction);
  const u = of(evs, Ev.Auction)[0]!;
  assert.equal(u.auction, AuctionCode.Uncross);
  assert.deepEqual([u.price, u.matchedQty, u.imbalanceQty, u.side, u.callStatus], [1005, 55, 5, Side.Buy, TradingStatus.OpeningAuction]);
  const t = of(evs, Ev.Trade);
  assert.ok(t.every((x) => x.price === 1005 && x.side === 0));
  assert.equal(t.reduce((n, x) => n + x.qty, 0), 55);
  // Price-time priority: MOO (4) first, then 1010 (3), then 1005 (5); sells 990 (6) then 1000 (7).
  assert.deepEqual(t.map((x) => [x.taker, x.maker, x.qty]), [[4, 6, 20], [3, 6, 5], [3, 7, 25], [5, 7, 5]]);
  const c = of(evs, Ev.Cancelled);
  assert.deepEqual(c.map((x) => [x.orderId, x.reason, x.qty]), [[9, CancelReason.AuctionEnd, 5]]);
  assert.equal(types.at(-1), Ev.Status);
  // Left: 5 of the DAY buy at 1005, the sell at 1020.
  assert.deepEqual(r.e.depth(1, Side.Buy), [{ price: 1005, qty: 5, count: 1 }]);
  assert.deepEqual(r.e.depth(1, Side.Sell), [{ price: 1020, qty: 40, count: 1 }]);
  assert.equal(r.e.instrument(1)!.lastPrice, 1005);
  // The MDP published the uncross as an AUCTION record before its trades.
  const mdAuction = r.md.findIndex((m) => m.type === Md.Auction);
  assert.ok(mdAuction >= 0 && r.md.slice(mdAuction + 1).some((m) => m.type === Md.Trade));
  r.checkRestore();
});

test('at-close orders wait off the book through continuous trading, join the closing call, uncross; the close expires DAY orders', () => {
  const r = rig();
  const e1 = r.run(buy(0, 10, TimeInForce.AtClose), sell(1001, 10, TimeInForce.AtClose), buy(999, 7, TimeInForce.DAY), sell(1003, 4));
  assert.deepEqual(of(e1, Ev.Trade), []);
  assert.deepEqual(r.e.depth(1, Side.Sell), [{ price: 1003, qty: 4, count: 1 }], 'the LOC is not in the continuous book');
  // A continuous buy at 1001 does not meet the held LOC sell.
  assert.deepEqual(of(r.run(buy(1001, 3)), Ev.Trade), []);
  r.run(phase(TradingStatus.ClosingAuction));
  assert.deepEqual(r.e.depth(1, Side.Sell).map((l) => l.price), [1001, 1003]);
  assert.deepEqual(rejects(r.run(buy(1000, 1, TimeInForce.AtOpen))), [Errors.AT_OPEN_NOT_NOW.num]);
  assert.deepEqual(rejects(r.run(buy(1000, 1, TimeInForce.IOC))), [Errors.IOC_IN_CALL.num]);
  const evs = r.run(phase(TradingStatus.Closed));
  const u = of(evs, Ev.Auction)[0]!;
  assert.deepEqual([u.price, u.matchedQty], [1001, 10]);
  const c = of(evs, Ev.Cancelled).map((x) => [x.orderId, x.reason]);
  // MOC 2 filled 7? no: buys at 1001 = MOC 10 + 3 (limit 1001) = 13 vs sells 10: volume 10, all to the MOC (market first).
  assert.deepEqual(of(evs, Ev.Trade).map((x) => [x.taker, x.maker, x.qty]), [[2, 3, 10]]);
  assert.deepEqual(c, [[4, CancelReason.Expired]], 'the DAY buy expires at the close');
  assert.deepEqual(r.e.depth(1, Side.Buy), [{ price: 1001, qty: 3, count: 1 }], 'GTC stays');
  assert.deepEqual(rejects(r.run(buy(1000, 1))), [Errors.MARKET_CLOSED.num]);
  r.checkRestore();
});

test('continuous trading straight to closed: held at-close orders are cancelled (AuctionEnd), rejects of the new time-in-force rules', () => {
  const r = rig();
  assert.deepEqual(rejects(r.run(buy(0, 5, TimeInForce.AtOpen))), [Errors.AT_OPEN_NOT_NOW.num]);
  assert.deepEqual(rejects(r.run(buy(1000, 5, TimeInForce.GTD, 1, T0 - 1))), [Errors.BAD_EXPIRE_TIME.num]);
  assert.deepEqual(rejects(r.run({ ...(buy(1000, 5) as Extract<Command, { type: 1 }>), tif: 7 as Tif })), [Errors.BAD_TIME_IN_FORCE.num]);
  r.run(buy(0, 5, TimeInForce.AtClose));
  const evs = r.run(phase(TradingStatus.Closed));
  assert.deepEqual(of(evs, Ev.Cancelled).map((x) => [x.reason, x.price, x.wasResting]), [[CancelReason.AuctionEnd, 0, true]]);
  assert.deepEqual(rejects(r.run(phase(TradingStatus.PreOpen), buy(0, 5, TimeInForce.AtClose))), [Errors.AT_CLOSE_NOT_NOW.num]);
  // A market order in a call cannot be modified.
  const m = r.run(buy(0, 5));
  const id = of(m, Ev.Accepted)[0]!.orderId;
  assert.deepEqual(rejects(r.run({ type: Cmd.Modify, symbol: 1, orderId: id, account: 1, price: 1000, qty: 5 })), [Errors.ORDER_NOT_MODIFIABLE.num]);
});

test('indicatives: at the instrument interval of sequenced time, only when the result changed', () => {
  const r = rig({ indicativeMs: 500 });
  r.run(phase(TradingStatus.OpeningAuction));
  r.run(buy(1002, 10), sell(998, 4));
  const t1 = T0 + S; // past the first interval (the call began at T0 + 1 µs)
  const a = r.at(t1).run(tick);
  const ind = of(a, Ev.Auction);
  assert.equal(ind.length, 1);
  assert.deepEqual([ind[0]!.auction, ind[0]!.matchedQty, ind[0]!.imbalanceQty, ind[0]!.side], [AuctionCode.Indicative, 4, 6, Side.Buy]);
  assert.deepEqual(of(r.at(t1 + S / 2).run(tick), Ev.Auction), [], 'unchanged: nothing');
  r.run(sell(999, 6));
  assert.deepEqual(of(r.at(t1 + S / 2 + 100).run(tick), Ev.Auction), [], 'not before the next interval');
  assert.deepEqual(of(r.at(t1 + S).run(tick), Ev.Auction).map((x) => [x.matchedQty, x.imbalanceQty]), [[10, 0]]);
  r.checkRestore();
  // After the call, no more indicatives.
  r.run(phase(TradingStatus.Open));
  r.run(buy(1000, 1), sell(1020, 1));
  assert.deepEqual(of(r.at(T0 + 10 * S).run(tick), Ev.Auction), []);
});

test('GTD orders expire at their time on any input (clock ticks), DAY orders at the close; the holds come back', () => {
  const r = new Rig();
  r.run(define(1, 'AAA', { refPrice: 1000, bandBps: 2000 }), { type: Cmd.FirmAdd, firm: 1 }, { type: Cmd.AccountAdd, firm: 1, account: 1, count: 2, kyc: Kyc.Verified, flags: 1, cash: 1_000_000 });
  r.run(buy(990, 10, TimeInForce.GTD, 1, T0 + 5 * S), buy(980, 10, TimeInForce.DAY), sell(1010, 5, TimeInForce.GTD, 2, T0 + 7 * S));
  assert.equal(r.e.account(1)!.cashHeld, 990 * 10 + 980 * 10);
  assert.deepEqual(of(r.at(T0 + 5 * S - 1).run(tick), Ev.Cancelled), []);
  const ex = of(r.at(T0 + 5 * S).run(tick), Ev.Cancelled);
  assert.deepEqual(ex.map((x) => [x.orderId, x.reason, x.qty]), [[4, CancelReason.Expired, 10]]);
  assert.equal(r.e.account(1)!.cashHeld, 980 * 10);
  r.checkRestore();
  // The sell trades before its time: nothing left to expire.
  r.run(buy(1010, 5, TimeInForce.IOC));
  assert.deepEqual(of(r.at(T0 + 8 * S).run(tick), Ev.Cancelled), []);
  const close = r.run(phase(TradingStatus.Closed));
  assert.deepEqual(of(close, Ev.Cancelled).map((x) => [x.orderId, x.reason]), [[5, CancelReason.Expired]]);
  assert.equal(r.e.account(1)!.cashHeld, 0);
  assert.equal(r.e.positions(1).find((p) => p.symbol === 1)!.openQty, 0);
});

test('volatility halt: a trade outside the band halts into a reopening call; after the pause a reopening uncross; operator halt kept across a phase change', () => {
  const r = rig({ volBandBps: 100, volPauseS: 60 }); // 1 % around the last trade (1000)
  r.run(sell(1005, 5), sell(1015, 5));
  const evs = r.run(buy(1015, 8));
  // 1005 is inside the band: 5 trade; 1015 is outside: halt, the rest (3 at 1015) rests.
  assert.deepEqual(of(evs, Ev.Trade).map((x) => [x.price, x.qty]), [[1005, 5]]);
  assert.deepEqual(of(evs, Ev.Status).map((x) => x.status), [TradingStatus.ReopeningAuction]);
  assert.deepEqual(r.e.depth(1, Side.Buy), [{ price: 1015, qty: 3, count: 1 }]);
  assert.equal(r.e.instrument(1)!.status, TradingStatus.ReopeningAuction);
  assert.deepEqual(of(r.run(sell(1012, 1)), Ev.Trade), [], 'no matching in the reopening call');
  r.checkRestore();
  assert.deepEqual(of(r.at(T0 + 60 * S).run(tick), Ev.Status), [], 'the pause runs from the halt (T0 + 4 µs)');
  const re = r.at(T0 + 61 * S).run(tick);
  const u = of(re, Ev.Auction);
  // 3 to buy at 1015; to sell 1 at 1012 and the 5 at 1015 the halt left: 3 execute at 1015.
  assert.deepEqual(u.map((x) => [x.auction, x.price, x.matchedQty, x.callStatus]), [[AuctionCode.Uncross, 1015, 3, TradingStatus.ReopeningAuction]]);
  assert.deepEqual(of(re, Ev.Trade).map((x) => [x.maker, x.qty]), [[5, 1], [3, 2]], "the sell at 1012 (order 5) first");
  assert.deepEqual(of(re, Ev.Status).map((x) => x.status), [TradingStatus.Open]);
  // Operator halt, then the calendar closes and reopens: the status stays halted until resumed.
  r.run(halt(true));
  assert.deepEqual(of(r.run(phase(TradingStatus.Closed)), Ev.Status).map((x) => x.status), [TradingStatus.Halted]);
  assert.deepEqual(of(r.run(phase(TradingStatus.PreOpen)), Ev.Status).map((x) => x.status), [TradingStatus.Halted]);
  assert.deepEqual(rejects(r.run(buy(1000, 1))), [Errors.SYMBOL_HALTED.num]);
  assert.deepEqual(of(r.run(halt(false)), Ev.Status).map((x) => x.status), [TradingStatus.PreOpen]);
  assert.equal(r.e.instrument(1)!.phase, TradingStatus.PreOpen);
  r.checkRestore();
});

test('off-book orders are the account\'s too: the kill switch cancels a market order of a call and a held at-close order, holds released', () => {
  const r = new Rig();
  r.run(define(1, 'AAA', { refPrice: 1000, bandBps: 2000 }), { type: Cmd.FirmAdd, firm: 1 }, { type: Cmd.AccountAdd, firm: 1, account: 1, count: 2, kyc: Kyc.Verified, flags: 1, cash: 1_000_000 });
  r.run(buy(0, 10, TimeInForce.AtClose), buy(990, 5));
  r.run(phase(TradingStatus.ClosingAuction), buy(0, 7));
  assert.ok(r.e.account(1)!.cashHeld > 0);
  const k = r.run({ type: Cmd.Kill, target: 2, id: 1, on: true });
  assert.deepEqual(of(k, Ev.Cancelled).map((x) => [x.reason, x.price, x.qty]).sort((a, b) => a[2]! - b[2]!), [[CancelReason.Kill, 990, 5], [CancelReason.Kill, 0, 7], [CancelReason.Kill, 0, 10]]);
  assert.equal(r.e.account(1)!.cashHeld, 0);
  assert.equal(r.e.restingOrders, 0);
});
