/**
 * The packetizer against the generated protobufjs code: every MD record comes back as the message
 * docs/feed.md maps it to, sequence numbers are contiguous, datagrams respect maxDatagram and are
 * packed full, and the hand-written encoding is byte-identical to protobufjs's own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import protobuf from 'protobufjs/minimal.js';
import { bourse } from '../../proto/gen/feed.js';
import { MdSim } from '../../server/apps/runtime/md-sim.ts';
import { decodeMd, Md } from '../../server/mdp/records.ts';
import { INTERVALS } from '../../server/mdp/candles.ts';
import { TradingStatus } from '../../server/kernel/types.ts';
import { Packetizer, MIN_DATAGRAM } from '../../server/multicast/packetizer.ts';
import { Stream } from '../../server/protocol/packet.ts';
import { ProtoWriter, usToNs } from '../../server/protocol/writer.ts';
import { BourseError } from '../../server/kernel/errors.ts';

const v1 = bourse.feed.v1;
const obj = (m: unknown) => v1.Message.toObject(m as bourse.feed.v1.Message, { longs: Number });
const num = (x: unknown): number => (typeof x === 'object' && x !== null ? Number((x as { toString(): string }).toString()) : Number(x ?? 0));

// One deterministic market: ~30k MD records of every kind.
const sim = new MdSim({ seed: 7, symbols: 4, flowRate: 10_000 }); // 2 s of market: bars close
sim.run(20_000);
const out = sim.mdp.out;
const RECORDS = out.count;

const CLOCK_US = 1_767_625_800_123_456.25;

function packetize(maxDatagram: number): { packets: Uint8Array[]; firsts: number[]; counts: number[]; pk: Packetizer } {
  const packets: Uint8Array[] = [];
  const firsts: number[] = [];
  const counts: number[] = [];
  const pk = new Packetizer({
    channelId: 3, sessionId: 1_767_625_000_000_001, maxDatagram, clock: () => CLOCK_US,
    sink: (b, first, count) => { packets.push(b.slice()); firsts.push(first); counts.push(count); },
  });
  for (let i = 0; i < RECORDS; i++) pk.addRecord(out.f64, out.i32, i);
  pk.flush();
  return { packets, firsts, counts, pk };
}

test('MD records become the documented messages, in order, with contiguous sequence numbers', () => {
  assert.ok(RECORDS > 20_000, `only ${RECORDS} records`);
  const { packets, firsts, counts, pk } = packetize(1400);
  let seq = 1;
  let rec = 0;
  const kinds = new Set<string>();
  for (let k = 0; k < packets.length; k++) {
    const p = v1.Packet.decode(packets[k]!);
    assert.equal(p.channelId, 3);
    assert.equal(num(p.sessionId), 1_767_625_000_000_001);
    assert.equal(num(p.firstSeq), seq, `packet ${k} first_seq`);
    assert.equal(firsts[k], seq);
    assert.equal(p.messageCount, p.messages.length);
    assert.equal(counts[k], p.messages.length);
    assert.equal(p.stream, Stream.Incremental);
    assert.equal(BigInt(p.sendTimeNs.toString()), 1_767_625_800_123_456_250n);
    for (const m of p.messages) {
      const r = decodeMd(out.f64, out.i32, rec++);
      kinds.add(m.body!);
      switch (r.type) {
        case Md.Level: {
          const l = m.levelUpdate!;
          assert.equal(m.body, 'levelUpdate');
          assert.deepEqual([l.symbolId, l.side, l.action, num(l.price), num(l.qty), l.orderCount, l.checksum, l.endOfUpdate],
            [r.symbol, r.side, r.action, r.price, r.qty, r.count, r.checksum, r.endOfUpdate]);
          break;
        }
        case Md.Trade: {
          const t = m.trade!;
          assert.deepEqual([t.symbolId, num(t.price), num(t.qty), t.aggressorSide, num(t.tradeId), num(t.timeUs)],
            [r.symbol, r.price, r.qty, r.side, r.tradeId, r.time]);
          break;
        }
        case Md.Bar: {
          const closed = r.closed;
          assert.equal(m.body, closed ? 'candleClose' : 'candleUpdate');
          const c = (closed ? m.candleClose : m.candleUpdate)!;
          assert.deepEqual([c.symbolId, c.intervalS, num(c.openTimeUs), num(c.open), num(c.high), num(c.low), num(c.close), num(c.volume), num(c.tradeCount), num(c.notional)],
            [r.symbol, INTERVALS[r.interval]!.len / 1e6, r.openTime, r.open, r.high, r.low, r.close, r.volume, r.trades, r.notional]);
          break;
        }
        case Md.Status:
          assert.deepEqual([m.tradingStatus!.symbolId, m.tradingStatus!.status, num(m.tradingStatus!.timeUs)], [r.symbol, r.code, r.time]);
          break;
        case Md.Instrument: {
          const d = m.instrumentDefinition!;
          assert.deepEqual([d.symbolId, d.name, num(d.tick), num(d.lot), d.priceDecimals, d.qtyDecimals, d.currency, d.status, num(d.maxQty), num(d.referencePrice)],
            [r.symbol, r.name, r.tick, r.lot, r.priceDecimals, r.qtyDecimals, 'USD', TradingStatus.Open, r.maxQty, r.refPrice]);
          break;
        }
        default:
          assert.fail(`record type ${(r as { type: number }).type}`);
      }
      seq++;
    }
  }
  assert.equal(rec, RECORDS);
  assert.equal(pk.lastSeq, RECORDS);
  assert.equal(pk.nextSeq, RECORDS + 1);
  for (const k of ['levelUpdate', 'trade', 'candleUpdate', 'candleClose', 'instrumentDefinition']) assert.ok(kinds.has(k), `no ${k} in the sample`);
});

test('hand-written encoding is byte-identical to protobufjs re-encoding the decoded packet', () => {
  const { packets } = packetize(1400);
  for (const b of packets) assert.deepEqual(new Uint8Array(v1.Packet.encode(v1.Packet.decode(b)).finish()), b);
});

test('datagrams never exceed maxDatagram and are packed: the next message would not have fit', () => {
  for (const max of [MIN_DATAGRAM, 512, 1400, 9000]) {
    const { packets } = packetize(max);
    for (let k = 0; k < packets.length; k++) {
      const b = packets[k]!;
      assert.ok(b.length <= max, `${b.length} > ${max}`);
      if (k + 1 < packets.length) {
        const next = v1.Packet.decode(packets[k + 1]!).messages[0]!;
        const nextSize = v1.Packet.encode({ messages: [next] }).finish().length; // tag + len + message
        assert.ok(b.length + nextSize + 1 > max, `packet ${k} of ${b.length} bytes had room for ${nextSize} more (max ${max})`);
      }
    }
  }
});

test('a heartbeat is an empty packet whose first_seq is the next sequence number', () => {
  const got: Uint8Array[] = [];
  const pk = new Packetizer({ channelId: 1, sessionId: 9, maxDatagram: 1400, clock: () => 1e15, sink: (b) => got.push(b.slice()) });
  pk.heartbeat();
  pk.addRecord(out.f64, out.i32, 0);
  pk.addRecord(out.f64, out.i32, 1);
  pk.heartbeat(); // pending messages: flushes them instead
  pk.heartbeat();
  const ps = got.map((b) => v1.Packet.decode(b));
  assert.deepEqual(ps.map((p) => [num(p.firstSeq), p.messageCount, p.messages.length]), [[1, 0, 0], [1, 2, 2], [3, 0, 0]]);
  assert.equal(pk.stats().heartbeats, 2);
});

test('session messages and the snapshot stream encode as documented', () => {
  const got: Uint8Array[] = [];
  const pk = new Packetizer({ channelId: 2, sessionId: 5, maxDatagram: 256, stream: Stream.Snapshot, clock: () => 2e15, sink: (b) => got.push(b.slice()) });
  pk.addChannelReset(true, 2e15);
  pk.addSnapshotBegin(7, 123, 2, 1, 0xfedcba98, 2, 1);
  pk.addSnapshotLevel(7, 1, 1000, 5, 1);
  pk.addSnapshotLevel(7, 1, 990, 6, 2);
  pk.addSnapshotLevel(7, 2, 1010, 7, 3);
  pk.addSnapshotEnd(7, 123, 3, 0xfedcba98, 1);
  pk.addHeartbeatMessage(123);
  pk.addEndOfSession(2e15);
  for (let i = 0; i < 20; i++) pk.addSnapshotLevel(8, 2, 1e12 + i, 2 ** 40, 100_000); // spill over packets
  pk.flush();
  const ps = got.map((b) => v1.Packet.decode(b));
  assert.ok(ps.length > 1);
  const msgs = ps.flatMap((p) => p.messages);
  assert.ok(ps.every((p) => p.stream === v1.Stream.STREAM_SNAPSHOT && p.channelId === 2));
  assert.equal(msgs.length, 28);
  assert.deepEqual(obj(msgs[0]!), { channelReset: { reason: 1, booksEmpty: true, timeUs: 2e15 } });
  assert.deepEqual(obj(msgs[1]!), { snapshotBegin: { symbolId: 7, lastSeq: 123, bidCount: 2, askCount: 1, checksum: 0xfedcba98, status: 2, snapshotId: 1 } });
  assert.deepEqual(obj(msgs[3]!), { snapshotLevel: { symbolId: 7, side: 1, price: 990, qty: 6, orderCount: 2 } });
  assert.deepEqual(obj(msgs[5]!), { snapshotEnd: { symbolId: 7, lastSeq: 123, levelCount: 3, checksum: 0xfedcba98, snapshotId: 1 } });
  assert.deepEqual(obj(msgs[6]!), { heartbeat: { lastSeq: 123 } });
  assert.deepEqual(obj(msgs[7]!), { endOfSession: { lastSeq: 8, timeUs: 2e15 } });
  assert.equal(num(msgs[27]!.snapshotLevel!.price), 1e12 + 19);
  let seq = 1;
  for (const p of ps) {
    assert.equal(num(p.firstSeq), seq);
    seq += p.messages.length;
  }
});

test('varints of any safe integer (negative too) match protobufjs int64', () => {
  fc.assert(fc.property(fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.maxSafeInteger(), fc.maxSafeNat()), (v) => {
    const w = new ProtoWriter(16);
    w.varint(v);
    const ref = new Uint8Array(protobuf.Writer.create().int64(v).finish());
    assert.deepEqual(w.buf.subarray(0, w.pos), ref);
  }), { numRuns: 2000 });
});

test('µs to ns is exact beyond 2^53', () => {
  const out2 = new Uint32Array(2);
  fc.assert(fc.property(fc.integer({ min: 0, max: 4_000_000_000_000_000 }), fc.integer({ min: 0, max: 999 }), (us, sub) => {
    const x = us + sub / 1000; // a double: its fraction is coarse near 2^52, the split must still be exact
    usToNs(x, out2);
    const got = (BigInt(out2[1]!) << 32n) + BigInt(out2[0]!);
    const whole = Math.floor(x);
    const want = BigInt(whole) * 1000n + BigInt(Math.min(999, Math.round((x - whole) * 1000)));
    assert.equal(got, want);
  }), { numRuns: 2000 });
});

test('maxDatagram below the minimum is refused', () => {
  assert.throws(() => new Packetizer({ channelId: 1, sessionId: 1, maxDatagram: MIN_DATAGRAM - 1, clock: () => 0, sink: () => {} }),
    (e: unknown) => e instanceof BourseError && e.code === 'PUBLISHER_BAD_CONFIG');
});
