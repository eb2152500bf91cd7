/**
 * Candle (OHLCV bar) builder. Hot core: no node:* imports, no clock; time arrives with each
 * trade or clock tick (integer µs since the Unix epoch, UTC, from the sequencer).
 *
 * Bars are keyed by their open time floor(t / len) * len and cover [open, open + len). A bar
 * closes when sequenced time reaches open + len. Intervals with no trades still yield closed bars
 * (volume 0, trades 0, O = H = L = C = previous close: Binance's klines convention), but only once
 * the symbol has traded. Prices and volumes are integer units; `notional` (sum of price * qty) is
 * a float for VWAP = notional / volume (exact while every partial sum stays below 2^53).
 *
 * State per (symbol, interval) slot lives in one Float64Array with stride F, indexed by
 * symbol * intervalCount + k; it grows (doubling) when a larger symbol id appears.
 */
import { smi } from '../kernel/smi.ts';
import { BourseError } from '../kernel/errors.ts';
import type { StateReader, StateWriter } from './state-io.ts';

/** Section 'CNDL' of the MDP snapshot; bump when its body changes (and read the old one). */
export const CANDLE_STATE_VERSION = 2;

const US_SECOND = 1_000_000;
const DAY_US = 86_400 * US_SECOND;

/** The supported intervals, shortest first. `len` is in microseconds. */
export const INTERVALS = [
  { name: '1s', len: US_SECOND },
  { name: '1m', len: 60 * US_SECOND },
  { name: '5m', len: 300 * US_SECOND },
  { name: '15m', len: 900 * US_SECOND },
  { name: '1h', len: 3600 * US_SECOND },
  { name: '1d', len: 86_400 * US_SECOND },
] as const;

export type IntervalName = (typeof INTERVALS)[number]['name'];

/** Index into INTERVALS of an interval name, or -1. */
export function intervalIndex(name: string): number {
  for (let i = 0; i < INTERVALS.length; i++) if (INTERVALS[i]!.name === name) return i;
  return -1;
}

export const BarKind = { Update: 1, Closed: 2 } as const;
export type BarKind = (typeof BarKind)[keyof typeof BarKind];

export interface CandleSink {
  bar(
    kind: BarKind,
    symbol: number,
    interval: number /* index into INTERVALS */,
    openTime: number,
    open: number,
    high: number,
    low: number,
    close: number,
    volume: number,
    trades: number,
    notional: number,
  ): void;
  /**
   * A run of two or more empty bars closed at once: the bars opening at from, from + len, ...,
   * to - len (to exclusive), each with volume 0, trades 0 and O = H = L = C = `price` (the
   * previous close). One call whatever the length of the gap: a year of silence costs the same
   * as two seconds of it. A single empty bar is an ordinary `bar(Closed, ...)`.
   */
  emptyRun(symbol: number, interval: number /* index into INTERVALS */, from: number, to: number, price: number): void;
}

/**
 * A sink for tools whose output is every bar (`bourse candles`, `bars import`, tests): runs are
 * expanded into one closed empty bar each, so their work is that of the rows they write.
 * Never on the MDP (its output must stay bounded per input).
 */
export function expandRuns(sink: Pick<CandleSink, 'bar'>): CandleSink {
  return {
    bar: (kind, symbol, interval, openTime, open, high, low, close, volume, trades, notional) =>
      sink.bar(kind, symbol, interval, openTime, open, high, low, close, volume, trades, notional),
    emptyRun(symbol, interval, from, to, price) {
      const len = INTERVALS[interval]!.len;
      for (let t = from; t < to; t += len) sink.bar(BarKind.Closed, symbol, interval, t, price, price, price, price, 0, 0, 0);
    },
  };
}

/** Fewest empty bars of one (symbol, interval) that one sweep reports as a run, not one by one. */
export const EMPTY_RUN_MIN = 2;

/** One bar's values, the same wherever a bar goes (store rows, relay messages, views). */
export interface Ohlcv {
  /** Open time, UTC ms. */
  readonly openTime: number;
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
  readonly trades: number;
  readonly notional: number;
}

/** A copy of one bar's state (snapshots and dashboards; not used on the hot path). */
export interface BarView extends Ohlcv {
  readonly symbol: number;
  readonly interval: number;
}

/** Symbol ids index typed arrays, so they must be dense small integers. */
export const MAX_SYMBOL_ID = (1 << 20) - 1;

// Field offsets inside a slot.
const OPEN_TIME = 0;
const OPEN = 1;
const HIGH = 2;
const LOW = 3;
const CLOSE = 4;
const VOLUME = 5;
const TRADES = 6;
const NOTIONAL = 7;
const F = 8;

export class CandleBuilder {
  private readonly sink: CandleSink;
  /** INTERVALS indexes this builder keeps, in ascending order. */
  private readonly ivIndex: Int32Array;
  private readonly ivLen: Float64Array;
  /** INTERVALS index -> local k, or -1. */
  private readonly localOf: Int32Array;
  private readonly n: number;
  private s: Float64Array;
  /** 1 once the symbol has traded (its slots hold an open bar). */
  private started: Uint8Array;
  /** 1 while the symbol is outside its trading session (closed, pre-open): no empty bars. */
  private quiet: Uint8Array;
  /**
   * 1 once the symbol's session has closed (a calendar drives it): its 1d bar follows the
   * trading session (opens with the session, closes at its close) instead of the UTC day.
   */
  private sessionDays: Uint8Array;
  /** Sequenced time the symbol's current (or last) session opened. */
  private sessionOpen: Float64Array;
  /** Local index of the 1d interval, or -1 when this builder does not keep it. */
  private readonly kDay: number;
  private capacity: number;
  /** Highest symbol id seen + 1: the sweep's bound. */
  private symbols = 0;
  /** Latest sequenced time seen. */
  private now = 0;
  /** Earliest open + len over all open bars: time below it closes nothing. */
  private nextClose = Infinity;

  constructor(sink: CandleSink, intervals?: readonly number[]) {
    this.sink = sink;
    const chosen = intervals ?? INTERVALS.map((_, i) => i);
    const uniq = [...new Set(chosen)].sort((a, b) => a - b);
    if (uniq.length === 0) throw new BourseError('INVARIANT', 'CandleBuilder needs at least one interval');
    for (const i of uniq) {
      if (!Number.isInteger(i) || i < 0 || i >= INTERVALS.length) {
        throw new BourseError('INVARIANT', `interval index ${i} is not an index into INTERVALS (0..${INTERVALS.length - 1})`);
      }
    }
    this.n = uniq.length;
    this.ivIndex = Int32Array.from(uniq);
    this.ivLen = Float64Array.from(uniq, (i) => INTERVALS[i]!.len);
    this.localOf = new Int32Array(INTERVALS.length).fill(-1);
    uniq.forEach((i, k) => (this.localOf[i] = k));
    this.capacity = 16;
    this.s = new Float64Array(this.capacity * this.n * F);
    this.started = new Uint8Array(this.capacity);
    this.quiet = new Uint8Array(this.capacity);
    this.sessionDays = new Uint8Array(this.capacity);
    this.sessionOpen = new Float64Array(this.capacity);
    this.kDay = this.localOf[INTERVALS.findIndex((i) => i.len === DAY_US)]!;
  }

  /** A trade at `time`: close what time has passed (all symbols), then add it and emit updates. */
  onTrade(symbol: number, price: number, qty: number, time: number): void {
    if (symbol >= this.capacity || symbol >>> 0 !== symbol) this.grow(symbol);
    this.advance(time);
    if (symbol >= this.symbols) this.symbols = symbol + 1;
    if (this.quiet[symbol] === 1) this.reanchor(symbol, time); // a trade outside the session (cold)
    const s = this.s;
    const n = this.n;
    const fresh = this.started[symbol] === 0;
    // The longest interval holds the most volume: check it before touching any slot.
    if (!fresh && s[(symbol * n + n - 1) * F + VOLUME]! + qty > Number.MAX_SAFE_INTEGER) {
      throw new BourseError('BAR_OVERFLOW', `symbol ${symbol}, ${INTERVALS[this.ivIndex[n - 1]!]!.name} bar at ${s[(symbol * n + n - 1) * F]} µs`);
    }
    this.started[symbol] = 1;
    for (let k = 0; k < n; k++) {
      const o = (symbol * n + k) * F;
      const len = this.ivLen[k]!;
      if (fresh) {
        // A session's 1d bar is keyed by the UTC day its session opened on (docs/candles.md).
        const at = k === this.kDay && this.sessionDays[symbol] === 1 && this.quiet[symbol] === 0 ? this.sessionOpen[symbol]! : time;
        const open = at - (at % len);
        s[o + OPEN_TIME] = open;
        s[o + VOLUME] = 0;
        s[o + TRADES] = 0;
        s[o + NOTIONAL] = 0;
        if (open + len < this.nextClose) this.nextClose = open + len;
      }
      if (s[o + TRADES] === 0) {
        // First trade of the bar (a fresh or an empty carried-forward bar) sets all four prices.
        s[o + OPEN] = price;
        s[o + HIGH] = price;
        s[o + LOW] = price;
      } else {
        if (price > s[o + HIGH]!) s[o + HIGH] = price;
        if (price < s[o + LOW]!) s[o + LOW] = price;
      }
      s[o + CLOSE] = price;
      s[o + VOLUME]! += qty;
      s[o + TRADES]! += 1;
      s[o + NOTIONAL]! += price * qty;
      this.emit(BarKind.Update, symbol, k, o);
    }
  }

  /** Sequenced time passes: close every bar whose interval ended, with the empty bars between. */
  onClock(time: number): void {
    this.advance(time);
  }

  /**
   * The symbol's trading session opens or closes at `time` (a sequenced phase change). Outside
   * the session no empty bar is emitted (a bar with trades still closes when its time is up);
   * when the session opens again, every interval starts afresh at the bar holding `time`,
   * carrying the last close. Cold path.
   */
  setSession(symbol: number, open: boolean, time: number): void {
    if (symbol >= this.capacity || symbol >>> 0 !== symbol) this.grow(symbol);
    this.advance(time);
    const q = open ? 0 : 1;
    if (this.quiet[symbol] === q) return;
    this.quiet[symbol] = q;
    if (open) {
      this.sessionOpen[symbol] = time;
      this.reanchor(symbol, time);
    } else this.closeSessionDay(symbol);
  }

  /**
   * The session closed: its 1d bar closes now (an empty one, at the last close, when the session
   * had no trade), and from here on the symbol's 1d bars follow its sessions. Cold path.
   */
  private closeSessionDay(symbol: number): void {
    const k = this.kDay;
    if (k < 0) return;
    const first = this.sessionDays[symbol] === 0;
    this.sessionDays[symbol] = 1;
    // The first close seen (the calendar's first phase, or a switch from UTC days): a bar with
    // trades closes as it is; an empty one waits for the next session.
    if (this.started[symbol] === 0) return;
    const o = (symbol * this.n + k) * F;
    if (first && this.s[o + TRADES] === 0) return;
    this.emit(BarKind.Closed, symbol, k, o);
    carryClose(this.s, o);
  }

  /** Empty bars of a symbol left behind outside its session move to the bars holding `time`. */
  private reanchor(symbol: number, time: number): void {
    if (this.started[symbol] === 0) return;
    const s = this.s;
    const n = this.n;
    for (let k = 0; k < n; k++) {
      const o = (symbol * n + k) * F;
      const len = this.ivLen[k]!;
      const at = time - (time % len);
      // Only an empty bar can be behind `time` here (advance closed the traded ones).
      if (s[o + OPEN_TIME]! < at && s[o + TRADES] === 0) s[o + OPEN_TIME] = at;
      const end = s[o + OPEN_TIME]! + len;
      if (end < this.nextClose) this.nextClose = end;
    }
  }

  /** The open bar of a symbol for an INTERVALS index, or undefined (never traded / not kept). */
  current(symbol: number, interval: number): BarView | undefined {
    const k = interval >= 0 && interval < INTERVALS.length ? this.localOf[interval]! : -1;
    if (k < 0 || !(symbol >= 0 && symbol < this.symbols) || this.started[symbol] === 0) return undefined;
    const s = this.s;
    const o = (symbol * this.n + k) * F;
    return {
      symbol,
      interval,
      openTime: s[o + OPEN_TIME]!,
      open: s[o + OPEN]!,
      high: s[o + HIGH]!,
      low: s[o + LOW]!,
      close: s[o + CLOSE]!,
      volume: s[o + VOLUME]!,
      trades: s[o + TRADES]!,
      notional: s[o + NOTIONAL]!,
    };
  }

  /** INTERVALS indexes kept by this builder, ascending. */
  intervals(): readonly number[] {
    return Array.from(this.ivIndex);
  }

  /**
   * Section 'CNDL': the kept INTERVALS indexes, the latest sequenced time, the next close, then
   * per symbol id below the sweep bound its started flag and its open bars (F values per kept
   * interval: open time, O, H, L, C, volume, trades, notional). Self-contained: a new layout is a
   * new version of this section only.
   */
  saveState(w: StateWriter): void {
    w.begin('CNDL', CANDLE_STATE_VERSION);
    w.f64s(Float64Array.from(this.ivIndex));
    w.f64(this.now);
    w.f64(this.nextClose === Infinity ? -1 : this.nextClose);
    w.u32(this.symbols);
    w.bytes(this.started.subarray(0, this.symbols));
    w.f64s(this.s, 0, this.symbols * this.n * F);
    // v2: the session state (quiet, 1d bars by session, session open times).
    w.bytes(this.quiet.subarray(0, this.symbols));
    w.bytes(this.sessionDays.subarray(0, this.symbols));
    w.f64s(this.sessionOpen, 0, this.symbols);
    w.end();
  }

  /** Replaces this builder's state with section 'CNDL' (its intervals must be the ones saved). */
  loadState(r: StateReader): void {
    const version = r.begin('CNDL', CANDLE_STATE_VERSION);
    const iv = r.f64s();
    if (iv.length !== this.n || iv.some((v, k) => v !== this.ivIndex[k])) r.invalid(`intervals [${[...iv]}] are not this builder's [${[...this.ivIndex]}]`);
    const now = r.f64();
    const next = r.f64();
    const symbols = r.u32();
    if (symbols > MAX_SYMBOL_ID + 1 || !Number.isSafeInteger(now) || now < 0) r.invalid(`bad header (symbols ${symbols}, time ${now})`);
    if (symbols > this.capacity) this.grow(symbols - 1);
    const started = r.bytes();
    if (started.length !== symbols) r.invalid(`${started.length} started flags for ${symbols} symbols`);
    this.s.fill(0);
    this.started.fill(0);
    this.started.set(started);
    const vals = r.f64s(this.s, 0);
    if (vals.length !== symbols * this.n * F) r.invalid(`${vals.length} bar values for ${symbols} symbols`);
    this.quiet.fill(0);
    this.sessionDays.fill(0);
    this.sessionOpen.fill(0);
    if (version >= 2) {
      const quiet = r.bytes();
      const days = r.bytes();
      const opens = r.f64s();
      if (quiet.length !== symbols || days.length !== symbols || opens.length !== symbols) r.invalid(`session state of ${quiet.length}/${days.length}/${opens.length} symbols for ${symbols}`);
      this.quiet.set(quiet);
      this.sessionDays.set(days);
      this.sessionOpen.set(opens);
    }
    this.now = now;
    this.nextClose = next < 0 ? Infinity : next;
    this.symbols = symbols;
    r.close();
  }

  private advance(time: number): void {
    if (!(time >= this.now) || !Number.isSafeInteger(time)) {
      throw new BourseError('INVARIANT', `candle time must be an integer (µs) not before the last sequenced time ${this.now}, not ${time}`);
    }
    this.now = time;
    if (time >= this.nextClose) this.sweep(time);
  }

  /**
   * Close passed bars of every started symbol, in (symbol, interval, time) order. Work and
   * output are bounded by symbols x intervals x 2, whatever the gap.
   */
  private sweep(time: number): void {
    const s = this.s;
    const n = this.n;
    let next = Infinity;
    for (let sym = 0; sym < this.symbols; sym++) {
      if (this.started[sym] === 0) continue;
      const quiet = this.quiet[sym] === 1;
      const sessionDay = this.sessionDays[sym] === 1 ? this.kDay : -1;
      for (let k = 0; k < n; k++) {
        // A session's 1d bar closes with its session (closeSessionDay), never by the clock.
        if (k === sessionDay) continue;
        const o = (sym * n + k) * F;
        const len = this.ivLen[k]!;
        let open = s[o + OPEN_TIME]!;
        if (quiet) {
          // Outside the session: a traded bar closes on time, empty ones are never emitted
          // and keep nothing waiting (setSession re-anchors them when the session opens).
          if (s[o + TRADES] === 0) continue;
          if (open + len <= time) {
            this.emit(BarKind.Closed, sym, k, o);
            carryClose(s, o);
            s[o + OPEN_TIME] = time - (time % len);
            continue;
          }
          if (open + len < next) next = open + len;
          continue;
        }
        if (open + len <= time) {
          this.emit(BarKind.Closed, sym, k, o);
          // Carry the close forward as an empty bar. The bars the time jumped over are closed
          // in O(1): one empty bar goes out as a closed bar, two or more as one run.
          carryClose(s, o);
          open += len;
          const last = time - (time % len);
          const empties = (last - open) / len;
          if (empties === 1) {
            s[o + OPEN_TIME] = open;
            this.emit(BarKind.Closed, sym, k, o);
          } else if (empties >= EMPTY_RUN_MIN) {
            this.sink.emptyRun(sym, this.ivIndex[k]!, open, last, s[o + CLOSE]!);
          }
          open = last;
          s[o + OPEN_TIME] = open;
        }
        if (open + len < next) next = open + len;
      }
    }
    this.nextClose = next;
  }

  private emit(kind: BarKind, symbol: number, k: number, o: number): void {
    const s = this.s;
    // smi(): integral values cross the call as small integers, not one HeapNumber each.
    this.sink.bar(
      kind, symbol, this.ivIndex[k]!, s[o + OPEN_TIME]!,
      smi(s[o + OPEN]!), smi(s[o + HIGH]!), smi(s[o + LOW]!), smi(s[o + CLOSE]!),
      smi(s[o + VOLUME]!), smi(s[o + TRADES]!), smi(s[o + NOTIONAL]!),
    );
  }

  /** Cold path: a new, larger symbol id. */
  private grow(symbol: number): void {
    if (!Number.isInteger(symbol) || symbol < 0 || symbol > MAX_SYMBOL_ID) {
      throw new BourseError('INVARIANT', `candle symbol id must be an integer from 0 to ${MAX_SYMBOL_ID}, not ${symbol}`);
    }
    let cap = this.capacity;
    while (cap <= symbol) cap *= 2;
    const s = new Float64Array(cap * this.n * F);
    s.set(this.s);
    const started = new Uint8Array(cap);
    started.set(this.started);
    const quiet = new Uint8Array(cap);
    quiet.set(this.quiet);
    this.quiet = quiet;
    const days = new Uint8Array(cap);
    days.set(this.sessionDays);
    this.sessionDays = days;
    const opens = new Float64Array(cap);
    opens.set(this.sessionOpen);
    this.sessionOpen = opens;
    this.s = s;
    this.started = started;
    this.capacity = cap;
  }
}

/** The bar at `o` becomes an empty one at the previous close (volume, trades, notional 0). */
function carryClose(s: Float64Array, o: number): void {
  const c = s[o + CLOSE]!;
  s[o + OPEN] = c;
  s[o + HIGH] = c;
  s[o + LOW] = c;
  s[o + VOLUME] = 0;
  s[o + TRADES] = 0;
  s[o + NOTIONAL] = 0;
}
