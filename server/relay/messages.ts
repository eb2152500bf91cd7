/**
 * Outbound messages. Each is built once per flush (or per subscribe, for snapshots) and shared
 * by every client that gets it: the JSON text is made at once, the protobuf bytes only when a
 * protobuf client asks (proto.ts). The structured fields stay on the message so a lagging
 * client's subscription can fold it into its conflated state instead of queueing it.
 */

import type { Ohlcv } from '../mdp/candles.ts';

export const Kind = { Book: 1, Trades: 2, Candles: 3, Status: 4, Heartbeat: 5, Control: 6 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export interface TradeRec {
  readonly seq: number;
  readonly time: number;
  readonly price: number;
  readonly qty: number;
  readonly side: number;
  readonly id: number;
}

export interface BarRec extends Ohlcv {
  readonly seq: number;
  readonly closed: boolean;
}

/**
 * What the `status` channel carries besides the status itself (issue 14): a call auction's
 * indicative state or uncross, and an end-of-session summary. One entry per MD record.
 */
export type StatusEvent =
  | { readonly k: 'status'; readonly seq: number; readonly time: number; readonly status: number }
  | {
    readonly k: 'auction'; readonly seq: number; readonly time: number; readonly uncross: boolean; readonly price: number; readonly matchedQty: number;
    readonly imbalanceQty: number; readonly imbalanceSide: number; readonly callStatus: number; readonly refPrice: number;
  }
  | {
    readonly k: 'summary'; readonly seq: number; readonly time: number; readonly open: number; readonly high: number; readonly low: number; readonly close: number;
    readonly volume: number; readonly trades: number; readonly notional: number; readonly openFromAuction: boolean; readonly closeFromAuction: boolean;
  };

/** Conflate: the newest event of each kind, in seq order (at most 3 entries). */
export function pushStatusEvent(list: StatusEvent[], e: StatusEvent): void {
  const i = list.findIndex((x) => x.k === e.k);
  if (i >= 0) list.splice(i, 1);
  list.push(e);
}

/** Level changes, flat: (side, price, qty, count) per level; qty 0 deletes the level. */
export type LevelList = number[];

export interface OutMsg {
  /** Unique and increasing (frame cache keys). */
  readonly id: number;
  readonly kind: Kind;
  readonly json: string;
  /** Length-delimited protobuf Packet(s); made on first use. */
  proto: Uint8Array | undefined;
  /** Builds `proto` (undefined: the message has no protobuf form and goes as JSON text). */
  readonly makeProto: (() => Uint8Array) | undefined;
  readonly snapshot: boolean;
  /** MD seq this message is current with, and the seq of the one before it on its subscription. */
  readonly seq: number;
  readonly prev: number;
  /** Newest exchange time (µs) carried. */
  readonly time: number;
  /** Level changes or trades or bars carried (the delivery statistics count these). */
  readonly updates: number;
  readonly levels?: LevelList;
  readonly checksum?: number;
  readonly trades?: readonly TradeRec[];
  readonly bars?: readonly BarRec[];
  readonly events?: readonly StatusEvent[];
}

let nextId = 1;

export function makeMsg(f: Omit<OutMsg, 'id' | 'proto'>): OutMsg {
  return { ...f, id: nextId++, proto: undefined };
}

/** A control message (welcome, pong, error, unsubscribed...): JSON only, never shared. */
export function controlMsg(json: string): OutMsg {
  return makeMsg({ kind: Kind.Control, json, makeProto: undefined, snapshot: false, seq: 0, prev: 0, time: 0, updates: 0 });
}

export function levelsJson(levels: LevelList, side: number): string {
  let s = '[';
  let first = true;
  for (let i = 0; i < levels.length; i += 4) {
    if (levels[i] !== side) continue;
    s += `${first ? '' : ','}[${levels[i + 1]},${levels[i + 2]},${levels[i + 3]}]`;
    first = false;
  }
  return s + ']';
}

export function tradesJson(trades: readonly TradeRec[]): string {
  let s = '[';
  for (let i = 0; i < trades.length; i++) {
    const t = trades[i]!;
    s += `${i ? ',' : ''}{"seq":${t.seq},"id":${t.id},"time":${t.time},"price":${t.price},"qty":${t.qty},"side":"${t.side === 1 ? 'buy' : 'sell'}"}`;
  }
  return s + ']';
}

export function barsJson(bars: readonly BarRec[]): string {
  let s = '[';
  for (let i = 0; i < bars.length; i++) {
    const b = bars[i]!;
    s += `${i ? ',' : ''}{"time":${b.openTime},"open":${b.open},"high":${b.high},"low":${b.low},"close":${b.close},"volume":${b.volume},"trades":${b.trades},"notional":${b.notional},"closed":${b.closed}}`;
  }
  return s + ']';
}
