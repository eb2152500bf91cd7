/**
 * Prometheus metrics, pull-based: the composition registers a function per metric that reads
 * the current value from a component's `stats()` when /metrics is scraped. Nothing is pushed
 * and nothing runs between scrapes. Text exposition format 0.0.4.
 *
 *   metrics.gauge('bourse_bars_queue', 'closed bars waiting for the store', () => writer.stats().queued);
 *   metrics.counter('bourse_http_requests_total', '…', () => [[{ route: '/x', status: '200' }, 3]]);
 */
import { BourseError } from '../kernel/errors.ts';

export type Labels = Readonly<Record<string, string>>;
export type Sample = readonly [Labels, number];
export type Reader = () => number | readonly Sample[];
export type MetricType = 'counter' | 'gauge';

interface Metric {
  readonly name: string;
  readonly help: string;
  readonly type: MetricType;
  readonly read: Reader;
}

const NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

export class Metrics {
  private readonly list: Metric[] = [];
  /** Scrape failures of single metrics (a reader that threw): never fail the whole scrape. */
  private readErrors = 0;

  constructor() {
    this.gauge('bourse_metrics_read_errors', 'metric readers that threw during a scrape (since start)', () => this.readErrors);
  }

  counter(name: string, help: string, read: Reader): this {
    return this.add({ name, help, type: 'counter', read });
  }

  gauge(name: string, help: string, read: Reader): this {
    return this.add({ name, help, type: 'gauge', read });
  }

  has(name: string): boolean {
    return this.list.some((m) => m.name === name);
  }

  private add(m: Metric): this {
    if (!NAME_RE.test(m.name)) throw new BourseError('API_BAD_OPTION', `metric name "${m.name}" is not a Prometheus name`);
    if (this.has(m.name)) throw new BourseError('API_BAD_OPTION', `metric ${m.name} is registered twice`);
    this.list.push(m);
    return this;
  }

  /** The exposition text. */
  render(): string {
    const out: string[] = [];
    for (const m of this.list) {
      let v: number | readonly Sample[];
      try {
        v = m.read();
      } catch {
        this.readErrors++;
        continue;
      }
      out.push(`# HELP ${m.name} ${m.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`, `# TYPE ${m.name} ${m.type}`);
      if (typeof v === 'number') {
        out.push(`${m.name} ${formatValue(v)}`);
        continue;
      }
      for (const [labels, x] of v) {
        const l = Object.entries(labels)
          .filter(([k]) => LABEL_RE.test(k))
          .map(([k, s]) => `${k}="${escapeLabel(s)}"`)
          .join(',');
        out.push(`${m.name}${l ? `{${l}}` : ''} ${formatValue(x)}`);
      }
    }
    return out.join('\n') + '\n';
  }
}
