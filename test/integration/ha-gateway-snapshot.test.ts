// Local snapshots of an HA node with a gateway (docs/replication.md "Restart from local
// snapshots"), on a real 3-node NATS cluster: a leader answers a broker's orders while it and its
// standby write engine + MDP + gateway snapshots every 40 inputs; the standby is killed and
// restarts from its own, follows, and its state equals a full replay; then the leader: kill -9;
// the same node restarts, restores all
// three from its newest gateway snapshot and replays only the journal's tail; the broker's full
// resend equals, report for report, what it received before the kill; an order placed before the
// snapshot is still cancellable; new orders continue the numbers; the engine's state at stop equals
// a full `bourse replay` of the journal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { replayHashes, skipUnlessNats, haOrderEntrySetup } from '../support/nats.ts';
import { freePorts } from '../support/ports.ts';
import { until } from '../support/wait.ts';
import { OrderClient, type Outbound } from '../../server/order-client/index.ts';
import { ExecType } from '../../server/protocol/order-entry.ts';

const skip = skipUnlessNats();
type Report = Extract<Outbound, { kind: 'executionReport' }>;
const AAPL = 1_900_000;
const EVERY = 40;

test('HA node with a gateway: restart after kill -9 from local engine + MDP + gateway snapshots, replaying only the tail; resends equal', { skip, timeout: 240_000 }, async () => {
  const { root, key, node, teardown } = await haOrderEntrySetup('bourse-ha-gwsnap-');
  const [gp] = await freePorts(1) as [number];
  const data = join(root, 'p');
  const [gs] = await freePorts(1) as [number];
  const dataS = join(root, 's');
  const start = (name: string, role = 'primary') => {
    const s = role === 'standby';
    return node(s ? 's' : 'p', role, s ? gs : gp, [], { BOURSE_HA_LOCAL_SNAPSHOT_EVERY: String(EVERY) }, name);
  };
  const connect = async (lastSeenSeq: number) => {
    const cl = await OrderClient.connect({ host: '127.0.0.1', port: gp, keyId: key.id, privateKey: key.privateKey, lastSeenSeq });
    const seen: Outbound[] = [];
    cl.onMessage((m) => seen.push(m));
    await until(() => (cl.lastSeq === cl.loginLastSeq ? true : undefined), 30_000, 'the resend');
    return { cl, seen, reports: () => seen.filter((m): m is Report => m.kind === 'executionReport') };
  };
  try {
    const P = start('p1');
    await P.waitFor(/^ha: gateway node=p listening on tcp port (\d+)/);
    const S = start('s1', 'standby');
    await S.waitFor(/^ha: role=standby/);
    const a = await connect(0);
    // 150 orders: resting buys, and every 5th an IOC sell that trades with the best of them.
    for (let i = 1; i <= 150; i++) {
      if (i % 5 === 0) a.cl.newOrder({ clientOrderId: i, symbol: 'AAPL', side: 2, price: AAPL - 500, qty: 50, account: 1, tif: 2 });
      else a.cl.newOrder({ clientOrderId: i, symbol: 'AAPL', side: 1, price: AAPL - 100 * (1 + (i % 4)), qty: 100, account: 1 });
    }
    await until(() => ([...Array(150).keys()].every((k) => a.reports().some((m) => m.clientOrderId === k + 1)) ? true : undefined), 60_000, 'answers to 150 orders');
    const snaps = join(data, 'journal', 'snapshots');
    await until(() => (existsSync(snaps) && readdirSync(snaps).some((f) => /^gw-\d+\.bin$/.test(f)) ? true : undefined), 30_000, 'a gateway snapshot');
    const firstResting = a.reports().find((m) => m.execType === ExecType.Accepted && m.clientOrderId === 1)!;

    // The standby writes its own (as it applies the log); kill -9 and restart it: it restores them and follows.
    const snapsS = join(dataS, 'journal', 'snapshots');
    // The engine + MDP files come from the node's writer thread, after the gateway's: wait for all three kinds.
    const allKinds = (dir: string) => existsSync(dir) && [/^gw-\d+\.bin$/, /^snap-\d+\.bin$/, /^mdp-\d+\.bin$/].every((re) => readdirSync(dir).some((f) => re.test(f)));
    await until(() => (allKinds(snapsS) ? true : undefined), 30_000, 'gateway, engine and MDP snapshots on the standby');
    S.kill('SIGKILL');
    await S.exited;
    const S2 = start('s2', 'standby');
    const ms = await S2.waitFor(/^ha: node=s restarted from local snapshots: gateway (\d+), engine (\d+), mdp (\d+)/);
    assert.ok(Number(ms[1]) > 0 && Number(ms[3]) > 0, ms[0]);
    await S2.waitFor(/^ha: role=standby/);
    await S2.waitApplied(P.statusSeq, 30_000);
    const hs = await S2.stop();
    assert.equal(/state=(\S+)/.exec(hs)![1], /state=(\S+)/.exec(replayHashes(join(dataS, 'journal')))![1], 'the standby from its snapshots equals a full replay of its journal');

    await until(() => (allKinds(snaps) ? true : undefined), 30_000, 'gateway, engine and MDP snapshots on the leader');
    P.kill('SIGKILL');
    await P.exited;
    const before = a.reports().slice();
    const lastSeen = a.cl.lastSeq;
    a.cl.close();
    const gwFiles = readdirSync(snaps).filter((f) => /^gw-\d+\.bin$/.test(f));
    assert.ok(gwFiles.length >= 1 && gwFiles.length <= 3, `the gateway keeps its newest 3: ${gwFiles.join(' ')}`);

    const Q = start('p2');
    const m = await Q.waitFor(/^ha: node=p restarted from local snapshots: gateway (\d+), engine (\d+), mdp (\d+)/);
    const [g, e, md] = [Number(m[1]), Number(m[2]), Number(m[3])];
    assert.ok(g > 0 && e > 0 && e <= g && md > 0, m[0]);
    const r = await Q.waitFor(/^ha: node=p recovered journal to seq (\d+) \(snapshot (\d+) \+ (\d+) replayed/);
    const [end, replayed] = [Number(r[1]), Number(r[3])];
    assert.equal(replayed, end - e, 'only the tail after the engine snapshot is replayed');
    assert.ok(replayed < end, `${replayed} of ${end} inputs replayed`);
    await Q.waitFor(/^ha: gateway node=p listening on tcp port (\d+)/);

    // From zero: every report the broker had, equal; then from its last seen number: nothing more but live.
    const z = await connect(0);
    assert.deepEqual(z.reports().slice(0, before.length), before);
    z.cl.close();
    const b = await connect(lastSeen);
    // The first order (rested before the snapshot, unless filled) is still the session's to cancel.
    const live = !before.some((x) => x.orderId === firstResting.orderId && (x.execType === ExecType.Fill || x.execType === ExecType.Cancelled));
    if (live) {
      b.cl.cancel(firstResting.orderId, 'AAPL', 1);
      await until(() => (b.reports().some((x) => x.orderId === firstResting.orderId && x.execType === ExecType.Cancelled) ? true : undefined), 30_000, 'the cancel of an order from before the snapshot');
    }
    b.cl.newOrder({ clientOrderId: 151, symbol: 'AAPL', side: 1, price: AAPL - 100, qty: 100, account: 1 });
    await until(() => (b.reports().some((x) => x.clientOrderId === 151) ? true : undefined), 30_000, 'a new order after the restart');
    const after = b.reports();
    assert.deepEqual(after.map((x) => x.seq), Array.from({ length: after.length }, (_, i) => lastSeen + 1 + i), 'the numbers continue');
    b.cl.close();
    const hashes = await Q.stop();
    assert.match(hashes, /^state=\S+$/, 'a life from snapshots prints the state hash only');
    assert.equal(/state=(\S+)/.exec(hashes)![1], /state=(\S+)/.exec(replayHashes(join(data, 'journal')))![1], 'the engine from snapshots equals a full replay');
  } finally {
    await teardown();
  }
});
