/** The feed client's sequence state machine on synthetic sequence numbers (no sockets, no clock). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SeqTracker, type TrackerOptions, type TrackerSink } from '../../server/feed-client/tracker.ts';
import { zeroCounters, type FeedCounters } from '../../server/feed-client/events.ts';

const OPTS: TrackerOptions = {
  gapWaitMs: 10,
  reorderWindow: 1000,
  bufferLimit: 1024,
  maxRetransmit: 500,
  retransmitTimeoutMs: 100,
  canRetransmit: true,
  staleAfterMs: 1000,
};

type Rec = { log: string[]; delivered: number[]; requests: { id: number; from: number; count: number }[]; lost: [number, number, string][] };

function make(opts: Partial<TrackerOptions> = {}): { t: SeqTracker<number>; r: Rec; c: FeedCounters } {
  const r: Rec = { log: [], delivered: [], requests: [], lost: [] };
  const sink: TrackerSink<number> = {
    deliver: (seq, msg) => {
      assert.equal(seq, msg, 'message carries its own sequence number');
      r.delivered.push(seq);
    },
    reset: (from, to) => r.log.push(`reset ${from} ${to}`),
    gap: (from, to) => r.log.push(`gap ${from}-${to}`),
    requestRetransmit: (id, _s, from, count) => r.requests.push({ id, from, count }),
    recovering: (from, to) => r.log.push(`recovering ${from}-${to}`),
    recovered: (from, to) => r.log.push(`recovered ${from}-${to}`),
    lost: (from, to, reason) => {
      r.lost.push([from, to, reason]);
      r.log.push(`lost ${from}-${to} ${reason}`);
    },
    silent: (on) => r.log.push(on ? 'silent' : 'back'),
  };
  const c = zeroCounters();
  return { t: new SeqTracker<number>({ ...OPTS, ...opts }, sink, c), r, c };
}

/** Messages first..first+n-1, each the value of its own sequence number. */
const msgs = (first: number, n: number) => Array.from({ length: n }, (_, i) => first + i);
const range = (a: number, b: number) => msgs(a, b - a + 1);
const S = 7n;

/** Two timer ticks at the same time: a hole found old by one tick is a gap at the next. */
function settle(t: SeqTracker<number>, now: number): void {
  t.tick(now);
  t.tick(now);
}

test('in order on A then the same packets on B: each message once, B counted as duplicates', () => {
  const { t, r, c } = make();
  for (let s = 1; s <= 100; s += 10) t.onPacket(S, s, msgs(s, 10), 0);
  for (let s = 1; s <= 100; s += 10) t.onPacket(S, s, msgs(s, 10), 0);
  assert.deepEqual(r.delivered, range(1, 100));
  assert.equal(c.duplicatePackets, 10);
  assert.equal(c.duplicateMessages, 100);
  assert.equal(c.gaps, 0);
  assert.deepEqual(r.log, ['reset null 7']);
});

test('packets interleaved from A and B with overlaps: first copy wins, order kept', () => {
  const { t, r, c } = make();
  t.onPacket(S, 1, msgs(1, 5), 0); // A
  t.onPacket(S, 3, msgs(3, 6), 0); // B packed differently: 3..8, 3..5 already had
  t.onPacket(S, 6, msgs(6, 5), 0); // A: 6..10
  assert.deepEqual(r.delivered, range(1, 10));
  assert.equal(c.duplicateMessages, 3 + 3);
});

test('reordering inside the gap wait is not a gap', () => {
  const { t, r, c } = make();
  t.onPacket(S, 1, msgs(1, 2), 0);
  t.onPacket(S, 5, msgs(5, 2), 1);
  t.onPacket(S, 3, msgs(3, 2), 2);
  settle(t, 50);
  assert.deepEqual(r.delivered, range(1, 6));
  assert.equal(c.gaps, 0);
  assert.equal(c.reordered, 2);
  assert.equal(r.requests.length, 0);
});

test('a hole filled by feed B before the wait ends is not a gap; the wait restarts per hole', () => {
  const { t, r, c } = make();
  t.onPacket(S, 1, [1], 0);
  t.onPacket(S, 3, [3], 0); // hole at 2 since t=0
  t.onPacket(S, 5, [5], 8); // hole at 4 (behind 2)
  t.onPacket(S, 2, [2], 9); // B fills 2 at t=9: hole at 4 is new now
  settle(t, 12); // 12 - 0 > gapWait, but the hole at 4 is only 3 ms old
  assert.equal(c.gaps, 0);
  t.onPacket(S, 4, [4], 15);
  assert.deepEqual(r.delivered, range(1, 5));
});

test('a hole older than the gap wait: gap, retransmission request, recovered in order', () => {
  const { t, r, c } = make();
  t.onPacket(S, 1, msgs(1, 10), 0);
  t.onPacket(S, 21, msgs(21, 10), 1); // 11..20 lost on both feeds
  settle(t, 5);
  assert.equal(r.requests.length, 0, 'not before the wait');
  settle(t, 11);
  assert.deepEqual(r.requests, [{ id: 1, from: 11, count: 10 }]);
  t.onPacket(S, 31, msgs(31, 5), 12); // live data keeps coming while recovering
  assert.deepEqual(r.delivered, range(1, 10));
  t.onPacket(S, 11, msgs(11, 10), 13); // the reply
  t.retransmitDone(1, 13);
  assert.deepEqual(r.delivered, range(1, 35));
  assert.deepEqual(r.log, ['reset null 7', 'gap 11-20', 'recovering 11-20', 'recovered 11-20']);
  assert.equal(c.gaps, 1);
  assert.equal(c.recoveredByRetransmission, 1);
  assert.equal(c.lostMessages, 0);
});

test('a refused retransmission: the range is lost, delivery resumes after it', () => {
  const { t, r, c } = make();
  t.onPacket(S, 1, msgs(1, 10), 0);
  t.onPacket(S, 21, msgs(21, 10), 0);
  settle(t, 20);
  t.retransmitFailed(r.requests[0]!.id, 'refused', 'too old', 21);
  assert.deepEqual(r.lost, [[11, 20, 'refused']]);
  assert.deepEqual(r.delivered, [...range(1, 10), ...range(21, 30)]);
  assert.equal(c.lostMessages, 10);
  // A late reply for the old request changes nothing.
  t.onPacket(S, 11, msgs(11, 10), 22);
  assert.deepEqual(r.delivered, [...range(1, 10), ...range(21, 30)]);
});

test('no reply in time: timeout, the range is lost; an incomplete reply loses only the rest', () => {
  const { t, r, c } = make();
  t.onPacket(S, 1, [1], 0);
  t.onPacket(S, 5, [5], 0);
  settle(t, 20);
  settle(t, 200);
  assert.deepEqual(r.lost, [[2, 4, 'timeout']]);
  assert.equal(c.retransmitTimeouts, 1);
  t.onPacket(S, 8, [8], 300);
  settle(t, 320);
  const id = r.requests[1]!.id;
  assert.deepEqual(r.requests[1], { id, from: 6, count: 2 });
  t.onPacket(S, 6, [6], 321); // the reply holds 6 but not 7
  t.retransmitDone(id, 321);
  assert.deepEqual(r.lost[1], [7, 7, 'incomplete']);
  assert.deepEqual(r.delivered, [1, 5, 6, 8]);
});

test('a gap larger than the retransmission maximum goes straight to the snapshot loop', () => {
  const { t, r } = make({ maxRetransmit: 5 });
  t.onPacket(S, 1, [1], 0);
  t.onPacket(S, 10, [10], 0);
  settle(t, 20);
  assert.equal(r.requests.length, 0);
  assert.deepEqual(r.lost, [[2, 9, 'too_large']]);
  assert.deepEqual(r.delivered, [1, 10]);
});

test('without a retransmission server every gap is lost at once', () => {
  const { t, r } = make({ canRetransmit: false });
  t.onPacket(S, 1, [1], 0);
  t.onPacket(S, 3, [3], 0);
  settle(t, 20);
  assert.deepEqual(r.lost, [[2, 2, 'no_retransmission']]);
});

test('a heartbeat reveals a hole at the tail of an idle feed', () => {
  const { t, r } = make();
  t.onPacket(S, 1, msgs(1, 5), 0);
  t.onPacket(S, 8, [], 100); // heartbeat: next is 8, so 6 and 7 were sent
  settle(t, 111);
  assert.deepEqual(r.requests.map((q) => [q.from, q.count]), [[6, 2]]);
  t.onPacket(S, 6, [6, 7], 112);
  assert.deepEqual(r.delivered, range(1, 7));
  t.onPacket(S, 8, [], 113); // a heartbeat at the expected sequence is no hole
  settle(t, 200);
  assert.equal(r.requests.length, 1);
});

test('a new session resets the sequence; stragglers of the old session are ignored', () => {
  const { t, r, c } = make();
  t.onPacket(5n, 1, msgs(1, 10), 0);
  t.onPacket(9n, 1, msgs(1, 3), 1);
  t.onPacket(5n, 11, msgs(11, 3), 2); // late B copy of the old session
  t.onPacket(9n, 4, msgs(4, 2), 3);
  assert.deepEqual(r.delivered, [...range(1, 10), ...range(1, 5)]);
  assert.deepEqual(r.log, ['reset null 5', 'reset 5 9']);
  assert.equal(c.oldSessionPackets, 1);
});

test('late join: the messages before the first packet are a gap, recovered from snapshots, not replayed', () => {
  const { t, r } = make();
  t.onPacket(S, 200, msgs(200, 5), 0);
  t.onPacket(S, 199, [199], 1); // a little reordering at the start is still waited for
  settle(t, 11);
  assert.equal(r.requests.length, 0);
  assert.deepEqual(r.log.slice(1), ['gap 1-198', 'lost 1-198 late_join']);
  assert.deepEqual(r.delivered, range(199, 204));
});

test('a client that started first misses sequence 1 on feed A only: feed B fills it, no gap', () => {
  const { t, r, c } = make();
  t.onPacket(S, 2, [2], 0);
  t.onPacket(S, 1, [1], 0);
  t.onPacket(S, 2, [2], 0);
  settle(t, 50);
  assert.equal(c.gaps, 0);
  assert.deepEqual(r.delivered, [1, 2]);
});

test('a late join far ahead does not fit the buffer: lost at once, no wait', () => {
  const { t, r } = make();
  t.onPacket(S, 1_000_000, msgs(1_000_000, 3), 0);
  assert.deepEqual(r.lost, [[1, 999_999, 'overflow']]);
  assert.deepEqual(r.delivered, range(1_000_000, 1_000_002));
});

test('more held behind a hole than the buffer: the hole is given up', () => {
  const { t, r, c } = make({ bufferLimit: 16, reorderWindow: 1000, gapWaitMs: 1000 });
  t.onPacket(S, 1, [1], 0);
  for (let s = 3; s <= 30; s++) t.onPacket(S, s, [s], 0);
  assert.deepEqual(r.lost, [[2, 2, 'overflow']]);
  assert.deepEqual(r.delivered, [1, ...range(3, 30)]);
  assert.equal(c.bufferedPeak, 15);
});

test('a hole wider than the reorder window is a gap without waiting', () => {
  const { t, r } = make({ reorderWindow: 4 });
  t.onPacket(S, 1, [1], 0);
  t.onPacket(S, 3, msgs(3, 3), 0);
  assert.equal(r.requests.length, 0);
  t.onPacket(S, 6, msgs(6, 2), 0);
  assert.deepEqual(r.requests.map((q) => [q.from, q.count]), [[2, 1]]);
});

test('silence on both feeds is reported, and its end', () => {
  const { t, r, c } = make();
  t.onPacket(S, 1, [1], 0);
  settle(t, 999);
  settle(t, 1000);
  settle(t, 1500);
  t.onPacket(S, 2, [], 1600);
  assert.deepEqual(r.log.slice(1), ['silent', 'back']);
  assert.equal(c.silentPeriods, 1);
});

test('property: any interleaving of A and B copies, with losses recovered by retransmission, delivers 1..N once in order', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 60 }),
      fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 60, maxLength: 60 }),
      fc.array(fc.constantFrom('both', 'a', 'b', 'none'), { minLength: 60, maxLength: 60 }),
      fc.array(fc.nat(1000), { minLength: 240, maxLength: 240 }),
      (nPackets, sizes, fate, shuffle) => {
        const { t, r, c } = make({ gapWaitMs: 5, maxRetransmit: 10_000 });
        const packets: [number, number[]][] = [];
        let seq = 1;
        for (let i = 0; i < nPackets; i++) {
          packets.push([seq, msgs(seq, sizes[i]!)]);
          seq += sizes[i]!;
        }
        const total = seq - 1;
        const wire: [number, number[]][] = [];
        // Sequence 1 lost on both feeds would be a late join (snapshot, not retransmission).
        fate[0] = fate[0] === 'none' ? 'both' : fate[0]!;
        packets.forEach((p, i) => {
          if (fate[i] === 'both' || fate[i] === 'a') wire.push(p);
          if (fate[i] === 'both' || fate[i] === 'b') wire.push(p);
        });
        // Local reordering: each datagram may overtake a few others.
        const keyed = wire.map((p, i) => ({ p, k: i + (shuffle[i % shuffle.length]! % 4) }));
        keyed.sort((x, y) => x.k - y.k);
        let now = 0;
        for (const { p } of keyed) t.onPacket(S, p[0], p[1], now++);
        t.onPacket(S, total + 1, [], now++); // heartbeat announces the end
        // Serve retransmission requests until none is open.
        for (let round = 0; round < 100; round++) {
          now += 10;
          settle(t, now);
          const q = r.requests.shift();
          if (!q) continue;
          t.onPacket(S, q.from, msgs(q.from, q.count), now);
          t.retransmitDone(q.id, now);
        }
        assert.deepEqual(r.delivered, range(1, total));
        assert.equal(c.lostMessages, 0);
      },
    ),
    { numRuns: 200 },
  );
});

test('a hole older than the window the server reported is lost without asking', () => {
  const { t, r } = make();
  t.onPacket(S, 1, [1], 0);
  t.noteWindow(50);
  t.onPacket(S, 60, [60], 0);
  settle(t, 20);
  assert.equal(r.requests.length, 0);
  assert.deepEqual(r.lost, [[2, 59, 'refused']]);
});

test('not yet published: the hole is asked again after another wait, then given up', () => {
  const { t, r } = make();
  t.onPacket(S, 1, [1], 0);
  t.onPacket(S, 3, [3], 0);
  let now = 20;
  settle(t, now);
  for (let k = 0; k < 3; k++) {
    t.retransmitLater(r.requests.at(-1)!.id, now);
    assert.equal(r.requests.length, k + 1, 'no new request before the wait');
    now += 20;
    settle(t, now);
    assert.equal(r.requests.length, k + 2);
  }
  t.retransmitLater(r.requests.at(-1)!.id, now);
  assert.deepEqual(r.lost, [[2, 2, 'refused']]);
  assert.deepEqual(r.delivered, [1, 3]);
  // And when the feed fills the hole meanwhile, the next answer just closes it.
  const b = make();
  b.t.onPacket(S, 1, [1], 0);
  b.t.onPacket(S, 3, [3], 0);
  settle(b.t, 20);
  b.t.onPacket(S, 2, [2], 21);
  b.t.retransmitLater(b.r.requests[0]!.id, 22);
  assert.deepEqual(b.r.delivered, [1, 2, 3]);
  assert.deepEqual(b.r.lost, []);
});

test('a hole is a gap only when a second tick still finds it old (a stalled process reads feed B first)', () => {
  const { t, r, c } = make();
  t.onPacket(S, 1, [1], 0);
  t.onPacket(S, 3, [3], 0);
  t.tick(50); // the process was descheduled: the first tick after it finds the hole old...
  assert.equal(r.requests.length, 0);
  t.onPacket(S, 2, [2], 50); // ...but feed B's copy was waiting in its socket
  t.tick(55);
  assert.equal(c.gaps, 0);
  assert.deepEqual(r.delivered, [1, 2, 3]);
  t.onPacket(S, 5, [5], 60);
  t.tick(90);
  t.tick(95);
  assert.deepEqual(r.requests.map((q) => q.from), [4]);
});

test('duplicate(): a packet wholly applied already is recognised from its header, anything else is not', () => {
  const { t, r, c } = make();
  t.onPacket(S, 1, msgs(1, 10), 0);
  assert.equal(t.duplicate(S, 1, 10, 1), true);
  assert.equal(t.duplicate(S, 5, 6, 1), true);
  assert.equal(t.duplicate(S, 8, 5, 1), false, 'brings 11 and 12');
  assert.equal(t.duplicate(S, 11, 0, 1), false, 'a heartbeat is never a duplicate');
  assert.equal(t.duplicate(8n, 1, 3, 1), false, 'another session');
  assert.equal(c.duplicatePackets, 2);
  assert.equal(c.duplicateMessages, 16);
  assert.deepEqual(r.delivered, range(1, 10));
});
