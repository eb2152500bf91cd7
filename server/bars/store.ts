/**
 * The bars store: closed OHLCV bars for analysts, behind one interface with two implementations
 * (SQLite embedded by default, PostgreSQL by URL). Both are driven by the same tests.
 *
 * Rows are keyed by (instrument name, interval, open time). Prices and volumes are exact
 * integers in the instrument's units (read them with its priceDecimals / qtyDecimals);
 * `notional` (sum of price * qty, for VWAP) is a double. Open times are UTC ms (every interval is
 * a whole number of seconds, so the MDP's µs divide exactly).
 *
 * Opening one by URL is open.ts (it imports both; this file imports neither).
 *
 * Writes are idempotent upserts: writing a bar again (a rebuild, a re-import, a retried batch)
 * replaces it with the same values and is harmless.
 */
import { BourseError } from '../kernel/errors.ts';
import { INTERVALS, type IntervalName, type Ohlcv } from '../mdp/candles.ts';

export interface Instrument {
  /** Instrument name (the engine's name rule: A-Z 0-9 . _ / -, up to 16 characters). */
  readonly name: string;
  readonly priceDecimals: number;
  readonly qtyDecimals: number;
  /** Price step in price units (0: unknown). */
  readonly tick: number;
  /** Quantity step in quantity units (0: unknown). */
  readonly lot: number;
  /**
   * Quote currency code ('' when unknown: the MD stream does not carry it; the composition passes
   * the feed's). An upsert with '' keeps the currency already stored.
   */
  readonly currency: string;
}

export interface BarRow extends Ohlcv {
  readonly symbol: string;
  readonly interval: IntervalName;
}

/**
 * A run of empty bars written as one row (docs/candles.md, "Gaps"): the bars opening at
 * `from`, from + len, ..., before `to` (ms, `to` exclusive), each with volume 0, trades 0 and
 * O = H = L = C = `price`. Queries that keep empty bars synthesise them (bars/runs.ts).
 */
export interface EmptyRunRow {
  readonly symbol: string;
  readonly interval: IntervalName;
  readonly from: number;
  readonly to: number;
  readonly price: number;
}

/**
 * One instrument's trading session (issue 14, docs/candles.md "End of day"), keyed by
 * (symbol, close time ms): official open / close, high, low, volume, trade count, notional.
 */
export interface DaySummaryRow {
  readonly symbol: string;
  /** The close's time, UTC ms. */
  readonly closeTime: number;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
  readonly trades: number;
  readonly notional: number;
  readonly openFromAuction: boolean;
  readonly closeFromAuction: boolean;
}

/** Most day summaries one query reads (a symbol's sessions over about 40 years). */
export const MAX_SUMMARIES_PER_QUERY = 10_000;

/** Checks one summary (cold). */
export function checkSummary(r: DaySummaryRow): void {
  if (!(u(r.closeTime) && u(r.open) && u(r.high) && u(r.low) && u(r.close) && u(r.volume) && u(r.trades)) || !Number.isFinite(r.notional) || r.low > r.high) {
    throw new BourseError('STORE_BAD_ROW', `day summary ${r.symbol} at ${r.closeTime}: time, prices, volume and trades must be non-negative safe integers (low <= high), notional finite`);
  }
}

/** A summary from its stored columns: close time, open, high, low, close, volume, trades, notional, open / close from auction (0/1). */
export function summaryOf(symbol: string, v: readonly (number | string | boolean)[]): DaySummaryRow {
  const n = (i: number) => Number(v[i]);
  return {
    symbol, closeTime: n(0), open: n(1), high: n(2), low: n(3), close: n(4), volume: n(5), trades: n(6), notional: n(7),
    openFromAuction: v[8] === true || n(8) === 1, closeFromAuction: v[9] === true || n(9) === 1,
  };
}

/** Most runs one query reads (runs are one per gap: a night, a weekend, a restart). */
export const MAX_RUNS_PER_QUERY = 10_000;

/** Fields per bar in a BarChunk, in this order. */
export const BAR_FIELDS = 8;
export const F_OPEN_TIME = 0;
export const F_OPEN = 1;
export const F_HIGH = 2;
export const F_LOW = 3;
export const F_CLOSE = 4;
export const F_VOLUME = 5;
export const F_TRADES = 6;
export const F_NOTIONAL = 7;

/**
 * Bars as read back: `count` rows of BAR_FIELDS numbers each, row-major in `data`:
 * open time ms, open, high, low, close, volume, trades, notional. No object per bar: a
 * 100k-bar response allocates a few typed arrays, not 100k rows.
 */
export interface BarChunk {
  readonly count: number;
  readonly data: Float64Array;
}

export interface BarQuery {
  readonly symbol: string;
  readonly interval: IntervalName;
  /** Inclusive lower bound on open time (ms). */
  readonly start?: number;
  /** Exclusive upper bound on open time (ms). */
  readonly end?: number;
  /** Only bars opening strictly after this time (ms): the cursor position. */
  readonly after?: number;
  /** Inclusive upper bound (ms): how a page is pinned to the rows its cursor was computed on. */
  readonly through?: number;
  /** At most this many rows in all (default: no limit). */
  readonly limit?: number;
  /** Leave out bars with no trades. */
  readonly omitEmpty?: boolean;
}

/** A query's open-time bounds as (exclusive low, exclusive high): one rule for every store. */
export function queryBounds(q: BarQuery): [number, number] {
  let lo = q.start !== undefined ? q.start - 1 : -1;
  if (q.after !== undefined && q.after > lo) lo = q.after;
  let hi = q.end ?? Number.MAX_SAFE_INTEGER;
  if (q.through !== undefined && q.through + 1 < hi) hi = q.through + 1;
  return [lo, hi];
}

/** Where a page of `limit` rows ends: the open time of its last row, and whether rows follow. */
export interface PageEnd {
  readonly last: number | undefined;
  readonly more: boolean;
}

export interface StoreHealth {
  readonly ok: boolean;
  readonly kind: StoreKind;
  readonly detail: string;
}

export type StoreKind = 'sqlite' | 'postgres';

export interface StoreStats {
  rowsWritten: number;
  batchesWritten: number;
  queries: number;
  errors: number;
}

export interface BarsStore {
  readonly kind: StoreKind;
  /** Where it lives, for logs (a file path, or the URL without its password). */
  readonly location: string;
  /** Insert or update instruments by name. Changing the decimals of one that has bars is refused. */
  upsertInstruments(list: readonly Instrument[]): Promise<void>;
  instruments(): Promise<Instrument[]>;
  instrument(name: string): Promise<Instrument | undefined>;
  /** Idempotent upsert; every row's instrument must exist. Returns the rows written. */
  writeBars(rows: readonly BarRow[]): Promise<number>;
  /** Idempotent upsert of empty runs (keyed by symbol, interval, from). Returns the runs written. */
  writeEmptyRuns(runs: readonly EmptyRunRow[]): Promise<number>;
  /** Runs of `symbol`/`interval` overlapping open times (lo, hi) (exclusive), by `from`, at most MAX_RUNS_PER_QUERY. */
  emptyRuns(symbol: string, interval: IntervalName, lo: number, hi: number): Promise<EmptyRunRow[]>;
  /** Idempotent upsert of end-of-session summaries (keyed by symbol, close time). Returns the rows written. */
  writeDaySummaries(rows: readonly DaySummaryRow[]): Promise<number>;
  /** Summaries of `symbol` with close times in [from, to), oldest first, at most `limit` (<= MAX_SUMMARIES_PER_QUERY). */
  daySummaries(symbol: string, from: number, to: number, limit: number): Promise<DaySummaryRow[]>;
  /** Rows in open-time order, in chunks (bounded memory however long the range). */
  queryBars(q: BarQuery): AsyncIterable<BarChunk>;
  /** Where a page of `q.limit` rows ends (one indexed lookup; no rows are read). */
  pageEnd(q: BarQuery & { readonly limit: number }): Promise<PageEnd>;
  health(): Promise<StoreHealth>;
  stats(): StoreStats;
  close(): Promise<void>;
}

/** Rows per chunk of queryBars (about; SQLite yields whole blocks). */
export const QUERY_CHUNK = 4096;

const NAME_RE = /^[A-Z0-9][A-Z0-9._/-]{0,15}$/;
const CURRENCY_RE = /^[A-Z]{0,8}$/;

const SECONDS = new Map<string, number>(INTERVALS.map((i) => [i.name, i.len / 1_000_000]));

/** Interval length in seconds (the stored key), by name. */
export function intervalSeconds(name: string): number {
  const s = SECONDS.get(name);
  if (s !== undefined) return s;
  throw new BourseError('STORE_BAD_ROW', `interval "${name}" is not one of ${INTERVALS.map((i) => i.name).join(', ')}`);
}

export function intervalOfSeconds(s: number): IntervalName {
  for (const iv of INTERVALS) if (iv.len === s * 1_000_000) return iv.name;
  throw new BourseError('STORE_BAD_ROW', `stored interval of ${s} s is not one of ${INTERVALS.map((i) => i.name).join(', ')}`);
}

export function isInstrumentName(name: string): boolean {
  return NAME_RE.test(name);
}

const u = (n: number) => Number.isSafeInteger(n) && n >= 0;

export function checkInstrument(i: Instrument): Instrument {
  const bad = (what: string) => new BourseError('STORE_BAD_ROW', `instrument ${JSON.stringify(i.name)}: ${what}`);
  if (typeof i.name !== 'string' || !NAME_RE.test(i.name)) throw bad('name must match [A-Z0-9][A-Z0-9._/-]{0,15}');
  if (!Number.isInteger(i.priceDecimals) || i.priceDecimals < 0 || i.priceDecimals > 18) throw bad('priceDecimals must be an integer 0..18');
  if (!Number.isInteger(i.qtyDecimals) || i.qtyDecimals < 0 || i.qtyDecimals > 18) throw bad('qtyDecimals must be an integer 0..18');
  if (!u(i.tick)) throw bad('tick must be a non-negative integer of price units (0: unknown)');
  if (!u(i.lot)) throw bad('lot must be a non-negative integer of quantity units (0: unknown)');
  if (typeof i.currency !== 'string' || !CURRENCY_RE.test(i.currency)) throw bad('currency must be 0 to 8 letters A-Z');
  return i;
}

/** Checks one row (cold: once per written bar, far from the matching loop). */
export function checkBar(r: BarRow): void {
  if (!(u(r.openTime) && u(r.open) && u(r.high) && u(r.low) && u(r.close) && u(r.volume) && u(r.trades)) || !Number.isFinite(r.notional)) {
    throw new BourseError('STORE_BAD_ROW', `bar ${r.symbol} ${r.interval} at ${r.openTime}: times, prices, volume and trades must be non-negative safe integers, notional finite`);
  }
  if (r.openTime % (intervalSeconds(r.interval) * 1000) !== 0) {
    throw new BourseError('STORE_BAD_ROW', `bar ${r.symbol} ${r.interval}: open time ${r.openTime} ms is not on an interval boundary`);
  }
}

/**
 * The last row per key wins (a batch may carry the same bar twice; one PostgreSQL statement
 * cannot update a row twice). The common case, no duplicate, costs one Set.add per row.
 */
export function dedupeBars(rows: readonly BarRow[]): readonly BarRow[] {
  if (rows.length < 2) return rows;
  const sets = new Map<string, Set<number>>();
  let sym: string | undefined;
  let iv: string | undefined;
  let cur: Set<number> | undefined;
  let dup = false;
  for (const r of rows) {
    if (r.symbol !== sym || r.interval !== iv) {
      sym = r.symbol;
      iv = r.interval;
      const k = `${sym}\u0000${iv}`;
      cur = sets.get(k);
      if (!cur) sets.set(k, (cur = new Set()));
    }
    if (cur!.has(r.openTime)) {
      dup = true;
      break;
    }
    cur!.add(r.openTime);
  }
  if (!dup) return rows;
  const last = new Map<string, number>();
  rows.forEach((r, i) => last.set(`${r.symbol}\u0000${r.interval}\u0000${r.openTime}`, i));
  const keep = new Set(last.values());
  return rows.filter((_, i) => keep.has(i));
}

/** Checks one run (cold). */
export function checkRun(r: EmptyRunRow): void {
  const ms = intervalSeconds(r.interval) * 1000;
  if (!(u(r.from) && u(r.to) && u(r.price)) || r.from % ms !== 0 || r.to % ms !== 0 || r.to <= r.from) {
    throw new BourseError('STORE_BAD_ROW', `empty run ${r.symbol} ${r.interval} [${r.from}, ${r.to}) at ${r.price}: bounds must be interval boundaries, from < to, price a non-negative safe integer`);
  }
}

/** Any failure of the backing database becomes STORE_UNAVAILABLE (503), keeping our own codes. */
export function storeError(e: unknown, what: string): BourseError {
  if (e instanceof BourseError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new BourseError('STORE_UNAVAILABLE', `${what}: ${msg}`);
}

/** A URL for logs: the password replaced. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}
