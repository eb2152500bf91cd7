/** Serving the relay on an HTTP server: the one entry point the runtime and tests use. */
import type { Server as HttpServer } from 'node:http';
import { BourseError } from '../kernel/errors.ts';
import type { MarketState } from '../mdp/market-state.ts';
import type { RelayOptions } from './options.ts';
import { Relay, type RecordsListener } from './relay.ts';

export interface AttachRelayOptions extends Partial<RelayOptions> {
  /** The market the snapshots come from (the same records must reach it and the relay). */
  market: MarketState;
  /** Optional: something with onRecords(listener) (e.g. the Exchange); the relay registers itself. */
  source?: { onRecords(listener: RecordsListener): void };
}

/**
 * Serve the relay on `server` (fastify's `app.server` or any node http.Server) at options.path.
 * Without `source`, feed it yourself: `onRecords` of the result, beside MarketState.applyRecords.
 */
export function attachRelay(server: HttpServer, opts: AttachRelayOptions): Relay {
  if (!opts || typeof opts.market?.book !== 'function') throw new BourseError('WS_BAD_OPTION', 'market (a MarketState) is required');
  const { market, source, ...rest } = opts;
  const relay = new Relay(market, rest).attach(server);
  if (source) source.onRecords((f64, i32, first, count) => relay.onRecords(f64, i32, first, count));
  return relay;
}
