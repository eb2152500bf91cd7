// FIX 4.4 on an HA pair (docs/replication.md "FIX on HA nodes"), on a real 3-node NATS cluster:
// jspurefix's initiator logs on to the leader and places orders; more orders are in flight when
// the leader is killed with SIGKILL; the same initiator (its file store) logs on to the new leader,
// whose acceptor holds the replicated session store, and places more orders. The session goes on
// with its FIX numbers (no reset, no too-low number), no ExecutionReport arrives twice, and the
// reports it received are exactly the session's native reports as the new leader rebuilt them from
// the journal (nothing lost); every order answered before the kill or after the reconnect is
// answered once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { skipUnlessNats, haOrderEntrySetup } from '../support/nats.ts';
import { freePorts } from '../support/ports.ts';
import { until } from '../support/wait.ts';
import { FixInitiator, type FixMsg } from '../support/fix-initiator.ts';
import { OrderClient, type Outbound } from '../../server/order-client/index.ts';

const skip = skipUnlessNats();
const field = (m: FixMsg, name: string) => String(m.body[name]);
const reports = (f: FixInitiator) => f.messages.filter((m) => m.type === '8');
const order = (cl: number) => ({ ClOrdID: String(cl), Account: '1', Instrument: { Symbol: 'AAPL' }, Side: '1', TransactTime: new Date(), OrderQtyData: { OrderQty: 10 }, OrdType: '2', Price: 189 - (cl % 7) / 100, TimeInForce: '1' });

test('HA FIX: a jspurefix session resumes on the new leader after kill -9 with its numbers; no report lost or twice', { skip, timeout: 240_000 }, async () => {
  const { root, key, node: gatewayNode, teardown } = await haOrderEntrySetup('bourse-ha-fix-', 7);
  const [gp, gs, fp, fs] = await freePorts(4) as [number, number, number, number];
  const node = (name: string, role: string, gport: number, fport: number) => gatewayNode(name, role, gport, ['--fix-port', String(fport)]);
  const store = join(root, 'initiator-store');
  const initiator = (port: number) => new FixInitiator({ host: '127.0.0.1', port, keyId: key.id, privateKey: key.privateKey, storeDir: store });
  const stopped: FixInitiator[] = [];
  try {
    const P = node('p', 'primary', gp, fp);
    await P.waitFor(new RegExp(`^ha: gateway node=p listening on tcp port ${gp} fix port ${fp}`));
    const S = node('s', 'standby', gs, fs);
    await S.waitFor(/^ha: role=standby/);

    const a = initiator(fp);
    await a.until(() => a.isReady, 'logon to the leader');
    for (let cl = 1; cl <= 5; cl++) a.send('D', order(cl));
    await a.until(() => reports(a).length >= 5, 'five reports from the leader');
    // Five more in flight, then the leader dies.
    for (let cl = 6; cl <= 10; cl++) a.send('D', order(cl));
    P.kill('SIGKILL');
    await P.exited;
    await a.until(() => a.isStopped, 'the initiator to see the connection end', 30_000);
    stopped.push(a);

    await S.waitFor(/^ha: takeover node=s /, 30_000);
    await S.waitFor(new RegExp(`^ha: gateway node=s listening on tcp port ${gs} fix port ${fs}`), 30_000);
    const b = initiator(fs);
    await b.until(() => b.isReady, 'logon to the new leader', 30_000);
    for (let cl = 11; cl <= 15; cl++) b.send('D', order(cl));
    await b.until(() => [11, 12, 13, 14, 15].every((cl) => reports(b).some((m) => field(m, 'ClOrdID') === String(cl))), 'the new leader answers', 30_000).catch((e: Error) => {
      throw new Error(`${e.message}\ninitiator sent:\n${b.sentWire.join('\n')}\nnew leader:\n${S.tailText()}`);
    });
    await b.stop();
    assert.equal(b.error, undefined, `the session ended cleanly: ${b.error?.message}`);

    const all = [...reports(a), ...reports(b)];
    const execIds = all.map((m) => field(m, 'ExecID'));
    assert.equal(new Set(execIds).size, execIds.length, `no report twice: ${execIds.join(' ')}`);
    const seqs = [...a.messages, ...b.messages].map((m) => m.seq);
    assert.deepEqual(seqs, [...seqs].sort((x, y) => x - y), 'the FIX numbers go on across the takeover (no reset)');
    assert.equal(new Set(seqs).size, seqs.length, 'no FIX number twice');
    const answered = (cl: number) => all.filter((m) => field(m, 'ClOrdID') === String(cl)).length;
    for (const cl of [1, 2, 3, 4, 5, 11, 12, 13, 14, 15]) assert.equal(answered(cl), 1, `order ${cl} answered once`);
    for (let cl = 6; cl <= 10; cl++) assert.ok(answered(cl) <= 1, `in-flight order ${cl} answered at most once`);

    // Nothing lost: the session's native reports on the new leader (from the journal) are exactly
    // the FIX reports the initiator got, one for one (ExecID = exchange seq . order id).
    const n = await OrderClient.connect({ host: '127.0.0.1', port: gs, keyId: key.id, privateKey: key.privateKey, lastSeenSeq: 0 });
    const native: Outbound[] = [];
    n.onMessage((m) => native.push(m));
    await until(() => (n.lastSeq === n.loginLastSeq ? true : undefined), 30_000, 'the native resend');
    n.close();
    const nativeIds = native.filter((m): m is Extract<Outbound, { kind: 'executionReport' }> => m.kind === 'executionReport').map((m) => `${m.exchangeSeq}.${m.orderId}`);
    assert.deepEqual([...execIds].sort(), [...nativeIds].sort(), 'every native report reached the FIX session once');
    await S.stop();
  } finally {
    for (const f of stopped) await Promise.race([f.done, new Promise((r) => setTimeout(r, 2000))]);
    await teardown();
  }
});
