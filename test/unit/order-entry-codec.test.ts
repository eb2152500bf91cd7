/**
 * The order-entry wire codec (server/protocol/order-entry.ts) against the schema: what it writes,
 * the generated protobufjs code (proto/gen/order_entry.js) reads back equal, and the other way
 * round; the frame splitter cuts the same frames whatever the chunking (one byte at a time
 * included); garbage is refused with the caller's code, never an uncoded crash; the session log
 * keeps a bounded window and resends exact ranges.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bourse } from '../../proto/gen/order_entry.js';
import { FrameWriter, FrameSplitter, NewOrderReader, decodeInbound, decodeOutbound, peekOutbound, Peek, type Inbound, type NewOrder, type Outbound, type ExecutionReport } from '../../server/protocol/order-entry.ts';
import { BourseError } from '../../server/kernel/errors.ts';
import { SessionLog } from '../../server/gateway/reports.ts';
import { ProtoWriter } from '../../server/protocol/writer.ts';

const pb = bourse.order.v1;

function frames(bytes: Uint8Array, chunk: number): Uint8Array[] {
  const s = new FrameSplitter(1 << 16);
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += chunk) s.push(bytes.subarray(i, i + chunk), (b, a, e) => out.push(b.slice(a, e)));
  assert.equal(s.pending, 0);
  return out;
}

const inbound: Inbound[] = [
  { kind: 'login', keyId: 7, nonce: new Uint8Array(32).fill(9), signature: new Uint8Array(64).fill(3), lastSeenSeq: 123456789012, cancelOnDisconnect: true, version: 1 },
  { kind: 'newOrder', clientOrderId: 4000000000, symbol: 'BRK.B', side: 2, ordType: 1, tif: 2, price: 3_600_000, qty: 2 ** 40, account: 1 << 20 },
  { kind: 'cancel', orderId: 2 ** 50, symbol: 'AAPL', account: 3 },
  { kind: 'replace', orderId: 12, symbol: 'AAPL', account: 3, price: 1_900_100, qty: 50 },
  { kind: 'massCancel', symbol: '', account: 9 },
  { kind: 'heartbeat', token: 77 },
  { kind: 'logout' },
];

test('Inbound: every message encodes to what protobufjs decodes, and decodes back equal', () => {
  const w = new FrameWriter();
  for (const m of inbound) w.inbound(m);
  const got = frames(w.take(), 1);
  assert.equal(got.length, inbound.length);
  got.forEach((f, i) => {
    const m = inbound[i]!;
    assert.deepEqual(decodeInbound(f, 0, f.length), m);
    const theirs = pb.Inbound.decode(f);
    assert.equal(theirs.body, m.kind === 'newOrder' ? 'newOrder' : m.kind === 'massCancel' ? 'massCancel' : m.kind);
  });
  const n = pb.Inbound.decode(got[1]!).newOrder!;
  assert.deepEqual([n.clientOrderId, n.symbol, n.side, n.ordType, n.timeInForce, Number(n.price), Number(n.qty), n.account], [4000000000, 'BRK.B', 2, 1, 2, 3_600_000, 2 ** 40, 1 << 20]);
  // and protobufjs-encoded frames decode here
  const enc = pb.Inbound.encode({ replace: { orderId: 12, symbol: 'AAPL', account: 3, price: 1_900_100, qty: 50 } }).finish();
  assert.deepEqual(decodeInbound(enc, 0, enc.length), inbound[3]);
});

test('Outbound: reports, rejects and login answers round-trip through protobufjs', () => {
  const msgs: Outbound[] = [
    { kind: 'hello', seq: 0, nonce: new Uint8Array(32).fill(1), version: 1 },
    { kind: 'loginAccepted', seq: 0, firm: 5, lastSeq: 40, firstResendableSeq: 3, instruments: [{ symbol: 'AAPL', symbolId: 0, priceDecimals: 4, qtyDecimals: 0, tick: 100, lot: 1, refPrice: 1_900_000 }] },
    { kind: 'loginRejected', seq: 0, code: 1202, reason: 'bad' },
    { kind: 'executionReport', seq: 41, execType: 3, orderId: 99, clientOrderId: 5, account: 2, symbol: 'AAPL', side: 1, price: 1_900_000, qty: 100, leavesQty: 60, cumQty: 40, tradeId: 7, lastPrice: 1_899_900, lastQty: 40, code: 0, cancelReason: 0, aggressor: true, exchangeSeq: 1234, timeUs: 1_700_000_000_000_000 },
    { kind: 'cancelReject', seq: 42, orderId: 9, code: 1010, replace: true, exchangeSeq: 8, timeUs: 9 },
    { kind: 'sessionReject', seq: 0, code: 1205, reason: 'rate', clientOrderId: 3, closing: true },
    { kind: 'heartbeat', seq: 0, token: 5 },
  ];
  const w = new FrameWriter();
  for (const m of msgs) w.outbound(m);
  const got = frames(w.take(), 7);
  got.forEach((f, i) => assert.deepEqual(decodeOutbound(f, 0, f.length), msgs[i]));
  const er = pb.Outbound.decode(got[3]!);
  assert.equal(Number(er.seq), 41);
  const r = er.executionReport!;
  assert.deepEqual([r.execType, Number(r.orderId), Number(r.leavesQty), Number(r.tradeId), r.aggressor, Number(r.exchangeSeq), Number(r.timeUs)], [3, 99, 60, 7, true, 1234, 1_700_000_000_000_000]);
  const la = pb.Outbound.decode(got[1]!).loginAccepted!;
  assert.equal(la.instruments?.[0]?.symbol, 'AAPL');
});

test('the frame splitter: any chunking gives the same frames; an oversized length stops the stream', () => {
  fc.assert(fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }), fc.integer({ min: 1, max: 64 }), (bodies, chunk) => {
    const parts: number[] = [];
    for (const b of bodies) parts.push(b.length & 0xff, (b.length >>> 8) & 0xff, 0, 0, ...b);
    const got = frames(Uint8Array.from(parts), chunk);
    assert.deepEqual(got.map((g) => [...g]), bodies.map((b) => [...b]));
  }));
  const s = new FrameSplitter(100);
  assert.equal(s.push(Uint8Array.from([101, 0, 0, 0, 1]), () => assert.fail('no frame')), -1);
  assert.equal(s.oversized, 101);
});

test('decoders refuse garbage with the caller\'s code only', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (b) => {
    for (const [dec, code] of [[decodeInbound, 'GW_MALFORMED_FRAME'], [decodeOutbound, 'ORDER_CLIENT_BAD_FRAME']] as const) {
      try {
        dec(b, 0, b.length);
      } catch (e) {
        assert.ok(e instanceof BourseError, String(e));
        assert.equal(e.code, code);
      }
    }
  }), { numRuns: 3000 });
  assert.throws(() => decodeInbound(new Uint8Array(0), 0, 0), { code: 'GW_MALFORMED_FRAME' });
});

test('the session log keeps the newest bytes and resends exact ranges across its wrap', () => {
  const log = new SessionLog(1, 4096);
  const frame = (seq: number) => Uint8Array.from({ length: 10 + (seq % 50) }, (_, i) => (seq + i) & 0xff);
  for (let s = 1; s <= 2000; s++) log.append(frame(s), 0, frame(s).length);
  assert.equal(log.lastSeq, 2000);
  assert.ok(log.firstSeq > 1 && log.firstSeq < 2000);
  let held = 0;
  for (let s = log.firstSeq; s <= 2000; s++) held += frame(s).length;
  assert.ok(held <= 4096);
  for (const from of [log.firstSeq, log.firstSeq + 50, 1999, 2000]) {
    const want: number[] = [];
    for (let s = from; s <= 2000; s++) want.push(...frame(s));
    assert.equal(Buffer.compare(log.range(from), Uint8Array.from(want)), 0, `range from ${from}`);
  }
  assert.equal(log.range(2001).length, 0);
});

// The gateway's allocation-free hot paths against the schema (protobufjs) and the general codec.

const u53 = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 2 ** 32 }), fc.maxSafeNat());
const u32 = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 0xffffffff }));
const report = fc.record({
  seq: u53, execType: fc.integer({ min: 0, max: 6 }), orderId: u53, clientOrderId: u32, account: u32,
  symbol: fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ.'), maxLength: 16 }), side: fc.integer({ min: 0, max: 2 }),
  price: u53, qty: u53, leavesQty: u53, cumQty: u53, tradeId: u53, lastPrice: u53, lastQty: u53, code: u32, cancelReason: fc.integer({ min: 0, max: 6 }),
  aggressor: fc.boolean(), exchangeSeq: u53, timeUs: u53,
});

test('FrameWriter.executionReport writes the bytes protobufjs writes for the same report (short and > 127-byte bodies)', () => {
  const w = new FrameWriter();
  let long = 0;
  const check = (r: ExecutionReport & { seq: number }) => {
    w.reset();
    w.executionReport(r.seq, r);
    const mine = w.w.buf.slice(0, w.w.pos);
    const body = pb.Outbound.encode({ seq: r.seq, executionReport: { ...r } }).finish();
    const want = new Uint8Array(4 + body.length);
    new DataView(want.buffer).setUint32(0, body.length, true);
    want.set(body, 4);
    assert.deepEqual([...mine], [...want]);
    assert.deepEqual(decodeOutbound(mine, 4, mine.length), { kind: 'executionReport', ...r });
    if (body.length > 130) long++;
  };
  fc.assert(fc.property(report, check), { numRuns: 2000 });
  const M = Number.MAX_SAFE_INTEGER;
  check({ seq: M, execType: 6, orderId: M, clientOrderId: 0xffffffff, account: 0xffffffff, symbol: 'ABCDEFGHIJKLMNOP', side: 2, price: M, qty: M, leavesQty: M, cumQty: M, tradeId: M, lastPrice: M, lastQty: M, code: 0xffffffff, cancelReason: 6, aggressor: true, exchangeSeq: M, timeUs: M });
  assert.ok(long > 0, 'a report had a body of 128 bytes or more');
});

test('NewOrderReader reads every NewOrder frame as decodeInbound does, refuses the same garbage, and declines other frames', () => {
  const rd = new NewOrderReader();
  const order = fc.record({
    clientOrderId: u32, symbol: fc.string({ unit: fc.constantFrom(...'ABCXYZ.'), maxLength: 20 }), side: fc.integer({ min: 0, max: 3 }),
    ordType: fc.integer({ min: 0, max: 3 }), tif: fc.integer({ min: 0, max: 7 }), price: u53, qty: u53, account: u32, expireTimeUs: u53,
  });
  const fw = new FrameWriter();
  fc.assert(fc.property(order, (o) => {
    fw.reset();
    fw.inbound({ kind: 'newOrder', ...o });
    const f = fw.w.buf.slice(4, fw.w.pos);
    const want = decodeInbound(f, 0, f.length) as NewOrder;
    assert.equal(rd.read(f, 0, f.length), f.length - 2 < 128);
    if (f.length - 2 >= 128) return;
    assert.deepEqual([rd.clientOrderId, Buffer.from(f.subarray(rd.symStart, rd.symStart + rd.symLen)).toString('latin1'), rd.side, rd.ordType, rd.tif, rd.price, rd.qty, rd.account, rd.expireTimeUs],
      [want.clientOrderId, want.symbol, want.side, want.ordType, want.tif, want.price, want.qty, want.account, want.expireTimeUs ?? 0]);
  }), { numRuns: 2000 });
  // Garbage inside a NewOrder body: both throw the gateway's code, or both read it.
  fc.assert(fc.property(fc.uint8Array({ maxLength: 60 }), (b) => {
    const f = Uint8Array.from([0x12, b.length, ...b]);
    let slow: unknown;
    try {
      decodeInbound(f, 0, f.length);
    } catch (e) {
      slow = e;
    }
    let fast: unknown;
    try {
      assert.equal(rd.read(f, 0, f.length), true);
    } catch (e) {
      fast = e;
    }
    assert.equal(fast === undefined, slow === undefined, `frame ${[...f]}`);
    if (fast) assert.equal((fast as BourseError).code, 'GW_MALFORMED_FRAME');
  }), { numRuns: 3000 });
  // Not a lone NewOrder: declined (the caller decodes it).
  for (const m of inbound.filter((x) => x.kind !== 'newOrder')) {
    fw.reset();
    fw.inbound(m);
    assert.equal(rd.read(fw.w.buf, 4, fw.w.pos), false, m.kind);
  }
});

for (const presize of [false, true]) test(`the session log ${presize ? 'allocated whole' : 'grows from its first 64 KiB to its window'}, then wraps, and resends exact ranges throughout`, () => {
  const log = new SessionLog(1, 300_000, presize);
  const frame = (seq: number) => Uint8Array.from({ length: 10 + (seq % 90) }, (_, i) => (seq * 7 + i) & 0xff);
  const check = (from: number) => {
    const want: number[] = [];
    for (let s = from; s <= log.lastSeq; s++) want.push(...frame(s));
    assert.equal(Buffer.compare(log.range(from), Uint8Array.from(want)), 0, `range from ${from} at ${log.lastSeq}`);
  };
  for (let s = 1; s <= 12_000; s++) {
    log.append(frame(s), 0, frame(s).length);
    if (s % 1500 === 0) for (const from of [log.firstSeq, Math.max(log.firstSeq, s - 700), s]) check(from);
  }
  assert.ok(log.firstSeq > 1, 'the window wrapped');
});

test('ProtoWriter.varint writes the canonical varint of every safe integer (64-bit values by 32-bit halves)', () => {
  // The reference: seven bits at a time by division (what it did before the halves).
  const ref = (v: number) => {
    const out: number[] = [];
    while (v > 127) {
      out.push((v % 128) | 128);
      v = Math.floor(v / 128);
    }
    out.push(v);
    return out;
  };
  const w = new ProtoWriter(16);
  const check = (v: number) => {
    w.pos = 0;
    w.varint(v);
    assert.deepEqual([...w.buf.subarray(0, w.pos)], ref(v), String(v));
  };
  for (const v of [0, 1, 127, 128, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 35 + 127, 1_765_000_000_000_000, Number.MAX_SAFE_INTEGER]) check(v);
  fc.assert(fc.property(fc.integer({ min: 0, max: 53 }), fc.double({ min: 0, max: 1, noNaN: true }), (bits, f) => check(Math.floor(f * 2 ** bits))), { numRuns: 2000 });
});

test('peekOutbound reads what decodeOutbound reads; ackOnly stops a non-fill report after its client order id', () => {
  const w = new FrameWriter();
  const out = new Float64Array(8);
  fc.assert(fc.property(report, (r) => {
    w.reset();
    w.executionReport(r.seq, r);
    const f = w.w.buf.slice(0, w.w.pos);
    const fill = r.execType === 3 || r.execType === 4;
    for (const ackOnly of [false, true]) {
      peekOutbound(f, 4, f.length, out, ackOnly);
      const cut = ackOnly && !fill && r.clientOrderId !== 0;
      assert.deepEqual([out[Peek.seq], out[Peek.body], out[Peek.execType], out[Peek.clientOrderId], out[Peek.orderId]], [r.seq, 5, r.execType, r.clientOrderId, r.orderId]);
      assert.equal(out[Peek.aggressor], cut ? 0 : r.aggressor ? 1 : 0);
      assert.equal(out[Peek.code], cut ? 0 : r.code);
    }
  }), { numRuns: 1000 });
});
