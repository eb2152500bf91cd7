/**
 * Branded numbers at the decoded boundaries (EventView, MdView): a quantity cannot be passed
 * where a price is expected. The `@ts-expect-error` lines are checked by tsc (typecheck.test.ts):
 * if a brand were lost, the expected error would vanish and the type check would fail.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../../server/engine/engine.ts';
import { decodeEvents, Ev } from '../../server/engine/events.ts';
import { Mdp } from '../../server/mdp/mdp.ts';
import { decodeMd, Md } from '../../server/mdp/records.ts';
import type { Price, Qty } from '../../server/kernel/types.ts';
import { Cmd } from '../../server/engine/commands.ts';
import { stream, define } from '../support/commands.ts';

const notional = (price: Price, qty: Qty): number => price * qty;

test('decoded events and MD records carry branded prices and quantities (plain numbers at run time)', () => {
  const { buf, offsets } = stream([
    define(1, 'AAA', { refPrice: 1000 }),
    { type: Cmd.NewOrder, symbol: 1, side: 2, ordType: 1, tif: 1, price: 1000, qty: 5, account: 2, clientOrderId: 1 },
    { type: Cmd.NewOrder, symbol: 1, side: 1, ordType: 1, tif: 1, price: 1000, qty: 3, account: 1, clientOrderId: 2 },
  ]);
  const e = new Engine();
  for (const at of offsets) e.apply(buf, at);
  const trade = decodeEvents(e.out).find((x) => x.type === Ev.Trade)!;
  assert.ok(trade.type === Ev.Trade);
  assert.equal(notional(trade.price, trade.qty), 3000);
  // @ts-expect-error a quantity is not a price
  notional(trade.qty, trade.price);
  const mdp = new Mdp();
  mdp.consumeLog(e.out);
  const t = [...Array(mdp.out.count).keys()].map((k) => decodeMd(mdp.out.f64, mdp.out.i32, k)).find((r) => r.type === Md.Trade)!;
  assert.ok(t.type === Md.Trade);
  assert.equal(notional(t.price, t.qty), 3000);
  // @ts-expect-error an MD sequence number is not a quantity
  notional(t.price, t.mdSeq);
});
