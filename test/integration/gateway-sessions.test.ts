/**
 * The order-entry gateway end to end: real threads (core, MDP, gateway), real TCP sessions, real
 * Ed25519 logins. The reject matrix of the session layer, each with its code; engine rejects
 * reported with theirs; resend after a disconnect and after an exchange restart (nothing lost,
 * nothing duplicated, same bytes); cancel-on-disconnect; fills reported to sessions equal the
 * public trades (same trade ids, prices and quantities).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Errors } from '../../server/kernel/errors.ts';
import { decodeMd } from '../../server/mdp/records.ts';
import { generateBrokerKey, signLogin, type Outbound, type OrderClient } from '../../server/order-client/index.ts';
import { brokerKeys, startGatewayExchange, session, RawSession, tempData } from '../support/gateway.ts';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { ReportBook } from '../../server/gateway/reports.ts';
import { loadGatewayState } from '../../server/gateway/state.ts';
import { readSnapshot } from '../../server/sequencer/snapshots.ts';
import { join } from 'node:path';
import type { BrokerKey } from '../../server/order-client/index.ts';

type Report = Extract<Outbound, { kind: 'executionReport' }>;
const AAPL = 1_900_000; // 190.00 at 4 price decimals (tick 100)
const codeOf = (ms: Outbound[], kind: Outbound['kind']) => ms.filter((m) => m.kind === kind).map((m) => (m as { code: number }).code);

function collect(c: OrderClient): Outbound[] {
  const out: Outbound[] = [];
  c.onMessage((m) => out.push(m));
  return out;
}

async function until(cond: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('reject matrix: each refusal of the session layer has its code; engine rejects come back as reports', async () => {
  const keys = brokerKeys(4);
  const [k1, k2, k3, slow] = keys as [typeof keys[0], typeof keys[0], typeof keys[0], typeof keys[0]];
  const x = await startGatewayExchange({ keys, rates: { [slow.id]: 5 }, gateway: { maxMalformed: 3, maxFrame: 1024 } });
  const port = x.gatewayPort!;
  try {
    // no login: any message first is refused
    const a = await RawSession.open(port);
    await a.hello();
    a.send({ kind: 'newOrder', clientOrderId: 1, symbol: 'AAPL', side: 1, ordType: 1, tif: 1, price: AAPL, qty: 10, account: 1 });
    await a.until((ms) => ms.some((m) => m.kind === 'sessionReject'), 'no-login reject');
    assert.deepEqual(codeOf(a.messages, 'sessionReject'), [Errors.GW_NOT_LOGGED_IN.num]);
    a.close();

    // bad signature: signed by another key
    const b = await RawSession.open(port);
    const nb = await b.hello();
    b.send({ kind: 'login', keyId: k1.id, nonce: nb, signature: signLogin(k2.privateKey, nb, k1.id), lastSeenSeq: 0, cancelOnDisconnect: false, version: 1 });
    await b.waitClosed();
    assert.deepEqual(codeOf(b.messages, 'loginRejected'), [Errors.GW_BAD_SIGNATURE.num]);

    // unknown key (its signature is fine: the key is just not registered)
    const stranger = generateBrokerKey(999, 1);
    const c = await RawSession.open(port);
    const nc = await c.hello();
    c.send({ kind: 'login', keyId: 999, nonce: nc, signature: signLogin(stranger.privateKey, nc, 999), lastSeenSeq: 0, cancelOnDisconnect: false, version: 1 });
    await c.waitClosed();
    assert.deepEqual(codeOf(c.messages, 'loginRejected'), [Errors.GW_UNKNOWN_KEY.num]);

    // replayed nonce: a valid login of one connection, replayed word for word on another
    const d = await RawSession.open(port);
    const nd = await d.hello();
    const login = { kind: 'login' as const, keyId: k3.id, nonce: nd, signature: signLogin(k3.privateKey, nd, k3.id), lastSeenSeq: 0, cancelOnDisconnect: false, version: 1 };
    d.send(login);
    await d.until((ms) => ms.some((m) => m.kind === 'loginAccepted'), 'login accepted');
    d.close();
    await new Promise((r) => setTimeout(r, 100));
    const e = await RawSession.open(port);
    await e.hello();
    e.send(login);
    await e.waitClosed();
    assert.deepEqual(codeOf(e.messages, 'loginRejected'), [Errors.GW_NONCE_REPLAYED.num]);

    // wrong sequence number on resend: the session has no report yet
    const f = await RawSession.open(port);
    const nf = await f.hello();
    f.send({ ...login, nonce: nf, signature: signLogin(k3.privateKey, nf, k3.id), lastSeenSeq: 5 });
    await f.waitClosed();
    assert.deepEqual(codeOf(f.messages, 'loginRejected'), [Errors.GW_SEQ_AHEAD.num]);

    // session in use: one connection per key
    const s1 = await session(x, k1);
    await assert.rejects(session(x, k1), (err: Error & { gatewayCode?: number }) => err.gatewayCode === Errors.GW_SESSION_IN_USE.num);

    // malformed frames: a coded SessionReject each, the third closes the session
    const g = await session(x, k2);
    const gm = collect(g);
    g.sendRaw(Uint8Array.from([2, 0, 0, 0, 0xff, 0xff]));
    g.sendRaw(Uint8Array.from([1, 0, 0, 0, 0x07]));
    g.sendRaw(Uint8Array.from([3, 0, 0, 0, 0x0a, 0x05, 0x01]));
    await until(() => g.isClosed, 'closed after 3 malformed frames');
    assert.deepEqual(codeOf(gm, 'sessionReject'), [Errors.GW_MALFORMED_FRAME.num, Errors.GW_MALFORMED_FRAME.num, Errors.GW_TOO_MANY_MALFORMED.num]);

    // oversized frame: refused and closed at once
    const h = await session(x, k2);
    const hm = collect(h);
    h.sendRaw(Uint8Array.from([0x88, 0x13, 0, 0, 1, 2, 3]));
    await until(() => h.isClosed, 'closed after an oversized frame');
    assert.deepEqual(codeOf(hm, 'sessionReject'), [Errors.GW_FRAME_TOO_LARGE.num]);

    // shape errors are refused before the sequencer; engine errors are sequenced reports
    const s1m = collect(s1);
    s1.newOrder({ clientOrderId: 10, symbol: 'AAPL', side: 0, price: AAPL, qty: 10, account: 1 });
    s1.newOrder({ clientOrderId: 11, symbol: 'NOPE', side: 1, price: AAPL, qty: 10, account: 1 });
    s1.newOrder({ clientOrderId: 12, symbol: 'AAPL', side: 1, price: AAPL + 1, qty: 10, account: 1 });
    s1.newOrder({ clientOrderId: 13, symbol: 'AAPL', side: 1, price: AAPL, qty: 10, account: 1 });
    s1.cancel(123456, 'AAPL', 1);
    await until(() => s1m.filter((m) => m.seq > 0).length >= 4, 'four sequenced answers');
    assert.deepEqual(codeOf(s1m, 'sessionReject'), [Errors.GW_BAD_ORDER.num]);
    const reps = s1m.filter((m): m is Report => m.kind === 'executionReport');
    assert.deepEqual(reps.map((r) => [r.clientOrderId, r.execType, r.code]), [[11, 2, Errors.UNKNOWN_SYMBOL.num], [12, 2, Errors.PRICE_OFF_TICK.num], [13, 1, 0]]);
    assert.deepEqual(codeOf(s1m, 'cancelReject'), [Errors.UNKNOWN_ORDER.num]);
    assert.deepEqual(s1m.filter((m) => m.seq > 0).map((m) => m.seq), [1, 2, 3, 4]);

    // over the rate: the firm's bucket holds 5 orders; what is refused names its client order id
    const r = await session(x, slow);
    const rm = collect(r);
    r.cork();
    for (let i = 1; i <= 20; i++) r.newOrder({ clientOrderId: i, symbol: 'AAPL', side: 1, price: AAPL - 100 * i, qty: 1, account: 7 });
    r.uncork();
    await until(() => rm.filter((m) => m.kind === 'sessionReject' || m.kind === 'executionReport').length === 20, 'an answer to each of 20 orders');
    const limited = rm.filter((m) => m.kind === 'sessionReject') as Extract<Outbound, { kind: 'sessionReject' }>[];
    assert.ok(limited.length >= 1);
    assert.ok(limited.every((m) => m.code === Errors.GW_RATE_LIMITED.num && m.clientOrderId >= 1 && m.clientOrderId <= 20 && !m.closing));
    assert.ok(rm.filter((m) => m.kind === 'executionReport').length >= 5);
    s1.close();
    r.close();
  } finally {
    await x.stop();
  }
});

test('resend: after a disconnect, and after an exchange restart, a session gets exactly what it missed (same bytes)', async () => {
  const keys = brokerKeys(2);
  const [ka, kb] = keys as [typeof keys[0], typeof keys[0]];
  const data = tempData();
  let x = await startGatewayExchange({ data, keys });
  let all: Outbound[];
  try {
    const a = await session(x, ka);
    const am = collect(a);
    for (let i = 1; i <= 5; i++) a.newOrder({ clientOrderId: i, symbol: 'AAPL', side: 1, price: AAPL - 100 * i, qty: 100, account: 1 });
    await until(() => am.length === 5, 'five accepted');
    const seen = a.lastSeq;
    a.close();
    // While A is away, B trades against A's resting orders: fills for A happen in its absence.
    const b = await session(x, kb);
    const bm = collect(b);
    b.newOrder({ clientOrderId: 1, symbol: 'AAPL', side: 2, ordType: 2, price: 0, qty: 250, account: 2 });
    await until(() => bm.some((m) => m.kind === 'executionReport' && m.execType === 4), 'B filled');
    const a2 = await session(x, ka, { lastSeenSeq: seen });
    const a2m = collect(a2);
    await until(() => a2.lastSeq === a2.loginLastSeq, 'resend done');
    const missed = a2m.filter((m): m is Report => m.kind === 'executionReport');
    assert.deepEqual(missed.map((m) => m.seq), [6, 7, 8]);
    assert.deepEqual(missed.map((m) => [m.clientOrderId, m.execType, m.lastQty, m.leavesQty]), [[1, 4, 100, 0], [2, 4, 100, 0], [3, 3, 50, 50]]);
    // From zero: the whole stream again, equal to what was delivered live.
    a2.close();
    await new Promise((r) => setTimeout(r, 100));
    const a3 = await session(x, ka);
    const a3m = collect(a3);
    await until(() => a3.lastSeq === a3.loginLastSeq, 'full resend');
    all = a3m;
    assert.deepEqual(a3m, [...am, ...a2m]);
    a3.close();
    b.close();
  } finally {
    await x.stop();
  }
  // The exchange restarts from its journal: the reports are derived again, identical.
  x = await startGatewayExchange({ data, keys });
  try {
    const a4 = await session(x, ka, { lastSeenSeq: 3 });
    const a4m = collect(a4);
    await until(() => a4.lastSeq === a4.loginLastSeq, 'resend after restart');
    assert.equal(a4.loginLastSeq, 8);
    assert.deepEqual(a4m, all.slice(3));
    a4.newOrder({ clientOrderId: 99, symbol: 'MSFT', side: 1, price: 4_100_000, qty: 1, account: 1 });
    await until(() => a4.lastSeq === 9, 'a new report continues the numbering');
    a4.close();
  } finally {
    await x.stop();
  }
});

/** Logs `key` in on a raw connection asking for everything after `lastSeen`; resolves with the frames after Hello once the resend is in. */
async function resendFrames(port: number, key: BrokerKey, lastSeen: number): Promise<{ frames: Uint8Array[]; messages: Outbound[] }> {
  const r = await RawSession.open(port);
  const nonce = await r.hello();
  r.send({ kind: 'login', keyId: key.id, nonce, signature: signLogin(key.privateKey, nonce, key.id), lastSeenSeq: lastSeen, cancelOnDisconnect: false, version: 1 });
  await r.until((ms) => ms.some((m) => m.kind === 'loginAccepted'), 'login accepted');
  const last = (r.messages.find((m) => m.kind === 'loginAccepted') as Extract<Outbound, { kind: 'loginAccepted' }>).lastSeq;
  await r.until((ms) => last === 0 || ms.some((m) => m.seq === last), `resend to ${last}`);
  r.close();
  return { frames: r.frames.slice(1), messages: r.messages.slice(1) };
}

test('restart from the gateway snapshot: only the tail is replayed, and every resend is byte-equal to one after a full replay', async () => {
  const keys = brokerKeys(2);
  const [ka, kb] = keys as [BrokerKey, BrokerKey];
  const data = tempData();
  // A snapshot every 8 inputs: several are taken while the sessions trade.
  let x = await startGatewayExchange({ data, keys, snapshotEvery: 8, gateway: { snapshotInputs: 8 } });
  let lastSeq: number;
  try {
    const a = await session(x, ka);
    const am = collect(a);
    const b = await session(x, kb);
    const bm = collect(b);
    for (let i = 1; i <= 12; i++) a.newOrder({ clientOrderId: i, symbol: 'AAPL', side: 1, price: AAPL - 100 * (i % 4), qty: 100, account: 1 });
    await until(() => am.length === 12, 'A answered');
    for (let i = 1; i <= 6; i++) {
      b.newOrder({ clientOrderId: i, symbol: 'AAPL', side: 2, ordType: 2, price: 0, qty: 150, account: 2 });
      await until(() => bm.some((m) => m.kind === 'executionReport' && m.clientOrderId === i && m.execType === 4), `B ${i} filled`);
    }
    b.newOrder({ clientOrderId: 7, symbol: 'NOPE', side: 2, price: AAPL, qty: 1, account: 2 }); // an engine reject in the tail
    await until(() => bm.some((m) => m.kind === 'executionReport' && m.clientOrderId === 7), 'B 7 rejected');
    // The tail after the newest snapshot must not be empty: one more input if a snapshot landed on the last one.
    await new Promise((r) => setTimeout(r, 300));
    const newest = Math.max(0, ...readdirSync(join(data, 'journal', 'snapshots')).filter((n) => n.startsWith('gw-')).map((n) => Number(n.slice(3, 23))));
    if (newest === x.stats().lastSeq) {
      b.newOrder({ clientOrderId: 8, symbol: 'NOPE', side: 2, price: AAPL, qty: 1, account: 2 });
      await until(() => bm.some((m) => m.kind === 'executionReport' && m.clientOrderId === 8), 'B 8 rejected');
    }
    a.close();
    b.close();
    lastSeq = x.stats().lastSeq;
  } finally {
    await x.stop();
  }
  const snaps = readdirSync(join(data, 'journal', 'snapshots')).filter((n) => n.startsWith('gw-')).sort();
  assert.ok(snaps.length > 0, 'gateway snapshots written');
  // The same journal without the gateway's snapshots: the gateway folds it all (the old way).
  const full = tempData();
  cpSync(data, full, { recursive: true });
  for (const n of snaps) rmSync(join(full, 'journal', 'snapshots', n));

  const resends = async (dir: string) => {
    const y = await startGatewayExchange({ data: dir, keys, snapshotEvery: 8, gateway: { snapshotInputs: 8 } });
    try {
      const port = y.gatewayPort!;
      const out = { recovery: y.recovery, a0: await resendFrames(port, ka, 0), a5: await resendFrames(port, ka, 5), b0: await resendFrames(port, kb, 0), b3: await resendFrames(port, kb, 3) };
      // The orders of before the snapshot are still tracked: a cancel of one is reported with its client order id.
      const a = await session(y, ka, { noResend: true });
      const am = collect(a);
      const resting = out.a0.messages.filter((m): m is Report => m.kind === 'executionReport' && m.execType === 1).map((m) => m.orderId);
      const filled = new Set(out.a0.messages.filter((m): m is Report => m.kind === 'executionReport' && m.execType === 4).map((m) => m.orderId));
      const live = resting.filter((id) => !filled.has(id));
      a.cancel(live[0]!, 'AAPL', 1);
      await until(() => am.some((m) => m.kind === 'executionReport' && m.execType === 5), 'cancel reported');
      const c = am.find((m): m is Report => m.kind === 'executionReport' && m.execType === 5)!;
      a.close();
      return { ...out, cancelled: [c.orderId, c.seq, c.clientOrderId, c.leavesQty] };
    } finally {
      await y.stop();
    }
  };
  const fromSnap = await resends(data);
  const fromAll = await resends(full);
  assert.ok(fromSnap.recovery.gatewaySeq! > 0, 'restored from a gateway snapshot');
  assert.equal(fromSnap.recovery.snapshotSeq, fromSnap.recovery.gatewaySeq, 'the engine started at the gateway snapshot');
  assert.ok(fromSnap.recovery.replayed > 0 && fromSnap.recovery.replayed < lastSeq, `${fromSnap.recovery.replayed} of ${lastSeq} inputs replayed`);
  assert.equal(fromAll.recovery.gatewaySeq, 0);
  assert.equal(fromAll.recovery.replayed, lastSeq, 'without it, the whole journal');
  for (const k of ['a0', 'a5', 'b0', 'b3'] as const) {
    assert.ok(fromSnap[k].frames.length > 1, k);
    assert.deepEqual(Buffer.concat(fromSnap[k].frames), Buffer.concat(fromAll[k].frames), `${k}: same bytes`);
  }
  assert.equal(fromSnap.a0.messages.filter((m) => m.kind === 'executionReport').length, (fromSnap.a0.messages[0] as { lastSeq: number }).lastSeq);
  assert.deepEqual(fromSnap.cancelled.slice(1), fromAll.cancelled.slice(1));
  assert.equal(fromSnap.cancelled[0], fromAll.cancelled[0]);
});

test('snapshots taken with full windows (every report drops the oldest, the copy in slices over many turns): resends equal the live stream, live and after a restart from them, byte-equal to a full replay', async () => {
  const keys = brokerKeys(2);
  const [ka, kb] = keys as [BrokerKey, BrokerKey];
  const data = tempData();
  // 4 KiB windows (~70 reports) and 64-byte slices: a snapshot every 8 inputs is copied over many
  // loop turns while the reports of the burst below drop frames it has not copied yet.
  const gateway = { snapshotInputs: 8, resendBytes: 4096, snapshotSliceBytes: 64 };
  let x = await startGatewayExchange({ data, keys, snapshotEvery: 8, gateway });
  const live = new Map<number, Report[]>();
  try {
    const a = await session(x, ka);
    const am = collect(a);
    const b = await session(x, kb);
    const bm = collect(b);
    for (let round = 0; round < 4; round++) {
      for (let i = 1; i <= 60; i++) a.newOrder({ clientOrderId: round * 100 + i, symbol: 'AAPL', side: 1, price: AAPL - 100 * (1 + (i % 3)), qty: 10, account: 1 });
      for (let i = 1; i <= 20; i++) b.newOrder({ clientOrderId: round * 100 + i, symbol: 'AAPL', side: 2, ordType: 2, tif: 2, price: 0, qty: 25, account: 2 });
      await until(() => bm.filter((m) => m.kind === 'executionReport' && (m.execType === 1 || m.execType === 2)).length === 20 * (round + 1), `round ${round} answered`);
    }
    await until(() => am.filter((m) => m.kind === 'executionReport' && m.execType === 1).length === 240, 'A answered');
    await new Promise((r) => setTimeout(r, 300)); // the last snapshot written
    live.set(ka.id, am.filter((m): m is Report => m.kind === 'executionReport'));
    live.set(kb.id, bm.filter((m): m is Report => m.kind === 'executionReport'));
    for (const [k, ms] of live) assert.deepEqual(ms.map((m) => m.seq), ms.map((_, i) => i + 1), `session ${k}: every report once, in order`);
    // Live: a resend from inside the window equals what was delivered (a key has one session at a time).
    a.close();
    b.close();
    await new Promise((r) => setTimeout(r, 100));
    for (const k of [ka, kb]) {
      const ms = live.get(k.id)!;
      const r = await resendFrames(x.gatewayPort!, k, ms.length - 40);
      assert.deepEqual(r.messages.filter((m) => m.kind === 'executionReport'), ms.slice(-40), `session ${k.id}: live resend`);
    }
  } finally {
    await x.stop();
  }
  const dir = join(data, 'journal', 'snapshots');
  const snaps = readdirSync(dir).filter((n) => n.startsWith('gw-')).sort();
  assert.ok(snaps.length > 0, 'gateway snapshots written');
  const newest = new ReportBook({ resendBytes: 4096, sink: () => undefined });
  loadGatewayState(newest, readSnapshot(join(dir, snaps.at(-1)!)).bytes, 'newest', 4096);
  assert.ok(newest.log(ka.id).firstSeq > 1 && newest.log(kb.id).firstSeq > 1, 'the newest snapshot holds full windows (the oldest frames dropped)');
  const full = tempData();
  cpSync(data, full, { recursive: true });
  for (const n of snaps) rmSync(join(full, 'journal', 'snapshots', n));
  const resends = async (from: string) => {
    const y = await startGatewayExchange({ data: from, keys, snapshotEvery: 8, gateway });
    try {
      const out: { recovery: typeof y.recovery; frames: Map<number, Uint8Array[]> } = { recovery: y.recovery, frames: new Map() };
      for (const k of [ka, kb]) {
        const ms = live.get(k.id)!;
        const r = await resendFrames(y.gatewayPort!, k, ms.length - 40);
        assert.deepEqual(r.messages.filter((m) => m.kind === 'executionReport'), ms.slice(-40), `session ${k.id}: resend after the restart equals the live stream`);
        out.frames.set(k.id, r.frames);
      }
      return out;
    } finally {
      await y.stop();
    }
  };
  const fromSnap = await resends(data);
  const fromAll = await resends(full);
  assert.ok(fromSnap.recovery.gatewaySeq! > 0, 'restored from a gateway snapshot');
  assert.equal(fromAll.recovery.gatewaySeq, 0);
  for (const k of [ka, kb]) assert.deepEqual(Buffer.concat(fromSnap.frames.get(k.id)!), Buffer.concat(fromAll.frames.get(k.id)!), `session ${k.id}: same bytes as a full replay`);
});

test('cancel-on-disconnect: the gateway sequences cancels of every live order of the session when it goes', async () => {
  const keys = brokerKeys(2);
  const [ka, kb] = keys as [typeof keys[0], typeof keys[0]];
  const x = await startGatewayExchange({ keys });
  try {
    const a = await session(x, ka, { cancelOnDisconnect: true });
    const am = collect(a);
    const lot = a.instruments.get('NVDA')!.lot;
    for (let i = 1; i <= 3; i++) a.newOrder({ clientOrderId: i, symbol: 'NVDA', side: 2, price: 4_800_000 + 100 * i, qty: lot, account: 4 });
    await until(() => am.length === 3, 'answered');
    assert.deepEqual(am.map((m) => m.kind === 'executionReport' && m.execType), [1, 1, 1]);
    const b = await session(x, kb); // no cancel-on-disconnect: its order survives its disconnect
    const bm = collect(b);
    b.newOrder({ clientOrderId: 1, symbol: 'NVDA', side: 1, price: 4_790_000, qty: lot, account: 5 });
    await until(() => bm.length === 1, 'B accepted');
    const nvda = a.instruments.get('NVDA')!.symbolId;
    // The public book (MDP thread -> main) may trail the reports: see the orders there first.
    await until(() => x.market.depth(nvda, 2).length === 3 && x.market.depth(nvda, 1).length === 1, 'the orders in the public book');
    a.close();
    b.close();
    await until(() => x.market.depth(nvda, 2).length === 0, 'asks gone from the public book');
    assert.deepEqual(x.market.depth(nvda, 1).map((l) => [l.price, l.qty]), [[4_790_000, lot]]);
    const back = await session(x, ka, { lastSeenSeq: 3 });
    const backm = collect(back);
    await until(() => back.lastSeq === back.loginLastSeq, 'resend');
    assert.deepEqual(backm.map((m) => m.kind === 'executionReport' && [m.clientOrderId, m.execType, m.cancelReason]), [[1, 5, 1], [2, 5, 1], [3, 5, 1]]);
    back.close();
  } finally {
    await x.stop();
  }
});

test('fills reported to sessions equal the public trades: same trade ids, prices, quantities', async () => {
  const keys = brokerKeys(3);
  const trades = new Map<number, [number, number]>();
  const x = await startGatewayExchange({
    keys,
    listeners: [(f64, i32, first, count) => {
      for (let k = first; k < first + count; k++) {
        const r = decodeMd(f64, i32, k);
        if (r.type === 2) trades.set(r.tradeId, [r.price, r.qty]);
      }
    }],
  });
  try {
    const cs = await Promise.all(keys.map((k) => session(x, k)));
    const fills = new Map<number, [number, number]>();
    const reports: Report[] = [];
    for (const c of cs) c.onMessage((m) => {
      if (m.kind !== 'executionReport') return;
      reports.push(m);
      if (m.execType === 3 || m.execType === 4) {
        const prev = fills.get(m.tradeId);
        if (prev) assert.deepEqual(prev, [m.lastPrice, m.lastQty], `both sides of trade ${m.tradeId} agree`);
        fills.set(m.tradeId, [m.lastPrice, m.lastQty]);
      }
    });
    // One order at a time, each answered before the next: the book, hence the number of trades, is
    // the same in every run (sessions sending at once would interleave differently each run).
    const answered = () => reports.filter((r) => r.execType === 1 || r.execType === 2).length;
    let id = 0;
    for (let round = 0; round < 40; round++) {
      for (let i = 0; i < cs.length; i++) {
        const side = (round + i) % 2 === 0 ? 1 : 2;
        cs[i]!.newOrder({ clientOrderId: ++id, symbol: 'AAPL', side, price: AAPL + 100 * ((round * 7 + i * 3) % 5 - 2), qty: 10 * (1 + ((round + i) % 4)), account: 10 + i, tif: round % 5 === 0 ? 2 : 1 });
        await until(() => answered() === id, `order ${id} answered`);
      }
    }
    // The public trades come through the MDP thread and the main thread: they may trail the reports.
    await until(() => [...fills.keys()].every((id) => trades.has(id)), 'every reported trade in the public feed');
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(fills.size > 10, `${fills.size} trades`);
    assert.deepEqual([...fills.entries()].sort((a, b) => a[0] - b[0]), [...trades.entries()].sort((a, b) => a[0] - b[0]));
    for (const c of cs) c.close();
  } finally {
    await x.stop();
  }
});
