/**
 * The WebSocket `status` channel carries call auctions and end-of-session summaries (issue 14):
 * a real HTTP server with the relay, real `ws` clients (JSON and protobuf), MD records written
 * here as the MDP writes them. A subscriber during a call gets the status and the latest auction
 * as its snapshot; then `auction` and `summary` messages follow on the same seq / prev chain.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { bourse } from '../../proto/gen/feed.js';
import { MarketState } from '../../server/mdp/market-state.ts';
import { MdWriter, AuctionCode, DaySummaryCode } from '../../server/mdp/records.ts';
import { attachRelay } from '../../server/relay/relay.ts';
import { Side, TradingStatus } from '../../server/kernel/types.ts';
import { until } from '../support/wait.ts';

const T0 = 1_767_625_800_000_000;
type Msg = Record<string, any>;

async function rig() {
  const market = new MarketState();
  const w = new MdWriter();
  const server = createServer((_q, res) => res.end());
  const relay = attachRelay(server, { market, flushMs: 1 });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/ws`;
  const publish = () => {
    market.applyRecords(w.f64, w.i32, 0, w.count);
    relay.onRecords(w.f64, w.i32, 0, w.count);
    w.clear();
  };
  w.instrument(1, 'ACME', 2, 0, T0, 1, 1, 1_000_000, 10_000);
  w.status(1, TradingStatus.OpeningAuction, T0);
  w.auction(1, AuctionCode.Indicative, T0 + 1_000_000, 10_050, 300, 120, Side.Buy, TradingStatus.OpeningAuction, 10_000);
  publish();
  return {
    market, w, url, publish,
    async close() {
      await relay.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

function connect(url: string): Promise<{ ws: WebSocket; msgs: Msg[]; bins: Uint8Array[] }> {
  const ws = new WebSocket(url);
  const msgs: Msg[] = [];
  const bins: Uint8Array[] = [];
  ws.on('message', (d, binary) => {
    if (binary) bins.push(new Uint8Array(d as Buffer));
    else for (const m of JSON.parse(String(d)) as Msg[]) msgs.push(m);
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, msgs, bins }));
    ws.once('error', reject);
  });
}

test('status channel: snapshot during a call has the auction; auction and summary follow on one prev chain (JSON)', async () => {
  const r = await rig();
  const c = await connect(r.url);
  try {
    c.ws.send(JSON.stringify({ op: 'subscribe', channel: 'status', symbol: 'ACME' }));
    await until(() => c.msgs.some((m) => m.type === 'auction'), 5000, 'the snapshot');
    const snap = c.msgs.filter((m) => m.snapshot);
    assert.deepEqual(snap.map((m) => m.type), ['status', 'auction']);
    assert.equal(snap[0]!.status, 'opening-auction');
    const a0 = snap[1]!;
    assert.deepEqual(
      [a0.symbol, a0.phase, a0.uncross, a0.price, a0.matchedQty, a0.imbalanceQty, a0.imbalanceSide, a0.referencePrice, a0.time],
      ['ACME', 'opening-auction', false, 10_050, 300, 120, 'buy', 10_000, T0 + 1_000_000],
    );
    assert.equal(a0.seq, snap[0]!.seq);

    r.w.auction(1, AuctionCode.Indicative, T0 + 2_000_000, 10_100, 450, 0, 0, TradingStatus.OpeningAuction, 10_000);
    r.publish();
    await until(() => c.msgs.filter((m) => m.type === 'auction').length === 2, 5000, 'the second indicative');
    r.w.auction(1, AuctionCode.Uncross, T0 + 3_000_000, 10_100, 450, 70, Side.Sell, TradingStatus.OpeningAuction, 10_000);
    r.w.status(1, TradingStatus.Open, T0 + 3_000_000);
    r.publish();
    await until(() => c.msgs.filter((m) => m.type === 'status').length === 2, 5000, 'continuous');
    r.w.status(1, TradingStatus.Closed, T0 + 9_000_000);
    r.w.daySummary(1, DaySummaryCode.OpenFromAuction, T0 + 9_000_000, 10_100, 10_400, 9_900, 10_250, 1_234, 56, 12_500_000);
    r.publish();
    await until(() => c.msgs.some((m) => m.type === 'summary'), 5000, 'the summary');

    const updates = c.msgs.filter((m) => !m.snapshot && m.seq !== undefined && m.symbol === 'ACME');
    assert.deepEqual(updates.map((m) => m.type), ['auction', 'auction', 'status', 'status', 'summary']);
    // One chain: each update's prev is the seq before it (the snapshot's first).
    let last = a0.seq;
    for (const m of updates) {
      assert.equal(m.prev, last, `${m.type} at ${m.seq}`);
      assert.ok(m.seq > last);
      last = m.seq;
    }
    assert.deepEqual([updates[0]!.price, updates[0]!.imbalanceSide], [10_100, 'none']);
    assert.deepEqual([updates[1]!.uncross, updates[1]!.imbalanceQty, updates[1]!.imbalanceSide], [true, 70, 'sell']);
    assert.equal(updates[3]!.status, 'closed');
    const s = updates[4]!;
    assert.deepEqual(
      [s.open, s.high, s.low, s.close, s.volume, s.trades, s.notional, s.openFromAuction, s.closeFromAuction, s.time],
      [10_100, 10_400, 9_900, 10_250, 1_234, 56, 12_500_000, true, false, T0 + 9_000_000],
    );

    // Outside a call, a new subscriber's snapshot has the status alone.
    const d = await connect(r.url);
    d.ws.send(JSON.stringify({ op: 'subscribe', channel: 'status', symbol: 'ACME' }));
    await until(() => d.msgs.some((m) => m.snapshot), 5000, 'the second snapshot');
    assert.deepEqual(d.msgs.filter((m) => m.snapshot).map((m) => [m.type, m.status]), [['status', 'closed']]);
    d.ws.close();
  } finally {
    c.ws.close();
    await r.close();
  }
});

test('status channel, protobuf: the snapshot and updates are AuctionInfo / DaySummary packets', async () => {
  const r = await rig();
  const c = await connect(`${r.url}?encoding=protobuf`);
  try {
    c.ws.send(JSON.stringify({ op: 'subscribe', channel: 'status', symbol: 'ACME' }));
    await until(() => c.bins.length >= 1, 5000, 'the snapshot');
    r.w.status(1, TradingStatus.Closed, T0 + 9_000_000);
    r.w.daySummary(1, DaySummaryCode.OpenFromAuction | DaySummaryCode.CloseFromAuction, T0 + 9_000_000, 10_100, 10_400, 9_900, 10_250, 1_234, 56, 12_500_000);
    r.publish();
    const packets = () => c.bins.flatMap((b) => {
      const out: bourse.feed.v1.Packet[] = [];
      let at = 0;
      // Length-delimited Packets one after another.
      while (at < b.length) {
        let len = 0;
        let shift = 0;
        let byte: number;
        do {
          byte = b[at++]!;
          len |= (byte & 0x7f) << shift;
          shift += 7;
        } while (byte & 0x80);
        out.push(bourse.feed.v1.Packet.decode(b.subarray(at, at + len)));
        at += len;
      }
      return out;
    });
    await until(() => packets().some((p) => p.messages.some((m) => m.body === 'daySummary')), 5000, 'the summary packet');
    const all = packets();
    const bodies = all.map((p) => [p.stream, p.messages.map((m) => m.body).join(',')]);
    assert.deepEqual(bodies, [[1, 'tradingStatus'], [1, 'auctionInfo'], [0, 'tradingStatus'], [0, 'daySummary']]);
    const a = all[1]!.messages[0]!.auctionInfo!;
    assert.deepEqual([a.symbolId, a.uncross, Number(a.price), Number(a.matchedQty), Number(a.imbalanceQty), a.imbalanceSide, a.callStatus], [1, false, 10_050, 300, 120, 1, 4]);
    const d = all[3]!.messages[0]!.daySummary!;
    assert.deepEqual([Number(d.open), Number(d.close), Number(d.volume), d.openFromAuction, d.closeFromAuction], [10_100, 10_250, 1_234, true, true]);
    assert.equal(Number(all[3]!.firstSeq), r.market.mdSeq);
  } finally {
    c.ws.close();
    await r.close();
  }
});
