/**
 * The FIX acceptor while the gateway writes and prunes its snapshots (issue 13: the FIX stall). One
 * jspurefix session sends N orders, at most 256 unanswered (as bench/fix-load.ts), against an
 * exchange whose gateway snapshots every 40 inputs, so several are written and the old ones
 * pruned while the orders flow. It must get exactly N answers (ExecutionReport new or rejected),
 * one per ClOrdID, none duplicated, and every FIX message in sequence (MsgSeqNum 1, 2, 3, ... with
 * no gap, no PossDupFlag); the acceptor's store holds the same answers; at most 3 gateway
 * snapshots are left on disk.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FixInitiator } from '../support/fix-initiator.ts';
import { startGatewayExchange, tempData } from '../support/gateway.ts';
import { generateBrokerKey } from '../../server/order-client/index.ts';
import { listSnapshots, GATEWAY_SNAPSHOT } from '../../server/sequencer/snapshots.ts';
import { SNAPSHOT_DIR } from '../../server/sequencer/recovery.ts';

const N = 3000;
const WINDOW = 256;

test('a FIX session gets exactly one answer per order, in sequence, none duplicated, while gateway snapshots are written and pruned', async (t) => {
  const data = tempData();
  t.after(() => rmSync(data, { recursive: true, force: true }));
  const key = generateBrokerKey(5, 5);
  const fixStore = join(data, 'fix');
  const x = await startGatewayExchange({ data, keys: [key], snapshotEvery: 40, gateway: { fixPort: 0, fixStore, snapshotInputs: 40 } });
  let f: FixInitiator | undefined;
  try {
    f = new FixInitiator({ host: '127.0.0.1', port: x.fixPort!, keyId: key.id, privateKey: key.privateKey, storeDir: 'memory' });
    const s = f;
    await s.until(() => s.isReady, 'logon', 30_000);
    const snapshots0 = (await x.gatewayCounters())!.snapshots!;
    let sent = 0;
    const answers = new Map<string, number>();
    const send = () => {
      const n = ++sent;
      const buy = n % 2 === 1;
      s.send('D', { ClOrdID: String(n), Account: '1', Instrument: { Symbol: 'AAPL' }, Side: buy ? '1' : '2', TransactTime: new Date(), OrderQtyData: { OrderQty: 1 }, OrdType: '2', Price: 189, TimeInForce: buy ? '1' : '3' });
    };
    for (let i = 0; i < WINDOW; i++) send();
    let seen = 0;
    let answered = 0;
    while (answered < N) {
      await s.until(() => s.messages.length > seen || s.isStopped, `answers (${answered} of ${N})`, 60_000);
      assert.equal(s.isStopped, false, `the session stopped: ${s.error?.message}`);
      for (; seen < s.messages.length; seen++) {
        const m = s.messages[seen]!;
        if (m.type !== '8') continue;
        const et = String(m.body.ExecType);
        if (et !== '0' && et !== '8') continue;
        const cl = String(m.body.ClOrdID);
        answers.set(cl, (answers.get(cl) ?? 0) + 1);
        answered++;
        if (sent < N) send();
      }
    }
    const counters = (await x.gatewayCounters())!;
    // Every order answered once, nothing more.
    assert.equal(sent, N);
    assert.equal(answers.size, N);
    for (let n = 1; n <= N; n++) assert.equal(answers.get(String(n)), 1, `ClOrdID ${n} answered ${answers.get(String(n)) ?? 0} times`);
    // In sequence: MsgSeqNum 1..last over every message received, no PossDupFlag, no gap.
    const seqs = s.wire.map((w) => Number(/(?:^|\|)34=(\d+)\|/.exec(w)![1]));
    assert.deepEqual(seqs, seqs.map((_, i) => i + 1));
    assert.equal(s.wire.some((w) => w.includes('|43=Y|')), false, 'no possible duplicates');
    assert.equal(s.messages.some((m) => m.possDup), false);
    // Snapshots were taken while the orders flowed, and pruned.
    assert.ok(counters.snapshots! - snapshots0 >= 3, `gateway snapshots during the session: ${counters.snapshots! - snapshots0}`);
    // The acceptor's store has the same answers (one per ClOrdID).
    const stored = new Map<string, number>();
    for (const line of readFileSync(join(fixStore, `${key.id}.fixlog`), 'latin1').split('\n')) {
      if (!line.startsWith('S ') || !line.includes('\x0135=8\x01') || !/\x01150=[08]\x01/.test(line)) continue;
      const cl = /\x0111=([^\x01]*)\x01/.exec(line)![1]!;
      stored.set(cl, (stored.get(cl) ?? 0) + 1);
    }
    assert.equal(stored.size, N);
    assert.ok([...stored.values()].every((c) => c === 1));
  } finally {
    await f?.stop().catch(() => undefined);
    await x.stop();
  }
  assert.ok(listSnapshots(join(data, 'journal', SNAPSHOT_DIR), GATEWAY_SNAPSHOT).length <= 3, 'old gateway snapshots are pruned');
});
