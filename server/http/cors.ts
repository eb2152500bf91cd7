/**
 * The API's CORS policy (opt-in; docs/relay-nodes.md). Without one the API sends no CORS
 * headers, as before: browsers then let only same-origin pages read it (the dashboard is served
 * by the same server). With a policy, a request whose `Origin` is allowed gets
 * `Access-Control-Allow-Origin` (and `Vary: Origin`), and a preflight (`OPTIONS` with
 * `Access-Control-Request-Method`) from it is answered 204; other origins get no CORS headers,
 * so the browser refuses to hand them the response. The API is read-only: GET and HEAD only.
 */
import type { FastifyInstance } from 'fastify';

export interface CorsPolicy {
  /** Allowed origins (scheme://host[:port], lower case), or ['*'] for any. */
  readonly origins: readonly string[];
  /** Preflight cache time (Access-Control-Max-Age), seconds. */
  readonly maxAgeS?: number;
}

export function registerCors(app: FastifyInstance, policy: CorsPolicy): void {
  const any = policy.origins.includes('*');
  const allowed = new Set(policy.origins);
  const maxAge = String(policy.maxAgeS ?? 600);
  app.addHook('onRequest', async (req, reply) => {
    const origin = req.headers.origin;
    if (origin === undefined) return;
    if (!any && !allowed.has(origin.toLowerCase())) return;
    reply.header('Access-Control-Allow-Origin', any ? '*' : origin);
    if (!any) reply.header('Vary', 'Origin');
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
      reply.header('Access-Control-Allow-Methods', 'GET, HEAD');
      reply.header('Access-Control-Allow-Headers', 'Accept, Content-Type');
      reply.header('Access-Control-Max-Age', maxAge);
      return reply.code(204).send();
    }
  });
}
