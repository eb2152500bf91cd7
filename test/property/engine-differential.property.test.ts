/**
 * Differential test: the fast engine and the plain reference take the same random commands and
 * must emit byte-identical events and end in byte-identical state. Prices are drawn from a
 * narrow range so orders cross, accounts from a small set so self-trades happen.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Engine } from '../../server/engine/engine.ts';
import { Cmd, type Command } from '../../server/engine/commands.ts';
import { ReferenceEngine } from '../support/reference-engine.ts';
import { stream, define } from '../support/commands.ts';

const N_PRE = 2;
const price = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 95, max: 105 }).map((p) => p * 10) },
  { weight: 1, arbitrary: fc.constantFrom(0, -10, 1005, 5000, 1.5, Number.NaN) },
);
const qty = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 1, max: 30 }).map((q) => q * 5) },
  { weight: 1, arbitrary: fc.constantFrom(0, -5, 3, 2_000_000, 2.5) },
);
const sym = fc.oneof({ weight: 10, arbitrary: fc.constantFrom(1, 2) }, { weight: 1, arbitrary: fc.constant(9) });
const acct = fc.integer({ min: 1, max: 4 });

type Op =
  | { k: 'cmd'; c: Command }
  | { k: 'cancel'; pick: number; wrongAcct: boolean }
  | { k: 'modify'; pick: number; samePrice: boolean; dq: number; price: number };

/** Raw commands plus cancels/modifies that aim at orders sent earlier, resolved in order. */
/** Admin commands over firms 1-2 and accounts 1-5 (docs/accounts.md): KYC, limits that bind at these sizes, funds, kill switch. */
const limit = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => n * 5) }, { weight: 1, arbitrary: fc.constantFrom(1.5, -1) });
const admin = fc.oneof(
  fc.record({ type: fc.constant(Cmd.AccountKyc), account: fc.integer({ min: 1, max: 6 }), kyc: fc.constantFrom(1, 2, 2, 2, 3, 4, 7) }),
  fc.record({ type: fc.constant(Cmd.AccountLimits), account: fc.integer({ min: 1, max: 6 }), maxQty: limit, maxNotional: limit.map((n) => n * 500), maxDailyVolume: limit.map((n) => n * 4), maxOpenOrders: fc.integer({ min: 0, max: 4 }), flags: fc.constantFrom(undefined, 0, 1, 1, 4) }).map((c) => (c.flags === undefined ? { ...c, flags: undefined } : c)),
  fc.record({ type: fc.constant(Cmd.AccountFunds), account: fc.integer({ min: 1, max: 6 }), cash: fc.constantFrom(undefined, 0, 5_000, 100_000, 1_000_000), symbol: fc.constantFrom(1, 2, 9), position: fc.constantFrom(undefined, -20, 0, 50, 300) }),
  fc.record({ type: fc.constant(Cmd.Kill), target: fc.constantFrom(1, 2, 3), id: fc.integer({ min: 0, max: 6 }), on: fc.boolean() }),
  fc.record({ type: fc.constant(Cmd.AccountAdd), firm: fc.integer({ min: 0, max: 3 }), account: fc.integer({ min: 1, max: 7 }), count: fc.integer({ min: 0, max: 2 }), flags: fc.constantFrom(0, 1), kyc: fc.constantFrom(1, 2), cash: fc.constantFrom(0, 200_000) }),
  fc.record({ type: fc.constant(Cmd.FirmAdd), firm: fc.integer({ min: 0, max: 3 }) }),
).map((c) => {
  // Leave optional fields out rather than undefined (the plain form's shape).
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) if (v !== undefined) o[k] = v;
  if (o.type === Cmd.AccountFunds && o.position === undefined) delete o.symbol;
  return { k: 'cmd' as const, c: o as unknown as Command };
});
/** Firm 1 with accounts 1-3 verified (1 and 3 may sell short) and cash, firm 2 with account 4 verified. */
const ACCOUNTS_PRE: Command[] = [
  { type: Cmd.FirmAdd, firm: 1 },
  { type: Cmd.AccountAdd, firm: 1, account: 1, count: 3, kyc: 2, flags: 0, cash: 300_000 },
  { type: Cmd.AccountLimits, account: 1, maxQty: 0, maxNotional: 0, maxDailyVolume: 0, maxOpenOrders: 0, flags: 1 },
  { type: Cmd.AccountLimits, account: 3, maxQty: 0, maxNotional: 0, maxDailyVolume: 0, maxOpenOrders: 0, flags: 1 },
  { type: Cmd.AccountFunds, account: 2, symbol: 1, position: 200 },
  { type: Cmd.FirmAdd, firm: 2 },
  { type: Cmd.AccountAdd, firm: 2, account: 4, count: 1, kyc: 2, flags: 1, cash: 100_000 },
];

function ops(withAdmin = false): fc.Arbitrary<Op[]> {
  const newOrder = fc.record({ type: fc.constant(Cmd.NewOrder), symbol: sym, side: fc.constantFrom(1, 2, 1, 2, 3) as fc.Arbitrary<any>, ordType: fc.constantFrom(1, 1, 1, 2) as fc.Arbitrary<any>, tif: fc.constantFrom(1, 1, 2) as fc.Arbitrary<any>, price, qty, account: acct, clientOrderId: fc.integer({ min: 0, max: 20 }) });
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 10, arbitrary: newOrder.map((c) => ({ k: 'cmd' as const, c: c as Command })) },
    { weight: 3, arbitrary: fc.record({ k: fc.constant('cancel' as const), pick: fc.nat(), wrongAcct: fc.boolean() }) },
    { weight: 4, arbitrary: fc.record({ k: fc.constant('modify' as const), pick: fc.nat(), samePrice: fc.boolean(), dq: fc.integer({ min: -3, max: 3 }).map((d) => d * 5), price }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant(Cmd.Cancel), symbol: sym, orderId: fc.integer({ min: 1, max: 400 }), account: acct }).map((c) => ({ k: 'cmd' as const, c: c as Command })) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant(Cmd.SetStatus), symbol: sym, status: fc.constantFrom(1, 1, 2, 7) as fc.Arbitrary<any> }).map((c) => ({ k: 'cmd' as const, c: c as Command })) },
    { weight: 1, arbitrary: fc.constant({ k: 'cmd' as const, c: { type: Cmd.ClockTick } as Command }) },
    { weight: withAdmin ? 2 : 0, arbitrary: admin },
  );
  return fc.array(op, { minLength: 1, maxLength: 300 });
}

function resolve(pre: Command[], body: Op[]): Command[] {
  const cmds = [...pre];
  const sent: { id: number; c: any }[] = [];
  for (const op of body) {
    if (op.k === 'cmd') {
      if (op.c.type === Cmd.NewOrder) sent.push({ id: cmds.length + 1, c: op.c });
      cmds.push(op.c);
    } else if (sent.length > 0) {
      const t = sent[op.pick % sent.length]!;
      if (op.k === 'cancel') cmds.push({ type: Cmd.Cancel, symbol: t.c.symbol, orderId: t.id, account: op.wrongAcct ? (t.c.account % 4) + 1 : t.c.account });
      else cmds.push({ type: Cmd.Modify, symbol: t.c.symbol, orderId: t.id, account: t.c.account, price: op.samePrice ? t.c.price : op.price, qty: t.c.qty + op.dq });
    }
  }
  return cmds;
}

function runBoth(cmds: Command[]) {
  const { buf, offsets } = stream(cmds);
  const fast = new Engine({ expectedOrders: 16 });
  const ref = new ReferenceEngine();
  for (const at of offsets) {
    fast.apply(buf, at);
    ref.apply(buf, at);
  }
  return { fast, ref, buf, offsets };
}

test('fast engine and reference emit identical events and state', () => {
  fc.assert(
    fc.property(ops(), (body) => {
      const cmds = resolve([define(1, 'AAA'), define(2, 'BBB', { tick: 10, lot: 5 })], body);
      const { fast, ref } = runBoth(cmds);
      assert.equal(fast.out.count, ref.out.count, 'event count');
      assert.deepEqual(fast.out.bytes(), ref.out.bytes(), 'event bytes');
      assert.deepEqual(fast.stateBytes(), ref.stateBytes(), 'state bytes');
    }),
    { numRuns: 300 },
  );
});

test('an engine restored from a snapshot mid-stream continues byte-identically', () => {
  fc.assert(
    fc.property(ops(), fc.nat(), (body, cutAt) => {
      const cmds = resolve([define(1, 'AAA'), define(2, 'BBB', { tick: 10, lot: 5 })], body);
      const { buf, offsets } = stream(cmds);
      const cut = N_PRE + (cutAt % (cmds.length - N_PRE + 1));
      const whole = new Engine();
      for (const at of offsets) whole.apply(buf, at);
      const first = new Engine();
      for (const at of offsets.slice(0, cut)) first.apply(buf, at);
      const restored = Engine.restore(first.stateBytes());
      for (const at of offsets.slice(cut)) restored.apply(buf, at);
      assert.deepEqual(restored.stateBytes(), whole.stateBytes());
      const tail = whole.out.bytes().subarray(first.out.bytes().length);
      assert.deepEqual(restored.out.bytes(), tail);
    }),
    { numRuns: 150 },
  );
});

test('with accounts in force (KYC, limits, holds, kill switch): fast engine and reference emit identical events and state', () => {
  fc.assert(
    fc.property(ops(true), (body) => {
      const cmds = resolve([define(1, 'AAA'), define(2, 'BBB', { tick: 10, lot: 5 }), ...ACCOUNTS_PRE], body);
      const { fast, ref } = runBoth(cmds);
      assert.deepEqual(fast.out.bytes(), ref.out.bytes(), 'event bytes');
      assert.deepEqual(fast.stateBytes(), ref.stateBytes(), 'state bytes');
    }),
    { numRuns: 300 },
  );
});

test('with accounts in force, an engine restored from a snapshot mid-stream continues byte-identically', () => {
  const pre = [define(1, 'AAA'), define(2, 'BBB', { tick: 10, lot: 5 }), ...ACCOUNTS_PRE];
  fc.assert(
    fc.property(ops(true), fc.nat(), (body, cutAt) => {
      const cmds = resolve(pre, body);
      const { buf, offsets } = stream(cmds);
      const cut = pre.length + (cutAt % (cmds.length - pre.length + 1));
      const whole = new Engine();
      for (const at of offsets) whole.apply(buf, at);
      const first = new Engine();
      for (const at of offsets.slice(0, cut)) first.apply(buf, at);
      const restored = Engine.restore(first.stateBytes());
      for (const at of offsets.slice(cut)) restored.apply(buf, at);
      assert.deepEqual(restored.stateBytes(), whole.stateBytes());
      assert.deepEqual(restored.out.bytes(), whole.out.bytes().subarray(first.out.bytes().length));
    }),
    { numRuns: 150 },
  );
});
