/**
 * The allocation-free input path (FeedClient `reuseMessages`: PacketCursor, FeedChannel.onCursor)
 * against the allocating one, on the feed's real bytes (MdSim -> the publisher's Packetizer):
 * the same datagrams, with feed A and feed B each losing and reordering packets, gaps filled by
 * retransmission, must give the same delivered stream (every message and level update, in
 * order), the same events, counters and books. And the cursor path allocates no object per
 * message (checked on the scratch objects handed out).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedChannel } from '../../server/feed-client/channel.ts';
import { zeroCounters, type FeedEvent } from '../../server/feed-client/events.ts';
import { decodePacket, PacketCursor, type FeedMessage } from '../../server/feed-client/decoder.ts';
import { MdSim } from '../../server/apps/runtime/md-sim.ts';
import { Packetizer } from '../../server/multicast/packetizer.ts';
import { RetransmitStatus } from '../../server/protocol/retransmit.ts';
import { rng } from '../support/rng.ts';

/** The incremental datagrams of `inputs` simulated inputs, with the first seq and count of each. */
function feedPackets(inputs: number, seed: number): { bytes: Uint8Array; first: number; count: number }[] {
  const out: { bytes: Uint8Array; first: number; count: number }[] = [];
  let t = 1_700_000_000_000_000;
  const pk = new Packetizer({ channelId: 1, sessionId: 42, maxDatagram: 1400, clock: () => (t += 1), currency: 'USD', sink: (b, first, count) => out.push({ bytes: b.slice(), first, count }) });
  pk.addChannelReset(true, t);
  const sim = new MdSim({ seed, symbols: 20, resting: 50, batch: 64, sinks: [(f64, i32, first, count) => {
    for (let i = first; i < first + count; i++) pk.addRecord(f64, i32, i);
  }] });
  for (let done = 0; done < inputs; done += 97) {
    sim.run(97);
    pk.flush();
  }
  return out;
}

type Run = { log: string[]; events: FeedEvent[]; ch: FeedChannel; scratchSeen: Set<FeedMessage> };

/** Feeds the same schedule to a channel through the cursor (reuse) or through decodePacket. */
function run(packets: { bytes: Uint8Array; first: number; count: number }[], schedule: { k: number; src: 'A' | 'B' }[], reuse: boolean): Run {
  const log: string[] = [];
  const events: FeedEvent[] = [];
  const scratchSeen = new Set<FeedMessage>();
  let counting = false;
  const requests: { id: number; from: number; count: number }[] = [];
  const ch = new FeedChannel(
    { channelId: 1, gapWaitMs: 5, reorderWindow: 4096, bufferLimit: 1 << 16, maxRetransmit: 100_000, retransmitTimeoutMs: 1000, canRetransmit: true, staleAfterMs: 1e9, queueLimit: 1e6 },
    {
      event: (e) => events.push(e),
      requestRetransmit: (id, _s, _c, from, count) => requests.push({ id, from, count }),
      data: {
        message: (_c, seq, m) => {
          if (counting) scratchSeen.add(m);
          log.push(`${seq} ${JSON.stringify(m)}`);
        },
        level: (_c, seq, m) => {
          if (counting) scratchSeen.add(m);
          log.push(`${seq} L ${JSON.stringify(m)}`);
        },
      },
    },
    zeroCounters(),
  );
  const cur = new PacketCursor();
  let now = 0;
  for (const { k, src } of schedule) {
    // The first packet starts the session (the path that decodes it whole); count objects after it.
    counting = reuse && k > 0;
    const b = packets[k]!.bytes;
    now += 1;
    if (reuse) {
      cur.open(b);
      if (!ch.dropIfDuplicateOf(cur.channelId, cur.stream, cur.sessionId, cur.firstSeq, cur.count, src, now)) ch.onCursor(cur, src, now);
    } else {
      const p = decodePacket(b);
      if (!ch.dropIfDuplicateOf(p.channelId, p.stream, p.sessionId, p.firstSeq, p.messages.length, src, now)) ch.onPacket(p, src, now);
    }
    ch.tick(now);
    // The retransmission server: every request answered at once from the packets that cover it.
    for (const r of requests.splice(0)) {
      const covering = packets.filter((p) => p.first + p.count > r.from && p.first < r.from + r.count).map((p) => decodePacket(p.bytes));
      ch.onRetransmitReply(r.id, { requestId: r.id, status: RetransmitStatus.Ok, reason: '', errorCode: 0, sessionId: 42n, channelId: 1, firstSeq: r.from, count: r.count, packets: covering, windowFirstSeq: 1, lastSeq: r.from + r.count - 1 }, now);
    }
  }
  for (let i = 0; i < 5; i++) ch.tick((now += 10));
  return { log, events, ch, scratchSeen };
}

for (const [name, seed, lossA, lossB, late] of [
  ['no loss, B always second', 1, 0, 0, 0],
  ['A loses 10%, B 10%, B up to 3 packets late', 2, 0.1, 0.1, 3],
  ['A loses 30%, B reorders up to 8 packets', 3, 0.3, 0, 8],
  ['both lose 40% (retransmission fills most)', 4, 0.4, 0.4, 2],
] as const) {
  test(`reuseMessages delivers what the allocating path delivers: ${name}`, () => {
    const packets = feedPackets(6000, seed);
    const r = rng(seed * 7919);
    const schedule: { k: number; src: 'A' | 'B' }[] = [];
    const pendingB: { at: number; k: number }[] = [];
    for (let k = 0; k < packets.length; k++) {
      if (r() >= lossA) schedule.push({ k, src: 'A' });
      if (r() >= lossB) pendingB.push({ at: k + Math.floor(r() * (late + 1)), k });
      for (const b of pendingB.filter((x) => x.at <= k)) schedule.push({ k: b.k, src: 'B' });
      pendingB.splice(0, pendingB.length, ...pendingB.filter((x) => x.at > k));
    }
    for (const b of pendingB) schedule.push({ k: b.k, src: 'B' });
    const a = run(packets, schedule, false);
    const b = run(packets, schedule, true);
    assert.ok(a.log.length > 5000, `a real stream (${a.log.length} entries)`);
    assert.deepEqual(b.log, a.log);
    assert.deepEqual(b.events, a.events);
    assert.deepEqual(b.ch.counters, a.ch.counters);
    assert.equal(a.ch.counters.checksumFailures, 0);
    if (lossA > 0 && lossB > 0) assert.ok(a.ch.counters.recoveredByRetransmission > 0, 'gaps were filled by retransmission');
    if (late > 0) assert.ok(a.ch.counters.duplicatePackets > 0 && a.ch.counters.messages > 5000);
    assert.equal(a.ch.state, 'live');
    for (const [sym, e] of a.ch.symbols) {
      const f = b.ch.symbols.get(sym)!;
      assert.equal(f.book.checksum(), e.book.checksum(), `book of ${sym}`);
      assert.deepEqual(f.book.depth(1), e.book.depth(1));
      assert.deepEqual(f.book.depth(2), e.book.depth(2));
      assert.deepEqual(f.lastTrade, e.lastTrade);
    }
    if (lossA === 0 && lossB === 0) {
      // In order, every message after the session's first packet came through the cursor: one
      // object per hot kind for thousands of level updates, trades and candles.
      const hot = [...b.scratchSeen].filter((m) => m.kind === 'level' || m.kind === 'trade' || m.kind === 'candle');
      assert.deepEqual(hot.map((m) => m.kind).sort(), ['candle', 'level', 'trade']);
    }
  });
}
