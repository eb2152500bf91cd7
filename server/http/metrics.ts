/**
 * Prometheus metrics, pull-based: the composition registers a function per metric that reads
 * the current value from a component's `stats()` (or a shared-memory histogram) when /metrics is
 * scraped. Nothing is pushed and nothing runs between scrapes: the hot paths never call into
 * this file nor into prom-client (docs/metrics.md has the measurement behind that rule).
 * prom-client formats the exposition (text 0.0.4) and adds its default process and Node.js
 * series (CPU, memory, event-loop lag, GC).
 *
 *   metrics.gauge('bourse_bars_queue', 'closed bars waiting for the store', () => writer.stats().queued);
 *   metrics.counter('bourse_http_requests_total', '…', () => [[{ route: '/x', status: '200' }, 3]]);
 *   metrics.histogram('bourse_x_seconds', '…', () => sharedHistogram.snapshot());
 */
import { Registry, collectDefaultMetrics } from 'prom-client';
import { BourseError } from '../kernel/errors.ts';
import { LATENCY_BOUNDS_US, type HistogramSnapshot } from '../kernel/shared-histogram.ts';

export type Labels = Readonly<Record<string, string>>;
export type Sample = readonly [Labels, number];
export type Reader = () => number | readonly Sample[];
export type HistogramReader = () => HistogramSnapshot | readonly (readonly [Labels, HistogramSnapshot])[];
export type MetricType = 'counter' | 'gauge' | 'histogram';

interface Value {
  value: number;
  labels?: Labels;
  metricName?: string;
}

interface Metric {
  readonly name: string;
  readonly help: string;
  readonly type: MetricType;
  readonly values: () => Value[];
}

const NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** `le` values in seconds, as Prometheus writes them. */
const LE = [...LATENCY_BOUNDS_US.map((us) => String(us / 1e6)), '+Inf'];

function cleanLabels(l: Labels): Labels {
  const out: Record<string, string> = {};
  for (const k of Object.keys(l)) if (LABEL_RE.test(k)) out[k] = l[k]!;
  return out;
}

function histogramValues(name: string, labels: Labels, s: HistogramSnapshot): Value[] {
  const out: Value[] = [];
  for (let i = 0; i < LE.length; i++) out.push({ metricName: `${name}_bucket`, labels: { ...labels, le: LE[i]! }, value: s.cumulative[i]! });
  out.push({ metricName: `${name}_sum`, labels, value: s.sumUs / 1e6 });
  out.push({ metricName: `${name}_count`, labels, value: s.count });
  return out;
}

export class Metrics {
  private readonly list: Metric[] = [];
  /** prom-client's default series (process_*, nodejs_*): shared by every Metrics of a process. */
  private static defaults: Registry | undefined;
  /** Scrape failures of single metrics (a reader that threw): never fail the whole scrape. */
  private readErrors = 0;

  constructor() {
    this.gauge('bourse_metrics_read_errors', 'metric readers that threw during a scrape (since start)', () => this.readErrors);
  }

  counter(name: string, help: string, read: Reader): this {
    return this.add(name, help, 'counter', () => this.samples(read()));
  }

  gauge(name: string, help: string, read: Reader): this {
    return this.add(name, help, 'gauge', () => this.samples(read()));
  }

  /** A histogram (or one per label set) read from shared-memory histograms; values in seconds. */
  histogram(name: string, help: string, read: HistogramReader): this {
    return this.add(name, help, 'histogram', () => {
      const v = read();
      if (!Array.isArray(v)) return histogramValues(name, {}, v as HistogramSnapshot);
      return (v as readonly (readonly [Labels, HistogramSnapshot])[]).flatMap(([l, s]) => histogramValues(name, cleanLabels(l), s));
    });
  }

  has(name: string): boolean {
    return this.list.some((m) => m.name === name);
  }

  /** Names of every registered series (without the _bucket/_sum/_count suffixes). */
  names(): string[] {
    return this.list.map((m) => m.name);
  }

  private samples(v: number | readonly Sample[]): Value[] {
    if (typeof v === 'number') return [{ value: v }];
    return v.map(([labels, value]) => ({ labels: cleanLabels(labels), value }));
  }

  private add(name: string, help: string, type: MetricType, values: () => Value[]): this {
    if (!NAME_RE.test(name)) throw new BourseError('API_BAD_OPTION', `metric name "${name}" is not a Prometheus name`);
    if (this.has(name)) throw new BourseError('API_BAD_OPTION', `metric ${name} is registered twice`);
    this.list.push({ name, help, type, values });
    return this;
  }

  /** The exposition text (prom-client formats it; a reader that throws is left out and counted). */
  async render(): Promise<string> {
    const reg = new Registry();
    for (const m of this.list) {
      let values: Value[];
      try {
        values = m.values();
      } catch {
        this.readErrors++;
        continue;
      }
      reg.registerMetric({ name: m.name, help: m.help, type: m.type, get: () => ({ name: m.name, help: m.help, type: m.type, values, aggregator: 'sum' }) } as never);
    }
    for (const d of Metrics.defaultRegistry().getMetricsAsArray()) reg.registerMetric(d as never);
    return reg.metrics();
  }

  private static defaultRegistry(): Registry {
    if (!Metrics.defaults) {
      Metrics.defaults = new Registry();
      collectDefaultMetrics({ register: Metrics.defaults });
    }
    return Metrics.defaults;
  }
}
