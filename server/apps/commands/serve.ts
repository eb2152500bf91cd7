/**
 * `bourse serve`: the HTTP API over an existing bars store, with no exchange running. Bars,
 * instruments, health, metrics and the API reference work; the live book and trades answer 503.
 */
import { openStore } from '../../bars/open.ts';
import type { CommandSpec, Flags } from '../flags.ts';
import { DEFAULT_LIMITS } from '../../http/limits.ts';

const DEFAULT_PORT = 8080;

export const serve: CommandSpec = {
  name: 'serve',
  summary: 'serve the HTTP API (historical bars, instruments, metrics) over an existing bars store, without trading',
  flags: {
    data: { kind: 'path', default: './data', help: 'data directory (the SQLite store is DATA/bars.sqlite)' },
    port: { kind: 'int', default: DEFAULT_PORT, min: 0, max: 65535, help: 'TCP port (0: any free port; the URL is printed)' },
    host: { kind: 'string', default: '127.0.0.1', help: 'address to listen on (0.0.0.0: every interface)' },
    store: { kind: 'string', help: 'bars store: postgres://user@host:port/db, or sqlite:FILE (default: DATA/bars.sqlite)' },
    'max-connections': { kind: 'int', default: DEFAULT_LIMITS.maxConnections, min: 1, max: 1_000_000, help: 'open connections at most (WebSocket ones included); beyond, new ones are closed at accept' },
    'headers-timeout-ms': { kind: 'int', default: DEFAULT_LIMITS.headersTimeoutMs, min: 100, max: 3_600_000, help: 'a request whose headers take longer is cut with 408 API_TIMEOUT' },
  },
  async run(flags: Flags) {
    // Loaded here, not at CLI start: other commands do not pay for fastify.
    const [{ registerBarsMetrics }, { Metrics }, { startServer }, { registerProcessMetrics }] = await Promise.all([
      import('../../http/routes/metrics.ts'), import('../../http/metrics.ts'), import('../../http/server.ts'), import('../runtime/exchange-metrics.ts'),
    ]);
    const store = await openStore({ data: flags.data as string, url: flags.store as string | undefined });
    const metrics = new Metrics();
    registerProcessMetrics(metrics);
    registerBarsMetrics(metrics, store);
    let srv;
    try {
      const headersTimeoutMs = flags['headers-timeout-ms'] as number;
      srv = await startServer({
        store, metrics, host: flags.host as string, port: flags.port as number,
        limits: { maxConnections: flags['max-connections'] as number, headersTimeoutMs, requestTimeoutMs: Math.max(headersTimeoutMs, DEFAULT_LIMITS.requestTimeoutMs) },
      });
    } catch (e) {
      await store.close();
      throw e;
    }
    console.log(`bourse serve: listening on ${srv.url} (bars store: ${store.kind} ${store.location}; API reference ${srv.url}/api/v1/docs); Ctrl-C stops`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await srv.close();
    await store.close();
    console.log('bourse serve: stopped');
  },
};
