/**
 * The pipelined group commit under a crash (docs/journal.md "Pipelined group commit"): kill -9
 * `bourse start` (fsync on, the journal's fdatasync on its sync thread) while a broker's orders
 * stream through the gateway; after the restart's recovery every order the broker saw ACCEPTED is
 * in the journal, at its order id (= its input's seq), as that broker's NEW_ORDER. An ACCEPTED
 * leaves only after the fdatasync covering its input, so none may be missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { Running, replayResult } from '../support/fs-faults.ts';
import { until } from '../support/wait.ts';
import { Journal } from '../../server/sequencer/journal.ts';
import { Cmd, decodeCommand } from '../../server/engine/commands.ts';
import { OrderClient, ExecType, generateBrokerKey, exchangeKeyEntry, type Outbound } from '../../server/order-client/index.ts';

const AAPL = 1_900_000;

test('kill -9 under gateway load with the pipelined commit: every ACCEPTED the broker saw is in the journal after restart', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-pipe-'));
  const key = generateBrokerKey(1, 1); // firm 1: the simulator's, its accounts verified
  const keys = join(dir, 'keys.json');
  writeFileSync(keys, JSON.stringify({ keys: [exchangeKeyEntry(key, 0)] }));
  const data = join(dir, 'data');
  const x = new Running(['start', '--data', data, '--rate', '2000', '--port', '0', '--feed', 'false', '--show', '0', '--gateway-port', '0', '--keys', keys]);
  const accepted = new Map<number, number>(); // order id -> client order id
  let client: OrderClient | undefined;
  try {
    const port = Number((await x.waitFor(/order-entry gateway on tcp port (\d+)/))[1]);
    client = await OrderClient.connect({ host: '127.0.0.1', port, keyId: key.id, privateKey: key.privateKey });
    client.onMessage((m: Outbound) => {
      if (m.kind === 'executionReport' && m.execType === ExecType.Accepted) accepted.set(m.orderId, m.clientOrderId);
    });
    let id = 0;
    const c = client;
    const pump = setInterval(() => {
      if (c.isClosed) return;
      for (let k = 0; k < 50; k++) {
        id++;
        c.newOrder({ clientOrderId: id, symbol: 'AAPL', side: 1, price: AAPL - 100 * (1 + (id % 50)), qty: 100, account: 1 + (id % 4) });
      }
    }, 2);
    try {
      await until(() => (accepted.size >= 3000 ? true : undefined), 120_000, () => `3,000 orders accepted (${accepted.size}):\n${x.stdout.slice(-1000)}\n${x.stderr.slice(-1000)}`);
    } finally {
      clearInterval(pump);
      await x.kill(); // kill -9 with the last orders sent still in flight
    }
  } finally {
    await x.kill();
    client?.close();
  }
  try {
    assert.ok(accepted.size >= 3000);
    const again = bourse(['start', '--data', data, '--rate', '0', '--seconds', '1', '--port', '0', '--feed', 'false', '--show', '0'], { timeoutMs: 60_000 });
    assert.equal(again.code, 0, again.stderr);
    const rec = bourse(['replay', '--journal', join(data, 'journal')]);
    assert.equal(rec.code, 0, rec.stderr);
    const end = replayResult(rec.stdout).seq;
    const maxAccepted = Math.max(...accepted.keys());
    assert.ok(maxAccepted <= end, `order ${maxAccepted} was ACCEPTED, the journal ends at ${end}`);
    const j = Journal.open({ dir: join(data, 'journal'), readOnly: true });
    const found = new Map<number, number>();
    try {
      j.replay(Math.min(...accepted.keys()), (r, seq) => {
        if (!accepted.has(seq)) return;
        const cmd = decodeCommand(r) as { type: number; clientOrderId?: number };
        if (cmd.type === Cmd.NewOrder) found.set(seq, cmd.clientOrderId ?? -1);
      }, maxAccepted);
    } finally {
      j.close();
    }
    const missing = [...accepted.keys()].filter((s) => found.get(s) !== accepted.get(s));
    assert.deepEqual(missing, [], `${missing.length} of ${accepted.size} accepted orders not in the journal as sent`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
