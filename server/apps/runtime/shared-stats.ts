/**
 * Counters a worker thread publishes to the main thread through shared memory: a few Float64
 * slots the worker overwrites and the main thread reads when it reports. No messages per event.
 * (Plain stores: a reader may see a value a moment old, never a torn one: each slot is one
 * aligned 8-byte store.)
 */
export const CoreStat = { inputs: 0, lastSeq: 1, events: 2, resting: 3, commits: 4, ringStalls: 5, running: 6, recoveredSeq: 7, cpuUs: 11 } as const;
export const MdpStat = { events: 0, records: 1, lastMdSeq: 2, lastInputSeq: 3, running: 4, e2eSamples: 5, cpuUs: 6 } as const;
export const STAT_SLOTS = 16;

export function statBlock(): Float64Array {
  return new Float64Array(new SharedArrayBuffer(STAT_SLOTS * 8));
}

/** Control words: main -> workers. */
export const Ctl = { stop: 0, pause: 1 } as const;
export function controlBlock(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(16));
}

/**
 * Latency histograms of a running exchange, one SharedHistogram each in one shared block
 * (server/kernel/shared-histogram.ts), written by the thread named and read at scrape time.
 */
export const Lat = {
  /** core: sequencer stamp -> group commit released the input. */
  ack: 0,
  /** core: one group commit (journal write + fdatasync). */
  commit: 1,
  /** MDP: sequencer stamp -> MD record emitted. */
  stampToRecord: 2,
  /** MDP: MD record emitted -> the feed datagram carrying it sent (A; B follows in the same turn). */
  recordToDatagram: 3,
  /** MDP: core's ring write -> MDP's read of that batch (sampled once per batch the MDP catches up with). */
  ringHop: 4,
  /** main: MD record reached the main thread -> the relay's frame written to the WebSockets. */
  recordToWs: 5,
  /** gateway: a NewOrder frame received at the gateway's socket -> its ACCEPTED/REJECTED report written back. */
  receipt: 6,
} as const;
export const LAT_COUNT = 7;

/**
 * The ring-hop sample the core publishes after each ring write (a seqlock: the version is odd
 * while the pair is being written): Float64 slots HOP_TIME (wall µs) and HOP_EVENTS (events
 * written so far), Int32 index HOP_VERSION, all in the core's stat block.
 */
export const HOP_TIME = 8;
export const HOP_EVENTS = 9;
export const HOP_VERSION = 20; // Int32 index = Float64 slot 10

/** Multicast feed counters the MDP thread copies into shared memory a few times a second. */
export const FeedStat = {
  records: 0, unrouted: 1, messages: 2, packets: 3, bytes: 4, heartbeats: 5, sendErrors: 6, windowMessages: 7,
  snapshotBooks: 8, snapshotLevels: 9, snapshotPackets: 10, snapshotCycles: 11, snapshotSendErrors: 12,
  rtConnections: 13, rtOpenConnections: 14, rtRequests: 15, rtServed: 16, rtRefused: 17, rtMalformed: 18,
  rtRateLimited: 19, rtMessagesResent: 20, rtPacketsResent: 21, rtBytesSent: 22, rtDisconnected: 23,
  rtConnectionsRefused: 24, up: 25,
} as const;
export const FEED_SLOTS = 32;

/**
 * Snapshot hand-off between the core and MDP threads (recovery.ts, docs/journal.md "MDP
 * snapshots"). The core decides at start which MDP snapshot the MDP restores (`decided` = 1, then
 * `mdpSeq`, 0 = none: fold from seq 1) BEFORE it writes any event to the ring; later, after each
 * engine snapshot at seq S, it sets `request` = S and the MDP thread writes its own snapshot at
 * its first input boundary at or past S, off the core's path, and stores that seq in `written`.
 */
export const Snap = { decided: 0, mdpSeq: 1, request: 2, written: 3 } as const;
export function snapBlock(): Float64Array {
  return new Float64Array(new SharedArrayBuffer(4 * 8));
}
/** Publishes the core's choice (`mdpSeq` first, then the flag, with a fence between). */
export function markDecided(snap: Float64Array, mdpSeq: number): void {
  snap[Snap.mdpSeq] = mdpSeq;
  Atomics.store(new Int32Array(snap.buffer, 0, 2), 0, 1);
}
export function isDecided(snap: Float64Array): boolean {
  return Atomics.load(new Int32Array(snap.buffer, 0, 2), 0) === 1;
}
