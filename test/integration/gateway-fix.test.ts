/**
 * The FIX 4.4 acceptor (server/gateway/fix.ts) against jspurefix's initiator: real processes (the
 * exchange is `bourse start --gateway-port 0 --fix-port P` in a child process), real TCP. One
 * session logs on with its Ed25519 key, places orders (accepted, filled by a native session's
 * order), cancels, replaces, gets a cancel reject; then reconnects with its file store after
 * reports it missed and asks for a resend; then the exchange restarts and the session resumes
 * with its FIX sequence numbers and resends from the acceptor's store.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, connect, type Socket } from 'node:net';
import { randomBytes, sign } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { bourse, bourseSpawn } from '../support/cli.ts';
import { FixInitiator, type FixMsg } from '../support/fix-initiator.ts';
import { startGatewayExchange, tempData, session } from '../support/gateway.ts';
import { fixLogonPayload } from '../../server/gateway/fix.ts';
import { generateBrokerKey, exchangeKeyEntry, OrderClient, type BrokerKey } from '../../server/order-client/index.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

interface Running {
  proc: ChildProcess;
  gatewayPort: number;
  out: string[];
}

async function startExchange(data: string, keys: string, fixPort: number): Promise<Running> {
  const proc = bourseSpawn(['start', '--data', data, '--rate', '0', '--port', '0', '--feed', 'false', '--gateway-port', '0', '--fix-port', String(fixPort), '--keys', keys, '--fsync', 'false']);
  const out: string[] = [];
  let text = '';
  const gatewayPort = await new Promise<number>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`exchange did not start: ${text}`)), 60_000);
    const on = (c: Buffer) => {
      text += c.toString();
      const m = /order-entry gateway on tcp port (\d+)/.exec(text);
      if (m && text.includes('FIX 4.4 acceptor on tcp port')) {
        clearTimeout(t);
        resolve(Number(m[1]));
      }
    };
    proc.stdout!.on('data', on);
    proc.stderr!.on('data', on);
    proc.once('exit', (code) => reject(new Error(`exchange exited ${code}: ${text}`)));
  });
  proc.stdout!.on('data', (c: Buffer) => out.push(c.toString()));
  return { proc, gatewayPort, out };
}

async function stopExchange(r: Running): Promise<void> {
  if (r.proc.exitCode !== null) return;
  const exited = new Promise((res) => r.proc.once('exit', res));
  r.proc.kill('SIGINT');
  await exited;
}

const reports = (f: FixInitiator, type = '8') => f.messages.filter((m) => m.type === type);
const field = (m: FixMsg, name: string) => String(m.body[name]);

function order(clOrdId: number, side: '1' | '2', qty: number, price: string, extra: Record<string, unknown> = {}) {
  return { ClOrdID: String(clOrdId), Account: '1', Instrument: { Symbol: 'AAPL' }, Side: side, TransactTime: new Date(), OrderQtyData: { OrderQty: qty }, OrdType: '2', Price: Number(price), TimeInForce: '1', ...extra };
}

test('a jspurefix FIX 4.4 session: logon, accepted, fill, cancel, replace, cancel reject, resend after reconnect, store across a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fix-'));
  const fixKey: BrokerKey = generateBrokerKey(7, 1);
  const nativeKey: BrokerKey = generateBrokerKey(8, 2);
  const keys = join(dir, 'keys.json');
  writeFileSync(keys, JSON.stringify({ keys: [exchangeKeyEntry(fixKey, 0), exchangeKeyEntry(nativeKey, 0)] }));
  const data = join(dir, 'data');
  const fixPort = await freePort();
  const initiatorStore = join(dir, 'initiator-store');
  const fix = (heartBtInt = 30) => new FixInitiator({ host: '127.0.0.1', port: fixPort, keyId: fixKey.id, privateKey: fixKey.privateKey, storeDir: initiatorStore, heartBtInt });
  let x = await startExchange(data, keys, fixPort);
  try {
    // ---- logon and the order life cycle
    let f = fix();
    await f.until(() => f.isReady, 'logon');
    f.send('D', order(1, '1', 100, '189.00'));
    await f.until(() => reports(f).length >= 1, 'the first report');
    const acc = reports(f)[0]!;
    assert.equal(field(acc, 'ExecType'), '0');
    assert.equal(field(acc, 'OrdStatus'), '0');
    assert.equal(field(acc, 'ClOrdID'), '1');
    const restingId = field(acc, 'OrderID');
    // A native session sells 40 into it: the FIX session sees a partial fill with its trade id.
    const native = await OrderClient.connect({ host: '127.0.0.1', port: x.gatewayPort, keyId: nativeKey.id, privateKey: nativeKey.privateKey, noResend: true });
    native.newOrder({ symbol: 'AAPL', side: 2, price: 1_890_000, qty: 40, account: 2, tif: 2 });
    await f.until(() => reports(f).length >= 2, 'the fill');
    const fill = reports(f)[1]!;
    assert.equal(field(fill, 'ExecType'), 'F');
    assert.equal(field(fill, 'OrdStatus'), '1');
    assert.equal(Number(fill.body.LastQty), 40);
    assert.equal(Number(fill.body.LastPx), 189);
    assert.equal(Number(fill.body.LeavesQty), 60);
    assert.equal(Number(fill.body.CumQty), 40);
    assert.ok(Number(fill.body.SecondaryExecID) > 0);
    // Replace the rest (qty 50 @ 188.50), then cancel it.
    f.send('G', { OrigClOrdID: '1', ClOrdID: '2', Account: '1', Instrument: { Symbol: 'AAPL' }, Side: '1', TransactTime: new Date(), OrderQtyData: { OrderQty: 50 }, OrdType: '2', Price: 188.5 });
    await f.until(() => reports(f).length >= 3, 'the replace');
    const rep = reports(f)[2]!;
    assert.equal(field(rep, 'ExecType'), '5');
    assert.equal(Number(rep.body.Price), 188.5);
    assert.equal(field(rep, 'OrderID'), restingId);
    f.send('F', { OrigClOrdID: '1', ClOrdID: '3', Instrument: { Symbol: 'AAPL' }, Side: '1', TransactTime: new Date(), OrderQtyData: { OrderQty: 50 } });
    await f.until(() => reports(f).length >= 4, 'the cancel');
    assert.equal(field(reports(f)[3]!, 'ExecType'), '4');
    assert.equal(field(reports(f)[3]!, 'OrdStatus'), '4');
    // Cancelling it again: OrderCancelReject (the gateway no longer tracks it).
    f.send('F', { OrigClOrdID: '1', ClOrdID: '4', Instrument: { Symbol: 'AAPL' }, Side: '1', TransactTime: new Date(), OrderQtyData: { OrderQty: 50 } });
    await f.until(() => reports(f, '9').length >= 1, 'the cancel reject');
    const cxr = reports(f, '9')[0]!;
    assert.equal(field(cxr, 'CxlRejResponseTo'), '1');
    assert.match(field(cxr, 'Text'), /^1262 FIX_UNKNOWN_ORDER/);
    // An order the engine refuses (off tick): ExecutionReport rejected, the registry's code in Text.
    f.send('D', order(5, '1', 10, '189.00001'));
    await f.until(() => reports(f).length >= 5, 'the reject');
    assert.equal(field(reports(f)[4]!, 'OrdStatus'), '8');
    // A resting buy left behind when the session logs out.
    f.send('D', order(8, '1', 10, '187.50'));
    await f.until(() => reports(f).length >= 6, 'the resting order');
    const seqsBefore = f.messages.map((m) => m.seq);
    await f.stop();

    // ---- reports made while the session is away are sent at the next logon (new numbers, not resends)
    const nativeSeq = native.lastSeq;
    native.newOrder({ symbol: 'AAPL', side: 2, price: 1_875_000, qty: 10, account: 2, tif: 2 });
    native.newOrder({ symbol: 'AAPL', side: 1, price: 1_880_000, qty: 10, account: 2 });
    // The sell's accepted + fill and the buy's accepted: the FIX session's fill exists before it logs on.
    for (let i = 0; i < 200 && native.lastSeq < nativeSeq + 3; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(native.lastSeq, nativeSeq + 3);
    f = fix();
    await f.until(() => f.isReady, 'the second logon');
    await f.until(() => reports(f).some((m) => field(m, 'ClOrdID') === '8'), 'the fill made while away');
    const away = reports(f).find((m) => field(m, 'ClOrdID') === '8')!;
    assert.equal(field(away, 'ExecType'), 'F');
    assert.equal(Number(away.body.LastPx), 187.5);
    assert.ok(!away.possDup);
    assert.ok(f.messages.every((m) => m.seq > Math.max(...seqsBefore)));
    f.send('D', order(6, '2', 10, '188.00'));
    await f.until(() => reports(f).some((m) => field(m, 'ExecType') === 'F'), 'the fill of the second connection');
    await f.stop();
    await native.close();

    // A session store of the initiator that lost its tail (it saw fewer messages than were sent):
    // its Logon's answer is ahead, so it asks for a resend and gets the messages again (PossDupFlag).
    await stopExchange(x);
    x = await startExchange(data, keys, fixPort);
    const lastSeqBefore = Math.max(...f.messages.map((m) => m.seq));
    await rewindInitiatorStore(initiatorStore, 3, f.lastSentSeq);
    f = fix();
    await f.until(() => f.isReady, 'the logon after the restart');
    await f.until(() => f.messages.filter((m) => m.possDup).length >= 1, 'resent messages');
    const resent = f.messages.filter((m) => m.possDup);
    assert.ok(resent.every((m) => m.seq <= lastSeqBefore));
    // The acceptor's numbers went on across the restart: nothing new reused an old number.
    f.send('D', order(7, '1', 10, '187.00'));
    await f.until(() => reports(f).some((m) => field(m, 'ClOrdID') === '7'), 'an order after the restart');
    const after = reports(f).find((m) => field(m, 'ClOrdID') === '7')!;
    assert.ok(after.seq > lastSeqBefore);
    assert.ok(!after.possDup);
    await f.stop();
  } finally {
    await stopExchange(x);
  }
});

/** Makes the initiator's file store believe it received `n` fewer messages than it did (a lost tail). */
async function rewindInitiatorStore(dir: string, n: number, lastSent: number): Promise<void> {
  const file = join(dir, 'FIX.4.4-7-BOURSE.seqnums');
  // jspurefix writes its store after the session ends: wait until it holds the Logout's number.
  const next = () => (existsSync(file) ? Number(readFileSync(file, 'utf8').split(':')[0]) : 0);
  for (let i = 0; i < 100 && next() <= lastSent; i++) await new Promise((r) => setTimeout(r, 50));
  assert.equal(next(), lastSent + 1, 'jspurefix file store holds the sequence numbers');
  const [sender, target] = readFileSync(file, 'utf8').split(':').map((v) => Number(v.trim())) as [number, number];
  writeFileSync(file, `${String(sender).padStart(20)} : ${String(target - n).padStart(20)}`);
}

test('--fix-port needs --gateway-port (CLI_FIX_PORT), on an HA node too', () => {
  const r = bourse(['start', '--fix-port', '9401', '--rate', '0', '--seconds', '1']);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /CLI_FIX_PORT/);
  const ha = bourse(['start', '--fix-port', '9401', '--role', 'primary']);
  assert.equal(ha.code, 2, ha.stderr);
  assert.match(ha.stderr, /CLI_FIX_PORT/);
});

// ---------------------------------------------------------------- the Logon's defences, on raw TCP

function fixMsg(type: string, sender: string, seq: number, body: string[]): string {
  const b = [`35=${type}`, `49=${sender}`, '56=BOURSE', `34=${seq}`, `52=${new Date().toISOString().replace(/[-]/g, '').replace('T', '-').slice(0, 21)}`, ...body].join('\x01') + '\x01';
  const all = `8=FIX.4.4\x019=${b.length}\x01${b}`;
  let sum = 0;
  for (let i = 0; i < all.length; i++) sum += all.charCodeAt(i);
  return `${all}10=${String(sum & 255).padStart(3, '0')}\x01`;
}

function logonBody(key: BrokerKey, o: { time?: number; nonce?: Buffer; signWith?: BrokerKey; extra?: string[] } = {}): string[] {
  const nonce = o.nonce ?? Buffer.concat([Buffer.alloc(8), randomBytes(16)]);
  if (!o.nonce) nonce.writeBigUInt64BE(BigInt(o.time ?? Date.now()), 0);
  const sig = sign(null, fixLogonPayload(new Uint8Array(nonce), key.id), (o.signWith ?? key).privateKey);
  const raw = Buffer.concat([nonce, sig]).toString('base64');
  return ['98=0', '108=30', `95=${raw.length}`, `96=${raw}`, ...(o.extra ?? [])];
}

/** Sends `text` on a new connection; resolves with what came back until the acceptor closed (or `untilRe` matched). */
function exchangeRaw(port: number, texts: string[], untilRe?: RegExp): Promise<{ text: string; closed: boolean; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port }, () => {
      for (const t of texts) s.write(t, 'latin1');
    });
    let text = '';
    const t = setTimeout(() => reject(new Error(`no answer: ${text.replaceAll('\x01', '|')}`)), 10_000);
    s.setEncoding('latin1');
    s.on('data', (c: string) => {
      text += c;
      if (untilRe && untilRe.test(text.replaceAll('\x01', '|'))) {
        clearTimeout(t);
        resolve({ text: text.replaceAll('\x01', '|'), closed: false, socket: s });
      }
    });
    s.on('error', () => undefined);
    s.on('close', () => {
      clearTimeout(t);
      resolve({ text: text.replaceAll('\x01', '|'), closed: true, socket: s });
    });
  });
}

test('FIX Logon refusals each with their code, nonce replay, session in use, TestRequest', async () => {
  const key = generateBrokerKey(21, 5);
  const other = generateBrokerKey(22, 6);
  const x = await startGatewayExchange({ keys: [key, other], gateway: { fixPort: 0, fixStore: join(tempData(), 'fix') } });
  try {
    const port = x.fixPort!;
    const bad = await exchangeRaw(port, [fixMsg('A', '21', 1, logonBody(key, { signWith: other }))]);
    assert.ok(bad.closed);
    assert.match(bad.text, /35=5\|.*58=GW_BAD_SIGNATURE/);
    const stale = await exchangeRaw(port, [fixMsg('A', '21', 1, logonBody(key, { time: Date.now() - 10 * 60_000 }))]);
    assert.match(stale.text, /35=5\|.*58=GW_NONCE_REPLAYED: .*from the gateway's clock/);
    const unknown = await exchangeRaw(port, [fixMsg('A', '99', 1, logonBody({ ...key, id: 99 }))]);
    assert.match(unknown.text, /58=FIX_LOGON_REJECTED: .*SenderCompID \(49\) "99" is no registered API key/);
    const reset = await exchangeRaw(port, [fixMsg('A', '21', 1, logonBody(key, { extra: ['141=Y'] }))]);
    assert.match(reset.text, /58=FIX_LOGON_REJECTED: .*ResetSeqNumFlag/);
    const garbage = await exchangeRaw(port, ['8=FIX.4.2\x019=5\x0135=A\x0110=000\x01']);
    assert.ok(garbage.closed);
    assert.equal(garbage.text, '');
    // A good Logon; a TestRequest is answered; the same key on the native protocol is refused meanwhile.
    const logon = fixMsg('A', '21', 1, logonBody(key));
    const ok = await exchangeRaw(port, [logon, fixMsg('1', '21', 2, ['112=ping-1'])], /35=0\|.*112=ping-1/);
    assert.match(ok.text, /^8=FIX\.4\.4\|9=\d+\|35=A\|49=BOURSE\|56=21\|34=1\|/);
    await assert.rejects(session(x, key), /GW_SESSION_IN_USE/);
    ok.socket.write(fixMsg('5', '21', 3, []), 'latin1');
    await new Promise((r) => ok.socket.once('close', r));
    // The recorded Logon, replayed on a new connection: its nonce was taken.
    const replay = await exchangeRaw(port, [logon]);
    assert.match(replay.text, /58=GW_NONCE_REPLAYED: .*used already/);
    // A fresh Logon with an old MsgSeqNum: too low (the expected number is the session's, persisted).
    const low = await exchangeRaw(port, [fixMsg('A', '21', 2, logonBody(key))]);
    assert.match(low.text, /58=FIX_LOGON_REJECTED: .*MsgSeqNum too low, expecting 4 but received 2/);
  } finally {
    await x.stop();
  }
});

// ---------------------------------------------------------------- alphanumeric ClOrdID, on raw TCP

/** A raw FIX connection: write messages, wait for text matching a pattern (SOH shown as |). */
async function rawFix(port: number): Promise<{ send: (m: string) => void; until: (re: RegExp) => Promise<string>; close: () => Promise<void> }> {
  const s = connect({ host: '127.0.0.1', port });
  await new Promise((r) => s.once('connect', r));
  let text = '';
  s.setEncoding('latin1');
  s.on('data', (c: string) => (text += c));
  s.on('error', () => undefined);
  return {
    send: (m) => void s.write(m, 'latin1'),
    until: async (re) => {
      const t0 = Date.now();
      while (!re.test(text.replaceAll('\x01', '|'))) {
        if (Date.now() - t0 > 10_000) throw new Error(`no ${re} in ${text.replaceAll('\x01', '|')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return text.replaceAll('\x01', '|');
    },
    close: () => new Promise((r) => {
      if (s.closed) return r(); // the acceptor closes after a Logout
      s.once('close', () => r());
      s.destroy();
    }),
  };
}

test('FIX ClOrdID may be alphanumeric: mapped to a native id per session, reported back as sent, OrigClOrdID finds it, the table survives a restart', { timeout: 90_000 }, async () => {
  const key = generateBrokerKey(31, 7);
  const data = tempData();
  const fixStore = join(data, 'fix');
  const nos = (cl: string, price: string) => ['11=' + cl, '1=1', '55=AAPL', '54=1', '38=100', '40=2', `44=${price}`, '59=1'];
  let x = await startGatewayExchange({ data, keys: [key], gateway: { fixPort: 0, fixStore } });
  try {
    const c = await rawFix(x.fixPort!);
    c.send(fixMsg('A', '31', 1, logonBody(key)));
    await c.until(/35=A\|/);
    c.send(fixMsg('D', '31', 2, nos('ord-A.1', '189.00')));
    c.send(fixMsg('D', '31', 3, nos('5000000000', '188.00'))); // decimal, but beyond 2^32-1: mapped too
    c.send(fixMsg('D', '31', 4, nos('ord B', '188.00'))); // a space: refused by the shape check
    // The gateway's own reject goes out at once; the engine's answers follow.
    await c.until(/35=8\|[^|]*\|[^|]*\|[^|]*\|[^|]*\|37=\d+\|11=ord-A\.1\|17=[\d.]+\|150=0\|/);
    await c.until(/37=\d+\|11=5000000000\|17=[\d.]+\|150=0\|/);
    const t = await c.until(/37=NONE\|11=ord B\|.*?150=8\|/);
    assert.match(t, /11=ord B\|.*58=1216 GW_BAD_ORDER: .*ClOrdID \(11\) must be 1 to 64 printable characters/);
    c.send(fixMsg('F', '31', 5, ['41=ord-A.1', '11=ord-A.2', '55=AAPL', '54=1', '38=100']));
    await c.until(/35=8\|.*11=ord-A\.1\|.*150=4\|/);
    c.send(fixMsg('5', '31', 6, []));
    await c.until(/35=5\|/);
    await c.close();
  } finally {
    await x.stop();
  }
  // After a restart the table is read back from the store: OrigClOrdID still names the order.
  x = await startGatewayExchange({ data, keys: [key], gateway: { fixPort: 0, fixStore } });
  try {
    const c = await rawFix(x.fixPort!);
    c.send(fixMsg('A', '31', 7, logonBody(key)));
    await c.until(/35=A\|/);
    c.send(fixMsg('F', '31', 8, ['41=5000000000', '11=x-9', '55=AAPL', '54=1', '38=100']));
    await c.until(/35=8\|.*11=5000000000\|.*150=4\|/);
    await c.close();
  } finally {
    await x.stop();
  }
});
