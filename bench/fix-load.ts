/**
 * One FIX 4.4 session (jspurefix's initiator, test/support/fix-initiator.ts) sending orders as fast
 * as the acceptor answers, at most WINDOW unanswered: resting GTC buys and IOC sells that trade
 * with them, alternately. Run by bench/gateway.ts (and bench/fix-stall.ts) in its own process:
 *   node bench/fix-load.ts PORT KEYFILE SECONDS STOREDIR OUT.json
 * Writes {"sent","answered","fills","seconds","fix_orders_per_s"} and, to find stalls, the longest
 * time without an answer while orders were unanswered (max_gap_ms, at gap_at_ms after the start, with
 * answered/sent then) and the initiator's last MsgSeqNum sent and received. A silence of a second
 * with orders unanswered is printed on stderr at once ("fix-load: stall ...") with that state.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { FixInitiator } from '../test/support/fix-initiator.ts';
import { parseBrokerKey } from '../server/order-client/index.ts';

const [port, keyFile, secondsArg, storeDir, out] = process.argv.slice(2) as [string, string, string, string, string];
const WINDOW = 256;
const STALL_MS = 1000;
const key = parseBrokerKey(readFileSync(keyFile, 'utf8'), keyFile);
const f = new FixInitiator({ host: '127.0.0.1', port: Number(port), keyId: key.id, privateKey: key.privateKey, storeDir });
await f.until(() => f.isReady, 'logon', 30_000);
const seconds = Number(secondsArg);
let sent = 0;
let answered = 0;
let fills = 0;
let seen = 0;
let lastRecvSeq = 0;
const t0 = performance.now();
let lastAnswer = t0;
let maxGap = 0;
let gapAt = 0;
let gapState = '';
let stallPrinted = false;
const state = () => `answered ${answered} sent ${sent} lastSentSeq ${f.lastSentSeq} lastRecvSeq ${lastRecvSeq} wire ${f.wire.length} stopped ${f.isStopped}`;
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
  const now = performance.now();
  const ms = f.messages;
  for (; seen < ms.length; seen++) {
    const m = ms[seen]!;
    lastRecvSeq = Math.max(lastRecvSeq, m.seq);
    if (m.type !== '8' && m.type !== '9') continue;
    const et = String(m.body.ExecType);
    if (et === 'F') fills++;
    if (et === '0' || et === '8') {
      if (now - lastAnswer > maxGap) {
        maxGap = now - lastAnswer;
        gapAt = lastAnswer - t0;
        gapState = state();
      }
      lastAnswer = now;
      stallPrinted = false;
      answered++;
      if (now - t0 < seconds * 1000) send();
    }
  }
  ms.length = 0;
  seen = 0;
  if (answered >= sent) {
    end = performance.now();
    break;
  }
  if (!stallPrinted && now - lastAnswer > STALL_MS) {
    stallPrinted = true;
    process.stderr.write(`fix-load: stall: no answer for ${Math.round(now - lastAnswer)} ms at ${Math.round(now - t0)} ms: ${state()}\n`);
  }
  if (now - t0 > seconds * 1000 + 30_000) {
    end = performance.now();
    break;
  }
}
const elapsed = (end - t0) / 1000;
writeFileSync(out, JSON.stringify({
  sent, answered, fills, seconds: elapsed, fix_orders_per_s: Math.round(answered / elapsed),
  max_gap_ms: Math.round(maxGap), gap_at_ms: Math.round(gapAt), gap_state: gapState, last_sent_seq: f.lastSentSeq, last_recv_seq: lastRecvSeq,
}));
await f.stop();
process.exit(0);
