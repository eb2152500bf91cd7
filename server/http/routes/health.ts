/** Operations: GET /healthz (the process answers) and GET /readyz (the bars store answers). */
import type { FastifyPluginAsync } from 'fastify';
import { Errors } from '../../kernel/errors.ts';
import type { MarketState } from '../../mdp/market-state.ts';
import type { BarsStore } from '../../bars/store.ts';
import { parseParams } from '../schemas.ts';

/** The exchange's threads as /readyz reports them. */
export interface PipelineHealth {
  ok: boolean;
  /** The failure's error code ('' when ok). */
  code: string;
  detail: string;
}

export interface HealthRouteOptions {
  readonly store: BarsStore;
  readonly market?: MarketState | undefined;
  /** The running exchange's threads; absent: nothing to fail (bourse serve). */
  readonly pipeline?: (() => PipelineHealth) | undefined;
}

export const healthRoutes: FastifyPluginAsync<HealthRouteOptions> = async (app, opts) => {
  const { store, market, pipeline } = opts;

  app.get('/healthz', async (req) => {
    parseParams({}, req.query);
    return { status: 'ok' };
  });

  app.get('/readyz', async (req, reply) => {
    parseParams({}, req.query);
    const p = pipeline?.() ?? { ok: true, code: '', detail: '' };
    const h = await store.health();
    const status = !p.ok ? 'failed' : h.ok ? 'ready' : 'unavailable';
    const body = { status, store: { kind: h.kind, ok: h.ok, detail: h.detail }, market: market !== undefined, pipeline: { ok: p.ok, code: p.code, detail: p.detail.slice(0, 300) } };
    return reply.code(!p.ok ? 503 : h.ok ? 200 : Errors.STORE_UNAVAILABLE.http).send(body);
  });
};
