/**
 * The channel's protocol rules without sockets: a model publisher (books with real checksums,
 * a snapshot loop, a bounded retransmission window) drives a FeedChannel through loss on A and
 * B, refusals, snapshots older and newer than the stream, corrupted updates, late joins and new
 * sessions. Whatever happens, the client's books must end equal to the model's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FeedChannel, type ChannelOptions } from '../../server/feed-client/channel.ts';
import { zeroCounters, type FeedEvent } from '../../server/feed-client/events.ts';
import type { FeedMessage, FeedPacket, LevelMsg, RetransmitResponse } from '../../server/feed-client/decoder.ts';
import { Stream } from '../../server/protocol/packet.ts';
import { RetransmitStatus } from '../../server/protocol/retransmit.ts';
import { bookChecksum } from '../../server/kernel/book-checksum.ts';
import { rng } from '../support/rng.ts';

type Lv = { price: number; qty: number; count: number };

/** The publisher as a client must see it: incremental messages with sequence numbers, snapshots, a window. */
class ModelPublisher {
  session: bigint;
  seq = 0; // last sequence number assigned
  readonly books = new Map<number, { bids: Map<number, Lv>; asks: Map<number, Lv> }>();
  readonly log: FeedMessage[] = []; // log[s - 1] = message with seq s
  snapSeq = 0;
  private snapId = 0;
  private snapNext = 0;
  private readonly r: () => number;
  readonly symbols: number[];

  constructor(seed: number, symbols: number, session = 100n, booksEmpty = true) {
    this.r = rng(seed);
    this.session = session;
    this.symbols = Array.from({ length: symbols }, (_, i) => i + 1);
    this.push({ kind: 'channelReset', reason: 1, booksEmpty, timeUs: 0 });
    for (const s of this.symbols) {
      this.books.set(s, { bids: new Map(), asks: new Map() });
      this.push({ kind: 'instrument', symbolId: s, name: `S${s}`, tick: 1, lot: 1, priceDecimals: 2, qtyDecimals: 0, currency: 'USD', status: 1, maxQty: 1e6, referencePrice: 1000 });
    }
  }

  private push(m: FeedMessage): number {
    this.log.push(m);
    return ++this.seq;
  }

  checksum(sym: number): number {
    const b = this.books.get(sym)!;
    return bookChecksum([...b.bids.values()].sort((x, y) => y.price - x.price), [...b.asks.values()].sort((x, y) => x.price - y.price));
  }

  /** One exchange input: 1-3 level changes on one symbol, the last with end_of_update and the checksum. */
  input(): void {
    const sym = this.symbols[Math.floor(this.r() * this.symbols.length)]!;
    const b = this.books.get(sym)!;
    const n = 1 + Math.floor(this.r() * 3);
    const touched: LevelMsg[] = [];
    for (let k = 0; k < n; k++) {
      const bid = this.r() < 0.5;
      const side = bid ? b.bids : b.asks;
      const price = bid ? 990 - Math.floor(this.r() * 15) : 1000 + Math.floor(this.r() * 15);
      if (touched.some((t) => t.price === price && t.side === (bid ? 1 : 2))) continue;
      const had = side.get(price);
      let action: number;
      if (had && this.r() < 0.4) {
        side.delete(price);
        action = 3;
      } else {
        side.set(price, { price, qty: 1 + Math.floor(this.r() * 500), count: 1 + Math.floor(this.r() * 5) });
        action = had ? 2 : 1;
      }
      const l = side.get(price);
      touched.push({ kind: 'level', symbolId: sym, side: bid ? 1 : 2, action, price, qty: l?.qty ?? 0, orderCount: l?.count ?? 0, checksum: 0, endOfUpdate: false });
    }
    const ck = this.checksum(sym);
    touched[touched.length - 1]!.endOfUpdate = true;
    for (const t of touched) {
      t.checksum = ck;
      this.push(t);
    }
    if (this.r() < 0.2) this.push({ kind: 'trade', symbolId: sym, price: 995, qty: 1, aggressorSide: 1, tradeId: this.seq, timeUs: 0 });
  }

  /** Messages after `from` (exclusive) as packets of 1..5 messages. */
  packetsSince(from: number): FeedPacket[] {
    const out: FeedPacket[] = [];
    let s = from + 1;
    while (s <= this.seq) {
      const n = Math.min(1 + Math.floor(this.r() * 5), this.seq - s + 1);
      out.push(this.packet(s, n));
      s += n;
    }
    return out;
  }

  packet(first: number, n: number): FeedPacket {
    return { channelId: 1, sessionId: this.session, firstSeq: first, sendTimeNs: 0, stream: Stream.Incremental, messages: this.log.slice(first - 1, first - 1 + n) };
  }

  heartbeat(): FeedPacket {
    return { channelId: 1, sessionId: this.session, firstSeq: this.seq + 1, sendTimeNs: 0, stream: Stream.Incremental, messages: [] };
  }

  /** The next symbol's snapshot on the loop, as one packet (snapshot-stream sequence numbers). */
  snapshot(corrupt = false): FeedPacket {
    const sym = this.symbols[this.snapNext++ % this.symbols.length]!;
    const b = this.books.get(sym)!;
    const bids = [...b.bids.values()].sort((x, y) => y.price - x.price);
    const asks = [...b.asks.values()].sort((x, y) => x.price - y.price);
    const id = ++this.snapId;
    const ck = this.checksum(sym);
    const msgs: FeedMessage[] = [
      { kind: 'snapshotBegin', symbolId: sym, lastSeq: this.seq, bidCount: bids.length, askCount: asks.length, checksum: ck, status: 1, snapshotId: id },
      ...bids.map((l): FeedMessage => ({ kind: 'snapshotLevel', symbolId: sym, side: 1, price: l.price, qty: l.qty, orderCount: l.count })),
      ...asks.map((l): FeedMessage => ({ kind: 'snapshotLevel', symbolId: sym, side: 2, price: l.price, qty: l.qty, orderCount: l.count })),
      { kind: 'snapshotEnd', symbolId: sym, lastSeq: this.seq, levelCount: bids.length + asks.length, checksum: ck, snapshotId: id },
    ];
    if (corrupt) (msgs[1] as { qty: number }).qty += 1; // a level that does not match the checksum (or a bad End)
    const p: FeedPacket = { channelId: 1, sessionId: this.session, firstSeq: this.snapSeq + 1, sendTimeNs: 0, stream: Stream.Snapshot, messages: msgs };
    this.snapSeq += msgs.length;
    return p;
  }

  reply(id: number, from: number, count: number, window: number): RetransmitResponse {
    const base = { requestId: id, reason: '', errorCode: 0, sessionId: this.session, channelId: 1, firstSeq: from, count, windowFirstSeq: Math.max(1, this.seq - window + 1), lastSeq: this.seq };
    if (from < this.seq - window + 1) return { ...base, status: RetransmitStatus.TooOld, reason: 'too old', packets: [] };
    return { ...base, status: RetransmitStatus.Ok, packets: [this.packet(from, Math.min(count, this.seq - from + 1))] };
  }
}

const OPTS: ChannelOptions = {
  channelId: 1,
  gapWaitMs: 5,
  reorderWindow: 1000,
  bufferLimit: 1 << 12,
  maxRetransmit: 200,
  retransmitTimeoutMs: 50,
  canRetransmit: true,
  staleAfterMs: 1_000_000,
  queueLimit: 100_000,
};

/** Two timer ticks (a hole found old by one tick is a gap at the next). */
function settle(ch: FeedChannel, now: number): void {
  ch.tick(now);
  ch.tick(now);
}

function harness(opts: Partial<ChannelOptions> = {}) {
  const events: FeedEvent[] = [];
  const requests: { id: number; from: number; count: number }[] = [];
  const counters = zeroCounters();
  const ch = new FeedChannel({ ...OPTS, ...opts }, {
    event: (e) => events.push(e),
    requestRetransmit: (id, _s, _c, from, count) => requests.push({ id, from, count }),
  }, counters);
  return { ch, events, requests, counters, types: () => events.map((e) => e.type) };
}

function assertBooksEqual(ch: FeedChannel, pub: ModelPublisher): void {
  for (const s of pub.symbols) {
    const e = ch.symbols.get(s);
    assert.ok(e, `symbol ${s} unknown to the client`);
    assert.equal(e.stale, false, `symbol ${s} still stale`);
    assert.equal(e.book.checksum(), pub.checksum(s), `symbol ${s} book differs`);
    const b = pub.books.get(s)!;
    assert.equal(e.book.bidLevels, b.bids.size);
    assert.equal(e.book.askLevels, b.asks.size);
  }
}

test('from sequence 1 with no loss: books equal, every checksum verified, live', () => {
  const pub = new ModelPublisher(1, 3);
  const h = harness();
  for (let i = 0; i < 500; i++) pub.input();
  for (const p of pub.packetsSince(0)) {
    h.ch.onPacket(p, 'A', 0);
    h.ch.onPacket(p, 'B', 0);
  }
  assertBooksEqual(h.ch, pub);
  assert.deepEqual(h.types(), ['live']);
  assert.equal(h.ch.state, 'live');
  assert.equal(h.counters.checksumFailures, 0);
  assert.equal(h.counters.checksumOk, 500);
  assert.equal(h.ch.symbols.get(2)!.inst!.name, 'S2');
  assert.equal(h.ch.needsSnapshots, false, 'every book live: the snapshot loop need not be decoded');
});

test('a loss retransmission cannot cover: snapshots older than the loss are ignored, newer ones restore, queued updates replay', () => {
  const pub = new ModelPublisher(2, 3);
  const h = harness();
  for (let i = 0; i < 100; i++) pub.input();
  for (const p of pub.packetsSince(0)) h.ch.onPacket(p, 'A', 0);
  const old = pub.snapshot(); // taken before the loss: must not be used
  const cut = pub.seq;
  for (let i = 0; i < 300; i++) pub.input();
  const tail = pub.packetsSince(cut);
  for (const p of tail.slice(10)) h.ch.onPacket(p, 'A', 1); // the first 10 packets lost on both feeds
  settle(h.ch, 10);
  assert.equal(h.requests.length, 1);
  const q = h.requests[0]!;
  h.ch.onRetransmitReply(q.id, pub.reply(q.id, q.from, q.count, 5), 11); // window too small: refused
  assert.deepEqual(h.types(), ['live', 'gap', 'recovering', 'recovering']);
  const rec = h.events[3] as Extract<FeedEvent, { type: 'recovering' }>;
  assert.equal(rec.via, 'snapshot');
  assert.equal(rec.reason, 'refused');
  assert.deepEqual(rec.symbols, [1, 2, 3]);
  assert.equal(h.ch.state, 'recovering');
  assert.equal(h.ch.needsSnapshots, true, 'stale books: the snapshot loop is decoded');
  h.ch.onPacket(old, 'snapshot', 12);
  assert.equal(h.counters.snapshotsApplied, 0, 'a snapshot from before the loss is not enough');
  // More updates flow (queued for stale symbols), then a full cycle of fresh snapshots, then more.
  const mid = pub.seq;
  for (let i = 0; i < 50; i++) pub.input();
  const snaps = [pub.snapshot(), pub.snapshot(), pub.snapshot()];
  const mid2 = pub.seq;
  for (let i = 0; i < 50; i++) pub.input();
  for (const p of pub.packetsSince(mid)) if (p.firstSeq <= mid2) h.ch.onPacket(p, 'B', 13);
  for (const s of snaps) h.ch.onPacket(s, 'snapshot', 14);
  h.ch.onPacket(pub.snapshot(), 'snapshot', 15); // symbol 1 again: the cycle is complete
  for (const p of pub.packetsSince(mid2)) h.ch.onPacket(p, 'A', 16);
  assertBooksEqual(h.ch, pub);
  assert.deepEqual(h.types(), ['live', 'gap', 'recovering', 'recovering', 'recovered', 'live']);
  assert.equal(h.ch.needsSnapshots, false, 'recovered: the snapshot loop is skipped again');
  assert.equal(h.counters.recoveredBySnapshot, 1);
  assert.equal(h.counters.retransmitRefused, 1);
  assert.ok(h.counters.lostMessages > 0);
});

test('a snapshot newer than the stream wins; updates it already holds are skipped', () => {
  const pub = new ModelPublisher(3, 1);
  const h = harness({ canRetransmit: false });
  for (let i = 0; i < 50; i++) pub.input();
  const first = pub.packetsSince(0);
  for (const p of first) h.ch.onPacket(p, 'A', 0);
  const cut = pub.seq;
  for (let i = 0; i < 50; i++) pub.input();
  const lostTo = pub.seq;
  for (let i = 0; i < 20; i++) pub.input();
  const ahead = pub.seq;
  const snap = pub.snapshot(); // reflects everything up to `ahead`
  for (let i = 0; i < 20; i++) pub.input();
  // The stream resumes after the loss, but the snapshot arrives before the stream reaches `ahead`.
  const rest = pub.packetsSince(lostTo);
  h.ch.onPacket(rest[0]!, 'A', 1);
  settle(h.ch, 10); // no retransmission server: lost at once
  assert.equal(h.counters.lostMessages, lostTo - cut);
  h.ch.onPacket(snap, 'snapshot', 11);
  h.ch.onPacket(pub.snapshot(), 'snapshot', 11); // the same symbol again: a whole cycle seen
  for (const p of rest.slice(1)) h.ch.onPacket(p, 'A', 12);
  assert.ok(ahead > rest[0]!.firstSeq);
  assertBooksEqual(h.ch, pub);
  assert.equal(h.ch.state, 'live');
});

test('a corrupted update fails its checksum: the symbol is stale until a snapshot, the others stay live', () => {
  const pub = new ModelPublisher(4, 2);
  const h = harness();
  for (let i = 0; i < 60; i++) pub.input();
  const packets = pub.packetsSince(0);
  const hit = (m: FeedMessage) => m.kind === 'level' && m.symbolId === 1 && m.side === 1 && m.action !== 3;
  const at = packets.findIndex((p) => p.firstSeq > 30 && p.messages.some(hit));
  const bad = structuredClone(packets[at]!);
  const lv = bad.messages.find(hit) as LevelMsg;
  lv.price = 999; // a wrong value in a right-looking message, at the top of the book (inside the checksum)
  lv.action = 1;
  for (const [i, p] of packets.entries()) h.ch.onPacket(i === at ? bad : p, 'A', 0);
  assert.equal(h.counters.checksumFailures, 1);
  const stale = h.events.find((e) => e.type === 'stale') as Extract<FeedEvent, { type: 'stale' }>;
  assert.equal(stale.reason, 'checksum');
  assert.deepEqual(stale.symbols, [1]);
  assert.deepEqual(h.ch.staleSymbols(), [1]);
  assert.equal(h.ch.symbols.get(2)!.book.checksum(), pub.checksum(2), 'the other symbol is untouched');
  const corruptSnap = pub.snapshot(true);
  h.ch.onPacket(corruptSnap, 'snapshot', 1);
  assert.equal(h.counters.snapshotsDiscarded, 1, 'a snapshot whose levels do not match its checksum is dropped');
  h.ch.onPacket(pub.snapshot(), 'snapshot', 2); // symbol 2 (not stale: unused)
  h.ch.onPacket(pub.snapshot(), 'snapshot', 3); // symbol 1 again: restores it and completes the cycle
  assertBooksEqual(h.ch, pub);
  assert.deepEqual(h.types(), ['live', 'stale', 'recovering', 'recovered', 'live']);
});

test('a new session id resets the channel; stragglers of the old session change nothing', () => {
  const pub = new ModelPublisher(5, 2, 100n);
  const h = harness();
  for (let i = 0; i < 40; i++) pub.input();
  const oldPackets = pub.packetsSince(0);
  for (const p of oldPackets.slice(0, -2)) h.ch.onPacket(p, 'A', 0);
  const next = new ModelPublisher(6, 2, 200n); // restarted publisher: empty books, new session
  for (let i = 0; i < 40; i++) next.input();
  for (const p of next.packetsSince(0)) h.ch.onPacket(p, 'A', 1);
  for (const p of oldPackets.slice(-2)) h.ch.onPacket(p, 'B', 2); // late copies from B
  assertBooksEqual(h.ch, next);
  const reset = h.events.find((e) => e.type === 'reset');
  assert.deepEqual(reset, { type: 'reset', channel: 1, from: '100', to: '200' });
  assert.equal(h.counters.oldSessionPackets, 2);
  assert.equal(h.ch.session, '200');
});

test('a session that starts with books (books_empty false) is taken from the snapshot loop', () => {
  const pub = new ModelPublisher(7, 2, 300n, false);
  // The publisher "recovered" books before seq 1: put some levels in without sequenced updates.
  pub.books.get(1)!.bids.set(980, { price: 980, qty: 10, count: 1 });
  pub.books.get(2)!.asks.set(1010, { price: 1010, qty: 20, count: 2 });
  const h = harness();
  for (const p of pub.packetsSince(0)) h.ch.onPacket(p, 'A', 0);
  assert.equal(h.ch.state, 'recovering');
  const snaps = [pub.snapshot(), pub.snapshot(), pub.snapshot()];
  const since = pub.seq;
  for (let i = 0; i < 30; i++) pub.input();
  for (const p of pub.packetsSince(since)) h.ch.onPacket(p, 'A', 1);
  for (const s of snaps) h.ch.onPacket(s, 'snapshot', 2);
  assertBooksEqual(h.ch, pub);
  const rec = h.events.find((e) => e.type === 'recovering') as Extract<FeedEvent, { type: 'recovering' }>;
  assert.equal(rec.reason, 'session_start');
  assert.equal(h.ch.state, 'live');
});

test('late join far into a session: instruments from the loop, books from snapshots', () => {
  const pub = new ModelPublisher(8, 4);
  for (let i = 0; i < 3000; i++) pub.input();
  const h = harness({ maxRetransmit: 100 });
  const joinAt = pub.seq;
  for (let i = 0; i < 10; i++) pub.input();
  for (const p of pub.packetsSince(joinAt)) h.ch.onPacket(p, 'A', 0);
  settle(h.ch, 10);
  assert.deepEqual(h.types(), ['gap', 'recovering']);
  assert.equal((h.events[1] as { reason?: string }).reason, 'overflow', 'too far ahead to hold even for a retransmission');
  h.ch.onPacket({ channelId: 1, sessionId: pub.session, firstSeq: 1, sendTimeNs: 0, stream: Stream.Instruments, messages: pub.log.slice(1, 5) }, 'instruments', 11);
  for (let k = 0; k < 5; k++) h.ch.onPacket(pub.snapshot(), 'snapshot', 12);
  assertBooksEqual(h.ch, pub);
  assert.equal(h.ch.symbols.get(4)!.inst!.name, 'S4');
  assert.equal(h.ch.state, 'live');
});

test('property: any loss on A and B, any retransmission window, any snapshot timing: books end equal', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 1e9 }),
      fc.integer({ min: 1, max: 5 }),
      fc.double({ min: 0, max: 0.5, noNaN: true }),
      fc.double({ min: 0, max: 0.5, noNaN: true }),
      fc.integer({ min: 1, max: 400 }),
      fc.boolean(),
      (seed, symbols, lossA, lossB, window, lateJoin) => {
        const pub = new ModelPublisher(seed, symbols);
        const r = rng(seed ^ 0x5bd1e995);
        const h = harness();
        let now = 0;
        let sent = 0;
        if (lateJoin) {
          for (let i = 0; i < 200; i++) pub.input();
          sent = pub.seq - 3;
        }
        const serve = (): void => {
          for (const q of h.requests.splice(0)) h.ch.onRetransmitReply(q.id, pub.reply(q.id, q.from, q.count, window), now);
        };
        for (let round = 0; round < 60; round++) {
          for (let i = 0; i < 10; i++) pub.input();
          for (const p of pub.packetsSince(sent)) {
            if (r() >= lossA) h.ch.onPacket(p, 'A', now);
            if (r() >= lossB) h.ch.onPacket(p, 'B', now);
          }
          sent = pub.seq;
          if (r() < 0.3) h.ch.onPacket(pub.snapshot(), 'snapshot', now);
          now += 3;
          settle(h.ch, now);
          serve();
        }
        // Quiet end: heartbeats, retransmissions and snapshots until caught up (bounded).
        for (let k = 0; k < 200 && (h.ch.expected <= pub.seq || h.ch.state !== 'live'); k++) {
          h.ch.onPacket(pub.heartbeat(), 'A', now);
          now += 10;
          settle(h.ch, now);
          serve();
          h.ch.onPacket(pub.snapshot(), 'snapshot', now);
        }
        assert.equal(h.ch.expected, pub.seq + 1);
        assertBooksEqual(h.ch, pub);
        assert.equal(h.ch.state, 'live');
        assert.equal(h.counters.checksumFailures, 0);
      },
    ),
    { numRuns: 150 },
  );
});
