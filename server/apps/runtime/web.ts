/**
 * The main thread's edges of a running exchange, fed by its market-data records: the HTTP API,
 * the dashboard, the WebSocket relay and the metrics. `bourse start` (records from the MDP
 * thread's ring) and an HA node (records from its MDP agent) both serve them through here.
 */
import type { FastifyInstance } from 'fastify';
import type { MarketState } from '../../mdp/market-state.ts';
import type { BarsStore } from '../../bars/store.ts';
import type { BarsWriter } from '../../bars/writer.ts';
import { registerBarsMetrics } from '../../http/routes/metrics.ts';
import { Metrics } from '../../http/metrics.ts';
import { startServer, type RunningServer } from '../../http/server.ts';
import { attachRelay, type Relay, type RecordsListener } from '../../relay/relay.ts';
import { serveDashboard } from '../../http/dashboard.ts';
import { SharedHistogram, histogramBlock } from '../../kernel/shared-histogram.ts';
import { registerProcessMetrics, registerRelayMetrics } from './exchange-metrics.ts';
import type { PipelineHealth } from '../../http/routes/health.ts';
import type { CalendarInfo } from '../../http/routes/instruments.ts';

export interface WebOptions {
  market: MarketState;
  /** Where the relay registers for records (the Exchange, or an HA node's fan-out). */
  source: { onRecords(listener: RecordsListener): void };
  store: BarsStore;
  writer: BarsWriter;
  host: string;
  port: number;
  /** The multicast feed's discovery document, served at /api/v1/feed. */
  feedConfig?: object;
  /** Adds the driver's own series (core and MDP counters) to /metrics. */
  metrics?: (m: Metrics) => void;
  /** Where the relay's record -> WebSocket write latency is recorded (default: a histogram of its own). */
  relayLatency?: SharedHistogram;
  /** The threads' health for /readyz (503 "failed" once one failed). */
  pipeline?: () => PipelineHealth;
  /** The live market's trading calendar now (/api/v1/instruments, the bars API). */
  calendar?: () => CalendarInfo;
}

/** API, dashboard, relay and metrics on one listening server. */
export async function startWeb(o: WebOptions): Promise<RunningServer> {
  const metrics = new Metrics();
  registerProcessMetrics(metrics);
  registerBarsMetrics(metrics, o.store, o.writer);
  o.metrics?.(metrics);
  return startServer({ store: o.store, market: o.market, metrics, feedConfig: o.feedConfig, host: o.host, port: o.port, pipeline: o.pipeline, calendar: o.calendar }, (app) => {
    const relay = mountWeb(app, o.market, o.source);
    registerRelayMetrics(metrics, relay, o.relayLatency ?? new SharedHistogram(histogramBlock(1), 0));
  });
}

/** The dashboard's files and the WebSocket relay, on the API's own server. */
export function mountWeb(app: FastifyInstance, market: MarketState, source: WebOptions['source']): Relay {
  serveDashboard(app);
  const relay = attachRelay(app.server, { market, source });
  // Before the server closes, or open WebSocket sockets hold it open.
  app.addHook('preClose', async () => relay.close());
  return relay;
}
