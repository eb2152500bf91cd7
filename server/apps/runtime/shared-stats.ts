/**
 * Counters a worker thread publishes to the main thread through shared memory: a few Float64
 * slots the worker overwrites and the main thread reads when it reports. No messages per event.
 * (Plain stores: a reader may see a value a moment old, never a torn one: each slot is one
 * aligned 8-byte store.)
 */
export const CoreStat = { inputs: 0, lastSeq: 1, events: 2, resting: 3, commits: 4, ringStalls: 5, running: 6 } as const;
export const MdpStat = { events: 0, records: 1, lastMdSeq: 2, lastInputSeq: 3, running: 4, e2eSamples: 5 } as const;
export const STAT_SLOTS = 16;

export function statBlock(): Float64Array {
  return new Float64Array(new SharedArrayBuffer(STAT_SLOTS * 8));
}

/** Control words: main -> workers. */
export const Ctl = { stop: 0, pause: 1 } as const;
export function controlBlock(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(16));
}
