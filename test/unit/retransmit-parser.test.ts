/**
 * The retransmission protocol's pure parts: the request parser (valid requests round-trip with
 * protobufjs; random and mutated bytes never throw and get a clear reject), the framer fed one
 * byte at a time, the decision table, the response encoding, the window and the rate limiter.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bourse } from '../../proto/gen/feed.js';
import {
  parseRetransmitRequest, encodeRequest, encodeResponse, FrameReader, RetransmitStatus, TOO_BIG, type RetransmitRequest as Request,
} from '../../server/protocol/retransmit.ts';
import { decide, RateLimiter, type WindowState } from '../../server/multicast/retransmit-policy.ts';
import { PacketWindow } from '../../server/multicast/window.ts';
import { ProtoWriter } from '../../server/protocol/writer.ts';
import { Errors } from '../../server/kernel/errors.ts';

const v1 = bourse.feed.v1;
type RetransmitRequest = Request<number>;
const num = (x: unknown): number => Number((x as { toString(): string } | undefined)?.toString() ?? 0);

const reqArb = fc.record({
  sessionId: fc.maxSafeNat(),
  channelId: fc.integer({ min: 0, max: 0xffffffff }),
  firstSeq: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  count: fc.integer({ min: 0, max: 0xffffffff }),
  requestId: fc.integer({ min: 0, max: 0xffffffff }),
});

test('requests encoded by protobufjs parse to the same fields', () => {
  fc.assert(fc.property(reqArb, (r) => {
    const bytes = v1.RetransmitRequest.encode(r).finish();
    const got = parseRetransmitRequest(bytes);
    assert.ok(got.ok, got.ok ? '' : got.detail);
    assert.deepEqual(got.request, { ...r });
    // And our own encoder produces what protobufjs decodes.
    const frame = encodeRequest(r);
    assert.equal(new DataView(frame.buffer, frame.byteOffset).getUint32(0, false), frame.length - 4);
    const back = v1.RetransmitRequest.decode(frame.subarray(4));
    assert.deepEqual([num(back.sessionId), back.channelId, num(back.firstSeq), back.count, back.requestId], [r.sessionId, r.channelId, r.firstSeq, r.count, r.requestId]);
  }), { numRuns: 1000 });
});

test('fuzz: random bytes never throw; the result is a request or a reject with a reason', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (b) => {
    const r = parseRetransmitRequest(b);
    if (r.ok) {
      assert.ok(r.request.firstSeq >= 1 && r.request.firstSeq <= TOO_BIG);
      assert.ok(r.request.channelId <= 0xffffffff && r.request.count <= 0xffffffff);
    } else assert.ok(r.detail.length > 5);
  }), { numRuns: 20_000 });
});

test('fuzz: mutated valid requests never throw', () => {
  const mutated = fc.tuple(reqArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.nat({ max: 20 })).map(([r, flips, cut]) => {
    const b = new Uint8Array(v1.RetransmitRequest.encode(r).finish());
    for (const [at, v] of flips) if (b.length) b[at % b.length] = v;
    return b.subarray(0, Math.max(0, b.length - cut));
  });
  fc.assert(fc.property(mutated, (b) => {
    const r = parseRetransmitRequest(b);
    assert.ok(r.ok || typeof r.detail === 'string');
  }), { numRuns: 20_000 });
});

test('malformed requests get a reason naming the problem', () => {
  const cases: [number[], RegExp][] = [
    [[], /first_seq is missing/],
    [[0x18], /truncated varint/],
    [[0x18, 0x80, 0x80], /truncated varint/],
    [[0x1a, 0x01, 0x05], /field 3 must be a varint/],
    [[0x10, 0x80, 0x80, 0x80, 0x80, 0x10, 0x18, 1], /above 2\^32-1/],
    [[0x18, 1, 0x0b], /wire type 3/],
    [[0x00, 0x01], /invalid field number/],
    [[0x18, 1, 0x32, 0x05, 1], /truncated bytes in field 6/],
    [[0x18, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01], /truncated varint/],
  ];
  for (const [bytes, re] of cases) {
    const r = parseRetransmitRequest(new Uint8Array(bytes));
    assert.equal(r.ok, false, `${bytes} parsed`);
    if (!r.ok) assert.match(r.detail, re);
  }
  // Unknown fields of every wire type are skipped (newer clients may send more).
  const ok = parseRetransmitRequest(new Uint8Array([0x18, 7, 0x30, 1, 0x39, 1, 2, 3, 4, 5, 6, 7, 8, 0x42, 2, 9, 9, 0x4d, 1, 2, 3, 4, 0x20, 3]));
  assert.ok(ok.ok);
  if (ok.ok) assert.deepEqual([ok.request.firstSeq, ok.request.count], [7, 3]);
});

test('the framer reassembles frames fed one byte at a time and flags an oversize length', () => {
  const reqs: RetransmitRequest[] = [1, 2, 3].map((k) => ({ sessionId: 99, channelId: k, firstSeq: 10 * k, count: k, requestId: k }));
  const stream = Uint8Array.from(reqs.flatMap((r) => [...encodeRequest(r)]));
  const fr = new FrameReader(64);
  const got: RetransmitRequest[] = [];
  for (const byte of stream) {
    fr.push(Uint8Array.of(byte));
    for (let f = fr.next(); f !== undefined; f = fr.next()) {
      const r = parseRetransmitRequest(f);
      assert.ok(r.ok);
      if (r.ok) got.push(r.request);
    }
  }
  assert.deepEqual(got, reqs);
  assert.equal(fr.buffered, 0);
  const big = new FrameReader(64);
  big.push(Uint8Array.of(0, 0, 0, 65, 1, 2));
  assert.throws(() => big.next(), /frame length 65 is above the 64-byte limit/);
  const empty = new FrameReader(64);
  empty.push(Uint8Array.of(0, 0, 0, 0));
  assert.deepEqual(empty.next(), new Uint8Array(0));
});

test('decide: every refusal reason, and OK inside the window', () => {
  const st: WindowState = { sessionId: 5, maxMessagesPerRequest: 100, window: (ch) => (ch === 1 ? { firstSeq: 50, lastSeq: 500 } : ch === 2 ? { firstSeq: 0, lastSeq: 0 } : undefined) };
  const r = (o: Partial<RetransmitRequest>): RetransmitRequest => ({ sessionId: 5, channelId: 1, firstSeq: 60, count: 10, requestId: 1, ...o });
  const table: [Partial<RetransmitRequest>, RetransmitStatus][] = [
    [{}, RetransmitStatus.Ok],
    [{ firstSeq: 50, count: 100 }, RetransmitStatus.Ok],
    [{ firstSeq: 401, count: 100 }, RetransmitStatus.Ok],
    [{ sessionId: 4 }, RetransmitStatus.UnknownSession],
    [{ channelId: 9 }, RetransmitStatus.UnknownChannel],
    [{ count: 0 }, RetransmitStatus.RangeTooLarge],
    [{ count: 101 }, RetransmitStatus.RangeTooLarge],
    [{ firstSeq: 49 }, RetransmitStatus.TooOld],
    [{ firstSeq: 495, count: 10 }, RetransmitStatus.NotYetPublished],
    [{ firstSeq: TOO_BIG, count: 1 }, RetransmitStatus.NotYetPublished],
    [{ channelId: 2, firstSeq: 1, count: 1 }, RetransmitStatus.NotYetPublished],
  ];
  for (const [o, want] of table) {
    const d = decide(r(o), st);
    assert.equal(d.status, want, JSON.stringify(o));
    if (want !== RetransmitStatus.Ok) assert.ok(d.detail.length > 10);
  }
});

test('responses decode with protobufjs; OK embeds the stored packets byte for byte', () => {
  const packet = v1.Packet.encode({ channelId: 1, sessionId: 5, firstSeq: 60, messageCount: 1, messages: [{ heartbeat: { lastSeq: 3 } }] }).finish();
  const w = new ProtoWriter(16);
  const frame = encodeResponse(w, { requestId: 7, status: RetransmitStatus.Ok, reason: '', sessionId: 5, channelId: 1, firstSeq: 60, count: 1, windowFirstSeq: 50, lastSeq: 500 }, [packet, packet]);
  assert.equal(new DataView(frame.buffer, frame.byteOffset).getUint32(0, false), frame.length - 4);
  const resp = v1.RetransmitResponse.decode(frame.subarray(4));
  assert.equal(resp.status, v1.RetransmitStatus.RETRANSMIT_OK);
  assert.deepEqual([resp.requestId, num(resp.sessionId), resp.channelId, num(resp.firstSeq), resp.count, num(resp.windowFirstSeq), num(resp.lastSeq), resp.errorCode], [7, 5, 1, 60, 1, 50, 500, 0]);
  assert.equal(resp.packets.length, 2);
  assert.deepEqual(new Uint8Array(v1.Packet.encode(resp.packets[1]!).finish()), new Uint8Array(packet));
  const refusal = encodeResponse(w, { requestId: 8, status: RetransmitStatus.TooOld, reason: 'gone', sessionId: 5, channelId: 1, firstSeq: 2, count: 1, windowFirstSeq: 50, lastSeq: 500 });
  const rr = v1.RetransmitResponse.decode(refusal.subarray(4));
  assert.deepEqual([rr.status, rr.reason, rr.errorCode, rr.packets.length], [v1.RetransmitStatus.RETRANSMIT_TOO_OLD, 'gone', Errors.RETRANSMIT_TOO_OLD.num, 0]);
});

test('the window keeps the newest packets within its byte and message bounds', () => {
  const w = new PacketWindow(1000, 50);
  const pkt = (seq: number, len: number) => Uint8Array.from({ length: len }, (_, i) => (seq + i) & 255);
  let seq = 1;
  const held: [number, number, Uint8Array][] = [];
  fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 200 }), (adds) => {
    for (const [len, count] of adds) {
      const p = pkt(seq, len);
      const kept = w.append(p, seq, count);
      assert.deepEqual(kept, p);
      held.push([seq, count, p]);
      seq += count;
    }
    assert.ok(w.messages <= 50);
    assert.equal(w.lastSeq, seq - 1);
    // Everything still held is intact and findable; older ones are refused.
    const first = w.firstSeq;
    for (const [s, c, p] of held) {
      const f = w.find(s, c);
      if (s < first) assert.equal(f, null);
      else {
        assert.ok(f);
        assert.equal(f![0], f![1]);
        assert.deepEqual(w.packet(f![0]), p);
      }
    }
    const all = w.find(first, seq - first);
    assert.deepEqual(all, [0, w.packets - 1]);
    assert.equal(w.find(first - 1, 1), null);
    assert.equal(w.find(seq - 1, 2), null);
  }), { numRuns: 100 });
});

test('rate limiter: a burst, then the sustained rate, per client', () => {
  const rl = new RateLimiter(10, 3);
  const takes = (key: string, t: number, n: number) => Array.from({ length: n }, () => rl.take(key, t));
  assert.deepEqual(takes('a', 0, 4), [true, true, true, false]);
  assert.deepEqual(takes('b', 0, 1), [true]);
  assert.deepEqual(takes('a', 50, 1), [false]); // half a token
  assert.deepEqual(takes('a', 100, 2), [true, false]);
  assert.deepEqual(takes('a', 10_000, 4), [true, true, true, false]); // refills to the burst only
});
