/** Operations: GET /healthz (the process answers) and GET /readyz (the bars store answers). */
import type { FastifyPluginAsync } from 'fastify';
import { Errors } from '../../kernel/errors.ts';
import type { MarketState } from '../../mdp/market-state.ts';
import type { BarsStore } from '../../bars/store.ts';
import { parseParams } from '../schemas.ts';

export interface HealthRouteOptions {
  readonly store: BarsStore;
  readonly market?: MarketState | undefined;
}

export const healthRoutes: FastifyPluginAsync<HealthRouteOptions> = async (app, opts) => {
  const { store, market } = opts;

  app.get('/healthz', async (req) => {
    parseParams({}, req.query);
    return { status: 'ok' };
  });

  app.get('/readyz', async (req, reply) => {
    parseParams({}, req.query);
    const h = await store.health();
    const body = { status: h.ok ? 'ready' : 'unavailable', store: { kind: h.kind, ok: h.ok, detail: h.detail }, market: market !== undefined };
    return reply.code(h.ok ? 200 : Errors.STORE_UNAVAILABLE.http).send(body);
  });
};
