/**
 * The client's byte-level decoders against the generated protobufjs code (proto/gen): what one
 * encodes the other must read back equal; retransmission frames split anywhere (down to one
 * byte at a time) give the same frames; random and mutated bytes never crash, they are refused
 * with FEED_BAD_PACKET / FEED_BAD_FRAME.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bourse } from '../../proto/gen/feed.js';
import { decodePacket, decodeResponse, PacketCursor, type FeedMessage } from '../../server/feed-client/decoder.ts';
import { peekHeader } from '../../server/protocol/packet.ts';
import { FrameReader, encodeRequest } from '../../server/protocol/retransmit.ts';
import { BourseError } from '../../server/kernel/errors.ts';

const pb = bourse.feed.v1;

// --- arbitraries: wire objects (protobufjs field names) and what the client must decode them to

const u32 = fc.nat({ max: 2 ** 32 - 1 });
const small = fc.nat({ max: 2 ** 31 - 1 });
const safe = fc.nat({ max: Number.MAX_SAFE_INTEGER });
const i64 = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
const side = fc.constantFrom(1, 2);
const name = fc.stringMatching(/^[A-Z0-9.]{0,16}$/);

type Case = { wire: Record<string, unknown>; want: FeedMessage };

const message: fc.Arbitrary<Case> = fc.oneof(
  fc.record({ symbolId: u32, name, tick: i64, lot: i64, priceDecimals: fc.nat(18), qtyDecimals: fc.nat(18), currency: fc.constantFrom('USD', 'EUR', ''), status: fc.nat(2), maxQty: i64, referencePrice: i64 })
    .map((m) => ({ wire: { instrumentDefinition: m }, want: { kind: 'instrument', ...m } as FeedMessage })),
  fc.record({ symbolId: u32, status: fc.nat(2), timeUs: safe }).map((m) => ({ wire: { tradingStatus: m }, want: { kind: 'status', ...m } as FeedMessage })),
  fc.record({ symbolId: u32, side, action: fc.constantFrom(1, 2, 3), price: i64, qty: i64, orderCount: u32, checksum: u32, endOfUpdate: fc.boolean() })
    .map((m) => ({ wire: { levelUpdate: m }, want: { kind: 'level', ...m } as FeedMessage })),
  fc.record({ symbolId: u32, price: i64, qty: i64, aggressorSide: fc.nat(2), tradeId: safe, timeUs: safe }).map((m) => ({ wire: { trade: m }, want: { kind: 'trade', ...m } as FeedMessage })),
  fc.tuple(fc.boolean(), fc.record({ symbolId: u32, intervalS: u32, openTimeUs: safe, open: i64, high: i64, low: i64, close: i64, volume: i64, tradeCount: safe, notional: i64 }))
    .map(([closed, m]) => ({ wire: closed ? { candleClose: m } : { candleUpdate: m }, want: { kind: 'candle', closed, ...m } as FeedMessage })),
  fc.record({ lastSeq: safe }).map((m) => ({ wire: { heartbeat: m }, want: { kind: 'heartbeat', ...m } as FeedMessage })),
  fc.record({ symbolId: u32, lastSeq: safe, bidCount: u32, askCount: u32, checksum: u32, status: fc.nat(2), snapshotId: safe })
    .map((m) => ({ wire: { snapshotBegin: m }, want: { kind: 'snapshotBegin', ...m } as FeedMessage })),
  fc.record({ symbolId: u32, side, price: i64, qty: i64, orderCount: u32 }).map((m) => ({ wire: { snapshotLevel: m }, want: { kind: 'snapshotLevel', ...m } as FeedMessage })),
  fc.record({ symbolId: u32, lastSeq: safe, levelCount: u32, checksum: u32, snapshotId: safe }).map((m) => ({ wire: { snapshotEnd: m }, want: { kind: 'snapshotEnd', ...m } as FeedMessage })),
  fc.record({ reason: fc.nat(1), booksEmpty: fc.boolean(), timeUs: safe }).map((m) => ({ wire: { channelReset: m }, want: { kind: 'channelReset', ...m } as FeedMessage })),
  fc.record({ lastSeq: safe, timeUs: safe }).map((m) => ({ wire: { endOfSession: m }, want: { kind: 'endOfSession', ...m } as FeedMessage })),
);

const session = fc.bigInt({ min: 1n, max: 2n ** 64n - 1n });
const packetCase = fc.record({
  channelId: small,
  sessionId: session,
  firstSeq: fc.integer({ min: 1, max: 2 ** 52 }),
  sendTimeNs: fc.nat({ max: 2 ** 52 }),
  stream: fc.nat(2),
  messages: fc.array(message, { maxLength: 12 }),
});

function encodePacket(p: { channelId: number; sessionId: bigint; firstSeq: number; sendTimeNs: number; stream: number; messages: Case[] }): Uint8Array {
  return pb.Packet.encode(
    pb.Packet.create({
      channelId: p.channelId,
      sessionId: p.sessionId.toString() as unknown as number,
      firstSeq: p.firstSeq,
      sendTimeNs: p.sendTimeNs,
      messageCount: p.messages.length,
      messages: p.messages.map((m) => pb.Message.create(m.wire as never)),
      stream: p.stream,
    }),
  ).finish();
}

/** Decoding must succeed, or fail with one of the client's registered errors: never anything else. */
function decodesOrRefuses(f: () => unknown, codes: string[]): void {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof BourseError, `not a BourseError: ${(e as Error).stack}`);
    assert.ok(codes.includes(e.code), `unexpected code ${e.code}`);
    assert.match(e.message, /\(byte \d+\)|frame length/);
  }
}

test('every packet protobufjs encodes, the client decodes to the same values', () => {
  fc.assert(
    fc.property(packetCase, (p) => {
      const got = decodePacket(encodePacket(p));
      assert.equal(got.channelId, p.channelId);
      assert.equal(got.sessionId, p.sessionId);
      assert.equal(got.firstSeq, p.firstSeq);
      assert.equal(got.sendTimeNs, p.sendTimeNs);
      assert.equal(got.stream, p.stream);
      assert.deepEqual(got.messages, p.messages.map((m) => m.want));
      assert.deepEqual(peekHeader(encodePacket(p)), { channelId: p.channelId, sessionId: p.sessionId, firstSeq: p.firstSeq, messageCount: p.messages.length, stream: p.stream });
    }),
    { numRuns: 500 },
  );
});

test('unknown fields are skipped and an unknown message body still takes its place', () => {
  // Packet field 15 (varint), then a Message with an unknown body field 100 (bytes) and one with a level update.
  const known = encodePacket({ channelId: 3, sessionId: 9n, firstSeq: 5, sendTimeNs: 0, stream: 0, messages: [] });
  const level = pb.Message.encode({ levelUpdate: { symbolId: 1, side: 1, action: 1, price: 100, qty: 5, orderCount: 1, endOfUpdate: true } }).finish();
  const bytes = Uint8Array.from([
    ...known.filter((_, i) => i < known.length), // channel, session, first_seq (count 0 omitted)
    (15 << 3) | 0, 42,
    (5 << 3) | 0, 2, // message_count 2
    (6 << 3) | 2, 5, 0xa2, 0x06, 2, 0xaa, 0xbb, // key of field 100 (bytes) is the 2-byte varint 0xa2 0x06 (20 is CandleEmptyRun)
    (6 << 3) | 2, level.length, ...level,
  ]);
  const p = decodePacket(bytes);
  assert.equal(p.messages.length, 2);
  assert.deepEqual(p.messages[0], { kind: 'unknown', field: 100 });
  assert.equal(p.messages[1]!.kind, 'level');
});

test('broken packets are refused with the reason and the byte', () => {
  const good = encodePacket({ channelId: 1, sessionId: 7n, firstSeq: 10, sendTimeNs: 5, stream: 0, messages: [] });
  const cases: [Uint8Array, RegExp][] = [
    [good.subarray(0, good.length - 1), /runs past the end/],
    [Uint8Array.from([(1 << 3) | 2, 5, 1]), /channel_id has wire type 2/],
    [Uint8Array.from([(1 << 3) | 3]), /unsupported wire type 3/],
    [Uint8Array.from([0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]), /longer than 10 bytes/],
    [encodePacket({ channelId: 1, sessionId: 7n, firstSeq: 10, sendTimeNs: 5, stream: 0, messages: [] }).subarray(0, 2), /first_seq is missing|session_id/],
    [Uint8Array.from([...good, (5 << 3) | 0, 3]), /message_count 3 but 0 messages/],
    [Uint8Array.from([...good, (7 << 3) | 0, 9]), /unknown stream 9/],
    [Uint8Array.from([...good, (6 << 3) | 2, 4, (3 << 3) | 2, 2, (2 << 3) | 0, 7, (5 << 3), 1]), /side 7 is not buy/],
    [Uint8Array.from([...good, (6 << 3) | 2, 10, (3 << 3) | 2, 8]), /length runs past the end/],
    [Uint8Array.from([(2 << 3) | 0, 1, (3 << 3) | 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]), /first_seq is above 2\^53/],
  ];
  for (const [bytes, re] of cases) {
    assert.throws(() => decodePacket(bytes), (e: unknown) => e instanceof BourseError && e.code === 'FEED_BAD_PACKET' && re.test(e.message), `expected ${re}`);
  }
});

test('fuzz: random bytes never crash the packet decoder', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      decodesOrRefuses(() => decodePacket(bytes), ['FEED_BAD_PACKET']);
      decodesOrRefuses(() => peekHeader(bytes), ['FEED_BAD_PACKET']);
    }),
    { numRuns: 5000 },
  );
});

test('fuzz: mutated valid packets (flipped, cut, inserted bytes) are decoded or refused, never crash', () => {
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  );
  let refused = 0;
  fc.assert(
    fc.property(packetCase, fc.array(mutation, { minLength: 1, maxLength: 4 }), (p, muts) => {
      let b = encodePacket(p);
      for (const m of muts) {
        if (b.length === 0) break;
        const at = m.at % b.length;
        if (m.kind === 'flip') (b = b.slice())[at]! ^= m.xor;
        else if (m.kind === 'cut') b = b.subarray(0, at);
        else b = Uint8Array.from([...b.subarray(0, at), ...m.bytes, ...b.subarray(at)]);
      }
      try {
        decodePacket(b);
      } catch (e) {
        refused++;
        assert.ok(e instanceof BourseError && e.code === 'FEED_BAD_PACKET', String(e));
      }
    }),
    { numRuns: 3000 },
  );
  assert.ok(refused > 300, `most mutations should be refused, only ${refused} were`);
});

// --- PacketCursor: the same packets, no object per message

/** Everything the cursor reads of `b`, as plain data (messages copied as read: they are scratch objects). */
function viaCursor(cur: PacketCursor, b: Uint8Array): { channelId: number; sessionId: bigint; firstSeq: number; sendTimeNs: number; stream: number; messages: FeedMessage[] } {
  cur.open(b);
  const messages: FeedMessage[] = [];
  for (let i = 0; i < cur.count; i++) messages.push({ ...cur.message(i) });
  return { channelId: cur.channelId, sessionId: cur.sessionId, firstSeq: cur.firstSeq, sendTimeNs: cur.sendTimeNs, stream: cur.stream, messages };
}

test('PacketCursor reads every packet as decodePacket does, reusing one object per kind', () => {
  const cur = new PacketCursor(); // one cursor for every packet, as a client keeps it
  fc.assert(
    fc.property(packetCase, (p) => {
      const b = encodePacket(p);
      const want = decodePacket(b);
      assert.deepEqual(viaCursor(cur, b), want);
      assert.deepEqual(cur.open(b).packet(), want);
      // The hot kinds come back in the same object every time.
      for (let i = 0, seen = new Map<string, FeedMessage>(); i < cur.count; i++) {
        const m = cur.message(i);
        if (m.kind === 'level' || m.kind === 'trade' || m.kind === 'candle' || m.kind === 'heartbeat') {
          assert.ok(!seen.has(m.kind) || seen.get(m.kind) === m, `${m.kind} is reused`);
          seen.set(m.kind, m);
        }
      }
    }),
    { numRuns: 2000 },
  );
});

test('fuzz: on mutated packets the cursor refuses what decodePacket refuses (at open or at the broken message) and reads the rest equal', () => {
  const mutation = fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }), cut: fc.boolean() });
  const cur = new PacketCursor();
  let refused = 0;
  fc.assert(
    fc.property(packetCase, fc.array(mutation, { minLength: 1, maxLength: 3 }), (p, muts) => {
      let b = encodePacket(p);
      for (const m of muts) {
        if (b.length === 0) break;
        const at = m.at % b.length;
        if (m.cut) b = b.subarray(0, at);
        else (b = b.slice())[at]! ^= m.xor;
      }
      let want: ReturnType<typeof decodePacket> | undefined;
      try {
        want = decodePacket(b);
      } catch (e) {
        assert.ok(e instanceof BourseError && e.code === 'FEED_BAD_PACKET', String(e));
      }
      if (want) return assert.deepEqual(viaCursor(cur, b), want);
      refused++;
      assert.throws(() => viaCursor(cur, b), (e: unknown) => e instanceof BourseError && e.code === 'FEED_BAD_PACKET');
    }),
    { numRuns: 3000 },
  );
  assert.ok(refused > 300, `most mutations should be refused, only ${refused} were`);
});

// --- retransmission frames

function responseFrame(requestId: number, packets: Uint8Array[], status = 1): Uint8Array {
  const body = pb.RetransmitResponse.encode(
    pb.RetransmitResponse.create({ requestId, status, reason: status === 1 ? '' : 'too old', sessionId: 77, channelId: 1, firstSeq: 5, count: 3, packets: packets.map((b) => pb.Packet.decode(b)), windowFirstSeq: 2, lastSeq: 99 }),
  ).finish();
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint32(0, body.length, false);
  out.set(body, 4);
  return out;
}

const samplePackets = [1, 2, 3].map((k) =>
  encodePacket({ channelId: 1, sessionId: 77n, firstSeq: 4 + k, sendTimeNs: k, stream: 0, messages: [{ wire: { trade: { symbolId: k, price: 100 * k, qty: k, aggressorSide: 1, tradeId: k, timeUs: k } }, want: {} as FeedMessage }] }),
);
const stream = Uint8Array.from([...responseFrame(1, samplePackets), ...responseFrame(2, [], 5), ...responseFrame(3, samplePackets.slice(1))]);

function readAll(chunks: Uint8Array[]): ReturnType<typeof decodeResponse>[] {
  const fr = new FrameReader();
  const out: ReturnType<typeof decodeResponse>[] = [];
  for (const c of chunks) {
    fr.push(c);
    for (let f = fr.next(); f; f = fr.next()) out.push(decodeResponse(f));
  }
  assert.equal(fr.buffered, 0);
  return out;
}

test('retransmission replies fed one byte at a time decode like the whole stream', () => {
  const whole = readAll([stream]);
  assert.deepEqual(whole.map((r) => [r.requestId, r.status, r.packets.length]), [[1, 1, 3], [2, 5, 0], [3, 1, 2]]);
  assert.equal(whole[1]!.reason, 'too old');
  assert.equal(whole[0]!.sessionId, 77n);
  assert.deepEqual(whole[0]!.packets.map((p) => p.firstSeq), [5, 6, 7]);
  assert.deepEqual(whole[0]!.packets[2]!.messages[0], { kind: 'trade', symbolId: 3, price: 300, qty: 3, aggressorSide: 1, tradeId: 3, timeUs: 3 });
  const bytewise = readAll([...stream].map((b) => Uint8Array.of(b)));
  assert.deepEqual(bytewise, whole);
});

test('retransmission replies split at random points decode like the whole stream', () => {
  const whole = readAll([stream]);
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 1, max: stream.length - 1 }), { maxLength: 20 }), (cuts) => {
      cuts.sort((a, b) => a - b);
      const chunks: Uint8Array[] = [];
      let at = 0;
      for (const c of [...cuts, stream.length]) {
        chunks.push(stream.slice(at, c));
        at = c;
      }
      assert.deepEqual(readAll(chunks), whole);
    }),
  );
});

test('fuzz: garbage on the retransmission connection is refused, never a crash', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      decodesOrRefuses(() => {
        const fr = new FrameReader(1 << 16);
        fr.push(bytes);
        for (let f = fr.next(); f; f = fr.next()) decodeResponse(f);
      }, ['FEED_BAD_FRAME', 'FEED_BAD_PACKET']);
    }),
    { numRuns: 3000 },
  );
  assert.throws(() => {
    const fr = new FrameReader(1000);
    fr.push(Uint8Array.of(0, 0, 0x10, 0));
    fr.next();
  }, /FEED_BAD_FRAME: .*frame length 4096 is above the 1000-byte limit/);
});

test('the request the client sends is what protobufjs reads', () => {
  fc.assert(
    fc.property(session, small, safe, u32, u32, (sessionId, channelId, firstSeq, count, requestId) => {
      const frame = encodeRequest({ sessionId, channelId, firstSeq, count, requestId });
      const n = new DataView(frame.buffer).getUint32(0, false);
      assert.equal(n, frame.length - 4);
      const r = pb.RetransmitRequest.decode(frame.subarray(4));
      assert.equal(BigInt(r.sessionId.toString()), sessionId);
      assert.equal(r.channelId, channelId);
      assert.equal(Number(r.firstSeq.toString()), firstSeq);
      assert.equal(r.count, count);
      assert.equal(r.requestId, requestId);
    }),
  );
});
