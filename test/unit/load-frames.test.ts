/**
 * `bourse load`'s pre-encoded NewOrder frames (server/apps/load/generator.ts, NewOrderFrames):
 * a tick's buffer of frames, written the way the generator writes it (one reused buffer, frames
 * back to back), split by the library's FrameSplitter and decoded by the generated protobufjs code
 * (no Bourse decoding), is exactly the orders the generator accounts for (loadOrder: session,
 * order index, client order id), and byte for byte what FrameWriter.inbound writes for them.
 * Client order ids cover every varint length (1..5 bytes, up to 2^32-1).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bourse } from '../../proto/gen/order_entry.js';
import { FrameSplitter, FrameWriter, type InstrumentInfo } from '../../server/protocol/order-entry.ts';
import { NewOrderFrames, loadOrder } from '../../server/apps/load/generator.ts';

const pb = bourse.order.v1;

const insts: InstrumentInfo[] = [
  { symbol: 'AAPL', symbolId: 1, priceDecimals: 4, qtyDecimals: 0, tick: 100, lot: 1, refPrice: 1_900_000 },
  { symbol: 'BRK.B', symbolId: 2, priceDecimals: 4, qtyDecimals: 0, tick: 1, lot: 100, refPrice: 3_600_000 },
  { symbol: 'X', symbolId: 3, priceDecimals: 2, qtyDecimals: 0, tick: 5, lot: 10, refPrice: 100 },
];

const CIDS = [1, 2, 127, 128, 16383, 16384, 2097151, 2097152, 268435455, 268435456, 2 ** 32 - 2, 2 ** 32 - 1];

test('a tick of pre-encoded frames decodes (protobufjs) to the orders the generator says it sent, with FrameWriter\'s bytes', () => {
  for (const [sessionIndex, account] of [[0, 1], [5, 77], [63, 2 ** 31]] as const) {
    const f = new NewOrderFrames(insts, sessionIndex, account);
    const expected: ReturnType<typeof loadOrder>[] = [];
    const out = new Uint8Array(64 * f.maxFrame);
    let pos = 0;
    // 40 orders of this session (k = 100..139) with ids of every varint length.
    for (let q = 0; q < 40; q++) {
      const k = 100 + q;
      const cid = CIDS[q % CIDS.length]!;
      const before = pos;
      pos = f.write(out, pos, k, cid);
      assert.ok(pos - before <= f.maxFrame);
      const o = loadOrder(insts, sessionIndex, k, account, cid);
      expected.push(o);
      const fw = new FrameWriter();
      fw.inbound(o);
      assert.deepEqual(out.subarray(before, pos), fw.take(), `order k=${k} cid=${cid}`);
    }
    const split = new FrameSplitter(1 << 16);
    const got: unknown[] = [];
    split.push(out.subarray(0, pos), (b, a, e) => {
      const m = pb.Inbound.decode(b.subarray(a, e));
      assert.equal(m.body, 'newOrder');
      const n = m.newOrder!;
      got.push({ kind: 'newOrder', clientOrderId: n.clientOrderId, symbol: n.symbol, side: n.side, ordType: n.ordType, tif: n.timeInForce, price: Number(n.price), qty: Number(n.qty), account: n.account });
    });
    assert.equal(split.pending, 0);
    assert.deepEqual(got, expected);
    // The mix: odd orders are IOC sells 10 ticks under the reference, even ones GTC buys 1-5 ticks under.
    assert.deepEqual(expected.slice(0, 2).map((o) => [o.side, o.tif]), [[1, 1], [2, 2]]);
  }
});
