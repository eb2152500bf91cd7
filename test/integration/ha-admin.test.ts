// The admin channel of an HA pair (docs/replication.md "Order entry and the admin channel"): on a
// real 3-node NATS cluster, `bourse accounts` registers a firm and accounts on the leader (sequenced
// and replicated like orders); the standby refuses with ADMIN_NOT_LEADER naming the leader and its
// admin socket; after kill -9 of the leader the new leader lists the same accounts, rejects an
// order of the account whose KYC is pending with ACCOUNT_KYC_PENDING, and serves admin commands
// itself (the KYC set to verified lets the same account trade). /metrics of each leader counts
// the orders its gateway answered in bourse_order_ack_latency_seconds{from="receipt"}, the
// ack_latency SLO counts them, and `bourse status` prints the line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { skipUnlessNats, haOrderEntrySetup } from '../support/nats.ts';
import { freePorts } from '../support/ports.ts';
import { until } from '../support/wait.ts';
import { Running } from '../support/fs-faults.ts';
import { OrderClient, type Outbound } from '../../server/order-client/index.ts';
import { ExecType } from '../../server/protocol/order-entry.ts';
import { Errors } from '../../server/kernel/errors.ts';
import { Kyc } from '../../server/engine/commands.ts';
import { parseExposition } from '../../server/apps/commands/status.ts';

const skip = skipUnlessNats();
type Report = Extract<Outbound, { kind: 'executionReport' }>;
const AAPL = 1_900_000;

type Scrape = ReturnType<typeof parseExposition>;
const scrape = async (url: string): Promise<Scrape> => parseExposition(await (await fetch(`${url}/metrics`)).text());
const value = (s: Scrape, name: string, labels: Record<string, string> = {}) =>
  s.find((v) => v.name === name && Object.entries(labels).every(([k, l]) => v.labels[k] === l))?.value;

/** The receipt histogram and the ack SLO of the node at `url` both count `n` answered orders; bourse status shows them. */
async function receipts(url: string, n: number): Promise<void> {
  const s = await until(async () => {
    const v = await scrape(url);
    return value(v, 'bourse_slo_events_total', { slo: 'ack_latency' }) === n ? v : undefined;
  }, 30_000, `the SLO probe to count ${n} acks`, 250);
  assert.equal(value(s, 'bourse_order_ack_latency_seconds_count', { from: 'receipt' }), n);
  assert.equal(value(s, 'bourse_order_ack_latency_seconds_bucket', { from: 'receipt', le: '+Inf' }), n);
  assert.ok(value(s, 'bourse_order_ack_latency_seconds_count', { from: 'stamp' })! >= n, 'the leader\'s own stamp -> release series');
  assert.equal(value(s, 'bourse_ha_leading'), 1);
  assert.equal(value(s, 'bourse_core_up'), 1);
  const st = await cli(['status', '--url', url, '--interval', '0']);
  assert.equal(st.code, 0, st.stderr);
  assert.match(st.stdout, new RegExp(`order ack \\(receipt -> ack\\) .* ${n}$`, 'm'));
  assert.match(st.stdout, /ack_latency /);
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = new Running(args);
  const code = await r.status(60_000);
  return { code: code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** One order from `account`; resolves with its ACCEPTED or REJECTED report. */
async function order(c: OrderClient, seen: Outbound[], clientOrderId: number, account: number): Promise<Report> {
  c.newOrder({ clientOrderId, symbol: 'AAPL', side: 1, price: AAPL - 100, qty: 100, account });
  return until(() => seen.find((m): m is Report => m.kind === 'executionReport' && m.clientOrderId === clientOrderId && (m.execType === ExecType.Accepted || m.execType === ExecType.Rejected)), 30_000, `the answer to order ${clientOrderId}`);
}

test('HA admin channel: accounts added on the leader survive its kill -9; the standby refuses naming the leader; the new leader serves KYC and its checks', { skip, timeout: 240_000 }, async () => {
  const { root, key, node, teardown } = await haOrderEntrySetup('bourse-ha-admin-');
  const [gp, gs] = await freePorts(2) as [number, number];
  const dp = join(root, 'p');
  const ds = join(root, 's');
  try {
    const P = node('p', 'primary', gp);
    await P.waitFor(/^ha: gateway node=p listening on tcp port (\d+)/);
    const urlP = (await P.waitFor(/^ha: dashboard (http:\/\/\S+)\//))[1]!;
    assert.equal(value(await scrape(urlP), 'bourse_order_ack_latency_seconds_count', { from: 'receipt' }), 0, 'no order yet');
    const S = node('s', 'standby', gs);
    await S.waitFor(/^ha: role=standby/);

    let r = await cli(['accounts', 'add', '--data', dp, '--firm', '1']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^firm 1 registered \(seq \d+\)/);
    r = await cli(['accounts', 'add', '--data', dp, '--firm', '1', '--account', '1', '--kyc', 'verified', '--cash', '1000000000000']);
    assert.equal(r.code, 0, r.stderr);
    r = await cli(['accounts', 'add', '--data', dp, '--firm', '1', '--account', '2', '--cash', '1000000000000']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /account 2 of firm 1 registered, KYC pending/);
    const onLeader = JSON.parse((await cli(['accounts', 'list', '--data', dp, '--json'])).stdout);
    assert.deepEqual(onLeader.accounts.map((a: { account: number; kyc: number }) => [a.account, a.kyc]), [[1, Kyc.Verified], [2, Kyc.Pending]]);

    // The standby's socket answers, with a refusal that names the leader and where to go.
    r = await cli(['accounts', 'list', '--data', ds, '--follow', 'false']);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /^bourse accounts list: ADMIN_NOT_LEADER: .*: node s is standby: the leader is node p \(admin socket /);
    assert.ok(r.stderr.includes(resolve(dp, 'admin.sock')), r.stderr);
    r = await cli(['accounts', 'kyc', '--data', ds, '--account', '2', '--status', 'verified', '--follow', 'false']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ADMIN_NOT_LEADER/);
    // By default the CLI follows that refusal to the leader, once, and says who answered.
    r = await cli(['accounts', 'list', '--data', ds, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), onLeader);
    assert.equal(r.stderr, `bourse accounts: answered by node p (${resolve(dp, 'admin.sock')})\n`);

    const a = await OrderClient.connect({ host: '127.0.0.1', port: gp, keyId: key.id, privateKey: key.privateKey });
    const seenA: Outbound[] = [];
    a.onMessage((m) => seenA.push(m));
    assert.equal((await order(a, seenA, 1, 1)).execType, ExecType.Accepted);
    const pending = await order(a, seenA, 2, 2);
    assert.deepEqual([pending.execType, pending.code], [ExecType.Rejected, Errors.ACCOUNT_KYC_PENDING.num]);
    a.close();
    await receipts(urlP, 2);
    const sp = await scrape(urlP);
    assert.ok(value(sp, 'bourse_slo_events_total', { slo: 'order_entry_availability' })! > 0);
    assert.equal(value(sp, 'bourse_slo_bad_events_total', { slo: 'order_entry_availability' }), 0, 'the boot is not counted; the leader doing its job is available');

    P.kill('SIGKILL');
    await P.exited;
    await S.waitFor(/^ha: takeover node=s /, 30_000);
    await S.waitFor(/^ha: gateway node=s listening on tcp port (\d+)/, 30_000);

    // Both nodes' directories: the dead leader's stale socket is passed over, the new leader answers.
    r = await cli(['accounts', 'list', '--data', `${dp},${ds}`, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, `bourse accounts: answered by node s (${resolve(ds, 'admin.sock')})\n`);
    const onNew = JSON.parse(r.stdout);
    assert.deepEqual(onNew.firms, onLeader.firms);
    assert.deepEqual(onNew.accounts.map((x: { account: number; firm: number; kyc: number }) => [x.account, x.firm, x.kyc]), [[1, 1, Kyc.Verified], [2, 1, Kyc.Pending]]);
    assert.equal(onNew.accounts[1].cash, 1e12);
    assert.equal(onNew.accounts[0].openOrders, 1, 'the order accepted on the old leader rests on the new one, its hold with it');

    const b = await OrderClient.connect({ host: '127.0.0.1', port: gs, keyId: key.id, privateKey: key.privateKey, noResend: true });
    const seenB: Outbound[] = [];
    b.onMessage((m) => seenB.push(m));
    const again = await order(b, seenB, 3, 2);
    assert.deepEqual([again.execType, again.code], [ExecType.Rejected, Errors.ACCOUNT_KYC_PENDING.num], 'the non-KYC account is rejected with its code on the new leader');
    r = await cli(['accounts', 'kyc', '--data', ds, '--account', '2', '--status', 'verified']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^account 2 KYC verified \(seq \d+\)/);
    assert.equal((await order(b, seenB, 4, 2)).execType, ExecType.Accepted, 'the new leader sequenced the KYC change');
    b.close();
    // The standby's gateway never listened before the takeover: its receipts are the new leader's 2 orders.
    await receipts((await S.waitFor(/^ha: dashboard (http:\/\/\S+)\//))[1]!, 2);
    await S.stop();
  } finally {
    await teardown();
  }
});
