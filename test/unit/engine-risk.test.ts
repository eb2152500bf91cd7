/**
 * Accounts, KYC and pre-trade risk at the core (docs/accounts.md): the reject matrix (each KYC
 * status, kill switch, unknown account, each limit), holds taken and released (cancel, fill,
 * partial fill, IOC remainder, modify), the kill switch cancelling every order of a firm or an
 * account, and replay: the same journal reproduces every account, hold and risk decision byte for
 * byte, also through a snapshot taken halfway.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Engine } from '../../server/engine/engine.ts';
import { Cmd, Kyc, AccountFlag, KillTarget, encodeCommand, type Command } from '../../server/engine/commands.ts';
import { decodeEvents, Ev, CancelReason, type EventView } from '../../server/engine/events.ts';
import { Errors } from '../../server/kernel/errors.ts';
import { Side } from '../../server/kernel/types.ts';
import { OrderFlow, SIM_ADMIN_RECORDS } from '../../server/sim/flow.ts';
import { stream, define } from '../support/commands.ts';
import { ReferenceEngine } from '../support/reference-engine.ts';

const T0 = 1_767_625_800_000_000;
let clId = 1;
const buy = (price: number, qty: number, account = 1, tif: 1 | 2 = 1, symbol = 1): Command => ({ type: Cmd.NewOrder, symbol, side: 1, ordType: 1, tif, price, qty, account, clientOrderId: clId++ });
const sell = (price: number, qty: number, account = 2, tif: 1 | 2 = 1, symbol = 1): Command => ({ type: Cmd.NewOrder, symbol, side: 2, ordType: 1, tif, price, qty, account, clientOrderId: clId++ });
const mktBuy = (qty: number, account = 1): Command => ({ type: Cmd.NewOrder, symbol: 1, side: 1, ordType: 2, tif: 2, price: 0, qty, account, clientOrderId: clId++ });
const firm = (f: number): Command => ({ type: Cmd.FirmAdd, firm: f });
const accounts = (f: number, account: number, count = 1, kyc: number = Kyc.Verified, cash = 1_000_000, flags = 0): Command => ({ type: Cmd.AccountAdd, firm: f, account, count, kyc, flags, cash });
const limits = (account: number, l: Partial<{ maxQty: number; maxNotional: number; maxDailyVolume: number; maxOpenOrders: number; flags: number }>): Command => ({ type: Cmd.AccountLimits, account, maxQty: 0, maxNotional: 0, maxDailyVolume: 0, maxOpenOrders: 0, ...l });
const kyc = (account: number, k: number): Command => ({ type: Cmd.AccountKyc, account, kyc: k });
const funds = (account: number, f: { cash?: number; symbol?: number; position?: number }): Command => ({ type: Cmd.AccountFunds, account, ...f });
const kill = (target: number, id: number, on = true): Command => ({ type: Cmd.Kill, target, id, on });
const cancel = (orderId: number, account: number): Command => ({ type: Cmd.Cancel, symbol: 1, orderId, account });
const modify = (orderId: number, account: number, price: number, qty: number): Command => ({ type: Cmd.Modify, symbol: 1, orderId, account, price, qty });

/** Instrument AAA (tick 1, lot 1, ref 1000, band 10%), firm 1 with accounts 1-3 (cash 1,000,000; 2 holds 1000 AAA), then `cmds`. */
const SETUP: Command[] = [define(1, 'AAA'), define(2, 'BBB'), firm(1), accounts(1, 1, 3), funds(2, { symbol: 1, position: 1000 })];

/** Apply on Engine and on the reference (test/support/reference-engine.ts): same event and state bytes. */
function run(cmds: Command[], base = SETUP): { e: Engine; evs: EventView[]; last: EventView } {
  const { buf, offsets } = stream([...base, ...cmds]);
  const e = new Engine();
  const ref = new ReferenceEngine();
  for (const at of offsets) {
    e.apply(buf, at);
    ref.apply(buf, at);
  }
  assert.deepEqual(e.out.bytes(), ref.out.bytes(), 'events differ from the reference');
  assert.deepEqual(e.stateBytes(), ref.stateBytes(), 'state differs from the reference');
  const evs = decodeEvents(e.out);
  return { e, evs, last: evs[evs.length - 1]! };
}

function rejectCode(cmds: Command[], base = SETUP): number {
  const { last } = run(cmds, base);
  return last.type === Ev.Rejected ? last.error : 0;
}

test('reject matrix: unknown account, each KYC status, kill switch, each limit, each with its own code', () => {
  const cases: [string, Command[], number][] = [
    ['unknown account', [buy(1000, 10, 9)], Errors.UNKNOWN_ACCOUNT.num],
    ['KYC pending', [kyc(1, Kyc.Pending), buy(1000, 10)], Errors.ACCOUNT_KYC_PENDING.num],
    ['KYC suspended', [kyc(1, Kyc.Suspended), buy(1000, 10)], Errors.ACCOUNT_SUSPENDED.num],
    ['KYC closed', [kyc(1, Kyc.Closed), buy(1000, 10)], Errors.ACCOUNT_CLOSED.num],
    ['account killed', [kill(KillTarget.Account, 1), buy(1000, 10)], Errors.ACCOUNT_KILLED.num],
    ['firm killed', [kill(KillTarget.Firm, 1), buy(1000, 10)], Errors.FIRM_KILLED.num],
    ['max order qty', [limits(1, { maxQty: 50 }), buy(1000, 51)], Errors.RISK_ORDER_QTY.num],
    ['max notional', [limits(1, { maxNotional: 50_000 }), buy(1000, 51)], Errors.RISK_ORDER_NOTIONAL.num],
    ['max notional, market buy at the band', [limits(1, { maxNotional: 50_000 }), mktBuy(46)], Errors.RISK_ORDER_NOTIONAL.num],
    ['max open orders', [limits(1, { maxOpenOrders: 2 }), buy(990, 1), buy(990, 1), buy(990, 1)], Errors.RISK_OPEN_ORDERS.num],
    ['daily volume (traded + open + this)', [limits(1, { maxDailyVolume: 100 }), sell(1000, 60), buy(1000, 60), buy(990, 30), buy(990, 11)], Errors.RISK_DAILY_VOLUME.num],
    ['buying power', [buy(1000, 1001)], Errors.RISK_BUYING_POWER.num],
    ['buying power counts the holds', [buy(990, 1000), buy(990, 11)], Errors.RISK_BUYING_POWER.num],
    ['position for a sell (no short selling)', [sell(1000, 10, 3)], Errors.RISK_POSITION.num],
    ['position counts the held qty', [sell(1010, 900), sell(1010, 101)], Errors.RISK_POSITION.num],
    ['the price band stays', [buy(2000, 1)], Errors.PRICE_OUTSIDE_BAND.num],
  ];
  for (const [name, cmds, code] of cases) assert.equal(rejectCode(cmds), code, name);
  // Passing cases: each limit at its edge, short selling where allowed, the kill switch lifted.
  const ok: [string, Command[]][] = [
    ['at max qty', [limits(1, { maxQty: 50 }), buy(1000, 50)]],
    ['at max notional', [limits(1, { maxNotional: 50_000 }), buy(1000, 50)]],
    ['all buying power', [buy(1000, 1000)]],
    ['the whole position', [sell(1010, 1000)]],
    ['short selling allowed', [limits(3, { flags: AccountFlag.ShortSell }), sell(1000, 10, 3)]],
    ['unblocked', [kill(KillTarget.Account, 1), kill(KillTarget.Account, 1, false), buy(1000, 10)]],
    ['verified again', [kyc(1, Kyc.Suspended), kyc(1, Kyc.Verified), buy(1000, 10)]],
    ['daily volume at its limit', [limits(1, { maxDailyVolume: 100 }), sell(1000, 60), buy(1000, 60), buy(990, 40)]],
  ];
  for (const [name, cmds] of ok) assert.equal(run(cmds).last.type, Ev.Resting, name);
  // Cancels are never blocked: a suspended or closed account may still take risk off.
  assert.equal(run([buy(990, 10), kyc(1, Kyc.Suspended), cancel(6, 1)]).last.type, Ev.Cancelled);
  assert.equal(run([buy(990, 10), kyc(1, Kyc.Closed), cancel(6, 1)]).last.type, Ev.Cancelled);
});

test('daily volume counts per sequenced UTC day', () => {
  // Same day: 60 traded + 40 open = 100 at the limit; one more is refused.
  assert.equal(rejectCode([limits(1, { maxDailyVolume: 100 }), sell(1000, 60), buy(1000, 60), buy(990, 40), buy(990, 1)]), Errors.RISK_DAILY_VOLUME.num);
  // The next day the traded 60 no longer count.
  const { buf, offsets } = stream([...SETUP, limits(1, { maxDailyVolume: 100 }), sell(1000, 60), buy(1000, 60)]);
  const e = new Engine();
  for (const at of offsets) e.apply(buf, at);
  const next = new Uint8Array(64);
  const day = 86_400_000_000;
  encodeCommand({ ...buy(990, 100), seq: e.lastSeq + 1, time: T0 + day } as any, next);
  e.apply(next, 0);
  assert.equal(decodeEvents(e.out).at(-1)!.type, Ev.Resting);
  assert.equal(e.positions(1).find((p) => p.symbol === 1)!.dayVolume, 60, 'volume of the day it traded until the next fill');
});

test('admin commands are checked, each with its code, and change nothing when refused', () => {
  const cases: [string, Command[], number][] = [
    ['firm 0', [firm(0)], Errors.BAD_FIRM.num],
    ['firm twice', [firm(1)], Errors.FIRM_EXISTS.num],
    ['account of an unknown firm', [accounts(7, 50)], Errors.UNKNOWN_FIRM.num],
    ['account twice (range overlap)', [accounts(1, 3, 2)], Errors.ACCOUNT_EXISTS.num],
    ['account 0', [accounts(1, 0)], Errors.BAD_ACCOUNT.num],
    ['account range past 2^20', [accounts(1, (1 << 20) - 1, 3)], Errors.BAD_ACCOUNT.num],
    ['bad KYC', [accounts(1, 10, 1, 9)], Errors.BAD_KYC_STATUS.num],
    ['negative cash', [accounts(1, 10, 1, Kyc.Verified, -5)], Errors.BAD_LIMIT.num],
    ['KYC of an unknown account', [kyc(44, Kyc.Verified)], Errors.UNKNOWN_ACCOUNT.num],
    ['fractional limit', [limits(1, { maxQty: 1.5 })], Errors.BAD_LIMIT.num],
    ['NaN limit', [limits(1, { maxNotional: NaN })], Errors.BAD_LIMIT.num],
    ['unknown flag', [limits(1, { flags: 8 })], Errors.BAD_LIMIT.num],
    ['position in an unknown symbol', [funds(1, { symbol: 9, position: 5 })], Errors.UNKNOWN_SYMBOL.num],
    ['kill an unknown firm', [kill(KillTarget.Firm, 5)], Errors.UNKNOWN_FIRM.num],
    ['kill an unknown account', [kill(KillTarget.Account, 5)], Errors.UNKNOWN_ACCOUNT.num],
  ];
  const before = run([]).e.stateBytes();
  for (const [name, cmds, code] of cases) {
    const { e, last } = run(cmds);
    assert.equal(last.type === Ev.Rejected ? last.error : 0, code, name);
    // Only the counters (input seq, event seq, time) differ: the tables are unchanged.
    assert.deepEqual(e.stateBytes().subarray(40), before.subarray(40), name);
  }
});

test('without a registered firm the core applies no account checks (journals from before accounts)', () => {
  const { last } = run([buy(1000, 10, 77)], [define(1, 'AAA')]);
  assert.equal(last.type, Ev.Resting);
});

test('holds: taken at entry, released on cancel, fill, partial fill, IOC remainder and modify', () => {
  // seqs 1-5 setup; 6 buy 990x100 (acct 1)
  let r = run([buy(990, 100)]);
  assert.equal(r.e.account(1)!.cashHeld, 99_000);
  assert.equal(r.e.account(1)!.openOrders, 1);
  r = run([buy(990, 100), cancel(6, 1)]);
  assert.deepEqual([r.e.account(1)!.cashHeld, r.e.account(1)!.openOrders, r.e.account(1)!.cash], [0, 0, 1_000_000]);
  // Partial fill of the resting buy at its price: 40 filled, 60 still held.
  r = run([buy(990, 100), sell(990, 40)]);
  let a1 = r.e.account(1)!;
  assert.deepEqual([a1.cashHeld, a1.cash, a1.openOrders], [60 * 990, 1_000_000 - 40 * 990, 1]);
  assert.deepEqual(pos(r.e, 1), { position: 40, held: 0, openQty: 60, dayVolume: 40 });
  assert.deepEqual(pos(r.e, 2), { position: 960, held: 0, openQty: 0, dayVolume: 40 });
  assert.equal(r.e.account(2)!.cash, 1_000_000 + 40 * 990);
  // Then filled: nothing held, no open order.
  r = run([buy(990, 100), sell(990, 40), sell(980, 60)]);
  a1 = r.e.account(1)!;
  assert.deepEqual([a1.cashHeld, a1.cash, a1.openOrders], [0, 1_000_000 - 100 * 990, 0]);
  assert.deepEqual(pos(r.e, 1), { position: 100, held: 0, openQty: 0, dayVolume: 100 });
  // A resting sell holds position; a buy aggressor at a worse limit trades at the maker's price, its hold at its limit released.
  r = run([sell(1000, 30), buy(1010, 50, 1, 2)]);
  a1 = r.e.account(1)!;
  assert.deepEqual([a1.cashHeld, a1.cash, a1.openOrders], [0, 1_000_000 - 30 * 1000, 0], 'IOC remainder released');
  assert.deepEqual(pos(r.e, 2), { position: 970, held: 0, openQty: 0, dayVolume: 30 });
  r = run([sell(1000, 30)]);
  assert.deepEqual(pos(r.e, 2), { position: 1000, held: 30, openQty: 30, dayVolume: 0 });
  // Modify: smaller keeps priority and releases the difference; a new price re-holds at the new price.
  r = run([buy(990, 100), modify(6, 1, 990, 70)]);
  assert.equal(r.e.account(1)!.cashHeld, 70 * 990);
  r = run([buy(990, 100), modify(6, 1, 995, 80)]);
  assert.equal(r.e.account(1)!.cashHeld, 80 * 995);
  // A modify beyond buying power is refused and holds stay as they were.
  r = run([buy(990, 100), modify(6, 1, 990, 2000)]);
  assert.equal(r.last.type === Ev.Rejected && r.last.error, Errors.RISK_BUYING_POWER.num);
  assert.equal(r.e.account(1)!.cashHeld, 99_000);
  // Self-trade prevention cancels the resting order: its holds go too.
  r = run([funds(1, { symbol: 1, position: 50 }), sell(1000, 50, 1), buy(1000, 10, 1)]);
  assert.deepEqual(pos(r.e, 1), { position: 50, held: 0, openQty: 10, dayVolume: 0 });
  assert.equal(r.e.account(1)!.cashHeld, 10_000);
  assertHoldsMatchBook(r.e);
});

function pos(e: Engine, account: number, symbol = 1) {
  const p = e.positions(account).find((x) => x.symbol === symbol);
  return p && { position: p.position, held: p.held, openQty: p.openQty, dayVolume: p.dayVolume };
}

/** Every account's holds, open orders and open quantities equal what its resting orders add up to. */
function assertHoldsMatchBook(e: Engine): void {
  const want = new Map<number, { held: number; open: number }>();
  const posWant = new Map<string, { held: number; open: number }>();
  for (const sym of e.symbols()) {
    for (const side of [Side.Buy, Side.Sell]) {
      for (const lv of e.depth(sym, side)) {
        for (const id of e.ordersAt(sym, side, lv.price)) {
          const o = e.order(id)!;
          if (!e.account(o.account)) continue;
          const w = want.get(o.account) ?? { held: 0, open: 0 };
          if (side === Side.Buy) w.held += o.price * o.qty;
          w.open++;
          want.set(o.account, w);
          const k = `${o.account}/${sym}`;
          const p = posWant.get(k) ?? { held: 0, open: 0 };
          if (side === Side.Sell) p.held += o.qty;
          p.open += o.qty;
          posWant.set(k, p);
        }
      }
    }
  }
  for (const a of e.accounts()) {
    const w = want.get(a.account) ?? { held: 0, open: 0 };
    assert.equal(a.cashHeld, w.held, `account ${a.account} cash held`);
    assert.equal(a.openOrders, w.open, `account ${a.account} open orders`);
  }
  for (const p of e.positions()) {
    const w = posWant.get(`${p.account}/${p.symbol}`) ?? { held: 0, open: 0 };
    assert.equal(p.held, w.held, `position ${p.account}/${p.symbol} held`);
    assert.equal(p.openQty, w.open, `position ${p.account}/${p.symbol} open`);
  }
}

test('kill switch: one command cancels every order of the account, or of every account of the firm', () => {
  const base = [...SETUP, firm(2), accounts(2, 10, 1, Kyc.Verified, 1_000_000, AccountFlag.ShortSell)];
  // seqs 1-7 setup; 8 acct 1 buy AAA; 9 acct 2 sell AAA; 10 acct 3 buy BBB; 11 acct 10 sell AAA; 12 acct 1 buy BBB
  const orders = [buy(990, 10, 1), sell(1010, 10, 2), buy(990, 5, 3, 1, 2), sell(1020, 7, 10), buy(980, 3, 1, 1, 2)];
  let r = run([...orders, kill(KillTarget.Account, 1)], base);
  let mine = r.evs.filter((x) => x.inputSeq === 13);
  assert.deepEqual(mine.map((x) => x.type === Ev.Cancelled && [x.orderId, x.reason]).slice(0, -1), [[8, CancelReason.Kill], [12, CancelReason.Kill]]);
  const summary = mine.at(-1)!;
  assert.equal(summary.type === Ev.Account && summary.n, 2);
  assert.equal(r.e.restingOrders, 3);
  assert.equal(r.e.account(1)!.cashHeld, 0);
  r = run([...orders, kill(KillTarget.Firm, 1)], base);
  mine = r.evs.filter((x) => x.inputSeq === 13);
  // Book order: symbol 1 bids, asks, then symbol 2: 8, 9, 10, 12; firm 2's order 11 stays.
  assert.deepEqual(mine.filter((x) => x.type === Ev.Cancelled).map((x) => x.orderId), [8, 9, 10, 12]);
  assert.deepEqual(r.e.depth(1, Side.Sell).map((l) => l.price), [1020]);
  assert.equal(r.e.account(1)!.firmBlocked, true);
  assertHoldsMatchBook(r.e);
  // Blocked until unblocked.
  assert.equal(rejectCode([...orders, kill(KillTarget.Firm, 1), buy(990, 1, 3)], base), Errors.FIRM_KILLED.num);
  assert.equal(run([...orders, kill(KillTarget.Firm, 1), kill(KillTarget.Firm, 1, false), buy(990, 1, 3)], base).last.type, Ev.Resting);
});

test('accounts registered after their orders rested (pre-registry journal) take their holds then', () => {
  const { e } = run([buy(990, 10, 5), firm(1), accounts(1, 5, 1)], [define(1, 'AAA')]);
  assert.equal(e.account(5)!.cashHeld, 9900);
  assert.equal(e.account(5)!.openOrders, 1);
  assertHoldsMatchBook(e);
});

/** The simulated market with risk binding for some accounts (limits, KYC, kill switches mid-stream). */
function riskStream(n: number): Uint8Array[] {
  const flow = new OrderFlow({ seed: 77, symbols: 4, restingTarget: 200, accounts: 20 });
  const recs: Uint8Array[] = [];
  let seq = 1;
  const admin: Command[] = [
    limits(3, { maxQty: 200, maxNotional: 20_000_000, maxOpenOrders: 30, maxDailyVolume: 5000 }),
    limits(4, { flags: 0 }),
    funds(5, { cash: 50_000_000 }),
    kyc(6, Kyc.Suspended),
    kill(KillTarget.Account, 7),
    limits(8, { maxOpenOrders: 5, flags: AccountFlag.ShortSell }),
    kill(KillTarget.Account, 7, false),
    firm(2),
    accounts(2, 100, 3, Kyc.Pending),
    kill(KillTarget.Firm, 1),
    kill(KillTarget.Firm, 1, false),
  ];
  for (let k = 0; k < n; k++) {
    const b = new Uint8Array(96);
    if (k > SIM_ADMIN_RECORDS + 4 && k % Math.floor(n / (admin.length + 1)) === 0 && admin.length > 0) {
      encodeCommand({ ...admin.shift()!, seq, time: flow.now } as any, b);
    } else {
      // The flow numbers its own records: keep it in step by giving it the seq.
      flow.next(b, 0);
      new DataView(b.buffer).setFloat64(8, seq, true);
    }
    recs.push(b);
    seq++;
  }
  return recs;
}

test('replay: the same journal reproduces every account, hold and risk decision byte for byte, also from a snapshot', () => {
  const recs = riskStream(30_000);
  const runAll = (from?: { e: Engine; k: number }) => {
    const e = from?.e ?? new Engine();
    const h = createHash('sha256');
    for (let k = from?.k ?? 0; k < recs.length; k++) {
      e.apply(recs[k]!, 0);
      h.update(e.out.bytes());
      e.out.clear();
    }
    return { e, events: h.digest('hex'), state: createHash('sha256').update(e.stateBytes()).digest('hex') };
  };
  const a = runAll();
  const b = runAll();
  assert.equal(a.events, b.events);
  assert.equal(a.state, b.state);
  // The stream exercised the checks: some of each risk decision, and the tables are non-trivial.
  const e = new Engine();
  const codes = new Map<number, number>();
  for (const r of recs) {
    e.apply(r, 0);
    for (const x of decodeEvents(e.out)) if (x.type === Ev.Rejected) codes.set(x.error, (codes.get(x.error) ?? 0) + 1);
    e.out.clear();
  }
  for (const c of [Errors.RISK_ORDER_QTY, Errors.RISK_OPEN_ORDERS, Errors.ACCOUNT_SUSPENDED, Errors.ACCOUNT_KILLED, Errors.FIRM_KILLED, Errors.RISK_POSITION, Errors.RISK_BUYING_POWER]) {
    assert.ok((codes.get(c.num) ?? 0) > 0, `no ${c.message} in the stream: ${JSON.stringify([...codes])}`);
  }
  assertHoldsMatchBook(a.e);
  // Snapshot halfway, restore, replay the rest: same state bytes and same events.
  const half = new Engine();
  const h = createHash('sha256');
  const mid = recs.length >> 1;
  for (let k = 0; k < mid; k++) {
    half.apply(recs[k]!, 0);
    h.update(half.out.bytes());
    half.out.clear();
  }
  const restored = Engine.restore(half.stateBytes());
  assert.deepEqual(restored.stateBytes(), half.stateBytes());
  assertHoldsMatchBook(restored);
  const rest = runAll({ e: restored, k: mid });
  assert.equal(rest.state, a.state, 'state after restore + replay');
});

test("a session's firm may trade only its own accounts: new order, cancel and modify of another firm's account are refused", () => {
  const base = [...SETUP, firm(2), accounts(2, 10)];
  const asFirm = (c: Command, f: number): Command => ({ ...c, firm: f, session: 7 }) as Command;
  assert.equal(rejectCode([asFirm(buy(1000, 10, 1), 2)], base), Errors.ACCOUNT_NOT_OF_FIRM.num);
  assert.equal(rejectCode([asFirm(buy(1000, 10, 10), 2)], base), 0, 'its own account trades');
  assert.equal(rejectCode([asFirm(buy(1000, 10, 9), 2)], base), Errors.UNKNOWN_ACCOUNT.num, 'an unknown account stays unknown');
  // Account 1's order (firm 1, no session) rests with order id = its input seq.
  const { e } = run([buy(990, 10, 1)], base);
  const id = e.lastSeq;
  assert.equal(rejectCode([buy(990, 10, 1), asFirm(cancel(id, 1), 2)], base), Errors.ACCOUNT_NOT_OF_FIRM.num);
  assert.equal(rejectCode([buy(990, 10, 1), asFirm(modify(id, 1, 991, 10), 2)], base), Errors.ACCOUNT_NOT_OF_FIRM.num);
  const ok = run([buy(990, 10, 1), asFirm(cancel(id, 1), 1)], base).last;
  assert.equal(ok.type, Ev.Cancelled);
});
