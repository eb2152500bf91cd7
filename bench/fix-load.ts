/**
 * One FIX 4.4 session (jspurefix's initiator, test/support/fix-initiator.ts) sending orders as fast
 * as the acceptor answers, at most WINDOW unanswered: resting GTC buys and IOC sells that trade
 * with them, alternately. Run by bench/gateway.ts in its own process:
 *   node bench/fix-load.ts PORT KEYFILE SECONDS STOREDIR OUT.json
 * Writes {"sent","answered","fills","seconds","fix_orders_per_s"}.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { FixInitiator } from '../test/support/fix-initiator.ts';
import { parseBrokerKey } from '../server/order-client/index.ts';

const [port, keyFile, secondsArg, storeDir, out] = process.argv.slice(2) as [string, string, string, string, string];
const WINDOW = 256;
const key = parseBrokerKey(readFileSync(keyFile, 'utf8'), keyFile);
const f = new FixInitiator({ host: '127.0.0.1', port: Number(port), keyId: key.id, privateKey: key.privateKey, storeDir });
await f.until(() => f.isReady, 'logon', 30_000);
const seconds = Number(secondsArg);
let sent = 0;
let answered = 0;
let fills = 0;
let seen = 0;
const t0 = performance.now();
const send = () => {
  const n = ++sent;
  const buy = n % 2 === 1;
  f.send('D', {
    ClOrdID: String(n), Account: buy ? '1' : '2', Instrument: { Symbol: 'AAPL' }, Side: buy ? '1' : '2', TransactTime: new Date(),
    OrderQtyData: { OrderQty: 1 }, OrdType: '2', Price: 189, TimeInForce: buy ? '1' : '3',
  });
};
for (let i = 0; i < WINDOW; i++) send();
let end = 0;
while (true) {
  await new Promise((r) => setImmediate(r));
  const ms = f.messages;
  for (; seen < ms.length; seen++) {
    const m = ms[seen]!;
    if (m.type !== '8' && m.type !== '9') continue;
    const et = String(m.body.ExecType);
    if (et === 'F') fills++;
    if (et === '0' || et === '8') {
      answered++;
      if (performance.now() - t0 < seconds * 1000) send();
    }
  }
  ms.length = 0;
  seen = 0;
  if (answered >= sent) {
    end = performance.now();
    break;
  }
  if (performance.now() - t0 > seconds * 1000 + 30_000) {
    end = performance.now();
    break;
  }
}
const elapsed = (end - t0) / 1000;
writeFileSync(out, JSON.stringify({ sent, answered, fills, seconds: elapsed, fix_orders_per_s: Math.round(answered / elapsed) }));
await f.stop();
process.exit(0);
