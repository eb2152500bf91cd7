/**
 * The HTTP API as a fastify plugin that never listens (server.ts listens; tests use inject()).
 * This file only assembles the parts, each in its own file:
 *
 *   errors.ts         registry code -> `{"error":{"code","num","message"}}` with its HTTP status
 *   limits.ts         connection limit, header/request/idle timeouts, body limit, client errors
 *   schemas.ts        parameters, response schemas, the OpenAPI document
 *   cursor.ts         the bars paging cursor
 *   writer.ts         bars straight to JSON/CSV bytes; exact decimal text
 *   docs-page.ts      the HTML page at /api/v1/docs
 *   routes/*.ts       one plugin per group of routes (bars, instruments, market, feed, health,
 *                     metrics, docs)
 *   dashboard.ts      the built web dashboard's files (mounted by the composition, not here)
 *
 * The route plugins are children of bourseApi: they inherit its error handler and its
 * request-counting hook.
 */
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import { BourseError } from '../kernel/errors.ts';
import type { MarketState } from '../mdp/market-state.ts';
import type { BarsStore } from '../bars/store.ts';
import { clip, sendError } from './errors.ts';
import { clientErrorHandler, fastifyLimitOptions, httpLimits, type HttpLimits } from './limits.ts';
import { Metrics } from './metrics.ts';
import { registerCors, type CorsPolicy } from './cors.ts';
import { barsRoute } from './routes/bars.ts';
import { summaryRoute } from './routes/summary.ts';
import { docsRoutes } from './routes/docs.ts';
import { feedRoute } from './routes/feed.ts';
import { healthRoutes, type PipelineHealth } from './routes/health.ts';
import { instrumentsRoute, type CalendarInfo } from './routes/instruments.ts';
import { marketRoutes } from './routes/market.ts';
import { countRequests, metricsRoute } from './routes/metrics.ts';

export interface ApiOptions {
  readonly store: BarsStore;
  /** The live market (MarketState folded from the MD stream); absent under `bourse serve`. */
  readonly market?: MarketState | undefined;
  readonly metrics?: Metrics | undefined;
  /** The multicast feed's discovery document, served at /api/v1/feed (its proto files beside it). */
  readonly feedConfig?: object | undefined;
  /**
   * Quote currency of the live instruments (the MD stream carries none). Default: the feed's
   * `currency` when a feed is published, so the API and the feed agree; else ''.
   */
  readonly currency?: string | undefined;
  /** The running exchange's threads, for /readyz (routes/health.ts). */
  readonly pipeline?: (() => PipelineHealth) | undefined;
  /** The live market's trading calendar now (issue 14): shown by /api/v1/instruments and the bars API. */
  readonly calendar?: (() => CalendarInfo) | undefined;
}

export interface AppOptions extends ApiOptions {
  readonly logger?: boolean;
  /** Connection limit, timeouts and body limit (limits.ts; defaults there). */
  readonly limits?: Partial<HttpLimits> | undefined;
  /** CORS policy (cors.ts); none: no CORS headers. */
  readonly cors?: CorsPolicy | undefined;
}

/** The API's routes and error handling, as a plugin (encapsulated: its error handler covers its routes). */
export const bourseApi: FastifyPluginAsync<ApiOptions> = async (app, opts) => {
  const { store, market, metrics, feedConfig } = opts;
  const feedCurrency = (feedConfig as { currency?: unknown } | undefined)?.currency;
  const currency = opts.currency ?? (typeof feedCurrency === 'string' ? feedCurrency : '');
  const streamed = countRequests(app, metrics);
  app.setErrorHandler((err, _req, reply) => sendError(reply, err));

  await app.register(barsRoute, { store, streamed, market, calendar: opts.calendar });
  await app.register(summaryRoute, { store });
  await app.register(instrumentsRoute, { store, market, currency, calendar: opts.calendar });
  await app.register(marketRoutes, { market });
  await app.register(feedRoute, { feedConfig });
  await app.register(healthRoutes, { store, market, pipeline: opts.pipeline });
  await app.register(metricsRoute, { metrics });
  await app.register(docsRoutes);
};

/** A complete fastify instance with the API mounted; it does not listen. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const limits = httpLimits(opts.limits);
  const app = Fastify({
    logger: opts.logger ?? false,
    ...fastifyLimitOptions(limits),
    // Requests Node cannot parse, or cut by a timeout: our error body, then close.
    clientErrorHandler,
    // Malformed URLs and the like: our error body, not fastify's.
    frameworkErrors: (err, _req, reply) => void sendError(reply, new BourseError('API_BAD_REQUEST', clip(err.message, 120))),
  });
  if (opts.cors) registerCors(app, opts.cors);
  // Outside the API's routes too (a body sent to an unknown path is parsed before the 404).
  app.setErrorHandler((err, _req, reply) => sendError(reply, err));
  app.setNotFoundHandler((req, reply) => {
    const path = clip(req.url.split('?')[0]!, 80);
    sendError(reply, new BourseError('API_NOT_FOUND', `${req.method} ${path} (GET /api/v1/docs lists the endpoints)`));
  });
  await app.register(bourseApi, { store: opts.store, market: opts.market, metrics: opts.metrics ?? new Metrics(), feedConfig: opts.feedConfig, currency: opts.currency, pipeline: opts.pipeline, calendar: opts.calendar });
  return app;
}
