/**
 * Serves the built dashboard (web/dist, made by `npm run build:web`, or by `npm start` through
 * web/ensure-built.js) from the HTTP API's fastify app: `/` is the page, `/assets/*` Vite's
 * hashed files (cached for a year: a new build has new names). Files are kept in memory (the
 * whole build is ~200 KB) and re-read after a rebuild. Without a build, `/` says how to make one.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

export const DASHBOARD_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

interface Asset {
  type: string;
  body: Buffer;
}

function loadAssets(root: string): Map<string, Asset> {
  const out = new Map<string, Asset>();
  const dir = join(root, 'assets');
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) out.set(name, { type: TYPES[extname(name)] ?? 'application/octet-stream', body: readFileSync(join(dir, name)) });
  return out;
}

/** Mount the dashboard on `app` (call before app.listen / app.ready). */
export function serveDashboard(app: FastifyInstance, opts: { root?: string } = {}): void {
  const root = opts.root ?? DASHBOARD_DIST;
  let index: Buffer | undefined;
  let built = 0;
  let assets = new Map<string, Asset>();
  // Re-read when index.html changes (a rebuild while the server runs), else serve from memory.
  const load = () => {
    const file = join(root, 'index.html');
    if (!existsSync(file)) return false;
    const m = statSync(file).mtimeMs;
    if (index && m === built) return true;
    index = readFileSync(file);
    assets = loadAssets(root);
    built = m;
    return true;
  };
  const page = async (_req: unknown, reply: import('fastify').FastifyReply) => {
    if (!load()) {
      return reply.code(503).type('text/plain; charset=utf-8').send('The dashboard is not built: run `npm run build:web` (npm start builds it).\n');
    }
    return reply.type(TYPES['.html']!).header('cache-control', 'no-cache').send(index);
  };
  app.get('/', page);
  app.get('/index.html', page);
  app.get('/assets/:file', async (req, reply) => {
    if (!index) load();
    const a = assets.get((req.params as { file: string }).file);
    if (!a) return reply.code(404).type('text/plain; charset=utf-8').send('no such dashboard file\n');
    return reply.type(a.type).header('cache-control', 'public, max-age=31536000, immutable').send(a.body);
  });
}
