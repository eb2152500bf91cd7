/**
 * FeedMarket: the multicast feed, as the feed-client library delivers it, turned back into the
 * MD record stream (server/mdp/records.ts) that the exchange's own web side consumes. A relay
 * node folds these records into the same MarketState and hands them to the same Relay as
 * `bourse start` does, so at the same `md_seq` it serves the same books and checksums, on the
 * same wire protocol.
 *
 *   FeedClient.onData ─▶ one MD record per feed message (LEVEL, TRADE, BAR, STATUS, INSTRUMENT)
 *                        + LEVEL records that turn the held book into a snapshot's book
 *                     ─▶ MarketState.applyRecords, then every onRecords listener (the Relay)
 *
 * Sequence numbers. With one channel carrying every symbol (the default of `bourse start`), the
 * feed publishes every MD record as one message and message 1 is the ChannelReset, so
 * md_seq = feed seq - 1 (docs/feed.md). A record's seq is that, never below the previous
 * record's (records that replace a book from a snapshot take the stream's current seq).
 *
 * Time. LevelUpdate carries no time: a LEVEL record gets the last exchange time the feed
 * carried (trades, status changes); trades, bars and status carry their own.
 */
import { BourseError } from '../../kernel/errors.ts';
import { Side } from '../../kernel/types.ts';
import { MarketState } from '../../mdp/market-state.ts';
import { MdWriter, LevelAction, AuctionCode, DaySummaryCode } from '../../mdp/records.ts';
import { BarKind, INTERVALS } from '../../mdp/candles.ts';
import type { RecordsListener } from '../../relay/relay.ts';
import type { FeedClient, FeedMessage, LevelMsg, InstrumentMsg, CompleteSnapshot, BookLevel } from '../../feed-client/index.ts';

const US = 1_000_000;
/** A candle's interval (seconds, as the feed carries it) -> its index in INTERVALS. */
const INTERVAL_OF_S = new Map(INTERVALS.map((iv, k) => [iv.len / US, k]));

export interface FeedMarketStats {
  records: number;
  snapshotsApplied: number;
  resets: number;
}

export class FeedMarket {
  readonly market: MarketState;
  private readonly client: FeedClient;
  private readonly w = new MdWriter(1024);
  private readonly listeners: RecordsListener[] = [];
  private readonly resetListeners: (() => void)[] = [];
  private lastSeq = 0;
  private lastTime = 0;
  private flushQueued = false;
  /** One closure for every turn's fold (none made per datagram). */
  private readonly flushFn = (): void => this.flush();
  private readonly unsubscribe: () => void;
  readonly stats: FeedMarketStats = { records: 0, snapshotsApplied: 0, resets: 0 };

  /**
   * `market` defaults to a MarketState that reads its books from the feed client's (one book per
   * symbol: the client verifies every checksum on it; MarketState folds trades, bars, status and
   * the LEVEL records' checksum and seq). A MarketState of its own keeps a second copy.
   */
  constructor(client: FeedClient, market = new MarketState({ books: { levels: (sym, side, max) => client.levels(sym, side, max) } })) {
    if (client.state().length !== 1) {
      throw new BourseError('RELAY_FEED_CHANNELS', `a relay follows exactly one feed channel (md_seq = feed seq - 1); this feed has ${client.state().length}`);
    }
    this.client = client;
    this.market = market;
    this.unsubscribe = client.onData({
      message: (_c, seq, m) => this.onMessage(seq, m),
      level: (_c, seq, m) => this.onLevel(seq, m),
      snapshot: (_c, s) => this.onSnapshot(s),
      instrument: (_c, m) => this.onInstrument(m, this.lastSeq + 1),
      reset: () => this.onResetData(),
    });
  }

  /** Records listeners (the Relay): called after MarketState folded the same records. */
  onRecords(listener: RecordsListener): void {
    this.listeners.push(listener);
  }

  /** Called after the market was forgotten (a new publisher session): the relay starts over. */
  onReset(listener: () => void): void {
    this.resetListeners.push(listener);
  }

  close(): void {
    this.unsubscribe();
  }

  // ------------------------------------------------------------------ feed -> records

  /** Set the writer so that the next record gets md seq `seq` (never below the last). */
  private at(feedSeq: number): void {
    const seq = Math.max(this.lastSeq, feedSeq - 1);
    this.lastSeq = seq;
    this.same();
    if (!this.flushQueued) {
      this.flushQueued = true;
      queueMicrotask(this.flushFn);
    }
  }

  /** The next record gets the current md seq too (records made from one feed message share it). */
  private same(): void {
    this.w.seq = this.lastSeq - 1;
  }

  private onMessage(seq: number, m: FeedMessage): void {
    switch (m.kind) {
      case 'trade':
        this.lastTime = m.timeUs;
        this.at(seq);
        this.w.trade(m.aggressorSide, m.symbolId, m.timeUs, m.price, m.qty, m.tradeId, 0, 0);
        return;
      case 'status':
        this.lastTime = m.timeUs;
        this.at(seq);
        this.w.status(m.symbolId, m.status, m.timeUs);
        return;
      case 'candle': {
        const k = INTERVAL_OF_S.get(m.intervalS);
        if (k === undefined) return;
        this.at(seq);
        this.w.bar(m.closed ? BarKind.Closed : BarKind.Update, m.symbolId, k, m.openTimeUs, m.open, m.high, m.low, m.close, m.volume, m.tradeCount, m.notional);
        return;
      }
      case 'auction':
        this.lastTime = m.timeUs;
        this.at(seq);
        this.w.auction(m.symbolId, m.uncross ? AuctionCode.Uncross : AuctionCode.Indicative, m.timeUs, m.price, m.matchedQty, m.imbalanceQty, m.imbalanceSide, m.callStatus, m.referencePrice);
        return;
      case 'daySummary':
        this.lastTime = m.closeTimeUs;
        this.at(seq);
        this.w.daySummary(
          m.symbolId, (m.openFromAuction ? DaySummaryCode.OpenFromAuction : 0) | (m.closeFromAuction ? DaySummaryCode.CloseFromAuction : 0), m.closeTimeUs,
          m.open, m.high, m.low, m.close, m.volume, m.tradeCount, m.notional,
        );
        return;
      case 'instrument':
        this.onInstrument(m, seq);
        return;
      default:
        return; // heartbeats, resets (see onReset), end of session: no MD record
    }
  }

  private onLevel(seq: number, m: LevelMsg): void {
    this.at(seq);
    const k = this.w.level(m.side, m.action, m.symbolId, this.lastTime, m.price, m.qty, m.orderCount, m.checksum, 0, 0);
    if (m.endOfUpdate) this.w.endOfUpdate(k);
  }

  /** A definition, from the incremental feed (at its feed seq) or the instrument loop: a record only when it is new or changed. */
  private onInstrument(m: InstrumentMsg, feedSeq: number): void {
    this.flushNow(); // MarketState must see earlier records before we compare
    const have = this.market.instruments.get(m.symbolId);
    const fresh = !have;
    if (fresh || have.name !== m.name || have.tick !== m.tick || have.lot !== m.lot || have.priceDecimals !== m.priceDecimals || have.qtyDecimals !== m.qtyDecimals ||
      have.maxQty !== m.maxQty || have.refPrice !== m.referencePrice) {
      this.at(feedSeq);
      this.w.instrument(m.symbolId, m.name, m.priceDecimals, m.qtyDecimals, this.lastTime, m.tick, m.lot, m.maxQty, m.referencePrice);
      // The INSTRUMENT record says "open"; the definition's status follows when it differs.
      this.same();
      if (m.status !== 0 && m.status !== 1) this.w.status(m.symbolId, m.status, this.lastTime);
      if (fresh) {
        // Levels, trades and bars of a symbol MarketState did not know were dropped: take the
        // client's verified book as it is now.
        const b = this.client.book(m.symbolId, Infinity);
        if (b && !b.stale && (b.bids.length > 0 || b.asks.length > 0)) this.replaceBook(m.symbolId, b.bids, b.asks, b.checksum, this.lastSeq + 1);
      }
    }
  }

  private onSnapshot(s: CompleteSnapshot): void {
    this.stats.snapshotsApplied++;
    this.flushNow();
    if (!this.market.instruments.has(s.symbolId)) return; // onInstrument takes the book when the name comes
    this.replaceBook(s.symbolId, s.bids, s.asks, s.checksum, s.lastSeq);
    const inst = this.market.instruments.get(s.symbolId)!;
    this.at(this.lastSeq + 1);
    if (s.status !== 0 && inst.status !== s.status) this.w.status(s.symbolId, s.status, this.lastTime);
  }

  /**
   * LEVEL records that turn MarketState's book of `sym` into `bids`/`asks` (deletes for levels
   * that are gone, absolute sizes for the others), the last one END_OF_UPDATE with `checksum`.
   */
  private replaceBook(sym: number, bids: readonly BookLevel[], asks: readonly BookLevel[], checksum: number, feedSeq: number): void {
    this.flushNow();
    this.at(feedSeq);
    let last = -1;
    for (const [side, want] of [[Side.Buy, bids], [Side.Sell, asks]] as const) {
      const keep = new Map<number, BookLevel>();
      for (const l of want) keep.set(l.price, l);
      for (const l of this.market.depth(sym, side)) {
        const w = keep.get(l.price);
        this.same();
        if (!w) last = this.w.level(side, LevelAction.Delete, sym, this.lastTime, l.price, 0, 0, checksum, 0, 0);
        else if (w.qty === l.qty && w.count === l.count) keep.delete(l.price);
      }
      const held = new Set(this.market.depth(sym, side).map((l) => l.price));
      for (const l of keep.values()) {
        this.same();
        last = this.w.level(side, held.has(l.price) ? LevelAction.Change : LevelAction.New, sym, this.lastTime, l.price, l.qty, l.count, checksum, 0, 0);
      }
    }
    // Nothing differs: one no-op delete still carries the checksum (an empty book's is not 0).
    this.same();
    if (last < 0) last = this.w.level(Side.Buy, LevelAction.Delete, sym, this.lastTime, -1, 0, 0, checksum, 0, 0);
    this.w.endOfUpdate(last);
    this.flushNow();
  }

  private onResetData(): void {
    this.flushNow();
    this.lastSeq = 0;
    this.lastTime = 0;
    if (this.market.mdSeq === 0 && this.market.instruments.size === 0) return;
    this.stats.resets++;
    this.market.reset();
    for (const l of this.resetListeners) l();
  }

  // ------------------------------------------------------------------ records -> market, relay

  private flushNow(): void {
    const w = this.w;
    if (w.count === 0) return;
    this.stats.records += w.count;
    this.market.applyRecords(w.f64, w.i32, 0, w.count);
    for (const l of this.listeners) l(w.f64, w.i32, 0, w.count);
    w.clear();
  }

  private flush(): void {
    this.flushQueued = false;
    this.flushNow();
  }
}
