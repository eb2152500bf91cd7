/**
 * AUCTION and DAY_SUMMARY records on the multicast feed (issue 14): real multicast sockets on
 * loopback. The packetizer's AuctionInfo / DaySummary bytes decode alike with protobufjs and the
 * feed client's decoder; a FeedClient gets them as onAuction / onDaySummary events (and keeps the
 * latest per symbol); a relay node's FeedMarket rebuilds the same records, so its MarketState
 * holds the same auction and summary as the exchange's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bourse } from '../../proto/gen/feed.js';
import { feedConfig, feedConfigJson, type FeedConfigInput } from '../../server/multicast/config.ts';
import { MulticastFeed } from '../../server/multicast/feed.ts';
import { Packetizer } from '../../server/multicast/packetizer.ts';
import { MdSim } from '../../server/apps/runtime/md-sim.ts';
import { FeedMarket } from '../../server/apps/runtime/feed-market.ts';
import { FeedClient, decodePacket, parseFeedConfig, type AuctionMsg, type DaySummaryMsg } from '../../server/feed-client/index.ts';
import { MarketState } from '../../server/mdp/market-state.ts';
import { MdWriter, AuctionCode, DaySummaryCode, decodeMd, Md } from '../../server/mdp/records.ts';
import { Side, TradingStatus } from '../../server/kernel/types.ts';
import { feedTestConfig } from '../support/netns.ts';
import { freePort } from '../support/ports.ts';
import { sleep, until } from '../support/wait.ts';

const T0 = 1_767_625_800_000_000;

/** A call's records for symbol `sym`: status, two indicatives, the uncross, continuous; then closed with a summary. */
function dayRecords(w: MdWriter, sym: number): void {
  w.status(sym, TradingStatus.OpeningAuction, T0);
  w.auction(sym, AuctionCode.Indicative, T0 + 1_000_000, 10_050, 300, 120, Side.Buy, TradingStatus.OpeningAuction, 10_000);
  w.auction(sym, AuctionCode.Indicative, T0 + 2_000_000, 10_100, 450, 0, 0, TradingStatus.OpeningAuction, 10_000);
  w.auction(sym, AuctionCode.Uncross, T0 + 3_000_000, 10_100, 450, 70, Side.Sell, TradingStatus.OpeningAuction, 10_000);
  w.status(sym, TradingStatus.Open, T0 + 3_000_000);
  w.status(sym, TradingStatus.Closed, T0 + 9_000_000);
  w.daySummary(sym, DaySummaryCode.OpenFromAuction, T0 + 9_000_000, 10_100, 10_400, 9_900, 10_250, 1_234, 56, 12_500_000);
}

test('AuctionInfo and DaySummary: packetizer bytes read the same by protobufjs and the feed client decoder', () => {
  const w = new MdWriter();
  dayRecords(w, 3);
  const packets: Uint8Array[] = [];
  const pk = new Packetizer({ channelId: 1, sessionId: 7, maxDatagram: 1400, clock: () => T0, sink: (b) => packets.push(b.slice()) });
  for (let k = 0; k < w.count; k++) pk.addRecord(w.f64, w.i32, k);
  pk.flush();
  const viaPb = packets.flatMap((p) => bourse.feed.v1.Packet.decode(p).messages);
  const viaClient = packets.flatMap((p) => decodePacket(p).messages);
  assert.deepEqual(viaPb.map((m) => m.body), ['tradingStatus', 'auctionInfo', 'auctionInfo', 'auctionInfo', 'tradingStatus', 'tradingStatus', 'daySummary']);
  const a = viaPb[1]!.auctionInfo!;
  assert.deepEqual(
    [a.symbolId, a.uncross, Number(a.price), Number(a.matchedQty), Number(a.imbalanceQty), a.imbalanceSide, a.callStatus, Number(a.referencePrice), Number(a.timeUs)],
    [3, false, 10_050, 300, 120, 1, 4, 10_000, T0 + 1_000_000],
  );
  const u = viaClient[3] as AuctionMsg;
  assert.deepEqual(u, { kind: 'auction', symbolId: 3, uncross: true, price: 10_100, matchedQty: 450, imbalanceQty: 70, imbalanceSide: 2, callStatus: 4, referencePrice: 10_000, timeUs: T0 + 3_000_000 });
  const balanced = viaClient[2] as AuctionMsg;
  assert.equal(balanced.imbalanceSide, 0);
  assert.equal(balanced.imbalanceQty, 0);
  const d = viaPb[6]!.daySummary!;
  assert.deepEqual(
    [d.symbolId, Number(d.closeTimeUs), Number(d.open), Number(d.high), Number(d.low), Number(d.close), Number(d.volume), Number(d.tradeCount), Number(d.notional), d.openFromAuction, d.closeFromAuction],
    [3, T0 + 9_000_000, 10_100, 10_400, 9_900, 10_250, 1_234, 56, 12_500_000, true, false],
  );
  assert.deepEqual(viaClient[6], {
    kind: 'daySummary', symbolId: 3, closeTimeUs: T0 + 9_000_000, open: 10_100, high: 10_400, low: 9_900, close: 10_250, volume: 1_234, tradeCount: 56,
    notional: 12_500_000, openFromAuction: true, closeFromAuction: false,
  });
  // The records themselves decode as written.
  const r = decodeMd(w.f64, w.i32, 3);
  assert.ok(r.type === Md.Auction);
  assert.equal(r.code, AuctionCode.Uncross);
  assert.equal(r.imbalanceSide, Side.Sell);
});

test('loopback: a feed client gets onAuction / onDaySummary, and a relay node rebuilds the same market', async () => {
  const cfg = feedConfig(feedTestConfig({ iface: '127.0.0.1', retransPort: await freePort() }) as FeedConfigInput);
  const sim = new MdSim({ seed: 5, symbols: 2, resting: 20 });
  const client = await FeedClient.open({ config: parseFeedConfig(feedConfigJson(cfg)) });
  const auctions: AuctionMsg[] = [];
  const summaries: DaySummaryMsg[] = [];
  client.onAuction((m) => auctions.push(m));
  client.onDaySummary((m) => summaries.push(m));
  const node = new FeedMarket(client);
  const exchange = new MarketState();
  const feed = await MulticastFeed.start({ config: cfg, mdp: sim.mdp });
  try {
    const out = sim.mdp.out;
    sim.run(200);
    const sym = sim.mdp.instrumentList()[1]!.symbol;
    dayRecords(out, sym);
    exchange.applyRecords(out.f64, out.i32, 0, out.count);
    feed.onRecords(out.f64, out.i32, 0, out.count);
    out.clear();
    await until(() => summaries.length === 1, 10_000, () => `the summary: ${auctions.length} auctions so far`);
    assert.deepEqual(auctions.map((a) => [a.symbolId, a.uncross, a.price, a.matchedQty, a.imbalanceQty, a.imbalanceSide]), [
      [sym, false, 10_050, 300, 120, 1], [sym, false, 10_100, 450, 0, 0], [sym, true, 10_100, 450, 70, 2],
    ]);
    assert.equal(client.auction(sym)?.uncross, true);
    assert.equal(client.daySummary(sym)?.close, 10_250);
    assert.equal(summaries[0]!.openFromAuction, true);
    await until(() => node.market.mdSeq >= exchange.mdSeq, 10_000, () => `the relay node at ${node.market.mdSeq} of ${exchange.mdSeq}`);
    await sleep(10);
    assert.deepEqual({ ...node.market.lastAuction(sym)!, mdSeq: 0 }, { ...exchange.lastAuction(sym)!, mdSeq: 0 });
    assert.equal(node.market.lastAuction(sym)!.mdSeq, exchange.lastAuction(sym)!.mdSeq);
    assert.deepEqual(node.market.lastDaySummary(sym), exchange.lastDaySummary(sym));
    assert.equal(node.market.instruments.get(sym)!.status, TradingStatus.Closed);
    assert.equal(node.market.currentAuction(sym), undefined, 'no call now: no current auction');
  } finally {
    node.close();
    await client.close();
    await feed.close();
  }
});
