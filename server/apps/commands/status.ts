/**
 * `bourse status [--url URL] [--interval S]`: one screen about a running Bourse, read from its
 * /metrics (two scrapes S seconds apart for the rates and the latest latencies): trading phase
 * (when the Bourse exports one), rates, latency percentiles, threads and feed health, and every
 * SLO with its burn rates and remaining error budget.
 */
import type { CommandSpec } from '../flags.ts';
import { BourseError } from '../../kernel/errors.ts';
import { LATENCY_BOUNDS_US, quantileUs } from '../../kernel/shared-histogram.ts';

export interface Series {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus text exposition -> samples (comments skipped). */
export function parseExposition(text: string): Series[] {
  const out: Series[] = [];
  const re = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = re.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    if (m[2]) for (const l of m[2].matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    const v = m[3] === '+Inf' ? Infinity : m[3] === '-Inf' ? -Infinity : Number(m[3]);
    out.push({ name: m[1]!, labels, value: v });
  }
  return out;
}

class Scrape {
  readonly series: Series[];
  readonly at: number;
  constructor(series: Series[], at: number) {
    this.series = series;
    this.at = at;
  }
  all(name: string, match: Record<string, string> = {}): Series[] {
    return this.series.filter((s) => s.name === name && Object.entries(match).every(([k, v]) => s.labels[k] === v));
  }
  value(name: string, match: Record<string, string> = {}): number | undefined {
    const s = this.all(name, match);
    return s.length === 0 ? undefined : s.reduce((a, x) => a + x.value, 0);
  }
  /** Cumulative buckets of a histogram (one label set), in LATENCY_BOUNDS_US order then +Inf. */
  buckets(name: string, match: Record<string, string> = {}): number[] | undefined {
    const b = this.all(`${name}_bucket`, match);
    if (b.length === 0) return undefined;
    const byLe = new Map<string, number>();
    for (const s of b) byLe.set(s.labels.le!, (byLe.get(s.labels.le!) ?? 0) + s.value);
    return [...LATENCY_BOUNDS_US.map((us) => byLe.get(String(us / 1e6)) ?? 0), byLe.get('+Inf') ?? 0];
  }
}

async function scrape(url: string): Promise<Scrape> {
  let text: string;
  try {
    const r = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(5000) });
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    text = await r.text();
  } catch (e) {
    throw new BourseError('STATUS_UNREACHABLE', `${url}/metrics: ${e instanceof Error ? e.message : String(e)}`);
  }
  const s = new Scrape(parseExposition(text), performance.now());
  if (s.value('bourse_build_info') === undefined) throw new BourseError('STATUS_BAD_METRICS', `${url}/metrics has no bourse_build_info series`);
  return s;
}

const int = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '-' : Math.round(n).toLocaleString('en-US'));
function dur(us: number): string {
  if (!Number.isFinite(us)) return '-';
  if (us < 1000) return `${us.toFixed(us < 10 ? 1 : 0)} µs`;
  if (us < 1_000_000) return `${(us / 1000).toFixed(us < 10_000 ? 2 : 1)} ms`;
  return `${(us / 1e6).toFixed(2)} s`;
}

/** The status screen from two scrapes (b later than a; a may be b itself: no rates). */
export function statusScreen(url: string, a: Scrape, b: Scrape): string {
  const secs = (b.at - a.at) / 1000;
  const rate = (name: string, match: Record<string, string> = {}) => {
    if (secs <= 0) return undefined;
    const x = b.value(name, match);
    const y = a.value(name, match);
    return x === undefined || y === undefined ? undefined : (x - y) / secs;
  };
  const info = b.all('bourse_build_info')[0]!.labels;
  const lines: string[] = [];
  lines.push(`bourse status  ${url}  (Bourse ${info.version}, Node.js ${info.node})${secs > 0 ? `  rates over ${secs.toFixed(1)} s` : ''}`);
  const phase = b.series.find((s) => /^bourse_.*phase/.test(s.name) && s.labels.phase !== undefined && s.value === 1);
  lines.push(`phase      ${phase ? phase.labels.phase : '- (this Bourse exports no trading phase)'}`);
  lines.push(`rates      inputs/s ${int(rate('bourse_inputs_total'))}   events/s ${int(rate('bourse_engine_events_total'))}   md records/s ${int(rate('bourse_md_records_total'))}   feed datagrams/s ${int(rate('bourse_feed_datagrams_total'))}   ws frames/s ${int(rate('bourse_relay_frames_total'))}   http req/s ${int(rate('bourse_http_requests_total'))}`);
  const up = (n: string) => (b.value(n) === undefined ? '-' : b.value(n) === 1 ? 'up' : 'DOWN');
  lines.push(`threads    core ${up('bourse_core_up')}   mdp ${up('bourse_mdp_up')}   resting orders ${int(b.value('bourse_resting_orders'))}   ring stalls ${int(b.value('bourse_bus_stalls_total'))}   errors ${int(b.value('bourse_errors_total'))}`);
  lines.push('');
  lines.push(`latency                                ${secs > 0 ? 'last interval' : 'since start  '}      p50        p99      p99.9    samples`);
  const hists: [string, string, Record<string, string>][] = [
    ['order ack (stamp -> commit)', 'bourse_order_ack_latency_seconds', { from: 'stamp' }],
    ['order ack (receipt -> ack)', 'bourse_order_ack_latency_seconds', { from: 'receipt' }],
    ['journal commit (write + fdatasync)', 'bourse_journal_commit_duration_seconds', {}],
    ['ring hop (core -> MDP)', 'bourse_bus_ring_hop_seconds', {}],
    ['stamp -> MD record', 'bourse_md_record_latency_seconds', {}],
    ['MD record -> feed datagram', 'bourse_feed_send_latency_seconds', {}],
    ['MD record -> WebSocket write', 'bourse_relay_write_latency_seconds', {}],
    ['HTTP request', 'bourse_http_request_duration_seconds', {}],
  ];
  for (const [label, name, match] of hists) {
    const nb = b.buckets(name, match);
    if (!nb) continue;
    const na = secs > 0 ? a.buckets(name, match) : undefined;
    const cum = na ? nb.map((v, i) => v - na[i]!) : nb;
    const s = { cumulative: cum, count: cum[cum.length - 1]! };
    lines.push(`  ${label.padEnd(44)} ${dur(quantileUs(s, 0.5)).padStart(9)}  ${dur(quantileUs(s, 0.99)).padStart(9)}  ${dur(quantileUs(s, 0.999)).padStart(9)}  ${int(s.count).padStart(9)}`);
  }
  lines.push('');
  const feedUp = b.value('bourse_feed_up');
  if (feedUp === undefined || feedUp === 0) lines.push('feed       not published by this Bourse');
  else {
    lines.push(`feed       up   datagrams/s ${int(rate('bourse_feed_datagrams_total'))}   messages/s ${int(rate('bourse_feed_messages_total'))}   send errors ${int(b.value('bourse_feed_send_errors_total'))}   snapshot cycles ${int(b.value('bourse_feed_snapshot_cycles_total'))}`);
    lines.push(`           retransmission: requests ${int(b.value('bourse_feed_retransmit_requests_total'))}  served ${int(b.value('bourse_feed_retransmit_served_total'))}  refusals ${int(b.value('bourse_feed_retransmit_refusals_total'))}  rate-limited ${int(b.value('bourse_feed_retransmit_rate_limited_total'))}  rejected connections ${int(b.value('bourse_feed_retransmit_rejected_connections_total'))}`);
  }
  lines.push('');
  const days = (b.value('bourse_slo_window_seconds') ?? 0) / 86_400;
  lines.push(`SLO (window ${days} days)            objective   burn 5m    1h     6h     3d   budget left`);
  for (const o of b.all('bourse_slo_objective_ratio')) {
    const slo = o.labels.slo!;
    const burn = (w: string) => {
      const v = b.value('bourse_slo_burn_rate', { slo, window: w });
      return v === undefined ? '-' : v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2);
    };
    const left = b.value('bourse_slo_error_budget_remaining_ratio', { slo });
    const pct = `${(o.value * 100).toFixed(o.value >= 0.999 ? 2 : 1)}%`;
    const flag = left !== undefined && left <= 0 ? '  SPENT' : '';
    lines.push(`  ${slo.padEnd(30)} ${pct.padStart(9)} ${burn('5m').padStart(9)} ${burn('1h').padStart(6)} ${burn('6h').padStart(6)} ${burn('3d').padStart(6)} ${(left === undefined ? '-' : `${(left * 100).toFixed(2)}%`).padStart(12)}${flag}`);
  }
  return lines.join('\n');
}

export const status: CommandSpec = {
  name: 'status',
  summary: 'one screen about a running Bourse from its /metrics: phase, rates, latencies, feed health, SLOs and error budget',
  flags: {
    url: { kind: 'string', default: 'http://127.0.0.1:8080', help: 'the running Bourse (its HTTP API)' },
    interval: { kind: 'int', default: 1, min: 0, max: 60, help: 'seconds between the two scrapes the rates come from (0: one scrape, no rates)' },
  },
  async run(flags) {
    const raw = (flags.url as string).replace(/\/+$/, '');
    let url: string;
    try {
      const u = new URL(raw);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http(s)');
      url = raw;
    } catch {
      throw new BourseError('CLI_BAD_VALUE', `--url ${JSON.stringify(flags.url)} is not an http(s) URL`);
    }
    const a = await scrape(url);
    const secs = flags.interval as number;
    let b = a;
    if (secs > 0) {
      await new Promise((r) => setTimeout(r, secs * 1000));
      b = await scrape(url);
    }
    console.log(statusScreen(url, a, b));
  },
};
