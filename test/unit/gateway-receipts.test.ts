/**
 * The gateway's receipt clock (server/gateway/receipts.ts): answers matched in FIFO order by
 * session and client order id; answers of orders it never saw (the journal's replay) are ignored;
 * entries an answer skips are dropped and counted; a full FIFO counts what it cannot measure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReceiptClock } from '../../server/gateway/receipts.ts';

test('receipt clock: FIFO match, unknown answers ignored, skipped entries counted, bounded', () => {
  const got: number[] = [];
  const r = new ReceiptClock(4, (us) => got.push(us));
  r.push(1, 10, 100);
  r.push(2, 10, 101);
  r.push(1, 11, 102);
  r.answered(7, 1); // not one of ours (a replayed order): nothing
  r.answered(1, 10);
  r.answered(2, 10);
  r.flush(103);
  assert.deepEqual(got, [3000, 2000]);
  assert.equal(r.inFlight, 1);
  r.push(3, 1, 110);
  r.answered(3, 1); // (1, 11) never answered in order: dropped
  r.flush(110.5);
  assert.deepEqual(got, [3000, 2000, 500]);
  assert.equal(r.skipped, 1);
  assert.equal(r.inFlight, 0);
  for (let i = 0; i < 6; i++) r.push(9, i, 200);
  assert.equal(r.inFlight, 4);
  assert.equal(r.skipped, 3);
  r.flush(300); // nothing pending: nothing recorded
  assert.equal(got.length, 3);
});
