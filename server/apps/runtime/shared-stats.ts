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
