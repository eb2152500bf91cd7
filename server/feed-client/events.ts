/**
 * What the feed client reports: status as typed events (nats.js-style), and counters as plain
 * numbers. Sessions are decimal strings here (exact uint64, JSON-friendly).
 */

export type RecoveryVia = 'retransmission' | 'snapshot';

/** Why a range of messages could not be had by retransmission. */
export type LostReason =
  | 'too_large' // the gap is bigger than the server's per-request maximum
  | 'no_retransmission' // no retransmission server configured
  | 'refused' // the server said no (too old, unknown session, rate limited, ...)
  | 'timeout' // no answer in time
  | 'incomplete' // the answer did not cover the range
  | 'failed' // connection error
  | 'overflow' // more was held behind the hole than the buffer allows
  | 'late_join'; // the session's first messages were never seen: start from snapshots

/** Why books are being rebuilt from the snapshot loop. */
export type RecoveryReason = LostReason | 'checksum' | 'session_start';

export type FeedEvent =
  /** The channel's books are complete and current (first sync, after recovery, after silence). */
  | { type: 'live'; channel: number; session: string; seq: number }
  /** Messages from..to (inclusive) are missing on both feeds after the gap wait. */
  | { type: 'gap'; channel: number; session: string; from: number; to: number }
  /** Recovery started: retransmission of from..to, or the snapshot loop for `symbols`. */
  | { type: 'recovering'; channel: number; session: string; via: RecoveryVia; from: number; to: number; reason?: RecoveryReason; detail?: string; symbols?: number[] }
  /** Recovery finished; every book of the channel is consistent again. */
  | { type: 'recovered'; channel: number; session: string; via: RecoveryVia; from: number; to: number; ms: number }
  /** Data can no longer be trusted as current: the feed went silent, or a book failed its checksum. */
  | { type: 'stale'; channel: number; session: string; reason: 'silent' | 'checksum'; symbols: number[]; detail: string }
  /** A new publisher session (or a ChannelReset inside one): every book and instrument of the channel was cleared. */
  | { type: 'reset'; channel: number; from: string; to: string };

export type FeedEventType = FeedEvent['type'];

export type ChannelState = 'connecting' | 'live' | 'recovering' | 'stale' | 'ended';

export interface FeedCounters {
  /** Datagrams received per source. */
  packetsA: number;
  packetsB: number;
  packetsSnapshot: number;
  packetsInstruments: number;
  bytes: number;
  /** Datagrams that were not a valid Packet (FEED_BAD_PACKET), or of another channel. */
  decodeErrors: number;
  /** Incremental messages applied, in sequence order, exactly once. */
  messages: number;
  /** Whole packets that brought nothing new (the second copy, from A or B). */
  duplicatePackets: number;
  duplicateMessages: number;
  /** Messages that arrived ahead of a hole and were applied once it closed. */
  reordered: number;
  gaps: number;
  retransmitRequests: number;
  retransmitRefused: number;
  retransmitTimeouts: number;
  recoveredByRetransmission: number;
  recoveredBySnapshot: number;
  /** Incremental messages given up (recovered through snapshots instead). */
  lostMessages: number;
  checksumOk: number;
  checksumFailures: number;
  snapshotsApplied: number;
  snapshotsDiscarded: number;
  resets: number;
  /** Packets of an older session that arrived after the switch (ignored). */
  oldSessionPackets: number;
  silentPeriods: number;
  /** Most messages held behind a hole at once. */
  bufferedPeak: number;
}

export function zeroCounters(): FeedCounters {
  return {
    packetsA: 0, packetsB: 0, packetsSnapshot: 0, packetsInstruments: 0, bytes: 0, decodeErrors: 0,
    messages: 0, duplicatePackets: 0, duplicateMessages: 0, reordered: 0, gaps: 0,
    retransmitRequests: 0, retransmitRefused: 0, retransmitTimeouts: 0, recoveredByRetransmission: 0,
    recoveredBySnapshot: 0, lostMessages: 0, checksumOk: 0, checksumFailures: 0, snapshotsApplied: 0,
    snapshotsDiscarded: 0, resets: 0, oldSessionPackets: 0, silentPeriods: 0, bufferedPeak: 0,
  };
}

/** Sum counters of several channels (the client's totals). */
export function addCounters(into: FeedCounters, c: FeedCounters): FeedCounters {
  for (const k of Object.keys(into) as (keyof FeedCounters)[]) {
    into[k] = k === 'bufferedPeak' ? Math.max(into[k], c[k]) : into[k] + c[k];
  }
  return into;
}
