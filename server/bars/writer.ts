/**
 * BarsWriter: closed bars from the market-data stream into a bars store, in batches, without
 * ever making the caller wait. It takes MD records as they come off the ring (`onRecords`),
 * copies each closed BAR into a bounded queue (a Float64Array ring: no allocation per bar) and
 * writes the queue to the store from a timer, one batch at a time.
 *
 * Instrument names come from the INSTRUMENT records of the same stream (folded here); a bar
 * whose symbol was never defined in the stream is counted in `unnamed` and skipped (give
 * `instruments` when attaching to a stream mid-way).
 *
 * When the queue is full (the store is down or slower than the market), the policy is
 * 'drop-oldest' (the default): the oldest queued bar is dropped, counted in `dropped`, and its
 * open time widens [droppedFirstMs, droppedLastMs], the range to repair with `bourse bars
 * rebuild` (bars are derived from the journal and always recoverable). Keeping the newest bars
 * serves the analysts and dashboards that read recent history. 'grow' never drops (for
 * `bars rebuild`, which awaits `flush()` between journal chunks instead).
 *
 * A failed write keeps its batch aside and is retried with backoff (retryMs doubling up to
 * maxRetryMs); the queue keeps filling meanwhile.
 */
import { BourseError } from '../kernel/errors.ts';
import {
  Md, MD_SLOTS, BarMd, EmptyRunMd, InstrumentMd, DaySummaryCode, mdType, mdCode, mdSymbol, mdName, barInterval, barClosed, priceDecimalsOf, qtyDecimalsOf,
} from '../mdp/records.ts';
import { INTERVALS } from '../mdp/candles.ts';
import { storeError, type EmptyRunRow, type BarRow, type BarsStore, type Instrument, type DaySummaryRow } from './store.ts';

export type OverflowPolicy = 'drop-oldest' | 'grow';

export interface BarsWriterOptions {
  readonly store: BarsStore;
  /** Closed bars the queue holds (default 65,536). */
  readonly capacity?: number;
  /** Bars per store write (default 2,048: bounds how long one SQLite write holds the thread). */
  readonly batch?: number;
  /** Longest a closed bar waits in the queue before a write starts (default 200 ms). */
  readonly flushMs?: number;
  /** First retry delay after a failed write (default 500 ms), doubling up to maxRetryMs (30 s). */
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
  readonly overflow?: OverflowPolicy;
  /** Currency recorded for instruments of the stream (the MD INSTRUMENT record has none). */
  readonly currency?: string;
  /** Instruments by stream symbol id, for symbols defined before this writer was attached. */
  readonly instruments?: (symbol: number) => Instrument | undefined;
  /** Told of each failed write (logs); the writer retries by itself. */
  readonly onError?: (e: BourseError) => void;
}

type Resolved = Required<Omit<BarsWriterOptions, 'instruments' | 'onError'>> & Pick<BarsWriterOptions, 'instruments' | 'onError'>;

export interface BarsWriterStats {
  /** Bars waiting in the queue (plus a batch waiting for its retry). */
  queued: number;
  capacity: number;
  /** Closed bars taken from the stream. */
  enqueued: number;
  written: number;
  /** Empty runs written (each stands for many empty bars: docs/candles.md). */
  runsWritten: number;
  /** End-of-session summaries written (day_summaries). */
  summariesWritten: number;
  dropped: number;
  /** Open time range (ms) of the dropped bars, 0 when none: what `bars rebuild` must repair. */
  droppedFirstMs: number;
  droppedLastMs: number;
  /** Bars of symbols with no INSTRUMENT record: skipped. */
  unnamed: number;
  batches: number;
  writeErrors: number;
  /** 1 while the last write succeeded (or none failed yet), 0 after a failure. */
  storeUp: number;
  /** Duration of the last successful write. */
  lastWriteMs: number;
}

/** A queued bar: the BAR record's slots (BarMd: open µs, open, ... notional), symbol and interval in slot 0-1. */
const W = MD_SLOTS;
type Batch = { rows: BarRow[]; runs: EmptyRunRow[]; summaries: DaySummaryRow[] };
const Q_SYMBOL = 0;
const Q_INTERVAL = 1;
/** Added to Q_INTERVAL for an EMPTY_RUN entry (its slots: EmptyRunMd from, to, price). */
const RUN = 256;
/** Added to the DAY_SUMMARY code (bits) in Q_INTERVAL: its slots are the BAR slots (time, open .. notional). */
const SUMMARY = 512;

function validate(o: BarsWriterOptions): Resolved {
  const bad = (what: string) => new BourseError('BARS_WRITER_BAD_OPTION', what);
  const int = (name: string, v: number | undefined, dflt: number, min: number, max: number): number => {
    const x = v ?? dflt;
    if (!Number.isSafeInteger(x) || x < min || x > max) throw bad(`${name} must be an integer from ${min} to ${max}, not ${x}`);
    return x;
  };
  if (!o.store) throw bad('store is required');
  const overflow = o.overflow ?? 'drop-oldest';
  if (overflow !== 'drop-oldest' && overflow !== 'grow') throw bad(`overflow must be drop-oldest or grow, not ${String(overflow)}`);
  const currency = o.currency ?? '';
  if (!/^[A-Z]{0,8}$/.test(currency)) throw bad(`currency must be 0 to 8 letters A-Z, not "${currency}"`);
  return Object.freeze({
    store: o.store,
    capacity: int('capacity', o.capacity, 65_536, 1, 1 << 26),
    batch: int('batch', o.batch, 2048, 1, 1 << 20),
    flushMs: int('flushMs', o.flushMs, 200, 0, 3_600_000),
    retryMs: int('retryMs', o.retryMs, 500, 1, 3_600_000),
    maxRetryMs: int('maxRetryMs', o.maxRetryMs, 30_000, 1, 3_600_000),
    overflow,
    currency,
    instruments: o.instruments,
    onError: o.onError,
  });
}

export class BarsWriter {
  readonly options: Resolved;
  private q: Float64Array;
  private cap: number;
  private head = 0;
  private count = 0;
  private readonly names = new Map<number, Instrument>();
  private pendingInstruments: Instrument[] = [];
  private retry: Batch | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private backoff: number;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly s: BarsWriterStats;

  constructor(options: BarsWriterOptions) {
    this.options = validate(options);
    this.cap = this.options.capacity;
    this.q = new Float64Array(this.cap * W);
    this.backoff = this.options.retryMs;
    this.s = {
      queued: 0, capacity: this.cap, enqueued: 0, written: 0, runsWritten: 0, summariesWritten: 0, dropped: 0, droppedFirstMs: 0, droppedLastMs: 0,
      unnamed: 0, batches: 0, writeErrors: 0, storeUp: 1, lastWriteMs: 0,
    };
  }

  /** Take `count` MD records starting at record `first` (records.ts layout). Never waits. */
  onRecords(f64: Float64Array, i32: Int32Array, first: number, count: number): void {
    let any = false;
    for (let k = first, end = first + count; k < end; k++) {
      const type = mdType(i32, k);
      if (type === Md.Bar) {
        const code = mdCode(i32, k);
        if (!barClosed(code)) continue;
        this.push(mdSymbol(i32, k), barInterval(code), f64, k * MD_SLOTS);
        any = true;
      } else if (type === Md.EmptyRun) {
        // A run of empty bars (any length): one queue entry, one stored row.
        this.push(mdSymbol(i32, k), mdCode(i32, k) + RUN, f64, k * MD_SLOTS);
        any = true;
      } else if (type === Md.DaySummary) {
        this.push(mdSymbol(i32, k), mdCode(i32, k) + SUMMARY, f64, k * MD_SLOTS);
        any = true;
      } else if (type === Md.Instrument) {
        this.instrument(f64, i32, k);
        any = true;
      }
    }
    if (any) this.schedule();
  }

  private instrument(f64: Float64Array, i32: Int32Array, k: number): void {
    const b = k * MD_SLOTS;
    const code = mdCode(i32, k);
    const name = mdName(f64, k);
    // A step that is not a whole number of units is recorded as 0 (unknown) rather than
    // refusing the instrument and, with it, all of its bars.
    const step = (v: number) => (Number.isSafeInteger(v) && v > 0 ? v : 0);
    const inst: Instrument = {
      name, priceDecimals: priceDecimalsOf(code), qtyDecimals: qtyDecimalsOf(code), tick: step(f64[b + InstrumentMd.tick]!), lot: step(f64[b + InstrumentMd.lot]!),
      currency: this.options.currency,
    };
    this.names.set(mdSymbol(i32, k), inst);
    this.pendingInstruments.push(inst);
  }

  private push(symbol: number, interval: number, f64: Float64Array, b: number): void {
    if (this.closed) {
      this.s.dropped++;
      return;
    }
    if (this.count === this.cap) {
      if (this.options.overflow === 'grow') this.grow();
      else this.dropOldest();
    }
    const o = ((this.head + this.count) % this.cap) * W;
    const q = this.q;
    q[o + Q_SYMBOL] = symbol;
    q[o + Q_INTERVAL] = interval;
    q[o + BarMd.openTime] = f64[b + BarMd.openTime]!;
    q[o + BarMd.open] = f64[b + BarMd.open]!;
    q[o + BarMd.high] = f64[b + BarMd.high]!;
    q[o + BarMd.low] = f64[b + BarMd.low]!;
    q[o + BarMd.close] = f64[b + BarMd.close]!;
    q[o + BarMd.volume] = f64[b + BarMd.volume]!;
    q[o + BarMd.trades] = f64[b + BarMd.trades]!;
    q[o + BarMd.notional] = f64[b + BarMd.notional]!;
    this.count++;
    this.s.enqueued++;
  }

  private dropOldest(): void {
    const openMs = this.q[this.head * W + BarMd.openTime]! / 1000;
    const s = this.s;
    if (s.dropped === 0 || openMs < s.droppedFirstMs) s.droppedFirstMs = openMs;
    if (openMs > s.droppedLastMs) s.droppedLastMs = openMs;
    s.dropped++;
    this.head = (this.head + 1) % this.cap;
    this.count--;
  }

  private grow(): void {
    const next = new Float64Array(this.cap * 2 * W);
    for (let i = 0; i < this.count; i++) next.set(this.q.subarray(((this.head + i) % this.cap) * W, ((this.head + i) % this.cap) * W + W), i * W);
    this.q = next;
    this.head = 0;
    this.cap *= 2;
    this.s.capacity = this.cap;
  }

  private schedule(delay?: number): void {
    if (this.timer !== undefined || this.closed) return;
    const d = delay ?? (this.count >= this.options.batch ? 0 : this.options.flushMs);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().then(
        () => {
          this.backoff = this.options.retryMs;
          if (this.count > 0) this.schedule();
        },
        (e: unknown) => {
          const err = storeError(e, 'bars writer');
          this.options.onError?.(err);
          this.schedule(this.backoff);
          this.backoff = Math.min(this.backoff * 2, this.options.maxRetryMs);
        },
      );
    }, d);
    this.timer.unref?.();
  }

  /** Up to `batch` queued bars as rows, and the empty runs among them (removed from the queue). */
  private take(): Batch {
    const n = Math.min(this.count, this.options.batch);
    const rows: BarRow[] = [];
    const runs: EmptyRunRow[] = [];
    const summaries: DaySummaryRow[] = [];
    const q = this.q;
    for (let i = 0; i < n; i++) {
      const o = this.head * W;
      this.head = (this.head + 1) % this.cap;
      const sym = q[o + Q_SYMBOL]!;
      const inst = this.names.get(sym) ?? this.options.instruments?.(sym);
      if (!inst) {
        this.s.unnamed++;
        continue;
      }
      const iv = q[o + Q_INTERVAL]!;
      if (iv >= SUMMARY) {
        const code = iv - SUMMARY;
        summaries.push({
          symbol: inst.name, closeTime: Math.floor(q[o + BarMd.openTime]! / 1000), open: q[o + BarMd.open]!, high: q[o + BarMd.high]!, low: q[o + BarMd.low]!,
          close: q[o + BarMd.close]!, volume: q[o + BarMd.volume]!, trades: q[o + BarMd.trades]!, notional: q[o + BarMd.notional]!,
          openFromAuction: (code & DaySummaryCode.OpenFromAuction) !== 0, closeFromAuction: (code & DaySummaryCode.CloseFromAuction) !== 0,
        });
        continue;
      }
      if (iv >= RUN) {
        runs.push({
          symbol: inst.name, interval: INTERVALS[iv - RUN]!.name, from: q[o + EmptyRunMd.from]! / 1000, to: q[o + EmptyRunMd.to]! / 1000, price: q[o + EmptyRunMd.price]!,
        });
        continue;
      }
      rows.push({
        symbol: inst.name, interval: INTERVALS[iv]!.name, openTime: q[o + BarMd.openTime]! / 1000, open: q[o + BarMd.open]!,
        high: q[o + BarMd.high]!, low: q[o + BarMd.low]!, close: q[o + BarMd.close]!, volume: q[o + BarMd.volume]!, trades: q[o + BarMd.trades]!,
        notional: q[o + BarMd.notional]!,
      });
    }
    this.count -= n;
    return { rows, runs, summaries };
  }

  /**
   * Write everything queued now (instruments first). Rejects if the store fails; the failed
   * batch stays aside for the next attempt. Calls are serialized.
   */
  flush(): Promise<void> {
    const p = this.chain.then(() => this.writeAll());
    this.chain = p.catch(() => {});
    return p;
  }

  private async writeAll(): Promise<void> {
    const store = this.options.store;
    const s = this.s;
    try {
      for (;;) {
        if (this.pendingInstruments.length > 0) {
          const list = this.pendingInstruments;
          this.pendingInstruments = [];
          // Last definition per name wins (a redefinition replaces it).
          const byName = new Map(list.map((i) => [i.name, i] as const));
          try {
            await store.upsertInstruments([...byName.values()]);
          } catch (e) {
            this.pendingInstruments = list.concat(this.pendingInstruments);
            throw e;
          }
        }
        const batch = this.retry ?? this.take();
        this.retry = undefined;
        const { rows, runs, summaries } = batch;
        if (rows.length === 0 && runs.length === 0 && summaries.length === 0) {
          if (this.count === 0) break;
          continue;
        }
        const t0 = performance.now();
        try {
          if (rows.length > 0) await store.writeBars(rows);
          if (runs.length > 0) await store.writeEmptyRuns(runs);
          if (summaries.length > 0) await store.writeDaySummaries(summaries);
        } catch (e) {
          this.retry = batch;
          throw e;
        }
        s.lastWriteMs = performance.now() - t0;
        s.written += rows.length;
        s.runsWritten += runs.length;
        s.summariesWritten += summaries.length;
        s.batches++;
        s.storeUp = 1;
      }
    } catch (e) {
      s.writeErrors++;
      s.storeUp = 0;
      throw storeError(e, 'bars writer');
    }
  }

  stats(): BarsWriterStats {
    this.s.queued = this.count + (this.retry ? this.retry.rows.length + this.retry.runs.length + this.retry.summaries.length : 0);
    return { ...this.s };
  }

  /** Instruments seen in the stream so far, by symbol id. */
  instrumentOf(symbol: number): Instrument | undefined {
    return this.names.get(symbol);
  }

  /** Stop the timer and write what is queued (one attempt). Does not close the store. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    try {
      await this.flush();
    } finally {
      this.closed = true;
    }
  }
}
