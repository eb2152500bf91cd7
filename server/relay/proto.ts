/**
 * Protobuf frames of the relay (on request: `/ws?encoding=protobuf`). A binary frame is one or
 * more length-delimited `bourse.feed.v1.Packet`s (protobufjs `decodeDelimited` reads them), one
 * Packet per relay message, using the feed schema in proto/feed.proto:
 *
 *   Packet.channel_id  0 (the relay)            Packet.session_id  the relay session
 *   Packet.first_seq   the message's `seq`      Packet.stream      SNAPSHOT for snapshots
 *   messages: an update opens with Heartbeat{last_seq = prev} (the seq of the previous message
 *   on the subscription, JSON's `prev`), then LevelUpdate / Trade / CandleUpdate|CandleClose /
 *   TradingStatus; a book snapshot is SnapshotBegin, SnapshotLevel..., SnapshotEnd.
 * Control messages (welcome, errors, pong, instruments) stay JSON text frames.
 */
import { bourse } from '../../proto/gen/feed.js';
import { INTERVALS } from '../mdp/candles.ts';
import type { BarRec, LevelList, TradeRec, StatusEvent } from './messages.ts';

const pb = bourse.feed.v1;
type IMessage = bourse.feed.v1.IMessage;

const STREAM_SNAPSHOT = 1;
const ACTION_CHANGE = 2;
const ACTION_DELETE = 3;

function packet(session: number, seq: number, messages: IMessage[], snapshot: boolean): Uint8Array {
  return pb.Packet.encodeDelimited({
    channelId: 0,
    sessionId: session,
    firstSeq: seq,
    sendTimeNs: Date.now() * 1e6,
    messageCount: messages.length,
    messages,
    stream: snapshot ? STREAM_SNAPSHOT : 0,
  }).finish();
}

export function bookProto(session: number, sym: number, seq: number, prev: number, checksum: number, levels: LevelList, snapshot: boolean, status: number): Uint8Array {
  const msgs: IMessage[] = [];
  if (snapshot) {
    let nb = 0;
    for (let i = 0; i < levels.length; i += 4) if (levels[i] === 1) nb++;
    const na = levels.length / 4 - nb;
    msgs.push({ snapshotBegin: { symbolId: sym, lastSeq: seq, bidCount: nb, askCount: na, checksum, status, snapshotId: seq } });
    for (let i = 0; i < levels.length; i += 4) msgs.push({ snapshotLevel: { symbolId: sym, side: levels[i]!, price: levels[i + 1]!, qty: levels[i + 2]!, orderCount: levels[i + 3]! } });
    msgs.push({ snapshotEnd: { symbolId: sym, lastSeq: seq, levelCount: nb + na, checksum, snapshotId: seq } });
  } else {
    msgs.push({ heartbeat: { lastSeq: prev } });
    for (let i = 0; i < levels.length; i += 4) {
      const qty = levels[i + 2]!;
      msgs.push({
        levelUpdate: {
          symbolId: sym,
          side: levels[i]!,
          action: qty === 0 ? ACTION_DELETE : ACTION_CHANGE,
          price: levels[i + 1]!,
          qty,
          orderCount: levels[i + 3]!,
          checksum,
          endOfUpdate: i + 4 === levels.length,
        },
      });
    }
  }
  return packet(session, seq, msgs, snapshot);
}

export function tradesProto(session: number, sym: number, seq: number, prev: number, trades: readonly TradeRec[], snapshot: boolean): Uint8Array {
  const msgs: IMessage[] = snapshot ? [] : [{ heartbeat: { lastSeq: prev } }];
  for (const t of trades) msgs.push({ trade: { symbolId: sym, price: t.price, qty: t.qty, aggressorSide: t.side, tradeId: t.id, timeUs: t.time } });
  return packet(session, seq, msgs, snapshot);
}

export function candlesProto(session: number, sym: number, interval: number, seq: number, bars: readonly BarRec[], snapshot: boolean): Uint8Array {
  const intervalS = INTERVALS[interval]!.len / 1e6;
  const msgs: IMessage[] = [];
  for (const b of bars) {
    const c = { symbolId: sym, intervalS, openTimeUs: b.openTime, open: b.open, high: b.high, low: b.low, close: b.close, volume: b.volume, tradeCount: b.trades, notional: Math.round(b.notional) };
    msgs.push(b.closed ? { candleClose: c } : { candleUpdate: c });
  }
  return packet(session, seq, msgs, snapshot);
}

export function statusProto(session: number, sym: number, seq: number, status: number, time: number, snapshot: boolean): Uint8Array {
  return packet(session, seq, [{ tradingStatus: { symbolId: sym, status, timeUs: time } }], snapshot);
}

/** The status channel's events: one Packet each (TradingStatus, AuctionInfo or DaySummary), first_seq = the event's seq. */
export function statusEventsProto(session: number, sym: number, events: readonly StatusEvent[], snapshot: boolean): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of events) {
    let m: IMessage;
    if (e.k === 'status') m = { tradingStatus: { symbolId: sym, status: e.status, timeUs: e.time } };
    else if (e.k === 'auction') {
      m = { auctionInfo: { symbolId: sym, uncross: e.uncross, price: e.price, matchedQty: e.matchedQty, imbalanceQty: e.imbalanceQty, imbalanceSide: e.imbalanceSide, callStatus: e.callStatus, referencePrice: e.refPrice, timeUs: e.time } };
    } else {
      m = {
        daySummary: {
          symbolId: sym, closeTimeUs: e.time, open: e.open, high: e.high, low: e.low, close: e.close, volume: e.volume, tradeCount: e.trades, notional: Math.round(e.notional),
          openFromAuction: e.openFromAuction, closeFromAuction: e.closeFromAuction,
        },
      };
    }
    parts.push(packet(session, e.seq, [m], snapshot));
  }
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function heartbeatProto(session: number, seq: number): Uint8Array {
  return packet(session, seq, [{ heartbeat: { lastSeq: seq } }], false);
}
