/**
 * `bourse serve`: the HTTP API over an existing bars store, with no exchange running. Bars,
 * instruments, health, metrics and the API reference work; the live book and trades answer 503.
 */
import { openStore } from '../../bars/open.ts';
import type { CommandSpec, Flags } from '../flags.ts';

const DEFAULT_PORT = 8080;

export const serve: CommandSpec = {
  name: 'serve',
  summary: 'serve the HTTP API (historical bars, instruments, metrics) over an existing bars store, without trading',
  flags: {
    data: { kind: 'path', default: './data', help: 'data directory (the SQLite store is DATA/bars.sqlite)' },
    port: { kind: 'int', default: DEFAULT_PORT, min: 0, max: 65535, help: 'TCP port (0: any free port; the URL is printed)' },
    host: { kind: 'string', default: '127.0.0.1', help: 'address to listen on (0.0.0.0: every interface)' },
    store: { kind: 'string', help: 'bars store: postgres://user@host:port/db, or sqlite:FILE (default: DATA/bars.sqlite)' },
  },
  async run(flags: Flags) {
    // Loaded here, not at CLI start: other commands do not pay for fastify.
    const [{ registerBarsMetrics }, { Metrics }, { startServer }] = await Promise.all([
      import('../../http/routes/metrics.ts'), import('../../http/metrics.ts'), import('../../http/server.ts'),
    ]);
    const store = await openStore({ data: flags.data as string, url: flags.store as string | undefined });
    const metrics = new Metrics();
    registerBarsMetrics(metrics, store);
    let srv;
    try {
      srv = await startServer({ store, metrics, host: flags.host as string, port: flags.port as number });
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
