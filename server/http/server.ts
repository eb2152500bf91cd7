/**
 * The listening HTTP server: builds the app (app.ts) and listens. The underlying
 * `http.Server` is exposed so another module (the WebSocket relay) can attach to the same port.
 * It holds at most `limits.maxConnections` connections (limits.ts): beyond, Node closes new ones
 * at accept, so a flood of idle clients cannot take every file descriptor of the process.
 * A port that cannot be bound is API_LISTEN naming the address and the reason (EADDRINUSE...).
 */
import type { Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { BourseError } from '../kernel/errors.ts';
import { buildApp, type AppOptions } from './app.ts';
import { httpLimits } from './limits.ts';

export interface ServerOptions extends AppOptions {
  /** Address to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** TCP port (default 8080; 0 picks a free one). */
  readonly port?: number;
}

export interface RunningServer {
  readonly app: FastifyInstance;
  /** The node http.Server under fastify: attach a `ws` WebSocketServer({ server }) here. */
  readonly server: Server;
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8080;

/**
 * Build the app, let `beforeListen` add to it (routes, a WebSocket upgrade handler on
 * `app.server`), then listen.
 */
export async function startServer(o: ServerOptions, beforeListen?: (app: FastifyInstance) => void | Promise<void>): Promise<RunningServer> {
  const port = o.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new BourseError('API_BAD_OPTION', `port must be an integer from 0 to 65535, not ${port}`);
  const host = o.host ?? '127.0.0.1';
  const limits = httpLimits(o.limits);
  const app = await buildApp({ ...o, limits });
  app.server.maxConnections = limits.maxConnections;
  if (beforeListen) await beforeListen(app);
  try {
    await app.listen({ host, port });
  } catch (e) {
    await app.close().catch(() => {});
    const code = (e as { code?: unknown }).code;
    const msg = e instanceof Error ? e.message : String(e);
    throw new BourseError('API_LISTEN', `cannot listen on ${host}:${port}: ${typeof code === 'string' && !msg.includes(code) ? `${code} ` : ''}${msg}`);
  }
  const addr = app.server.address();
  const real = typeof addr === 'object' && addr ? addr.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    app,
    server: app.server,
    url: `http://${shownHost}:${real}`,
    port: real,
    close: () => app.close(),
  };
}
