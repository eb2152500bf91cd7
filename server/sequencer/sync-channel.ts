/**
 * The core thread's line to its sync thread (docs/journal.md "Pipelined group commit"): one
 * fdatasync request at a time in a SharedArrayBuffer. The core stores the fd and bumps REQ; the
 * sync thread (server/apps/runtime/journal-sync.ts), asleep in Atomics.wait on REQ, runs
 * fdatasync(fd), stores an error message if it failed, stores DONE = REQ, notifies DONE and wakes
 * whatever the core sleeps on (the gateway commands ring's wake word), so one wait covers both.
 *
 * Hot core: no node:* imports, no clock (the fdatasync itself is the thread's, not this file's).
 */
const REQ = 0;
const DONE = 1;
const FD = 2;
const ERR_LEN = 3;
const STOP = 4;
const DEAD = 5;
const ERR_AT = 64; // bytes: the failed fdatasync's message (UTF-8)
const ERR_MAX = 448;
const DEAD_AT = ERR_AT + ERR_MAX; // bytes: why the sync thread is gone (markDead)
export const SYNC_CHANNEL_BYTES = DEAD_AT + ERR_MAX;

export class SyncChannel {
  readonly sab: SharedArrayBuffer;
  private readonly i32: Int32Array;
  private readonly u8: Uint8Array;

  constructor(sab: SharedArrayBuffer = new SharedArrayBuffer(SYNC_CHANNEL_BYTES)) {
    this.sab = sab;
    this.i32 = new Int32Array(sab, 0, 16);
    this.u8 = new Uint8Array(sab);
  }

  /** A sync was requested and has not finished (never once the thread is dead: no one would finish it). */
  get busy(): boolean {
    return Atomics.load(this.i32, DONE) !== Atomics.load(this.i32, REQ) && !this.dead;
  }

  /** Core: ask for fdatasync(fd). Only when not busy. A dead channel answers at once with its reason. */
  request(fd: number): void {
    if (this.dead) return; // not busy: the caller's poll takes error(), the reason, and fails the journal
    this.i32[FD] = fd;
    this.i32[ERR_LEN] = 0;
    Atomics.add(this.i32, REQ, 1);
    Atomics.notify(this.i32, REQ);
  }

  /**
   * The sync thread is gone (its owner saw it exit; it cannot say so itself when it is terminated
   * or runs out of memory): the sync in flight, if any, ends with `reason` as its error, so the core
   * fails the journal with JOURNAL_IO instead of waiting forever, and releases nothing it held.
   * Called by the thread that started the sync thread; the caller also wakes the core if it sleeps elsewhere.
   */
  markDead(reason: string): void {
    const msg = new TextEncoder().encode(reason).subarray(0, ERR_MAX);
    this.u8.set(msg, DEAD_AT);
    Atomics.store(this.i32, DEAD, Math.max(1, msg.length)); // its length: set last, read first
    Atomics.store(this.i32, DONE, Atomics.load(this.i32, REQ));
    Atomics.notify(this.i32, DONE);
  }

  /** markDead was called. */
  get dead(): boolean {
    return Atomics.load(this.i32, DEAD) !== 0;
  }

  /** Core: sleep until the sync in flight finished (or timeoutMs). */
  waitDone(timeoutMs: number): void {
    const req = Atomics.load(this.i32, REQ);
    const done = Atomics.load(this.i32, DONE);
    if (done !== req && !this.dead) Atomics.wait(this.i32, DONE, done, timeoutMs);
  }

  /** Core, once not busy: the finished sync's error message, or null. */
  error(): string | null {
    const dead = Atomics.load(this.i32, DEAD);
    if (dead !== 0) return new TextDecoder().decode(this.u8.slice(DEAD_AT, DEAD_AT + dead));
    const n = this.i32[ERR_LEN]!;
    return n === 0 ? null : new TextDecoder().decode(this.u8.slice(ERR_AT, ERR_AT + n));
  }

  /** Core: end the sync thread (it exits after the sync in flight, if any). */
  stop(): void {
    Atomics.store(this.i32, STOP, 1);
    Atomics.add(this.i32, REQ, 1);
    Atomics.notify(this.i32, REQ);
  }

  /**
   * The sync thread's loop: wait for a request, run `sync(fd)` (throws on failure), publish DONE,
   * notify, `wake()` the core. Returns when stop() is called.
   */
  serve(sync: (fd: number) => void, wake: () => void): void {
    const i32 = this.i32;
    let seen = Atomics.load(i32, DONE); // a request made before this thread started is served at once
    for (;;) {
      Atomics.wait(i32, REQ, seen);
      if (Atomics.load(i32, STOP) !== 0) return;
      const req = Atomics.load(i32, REQ);
      if (req === seen) continue;
      seen = req;
      try {
        sync(i32[FD]!);
      } catch (e) {
        const msg = new TextEncoder().encode(e instanceof Error ? e.message : String(e)).subarray(0, ERR_MAX);
        this.u8.set(msg, ERR_AT);
        i32[ERR_LEN] = Math.max(1, msg.length);
      }
      Atomics.store(i32, DONE, req);
      Atomics.notify(i32, DONE);
      wake();
    }
  }
}
