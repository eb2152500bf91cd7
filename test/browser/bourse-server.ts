/**
 * A whole running Bourse for the browser test, composed the way `bourse start` will be:
 * the threaded Exchange under its simulator, the bars store + writer, the HTTP API, the
 * WebSocket relay on the same server and the dashboard.
 *
 *   node test/browser/bourse-server.ts --data DIR --port P [--rate N] [--symbols K]
 *
 * Prints `READY <url>` once it listens. SIGUSR2 stops the simulator and freezes the market
 * (API, relay and page keep serving it: `FROZEN md_seq=<n>`); SIGTERM stops everything.
 */
import { parseArgs } from 'node:util';
import { Exchange } from '../../server/apps/runtime/exchange.ts';
import { exchangeOptions } from '../../server/apps/runtime/options.ts';
import { openStore } from '../../server/bars/open.ts';
import { BarsWriter } from '../../server/bars/writer.ts';
import { startServer } from '../../server/http/server.ts';
import { attachRelay, type Relay } from '../../server/relay/relay.ts';
import { serveDashboard } from '../../server/http/dashboard.ts';

const { values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string', default: '0' }, rate: { type: 'string', default: '2000' }, symbols: { type: 'string', default: '4' } } });
const data = values.data!;
const store = await openStore({ data });
const writer = new BarsWriter({ store, onError: (e) => console.error(`bars writer: ${e.message}`) });
let relay: Relay | undefined;
const x = await Exchange.start(exchangeOptions({ data, rate: Number(values.rate), symbols: Number(values.symbols), fsync: false }), [
  (f64, i32, first, count) => writer.onRecords(f64, i32, first, count),
  (f64, i32, first, count) => relay?.onRecords(f64, i32, first, count),
]);
const srv = await startServer({ store, market: x.market, port: Number(values.port) }, (app) => serveDashboard(app));
relay = attachRelay(srv.server, { market: x.market });
console.log(`READY ${srv.url}`);

let frozen = false;
process.on('SIGUSR2', async () => {
  if (frozen) return;
  frozen = true;
  await x.stop();
  await writer.flush().catch(() => {});
  console.log(`FROZEN md_seq=${x.market.mdSeq}`);
});
process.once('SIGTERM', async () => {
  await relay?.close();
  await srv.close();
  if (!frozen) await x.stop();
  await writer.close().catch(() => {});
  await store.close().catch(() => {});
  process.exit(0);
});
