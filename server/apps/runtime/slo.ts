/**
 * Service level objectives and their error budgets, computed in-process from the system's own
 * measurements (docs/metrics.md). Each SLO counts good and bad events; a probe on the main
 * thread adds them once a second into per-minute slots of a fixed ring covering the SLO window
 * (bounded memory: windowDays * 1440 slots of two Float64 per SLO). From those:
 *
 *   burn rate over W          = (bad / total over W) / (1 - objective)       W = 5m, 1h, 6h, 3d
 *   error budget remaining    = 1 - (bad / total over the SLO window) / (1 - objective)
 *
 * (1: untouched; 0: spent; below 0: overspent.) A burn rate of 1 spends the budget in exactly
 * the window; 14.4 over 1 h spends 2% of a 30-day budget (the SRE workbook's page threshold).
 * The counters are exported too, so Prometheus computes the same burn rates in its recording
 * rules (infra/prometheus/rules.yml) and keeps them across restarts, which this memory does not.
 */
import { readFileSync } from 'node:fs';
import { BourseError } from '../../kernel/errors.ts';
import { LATENCY_BOUNDS_US } from '../../kernel/shared-histogram.ts';

export interface SloConfig {
  /** The SLO window (budget period), days. */
  readonly windowDays: number;
  readonly orderEntryAvailability: { readonly objective: number };
  readonly marketDataAvailability: { readonly objective: number };
  /** Acknowledgement latency: `objective` of acks within `thresholdMs` (0.99: "p99 below"). */
  readonly ackLatency: { readonly objective: number; readonly thresholdMs: number };
  /** Market-data staleness (stamp -> MD record): `objective` within `thresholdMs`. */
  readonly mdStaleness: { readonly objective: number; readonly thresholdMs: number };
  /** Feed gaps recoverable within `withinSeconds` (retransmission served, snapshot cycle done). */
  readonly feedRecovery: { readonly objective: number; readonly withinSeconds: number };
}

export const DEFAULT_SLO: SloConfig = Object.freeze({
  windowDays: 30,
  orderEntryAvailability: { objective: 0.9999 },
  marketDataAvailability: { objective: 0.9999 },
  ackLatency: { objective: 0.99, thresholdMs: 5 },
  mdStaleness: { objective: 0.99, thresholdMs: 10 },
  feedRecovery: { objective: 0.999, withinSeconds: 5 },
});

export const SLO_NAMES = ['order_entry_availability', 'market_data_availability', 'ack_latency', 'md_staleness', 'feed_recovery'] as const;
export type SloName = (typeof SLO_NAMES)[number];
export const BURN_WINDOWS = [['5m', 5], ['1h', 60], ['6h', 360], ['3d', 4320]] as const;

const bad = (detail: string) => new BourseError('SLO_BAD_CONFIG', detail);

/** The defaults, overridden by whatever `raw` (parsed JSON) gives; every field validated. */
export function sloConfig(raw: unknown = {}): SloConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('the SLO file must hold a JSON object');
  const r = raw as Record<string, unknown>;
  const known = Object.keys(DEFAULT_SLO);
  for (const k of Object.keys(r)) if (!known.includes(k)) throw bad(`unknown key "${k}" (known: ${known.join(', ')})`);
  const num = (path: string, v: unknown, dflt: number, ok: (x: number) => boolean, what: string): number => {
    if (v === undefined) return dflt;
    if (typeof v !== 'number' || !Number.isFinite(v) || !ok(v)) throw bad(`${path} must be ${what}, not ${JSON.stringify(v)}`);
    return v;
  };
  const objective = (path: string, v: unknown, d: number) => num(path, v, d, (x) => x > 0 && x < 1, 'a ratio strictly between 0 and 1 (0.9999 is 99.99%)');
  const section = (name: keyof SloConfig, fields: string[]): Record<string, unknown> => {
    const v = r[name];
    if (v === undefined) return {};
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad(`${name} must be an object`);
    for (const k of Object.keys(v)) if (!fields.includes(k)) throw bad(`${name}: unknown key "${k}" (known: ${fields.join(', ')})`);
    return v as Record<string, unknown>;
  };
  const bounds = LATENCY_BOUNDS_US.map((us) => us / 1000);
  const threshold = (path: string, v: unknown, d: number) =>
    num(path, v, d, (x) => bounds.includes(x), `one of the histogram bounds in ms (${bounds.join(', ')})`);
  const d = DEFAULT_SLO;
  const oe = section('orderEntryAvailability', ['objective']);
  const md = section('marketDataAvailability', ['objective']);
  const ack = section('ackLatency', ['objective', 'thresholdMs']);
  const st = section('mdStaleness', ['objective', 'thresholdMs']);
  const fr = section('feedRecovery', ['objective', 'withinSeconds']);
  return Object.freeze({
    windowDays: num('windowDays', r.windowDays, d.windowDays, (x) => Number.isInteger(x) && x >= 1 && x <= 90, 'an integer from 1 to 90'),
    orderEntryAvailability: { objective: objective('orderEntryAvailability.objective', oe.objective, d.orderEntryAvailability.objective) },
    marketDataAvailability: { objective: objective('marketDataAvailability.objective', md.objective, d.marketDataAvailability.objective) },
    ackLatency: { objective: objective('ackLatency.objective', ack.objective, d.ackLatency.objective), thresholdMs: threshold('ackLatency.thresholdMs', ack.thresholdMs, d.ackLatency.thresholdMs) },
    mdStaleness: { objective: objective('mdStaleness.objective', st.objective, d.mdStaleness.objective), thresholdMs: threshold('mdStaleness.thresholdMs', st.thresholdMs, d.mdStaleness.thresholdMs) },
    feedRecovery: {
      objective: objective('feedRecovery.objective', fr.objective, d.feedRecovery.objective),
      withinSeconds: num('feedRecovery.withinSeconds', fr.withinSeconds, d.feedRecovery.withinSeconds, (x) => Number.isInteger(x) && x >= 1 && x <= 3600, 'an integer from 1 to 3600'),
    },
  });
}

/** Read and validate an SLO file (JSON); the defaults fill what it leaves out. */
export function loadSloConfig(path: string): SloConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw bad(`${path}: ${(e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw bad(`${path}: not JSON: ${(e as Error).message}`);
  }
  return sloConfig(raw);
}

/** Good/bad event counts over a sliding window of per-minute slots (fixed memory). */
export class SloWindow {
  readonly objective: number;
  private readonly minutes: number;
  private readonly slotMinute: Float64Array;
  private readonly good: Float64Array;
  private readonly badN: Float64Array;
  /** Since start (exported as counters). */
  totalGood = 0;
  totalBad = 0;

  constructor(objective: number, windowDays: number) {
    this.objective = objective;
    this.minutes = windowDays * 1440;
    this.slotMinute = new Float64Array(this.minutes).fill(-1);
    this.good = new Float64Array(this.minutes);
    this.badN = new Float64Array(this.minutes);
  }

  add(nowMs: number, good: number, bad: number): void {
    if (good <= 0 && bad <= 0) return;
    const minute = Math.floor(nowMs / 60_000);
    const i = minute % this.minutes;
    if (this.slotMinute[i] !== minute) {
      this.slotMinute[i] = minute;
      this.good[i] = 0;
      this.badN[i] = 0;
    }
    if (good > 0) {
      this.good[i]! += good;
      this.totalGood += good;
    }
    if (bad > 0) {
      this.badN[i]! += bad;
      this.totalBad += bad;
    }
  }

  /** Good and bad events over the last `minutes` minutes (the current, partial one included). */
  sum(nowMs: number, minutes: number): { good: number; bad: number } {
    const now = Math.floor(nowMs / 60_000);
    const span = Math.min(minutes, this.minutes);
    let good = 0;
    let badN = 0;
    for (let m = now - span + 1; m <= now; m++) {
      const i = ((m % this.minutes) + this.minutes) % this.minutes;
      if (this.slotMinute[i] === m) {
        good += this.good[i]!;
        badN += this.badN[i]!;
      }
    }
    return { good, bad: badN };
  }

  burnRate(nowMs: number, minutes: number): number {
    const s = this.sum(nowMs, minutes);
    const total = s.good + s.bad;
    return total === 0 ? 0 : s.bad / total / (1 - this.objective);
  }

  budgetRemaining(nowMs: number): number {
    const s = this.sum(nowMs, this.minutes);
    const total = s.good + s.bad;
    return total === 0 ? 1 : 1 - s.bad / total / (1 - this.objective);
  }
}

/** What the probe reads each second (cumulative figures; the tracker takes the differences). */
export interface SloInputs {
  coreUp: boolean;
  mdpUp: boolean;
  /** Inputs committed so far, and MD records folded by the main thread so far. */
  inputs: number;
  mdFolded: number;
  mdPublished: number;
  /** Acks (and those within the threshold) so far. */
  acks: number;
  acksGood: number;
  mdRecords: number;
  mdRecordsGood: number;
  /** undefined without a feed. */
  feed?: { up: boolean; sendErrors: number; rtRequests: number; rtServed: number; rtMalformed: number; rtRateLimited: number; snapshotCycles: number };
}

export class SloTracker {
  readonly config: SloConfig;
  readonly windows: Record<SloName, SloWindow>;
  private last: SloInputs | undefined;
  private lastCycleMs = 0;
  private lastCycles = 0;

  constructor(config: SloConfig) {
    this.config = config;
    const w = (o: number) => new SloWindow(o, config.windowDays);
    this.windows = {
      order_entry_availability: w(config.orderEntryAvailability.objective),
      market_data_availability: w(config.marketDataAvailability.objective),
      ack_latency: w(config.ackLatency.objective),
      md_staleness: w(config.mdStaleness.objective),
      feed_recovery: w(config.feedRecovery.objective),
    };
  }

  /** One probe (about once a second): availability seconds, and the event deltas since the last. */
  probe(nowMs: number, s: SloInputs): void {
    const p = this.last;
    const w = this.windows;
    w.order_entry_availability.add(nowMs, s.coreUp ? 1 : 0, s.coreUp ? 0 : 1);
    // Market data is available in a second if the MDP runs, the main thread kept up with what the
    // MDP published as of the previous probe, and the feed (when there is one) sent without error.
    const mdKeptUp = !p || s.mdFolded >= p.mdPublished;
    const feedOk = !s.feed || (s.feed.up && (!p?.feed || s.feed.sendErrors === p.feed.sendErrors));
    const mdOk = s.mdpUp && mdKeptUp && feedOk;
    w.market_data_availability.add(nowMs, mdOk ? 1 : 0, mdOk ? 0 : 1);
    if (p) {
      const acks = s.acks - p.acks;
      const acksGood = s.acksGood - p.acksGood;
      w.ack_latency.add(nowMs, acksGood, acks - acksGood);
      const recs = s.mdRecords - p.mdRecords;
      const recsGood = s.mdRecordsGood - p.mdRecordsGood;
      w.md_staleness.add(nowMs, recsGood, recs - recsGood);
    }
    if (s.feed) {
      // Retransmission requests a client could be served (malformed and rate-limited ones are the
      // client's doing): served ones are good. Each second, recovery from the snapshot loop is
      // possible within withinSeconds if a full cycle completed that recently.
      if (p?.feed) {
        const asked = s.feed.rtRequests - p.feed.rtRequests - (s.feed.rtMalformed - p.feed.rtMalformed) - (s.feed.rtRateLimited - p.feed.rtRateLimited);
        const served = s.feed.rtServed - p.feed.rtServed;
        w.feed_recovery.add(nowMs, served, Math.max(0, asked - served));
      }
      if (this.lastCycleMs === 0 || s.feed.snapshotCycles !== this.lastCycles) {
        this.lastCycleMs = nowMs;
        this.lastCycles = s.feed.snapshotCycles;
      }
      const fresh = nowMs - this.lastCycleMs <= this.config.feedRecovery.withinSeconds * 1000;
      w.feed_recovery.add(nowMs, fresh ? 1 : 0, fresh ? 0 : 1);
    }
    this.last = s;
  }
}
