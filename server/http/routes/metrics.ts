/**
 * GET /metrics (Prometheus text 0.0.4) and what it shows: requests by route and status, bars
 * streamed, and the bars store's and writer's figures. Pull-based: every value is read at
 * scrape time (metrics.ts).
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { BarsStore } from '../../bars/store.ts';
import type { BarsWriter } from '../../bars/writer.ts';
import type { Metrics } from '../metrics.ts';
import { SharedHistogram, histogramBlock } from '../../kernel/shared-histogram.ts';

/**
 * Count every response of `app`'s context by route and status, and register the HTTP counters
 * on `metrics` (once per Metrics). Returns the bars-streamed counter for the bars route.
 */
export function countRequests(app: FastifyInstance, metrics: Metrics | undefined): { rows: number } {
  const requests = new Map<string, number>();
  // Per route (fastify's route pattern, bounded by the routes registered; 'unmatched' for the rest).
  const durations = new Map<string, SharedHistogram>();
  const streamed = { rows: 0 };
  if (metrics && !metrics.has('bourse_http_requests_total')) {
    metrics.counter('bourse_http_requests_total', 'HTTP requests answered, by route and status', () =>
      [...requests].map(([k, v]) => {
        const [route, status] = k.split(' ') as [string, string];
        return [{ route, status }, v] as const;
      }));
    metrics.histogram('bourse_http_request_duration_seconds', 'HTTP request duration (fastify\'s elapsed time: request received -> response sent), by route', () =>
      [...durations].map(([route, h]) => [{ route }, h.snapshot()] as const));
    metrics.counter('bourse_http_bars_streamed_total', 'bars sent by /api/v1/bars (JSON and CSV)', () => streamed.rows);
  }
  app.addHook('onResponse', async (req, reply) => {
    const k = `${req.routeOptions.url ?? 'unmatched'} ${reply.statusCode}`;
    requests.set(k, (requests.get(k) ?? 0) + 1);
    const route = req.routeOptions.url ?? 'unmatched';
    let h = durations.get(route);
    if (!h) durations.set(route, (h = new SharedHistogram(histogramBlock(1), 0)));
    h.record(reply.elapsedTime * 1000);
  });
  return streamed;
}

export const metricsRoute: FastifyPluginAsync<{ readonly metrics?: Metrics | undefined }> = async (app, opts) => {
  const { metrics } = opts;
  app.get('/metrics', async (_req, reply) => {
    const text = metrics ? await metrics.render() : '';
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(text);
  });
};

/** Store and writer figures for /metrics (the composition calls this once). */
export function registerBarsMetrics(metrics: Metrics, store: BarsStore, writer?: BarsWriter): void {
  metrics.counter('bourse_bars_store_rows_written_total', 'bars written to the store', () => store.stats().rowsWritten);
  metrics.counter('bourse_bars_store_queries_total', 'queries run on the bars store', () => store.stats().queries);
  metrics.counter('bourse_bars_store_errors_total', 'failed bars store operations', () => store.stats().errors);
  if (!writer) return;
  const w = () => writer.stats();
  metrics.gauge('bourse_bars_writer_queue', 'closed bars waiting to be written', () => w().queued);
  metrics.gauge('bourse_bars_writer_queue_capacity', 'closed bars the writer queue holds', () => w().capacity);
  metrics.counter('bourse_bars_writer_written_total', 'closed bars written by the writer', () => w().written);
  metrics.counter('bourse_bars_writer_dropped_total', 'closed bars dropped because the queue was full (repair with bourse bars rebuild)', () => w().dropped);
  metrics.gauge('bourse_bars_writer_dropped_first_ms', 'open time of the earliest dropped bar (0: none)', () => w().droppedFirstMs);
  metrics.gauge('bourse_bars_writer_dropped_last_ms', 'open time of the latest dropped bar (0: none)', () => w().droppedLastMs);
  metrics.counter('bourse_bars_writer_unnamed_total', 'closed bars of symbols with no instrument record (skipped)', () => w().unnamed);
  metrics.counter('bourse_bars_writer_errors_total', 'failed writer batches (retried)', () => w().writeErrors);
  metrics.gauge('bourse_bars_writer_store_up', '1 while the last write succeeded', () => w().storeUp);
  metrics.gauge('bourse_bars_writer_last_write_ms', 'duration of the last successful batch', () => w().lastWriteMs);
}
