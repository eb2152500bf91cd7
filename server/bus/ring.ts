/**
 * Single-producer single-consumer ring of fixed-size records over a SharedArrayBuffer: the bus
 * between the engine's worker thread (producer) and the MDP's worker thread (consumer). Records
 * are copied in once and read in place (views into the shared buffer, no copy out).
 *
 * Layout (byte offsets; Int32 fields, little-endian as the platform's typed arrays):
 *
 *     0                                                              64
 *     +---------+---------+----------+------------+------------------+
 *     |  magic  | version | capacity | recordSize |  (reserved)      |  config, frozen at create
 *     +---------+---------+----------+------------+------------------+
 *   128   W: write cursor | wHalves | closed | stalls  |                  producer writes, often
 *     +-------------------------------------------------------------+
 *   256   R: read cursor  | rHalves |                   |                  consumer writes, often
 *     +-------------------------------------------------------------+
 *   384   consWaiting | prodWaiting | wake |               |             set only around a sleep
 *     +-------------------------------------------------------------+
 *   512   record 0 | record 1 | ... | record capacity-1                 capacity * recordSize
 *     +-------------------------------------------------------------+
 *
 * W and R count records since creation modulo 2^32 (Int32, wrapping past 2^31 to negative is
 * fine: every difference is taken with `| 0`). capacity is a power of two < 2^30, so the slot of
 * cursor c is `c & (capacity - 1)` across the wrap, and depth = (W - R) | 0 is in [0, capacity].
 * wHalves/rHalves count the cursors' sign changes (2^31 records each), only for stats().
 * Each cursor has its own 64-byte line, 128 bytes apart (x86 prefetches lines in pairs), so the
 * producer and consumer never write the same line. The waiting flags, read on every publish or
 * read, have a third line that changes only when a side goes to sleep, so it stays cached.
 *
 * Ordering: the producer copies payload bytes with plain stores, then publishes them with one
 * Atomics.store(W). The consumer's Atomics.load(W) that sees the new value synchronizes with that
 * store, so every payload byte before it is visible. The same holds in the other direction for R:
 * a slot is only rewritten after the consumer's Atomics.store(R) says it is done with it.
 * Wake-ups: a side about to sleep sets its *Waiting flag, re-checks the other cursor, then
 * Atomics.wait()s; the other side stores its cursor, then loads the flag. All are sequentially
 * consistent, so either the sleeper sees the new cursor or the waker sees the flag, and
 * Atomics.wait re-checks its word under the waiter-list lock. The producer sleeps on R itself;
 * the consumer sleeps on `wake`, which the producer bumps before each notify and on close(), so
 * a close() racing with the consumer's last check cannot be missed either.
 *
 * Hot core: no node:* imports, no clock. Timeouts are Atomics.wait's own.
 */
import { BourseError } from '../kernel/errors.ts';

const MAGIC = 0x52494e47; // "RING"
const VERSION = 1;
/** Header size in bytes; records start here (a multiple of 64 and of 8 for Float64 views). */
export const RING_HEADER_BYTES = 512;

// Int32 indexes into the header.
const H_MAGIC = 0;
const H_VERSION = 1;
const H_CAPACITY = 2;
const H_RECORD = 3;
const H_W = 128 / 4;
const H_W_HALVES = H_W + 1;
const H_CLOSED = H_W + 2;
const H_STALLS = H_W + 3;
const H_R = 256 / 4;
const H_R_HALVES = H_R + 1;
const H_CONS_WAITING = 384 / 4;
const H_PROD_WAITING = H_CONS_WAITING + 1;
const H_WAKE = H_CONS_WAITING + 2;

/** Polls of the other cursor before sleeping: a short bounded spin (~1-2 µs), never a busy loop. */
export const RING_SPIN = 200;
const MAX_CAPACITY = 1 << 29;

export type RecordHandler = (f64: Float64Array, i32: Int32Array, firstIndex: number, count: number) => void;

export interface RingStats {
  written: number;
  read: number;
  stalls: number;
  capacity: number;
  depth: number;
}

export class Ring {
  readonly sab: SharedArrayBuffer;
  readonly capacity: number;
  readonly recordSize: number;
  private readonly mask: number;
  private readonly hdr: Int32Array;
  private readonly u8: Uint8Array;
  private readonly f64: Float64Array;
  private readonly i32: Int32Array;
  /** Producer's last view of R: re-read only when the ring looks full. */
  private rCache: number;

  private constructor(sab: SharedArrayBuffer) {
    const hdr = new Int32Array(sab, 0, RING_HEADER_BYTES / 4);
    const capacity = hdr[H_CAPACITY]!;
    const recordSize = hdr[H_RECORD]!;
    const bytes = capacity * recordSize;
    if (
      hdr[H_MAGIC] !== MAGIC || hdr[H_VERSION] !== VERSION || !validShape(capacity, recordSize) ||
      sab.byteLength !== RING_HEADER_BYTES + bytes
    ) {
      throw new BourseError('BUS_BAD_RING', `not a ring buffer of this version (${sab.byteLength} bytes)`);
    }
    this.sab = sab;
    this.capacity = capacity;
    this.recordSize = recordSize;
    this.mask = capacity - 1;
    this.hdr = hdr;
    this.u8 = new Uint8Array(sab, RING_HEADER_BYTES, bytes);
    this.f64 = new Float64Array(sab, RING_HEADER_BYTES, bytes / 8);
    this.i32 = new Int32Array(sab, RING_HEADER_BYTES, bytes / 4);
    this.rCache = Atomics.load(hdr, H_R);
  }

  /** Allocates the shared buffer. capacityRecords: a power of two below 2^30; recordSize: a multiple of 8. */
  static create(capacityRecords: number, recordSize: number): Ring {
    if (!validShape(capacityRecords, recordSize)) {
      throw new BourseError(
        'BUS_BAD_RING',
        `capacity ${capacityRecords} must be a power of two from 2 to 2^29 and record size ${recordSize} a positive multiple of 8`,
      );
    }
    const sab = new SharedArrayBuffer(RING_HEADER_BYTES + capacityRecords * recordSize);
    const hdr = new Int32Array(sab, 0, RING_HEADER_BYTES / 4);
    hdr[H_MAGIC] = MAGIC;
    hdr[H_VERSION] = VERSION;
    hdr[H_CAPACITY] = capacityRecords;
    hdr[H_RECORD] = recordSize;
    return new Ring(sab);
  }

  /**
   * Touches every page of the records area (one zero byte per 4 KiB) so the kernel commits them
   * now, not on the producer's first pass through the ring: a fresh ring of 2^18 events is ~5,000
   * first-write page faults, which a cold exchange paid on its core and MDP threads in the first
   * second of load (docs/benchmarks.md, "The cold start"). Only on a ring nobody uses yet (the
   * creating thread, before any other thread has it): it writes zeros over the records.
   */
  prefault(): this {
    const u8 = this.u8;
    for (let i = 0; i < u8.length; i += 4096) u8[i] = 0;
    return this;
  }

  /** The same ring seen from another thread (the buffer came through workerData or postMessage). */
  static attach(sab: SharedArrayBuffer): Ring {
    if (!(sab instanceof SharedArrayBuffer) || sab.byteLength < RING_HEADER_BYTES) {
      throw new BourseError('BUS_BAD_RING', 'attach needs the SharedArrayBuffer of a ring');
    }
    return new Ring(sab);
  }

  // ---- producer -------------------------------------------------------------------------------

  /** Copies up to `count` records from src; returns how many fit (0 when full). Never blocks. */
  tryWrite(src: Uint8Array, count: number): number {
    return this.put(src, 0, count);
  }

  /**
   * Writes all `count` records, waiting for room as long as the consumer is behind (back-pressure:
   * each wait counts one stall; nothing is dropped). timeoutMs bounds how long the consumer may
   * make no progress at all; past it, BUS_STALLED. Default: wait forever.
   */
  write(src: Uint8Array, count: number, timeoutMs = Infinity): void {
    let done = this.put(src, 0, count);
    if (done === count) return;
    const hdr = this.hdr;
    Atomics.add(hdr, H_STALLS, 1);
    while (done < count) {
      const n = this.put(src, done, count - done);
      if (n > 0) {
        done += n;
        continue;
      }
      this.waitForRoom(timeoutMs);
    }
  }

  /** Marks the end of the stream and wakes the consumer. Records written before stay readable. */
  close(): void {
    Atomics.store(this.hdr, H_CLOSED, 1);
    Atomics.add(this.hdr, H_WAKE, 1);
    Atomics.notify(this.hdr, H_WAKE);
  }

  // ---- consumer -------------------------------------------------------------------------------

  /**
   * Hands the available records (at most `max`) to handler as views into the shared buffer: one
   * call per contiguous run (two when the run wraps). Record i starts at f64[i * recordSize / 8]
   * and i32[i * recordSize / 4]; the views are valid only during the call. Then frees the slots.
   * If handler throws, the records stay unread. Returns the number of records consumed.
   */
  read(handler: RecordHandler, max = this.capacity): number {
    const hdr = this.hdr;
    const r = Atomics.load(hdr, H_R);
    const avail = (Atomics.load(hdr, H_W) - r) | 0;
    const n = avail < max ? avail : max;
    if (n <= 0) return 0;
    const first = r & this.mask;
    const run = this.capacity - first;
    if (n <= run) {
      handler(this.f64, this.i32, first, n);
    } else {
      handler(this.f64, this.i32, first, run);
      handler(this.f64, this.i32, 0, n - run);
    }
    const next = (r + n) | 0;
    Atomics.store(hdr, H_R, next);
    if ((next ^ r) < 0) Atomics.add(hdr, H_R_HALVES, 1);
    if (Atomics.load(hdr, H_PROD_WAITING) !== 0) Atomics.notify(hdr, H_R);
    return n;
  }

  /**
   * True as soon as records are available; false after timeoutMs without any, or at once when the
   * producer has closed and everything was read. A short bounded spin (`spin` polls of W, ~10 ns
   * each), then Atomics.wait. A consumer alone on a pinned core may spin longer to skip the
   * futex wake-up (docs/bus.md has the measured trade-off). `until`, when given, also ends the
   * wait: another thread makes it true, then calls wakeConsumer() (the core's sync thread does).
   */
  waitForData(timeoutMs: number, spin = RING_SPIN, until?: () => boolean): boolean {
    const hdr = this.hdr;
    const r = Atomics.load(hdr, H_R);
    for (let i = 0; i < spin; i++) {
      if (Atomics.load(hdr, H_W) !== r) return true;
    }
    for (;;) {
      const wake = Atomics.load(hdr, H_WAKE);
      Atomics.store(hdr, H_CONS_WAITING, 1);
      if (Atomics.load(hdr, H_W) !== r || Atomics.load(hdr, H_CLOSED) !== 0 || (until !== undefined && until())) break;
      const outcome = Atomics.wait(hdr, H_WAKE, wake, timeoutMs);
      if (outcome === 'timed-out' || Atomics.load(hdr, H_W) !== r || Atomics.load(hdr, H_CLOSED) !== 0 || (until !== undefined && until())) break;
      // A late bump meant for an earlier sleep (the producer saw the flag before we cleared it): sleep again.
    }
    Atomics.store(hdr, H_CONS_WAITING, 0);
    return Atomics.load(hdr, H_W) !== r;
  }

  /** Wakes the consumer's waitForData so it re-checks its `until` (from any thread; no record written). */
  wakeConsumer(): void {
    Atomics.add(this.hdr, H_WAKE, 1);
    Atomics.notify(this.hdr, H_WAKE);
  }

  /**
   * waitForData for a consumer that must keep its event loop running (timers, sockets): the
   * same flag protocol, but the sleep is Atomics.waitAsync, so other tasks run meanwhile.
   */
  async waitForDataAsync(timeoutMs: number): Promise<boolean> {
    const hdr = this.hdr;
    const r = Atomics.load(hdr, H_R);
    for (;;) {
      const wake = Atomics.load(hdr, H_WAKE);
      Atomics.store(hdr, H_CONS_WAITING, 1);
      if (Atomics.load(hdr, H_W) !== r || Atomics.load(hdr, H_CLOSED) !== 0) break;
      const w = Atomics.waitAsync(hdr, H_WAKE, wake, timeoutMs);
      const outcome = w.async ? await w.value : w.value;
      if (outcome === 'timed-out' || Atomics.load(hdr, H_W) !== r || Atomics.load(hdr, H_CLOSED) !== 0) break;
    }
    Atomics.store(hdr, H_CONS_WAITING, 0);
    return Atomics.load(hdr, H_W) !== r;
  }

  /** The producer has called close(). Records written before may still be unread: check stats().depth. */
  get closed(): boolean {
    return Atomics.load(this.hdr, H_CLOSED) !== 0;
  }

  /** Cold path (metrics, tests): totals since creation, exact up to 2^53. */
  stats(): RingStats {
    const hdr = this.hdr;
    const w = readWide(hdr, H_W, H_W_HALVES);
    const r = readWide(hdr, H_R, H_R_HALVES);
    return {
      written: w,
      read: r,
      stalls: Atomics.load(hdr, H_STALLS),
      capacity: this.capacity,
      depth: (Atomics.load(hdr, H_W) - Atomics.load(hdr, H_R)) | 0,
    };
  }

  // ---- internals ------------------------------------------------------------------------------

  /** Copies up to `count` records starting at record `from` of src; publishes them with one store. */
  private put(src: Uint8Array, from: number, count: number): number {
    const size = this.recordSize;
    if (count <= 0) return 0;
    if ((from + count) * size > src.length) {
      throw new BourseError('BUS_BAD_WRITE', `${count} records of ${size} bytes from record ${from}, source holds ${src.length} bytes`);
    }
    const hdr = this.hdr;
    if (hdr[H_CLOSED] !== 0) throw new BourseError('BUS_CLOSED', 'write after close');
    const w = hdr[H_W]!; // only this thread writes W
    let free = this.capacity - ((w - this.rCache) | 0);
    if (free < count) {
      this.rCache = Atomics.load(hdr, H_R);
      free = this.capacity - ((w - this.rCache) | 0);
      if (free <= 0) return 0;
    }
    const n = count < free ? count : free;
    const slot = w & this.mask;
    const run = this.capacity - slot;
    const start = from * size;
    if (n <= run) {
      this.copy(src, start, n * size, slot * size);
    } else {
      this.copy(src, start, run * size, slot * size);
      this.copy(src, start + run * size, (n - run) * size, 0);
    }
    const next = (w + n) | 0;
    Atomics.store(hdr, H_W, next);
    if ((next ^ w) < 0) Atomics.add(hdr, H_W_HALVES, 1);
    if (Atomics.load(hdr, H_CONS_WAITING) !== 0) {
      Atomics.add(hdr, H_WAKE, 1);
      Atomics.notify(hdr, H_WAKE);
    }
    return n;
  }

  private copy(src: Uint8Array, start: number, bytes: number, dst: number): void {
    // A whole-source copy needs no view; otherwise one small view per run (per batch, not per record).
    this.u8.set(start === 0 && bytes === src.length ? src : src.subarray(start, start + bytes), dst);
  }

  /** Sleeps until the consumer frees a slot; throws BUS_STALLED after timeoutMs without progress. */
  private waitForRoom(timeoutMs: number): void {
    const hdr = this.hdr;
    const r = this.rCache;
    for (let i = 0; i < RING_SPIN; i++) {
      if (Atomics.load(hdr, H_R) !== r) return;
    }
    Atomics.store(hdr, H_PROD_WAITING, 1);
    let outcome = 'not-equal';
    if (Atomics.load(hdr, H_R) === r) outcome = Atomics.wait(hdr, H_R, r, timeoutMs);
    Atomics.store(hdr, H_PROD_WAITING, 0);
    if (outcome === 'timed-out' && Atomics.load(hdr, H_R) === r) {
      throw new BourseError('BUS_STALLED', `consumer read nothing for ${timeoutMs} ms (${this.capacity} records queued)`);
    }
  }
}

function validShape(capacity: number, recordSize: number): boolean {
  return (
    Number.isInteger(capacity) && capacity >= 2 && capacity <= MAX_CAPACITY && (capacity & (capacity - 1)) === 0 &&
    Number.isInteger(recordSize) && recordSize > 0 && recordSize % 8 === 0 && capacity * recordSize <= 2 ** 31
  );
}

/**
 * The full count behind a 32-bit cursor. `halves` counts the cursor's sign changes (each 2^31
 * records) and is bumped just after the cursor store, so it may lag by one: its parity must equal
 * the cursor's top bit, and when it does not the lag is corrected. Exact up to 2^53.
 */
function readWide(hdr: Int32Array, cursor: number, halves: number): number {
  let h = Atomics.load(hdr, halves);
  const c = Atomics.load(hdr, cursor);
  if ((h & 1) !== c >>> 31) h += 1;
  return Math.floor(h / 2) * 2 ** 32 + (c >>> 0);
}

/**
 * Test hook: moves both cursors of an empty ring as if `total` records had gone through, so tests
 * cross the 2^31 and 2^32 wraps without writing billions of records. cursorsOnly leaves the
 * half-wrap counters as they are (to check that real traffic bumps them). Never used outside tests.
 */
export function setRingCursorsForTest(ring: Ring, total: number, cursorsOnly = false): void {
  const hdr = new Int32Array(ring.sab, 0, RING_HEADER_BYTES / 4);
  if (Atomics.load(hdr, H_W) !== Atomics.load(hdr, H_R)) throw new BourseError('INVARIANT', 'ring is not empty');
  const cursor = total % 2 ** 32 | 0;
  Atomics.store(hdr, H_W, cursor);
  Atomics.store(hdr, H_R, cursor);
  if (!cursorsOnly) {
    Atomics.store(hdr, H_W_HALVES, Math.floor(total / 2 ** 31));
    Atomics.store(hdr, H_R_HALVES, Math.floor(total / 2 ** 31));
  }
  (ring as unknown as { rCache: number }).rCache = cursor;
}
