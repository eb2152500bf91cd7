/**
 * Issue 14 in order entry: the native protocol carries DAY, GTD (with expire_time_us), AT_OPEN and
 * AT_CLOSE, encoded as protobufjs reads them and back; FIX maps TimeInForce (59) 0/1/2/3/6/7 and
 * reads ExpireTime (126) as a UTCTimestamp.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bourse } from '../../proto/gen/order_entry.js';
import { FrameWriter, FrameSplitter, decodeInbound, Tif, type NewOrder } from '../../server/protocol/order-entry.ts';
import { fixTimestampUs } from '../../server/gateway/fix.ts';
import { TimeInForce } from '../../server/kernel/types.ts';

const pb = bourse.order.v1;

test('native NewOrder: the trading-day time in force and a GTD expire time round-trip, through protobufjs too', () => {
  assert.deepEqual([Tif.DAY, Tif.GTD, Tif.AtOpen, Tif.AtClose], [TimeInForce.DAY, TimeInForce.GTD, TimeInForce.AtOpen, TimeInForce.AtClose], 'wire values = the engine\'s');
  const orders: NewOrder[] = [
    { kind: 'newOrder', clientOrderId: 1, symbol: 'AAPL', side: 1, ordType: 1, tif: Tif.GTD, price: 1_900_000, qty: 10, account: 3, expireTimeUs: 1_767_657_600_123_456 },
    { kind: 'newOrder', clientOrderId: 2, symbol: 'AAPL', side: 2, ordType: 2, tif: Tif.AtClose, price: 0, qty: 10, account: 3 },
  ];
  const w = new FrameWriter();
  for (const m of orders) w.inbound(m);
  const bytes = w.take();
  const got: Uint8Array[] = [];
  const s = new FrameSplitter(1 << 16);
  s.push(bytes, (b, a, e) => got.push(b.slice(a, e)));
  assert.deepEqual(got.map((f) => decodeInbound(f, 0, f.length)), orders);
  const n = pb.Inbound.decode(got[0]!).newOrder!;
  assert.deepEqual([n.timeInForce, Number(n.expireTimeUs)], [Tif.GTD, 1_767_657_600_123_456]);
  const enc = pb.Inbound.encode({ newOrder: { clientOrderId: 2, symbol: 'AAPL', side: 2, ordType: 2, timeInForce: Tif.AtClose, qty: 10, account: 3 } }).finish();
  assert.deepEqual(decodeInbound(enc, 0, enc.length), orders[1]);
});

test('FIX ExpireTime (126): UTCTimestamp to µs, malformed ones undefined', () => {
  assert.equal(fixTimestampUs('20260106-21:00:00'), Date.UTC(2026, 0, 6, 21) * 1000);
  assert.equal(fixTimestampUs('20260106-21:00:00.250'), Date.UTC(2026, 0, 6, 21) * 1000 + 250_000);
  assert.equal(fixTimestampUs('20260106-21:00:00.000007'), Date.UTC(2026, 0, 6, 21) * 1000 + 7);
  for (const bad of ['', '2026-01-06T21:00:00Z', '20260106-21:00', '20260106-21:00:00.25']) assert.equal(fixTimestampUs(bad), undefined, bad);
});
