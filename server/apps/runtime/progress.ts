/**
 * One progress line for long work (recovery, replay, bars rebuild, import): position, rate and
 * ETA on stderr. On a terminal the line is redrawn in place a few times a second once the work
 * has taken a second; otherwise (a log file, a pipe) a full line is written every 5 s once it has
 * taken 10 s, so logs stay readable and short work (tests, small journals) prints nothing. Cold path: the
 * caller reports as often as it likes, the clock is read at most once per call.
 *
 *   bourse start: recovery  seq 41,234,567 / 100,000,000  41.2%  2,345,678 inputs/s  ETA 25 s
 */
import type { RecoveryReport } from './exchange.ts';

export interface ProgressOptions {
  /** Where lines go (default process.stderr). */
  out?: { write(s: string): unknown; isTTY?: boolean };
  /** Redraw in place (default: out.isTTY). */
  tty?: boolean;
  /** Minimum ms between lines when not on a terminal (default 5000); on one, 200. */
  everyMs?: number;
  /** No line before the work has taken this long (default 10,000 ms off a terminal, 1000 on one). */
  quietMs?: number;
  /** What is counted (default 'inputs'). */
  unit?: string;
  /** Where the count starts (for the rate; default: the first position reported). */
  from?: number;
  /** Monotonic ms (tests). */
  now?: () => number;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * $BOURSE_PROGRESS_MS, when set: the quiet time and the interval of every progress line (and of
 * the core thread's recovery reports) in ms, e.g. 0 for a line at every step (tests, or an
 * operator who wants a denser log). Unset or not a number >= 0: the defaults.
 */
export function progressEnvMs(): number | undefined {
  const v = process.env.BOURSE_PROGRESS_MS;
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
}

export class Progress {
  private readonly label: string;
  private readonly out: { write(s: string): unknown; isTTY?: boolean };
  private readonly tty: boolean;
  private readonly everyMs: number;
  private readonly quietMs: number;
  private readonly unit: string;
  private readonly now: () => number;
  private readonly t0: number;
  private from = -1;
  private to: number;
  private lastAt = -Infinity;
  private lastLen = 0;
  private drawn = false;
  /** Lines (or redraws) written so far. */
  lines = 0;

  constructor(label: string, to: number, o: ProgressOptions = {}) {
    this.label = label;
    this.to = to;
    this.out = o.out ?? process.stderr;
    this.tty = o.tty ?? this.out.isTTY === true;
    const env = progressEnvMs();
    this.everyMs = o.everyMs ?? env ?? (this.tty ? 200 : 5000);
    this.quietMs = o.quietMs ?? env ?? (this.tty ? 1000 : 10_000);
    this.unit = o.unit ?? 'inputs';
    this.now = o.now ?? (() => performance.now());
    this.t0 = this.now();
    if (o.from !== undefined) this.from = o.from;
  }

  /** The line for `at` of `to` (first call sets where the count started, for the rate). */
  text(at: number, now = this.now()): string {
    if (this.from < 0) this.from = at;
    const secs = (now - this.t0) / 1000;
    const rate = secs > 0 ? (at - this.from) / secs : 0;
    if (this.to <= 0) return `${this.label}  ${fmt(at)} ${this.unit}  ${fmt(rate)} ${this.unit}/s`; // no known end: no ETA
    const pct = this.to > 0 ? `  ${((100 * at) / this.to).toFixed(1)}%` : '';
    const eta = rate > 0 && this.to > at ? formatEta((this.to - at) / rate) : at >= this.to ? '0 s' : '?';
    return `${this.label}  seq ${fmt(at)} / ${fmt(this.to)}${pct}  ${fmt(rate)} ${this.unit}/s  ETA ${eta}`;
  }

  /** Reports position `at` (of `to`, which may move). Writes when due. */
  update(at: number, to: number = this.to): void {
    this.to = to;
    const now = this.now();
    if (this.from < 0) this.from = at;
    if (now - this.lastAt < this.everyMs || now - this.t0 < this.quietMs) return;
    this.lastAt = now;
    this.write(this.text(at, now));
  }

  /**
   * Final line: the work is over. Written when a progress line was (a quick run stays quiet), or
   * when `always`.
   */
  done(at: number, note = '', always = false): void {
    if (this.from < 0) this.from = at;
    const secs = (this.now() - this.t0) / 1000;
    if (!always && this.lines === 0) return;
    const n = at - this.from;
    this.write(`${this.label}  done${this.to > 0 ? ` at seq ${fmt(at)}` : ''}: ${fmt(n)} ${this.unit} in ${secs.toFixed(2)} s (${fmt(secs > 0 ? n / secs : 0)} ${this.unit}/s)${note ? `; ${note}` : ''}`, true);
  }

  private write(line: string, final = false): void {
    this.lines++;
    if (this.tty) {
      const pad = this.lastLen > line.length ? ' '.repeat(this.lastLen - line.length) : '';
      this.out.write(`\r${line}${pad}${final ? '\n' : ''}`);
      this.lastLen = final ? 0 : line.length;
      this.drawn = !final;
    } else this.out.write(`${line}\n`);
  }

  /** Ends a redrawn line (before other output), without a final report. */
  clear(): void {
    if (this.tty && this.drawn) this.out.write('\n');
    this.drawn = false;
  }
}

/**
 * Where a start's time went, from the process's start to a serving HTTP server (docs/journal.md,
 * "Restart time"): module loading and thread start, the journal's open, the snapshots' choice and
 * load, the tail's replay (engine, ring, MDP), and the rest (bars store, admin socket, HTTP bind).
 */
export function restartTiming(r: RecoveryReport, nowMs = performance.now(), originMs = performance.timeOrigin): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const loaded = r.loadedAt !== undefined ? r.loadedAt - originMs : 0;
  const replayMs = r.ms - (r.snapshotsMs ?? 0);
  const rate = replayMs > 0 && r.replayed > 0 ? ` (${Math.round(r.replayed / (replayMs / 1000)).toLocaleString('en-US')}/s)` : '';
  const after = nowMs - loaded - (r.openMs ?? 0) - r.ms;
  return `bourse: serving ${s(nowMs)} after the process started: threads loaded ${s(loaded)}, journal open ${s(r.openMs ?? 0)}, snapshots ${s(r.snapshotsMs ?? 0)}, ` +
    `replay of ${r.replayed.toLocaleString('en-US')} inputs ${s(replayMs)}${rate}, store + HTTP ${s(after)}`;
}

