/**
 * The record layouts round-trip: what EventWriter / MdWriter write under a field's name, the
 * slot tables, accessors and decoders read back under the same name.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EventWriter, EVENT_SLOTS, EVENT_SIZE, Ev, CancelReason, Priority, TradeEv, RestingEv, EvSlot, decodeEvents,
  evType, evSide, evCode, evSymbol, evSeq, evInputSeq, evTime, evEndOfInput,
} from '../../server/engine/events.ts';
import { MdWriter, MD_SLOTS, MD_SIZE, Md, MdSlot, LevelAction, LevelMd, decodeMd, mdType, mdSide, mdCode, mdSymbol, mdSeq, mdTime, mdEndOfUpdate, mdName } from '../../server/mdp/records.ts';
import { BarKind } from '../../server/mdp/candles.ts';

test('every engine event reads back under the names it was written with', () => {
  const w = new EventWriter(2);
  w.inputSeq = 7;
  w.time = 1_700_000_000_000_001;
  w.accepted(1, 2, 1, 3, 7, 1000, 50, 99, 4);
  w.rejected(2, 1234, 3, 1, 8, 1005, 60, 98, 5);
  w.resting(1, 3, 7, 1000, 50);
  w.cancelled(2, CancelReason.SelfTrade, 3, 6, 990, 10, true);
  w.modified(1, Priority.Kept, 3, 7, 1000, 40, 1000, 50);
  w.trade(2, 3, 6, 990, 10, 9, 11, 0);
  w.status(3, 2);
  w.clock();
  w.instrument(3, 'ABC.X', 5, 10, 1_000_000, 1000, 4, 2);
  w.endInput();
  const evs = decodeEvents(w);
  assert.equal(w.bytes().length, evs.length * EVENT_SIZE);
  assert.deepEqual(evs.map((e) => e.seq), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.ok(evs.every((e) => e.inputSeq === 7 && e.time === 1_700_000_000_000_001));
  assert.deepEqual(evs.map((e) => e.endOfInput), [false, false, false, false, false, false, false, false, true]);
  const [acc, rej, rest, can, mod, trd, st, clk, ins] = evs;
  assert.ok(acc?.type === Ev.Accepted && rej?.type === Ev.Rejected && rest?.type === Ev.Resting && can?.type === Ev.Cancelled);
  assert.ok(mod?.type === Ev.Modified && trd?.type === Ev.Trade && st?.type === Ev.Status && clk?.type === Ev.Clock && ins?.type === Ev.Instrument);
  assert.deepEqual([acc.side, acc.ordType, acc.tif, acc.symbol, acc.orderId, acc.price, acc.qty, acc.clientOrderId, acc.account], [1, 2, 1, 3, 7, 1000, 50, 99, 4]);
  assert.deepEqual([rej.side, rej.error, rej.command, rej.orderId, rej.price, rej.qty, rej.clientOrderId, rej.account], [2, 1234, 1, 8, 1005, 60, 98, 5]);
  assert.deepEqual([rest.orderId, rest.price, rest.qty], [7, 1000, 50]);
  assert.deepEqual([can.reason, can.orderId, can.price, can.qty, can.wasResting], [CancelReason.SelfTrade, 6, 990, 10, true]);
  assert.deepEqual([mod.keptPriority, mod.orderId, mod.price, mod.qty, mod.oldPrice, mod.oldQty], [true, 7, 1000, 40, 1000, 50]);
  assert.deepEqual([trd.side, trd.maker, trd.price, trd.qty, trd.taker, trd.tradeId, trd.makerLeaves, trd.makerFilled], [2, 6, 990, 10, 9, 11, 0, true]);
  assert.equal(st.status, 2);
  assert.deepEqual([ins.ticker, ins.tick, ins.lot, ins.maxQty, ins.refPrice, ins.priceDecimals, ins.qtyDecimals], ['ABC.X', 5, 10, 1_000_000, 1000, 4, 2]);
  // Slots a type leaves out are 0: a resting order's slots after qty, a clock's whole body.
  const f = w.f64;
  assert.deepEqual(Array.from(f.subarray(2 * EVENT_SLOTS + RestingEv.qty + 1, 3 * EVENT_SLOTS)), [0, 0, 0]);
  assert.deepEqual(Array.from(f.subarray(7 * EVENT_SLOTS + EvSlot.orderId, 8 * EVENT_SLOTS)), [0, 0, 0, 0, 0, 0]);
  // The hot accessors agree with the decoder.
  const i = w.i32;
  assert.deepEqual([evType(i, 5), evSide(i, 5), evCode(i, 5), evSymbol(i, 5), evSeq(f, 5), evInputSeq(f, 5), evTime(f, 5), evEndOfInput(i, 5)],
    [Ev.Trade, 2, 1, 3, 6, 7, 1_700_000_000_000_001, false]);
  assert.equal(f[5 * EVENT_SLOTS + TradeEv.taker], 9);
});

test('every MD record reads back under the names it was written with', () => {
  const w = new MdWriter(2);
  const k = w.level(2, LevelAction.Change, 3, 100, 1005, 70, 2, 0xdeadbeef, 40, 8);
  w.endOfUpdate(k);
  w.trade(1, 3, 101, 1000, 5, 12, 41, 9);
  w.bar(BarKind.Closed, 3, 1, 60_000_000, 10, 12, 9, 11, 500, 7, 5300);
  w.status(3, 2, 102);
  w.instrument(3, 'ABC.X', 4, 2, 103, 5, 10, 1_000_000, 1000);
  const recs = Array.from({ length: w.count }, (_, j) => decodeMd(w.f64, w.i32, j));
  assert.equal(w.bytes().length, recs.length * MD_SIZE);
  assert.deepEqual(recs.map((r) => r.mdSeq), [1, 2, 3, 4, 5]);
  const [lv, tr, bar, st, ins] = recs;
  assert.ok(lv?.type === Md.Level && tr?.type === Md.Trade && bar?.type === Md.Bar && st?.type === Md.Status && ins?.type === Md.Instrument);
  assert.deepEqual([lv.side, lv.action, lv.symbol, lv.time, lv.price, lv.qty, lv.count, lv.checksum, lv.eventSeq, lv.inputSeq, lv.endOfUpdate],
    [2, LevelAction.Change, 3, 100, 1005, 70, 2, 0xdeadbeef, 40, 8, true]);
  assert.deepEqual([tr.side, tr.time, tr.price, tr.qty, tr.tradeId, tr.eventSeq, tr.inputSeq, tr.endOfUpdate], [1, 101, 1000, 5, 12, 41, 9, false]);
  assert.deepEqual([bar.interval, bar.closed, bar.openTime, bar.open, bar.high, bar.low, bar.close, bar.volume, bar.trades, bar.notional],
    [1, true, 60_000_000, 10, 12, 9, 11, 500, 7, 5300]);
  assert.deepEqual([st.status, st.time], [2, 102]);
  assert.deepEqual([ins.name, ins.tick, ins.lot, ins.maxQty, ins.refPrice, ins.priceDecimals, ins.qtyDecimals], ['ABC.X', 5, 10, 1_000_000, 1000, 4, 2]);
  const f = w.f64;
  const i = w.i32;
  assert.deepEqual([mdType(i, 0), mdSide(i, 0), mdCode(i, 0), mdSymbol(i, 0), mdSeq(f, 0), mdTime(f, 0), mdEndOfUpdate(i, 0)], [Md.Level, 2, LevelAction.Change, 3, 1, 100, true]);
  assert.equal(f[LevelMd.checksum], 0xdeadbeef);
  assert.equal(mdName(f, 4), 'ABC.X');
  assert.deepEqual(Array.from(f.subarray(3 * MD_SLOTS + MdSlot.time + 1, 4 * MD_SLOTS)), [0, 0, 0, 0, 0, 0, 0], 'STATUS has no body');
});
