/**
 * What the main thread adds to the HTTP server of a running exchange: exchange metrics, and
 * (when built) the WebSocket relay and the dashboard.
 */
import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../../http/metrics.ts';
import type { Exchange } from './exchange.ts';
import { attachRelay, type Relay } from '../../relay/relay.ts';
import { serveDashboard } from '../../http/dashboard.ts';

export function registerExchangeMetrics(metrics: Metrics, x: Exchange): void {
  metrics.counter('bourse_inputs_total', 'inputs sequenced, journaled and applied', () => x.stats().lastSeq);
  metrics.counter('bourse_engine_events_total', 'engine events emitted', () => x.stats().events);
  metrics.gauge('bourse_resting_orders', 'orders resting in all books', () => x.stats().resting);
  metrics.counter('bourse_bus_stalls_total', 'times the core waited for room in the engine->MDP ring (back-pressure)', () => x.stats().ringStalls);
  metrics.counter('bourse_md_records_total', 'market-data records published by the MDP', () => x.stats().mdRecords);
  metrics.gauge('bourse_md_seq_main', 'last MD sequence number folded by the main thread', () => x.stats().mainMdSeq);
}

/** The dashboard's files and the WebSocket relay, on the API's own server. */
export function mountWeb(app: FastifyInstance, x: Exchange): Relay {
  serveDashboard(app);
  const relay = attachRelay(app.server, { market: x.market, source: x });
  // Before the server closes, or open WebSocket sockets hold it open.
  app.addHook('preClose', async () => relay.close());
  return relay;
}
