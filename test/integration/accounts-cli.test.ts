/**
 * `bourse accounts ...` against a running `bourse start`, over its admin socket DATA/admin.sock
 * (docs/accounts.md): firms and accounts registered, KYC and limits set, the kill switch
 * cancelling a simulated account's orders, coded refusals (engine and CLI), a malformed frame,
 * the socket's mode, no exchange at all; then a restart recovers the same accounts from the journal.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { Running } from '../support/fs-faults.ts';
import { Kyc } from '../../server/engine/commands.ts';

const LIVE = ['--port', '0', '--feed', 'false', '--show', '0'];

/** Runs the CLI without blocking this process's event loop (the exchange's output keeps flowing). */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = new Running(args);
  const code = await r.status(60_000);
  return { code: code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

test('bourse accounts add|kyc|limits|funds|list|kill over the admin socket of a running exchange', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-accounts-'));
  const data = join(dir, 'data');
  try {
    const x = new Running(['start', '--data', data, '--rate', '2000', '--symbols', '2', '--seconds', '300', '--fsync', 'false', ...LIVE]);
    try {
      await x.waitFor(/admin socket /);
      await x.waitFor(/inputs\/s .* seq [1-9]/);
      const sock = join(data, 'admin.sock');
      assert.equal(statSync(sock).mode & 0o777, 0o600, 'only the operator who started the exchange may connect');

      // The simulator's prelude: firm 1, accounts 1..100, verified.
      let r = await cli(['accounts', 'list', '--data', data, '--json']);
      assert.equal(r.code, 0, r.stderr);
      let list = JSON.parse(r.stdout);
      assert.deepEqual(list.firms, [{ firm: 1, blocked: false }]);
      assert.equal(list.accounts.length, 100);
      assert.ok(list.accounts.every((a: { kyc: number }) => a.kyc === Kyc.Verified));

      r = await cli(['accounts', 'add', '--data', data, '--firm', '7']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^firm 7 registered \(seq \d+\)/);
      r = await cli(['accounts', 'add', '--data', data, '--firm', '7']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^bourse accounts add: FIRM_EXISTS: /);
      r = await cli(['accounts', 'add', '--data', data, '--firm', '7', '--account', '500', '--count', '2', '--cash', '1000000']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /accounts 500..501 of firm 7 registered, KYC pending/);
      r = await cli(['accounts', 'kyc', '--data', data, '--account', '500', '--status', 'verified']);
      assert.equal(r.code, 0, r.stderr);
      r = await cli(['accounts', 'limits', '--data', data, '--account', '500', '--max-qty', '100', '--max-open-orders', '5', '--short']);
      assert.equal(r.code, 0, r.stderr);
      r = await cli(['accounts', 'limits', '--data', data, '--account', '500', '--max-notional', '7000000']);
      assert.equal(r.code, 0, r.stderr);
      r = await cli(['accounts', 'funds', '--data', data, '--account', '501', '--symbol', 'MSFT', '--position', '300']);
      assert.equal(r.code, 0, r.stderr);
      r = await cli(['accounts', 'list', '--data', data, '--json', '--account', '500']);
      const a500 = JSON.parse(r.stdout).accounts[0];
      assert.deepEqual(
        { kyc: a500.kyc, firm: a500.firm, cash: a500.cash, maxQty: a500.maxQty, maxNotional: a500.maxNotional, maxOpenOrders: a500.maxOpenOrders, flags: a500.flags },
        { kyc: Kyc.Verified, firm: 7, cash: 1_000_000, maxQty: 100, maxNotional: 7_000_000, maxOpenOrders: 5, flags: 1 },
        'limits given earlier keep their value',
      );
      r = await cli(['accounts', 'list', '--data', data, '--account', '501']);
      assert.match(r.stdout, /account 501 firm 7 kyc pending/);
      assert.match(r.stdout, /position 501 MSFT: 300 held 0/);

      // Kill switch on a simulated account: its resting orders go in the same command.
      let cancelled = 0;
      for (let acct = 1; acct <= 100 && cancelled === 0; acct++) {
        r = await cli(['accounts', 'kill', '--data', data, '--account', String(acct)]);
        assert.equal(r.code, 0, r.stderr);
        cancelled = Number(/blocked, (\d+) orders cancelled/.exec(r.stdout)![1]);
        list = JSON.parse((await cli(['accounts', 'list', '--data', data, '--json', '--account', String(acct)])).stdout);
        assert.equal(list.accounts[0].blocked, true);
        assert.equal(list.accounts[0].openOrders, 0, 'no order of a killed account rests');
        assert.equal(list.accounts[0].cashHeld, 0);
        assert.equal((await cli(['accounts', 'kill', '--data', data, '--account', String(acct), '--off'])).code, 0);
      }
      assert.ok(cancelled > 0, 'some simulated account had resting orders to cancel');
      r = await cli(['accounts', 'kill', '--data', data, '--firm', '1']);
      assert.match(r.stdout, /firm 1 blocked, \d+ orders cancelled/);
      assert.equal((await cli(['accounts', 'kill', '--data', data, '--firm', '1', '--off'])).code, 0);

      // Coded refusals: the engine's, the CLI's, and a malformed frame on the socket.
      r = await cli(['accounts', 'kill', '--data', data, '--firm', '99']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /UNKNOWN_FIRM: /);
      r = await cli(['accounts', 'kyc', '--data', data, '--account', '9999', '--status', 'verified']);
      assert.match(r.stderr, /UNKNOWN_ACCOUNT: /);
      r = await cli(['accounts', 'kyc', '--data', data, '--account', '1', '--status', 'approved']);
      assert.match(r.stderr, /CLI_BAD_VALUE: /);
      r = await cli(['accounts', 'kill', '--data', data]);
      assert.match(r.stderr, /CLI_MISSING_FLAG: /);
      const bad = await rawFrame(sock, Buffer.from([0xff, 0xff, 0xff, 0x7f]));
      assert.equal(bad.error.code, 'ADMIN_BAD_FRAME');
      const notAdmin = await rawFrame(sock, frame({ op: 'command', command: { type: 1, symbol: 1 } }));
      assert.equal(notAdmin.error.code, 'ADMIN_BAD_FRAME', 'orders do not enter through the admin channel');
      const wrapped = await rawFrame(sock, frame({ op: 'command', command: { type: 32, firm: -1 } }));
      assert.equal(wrapped.error.code, 'ADMIN_BAD_FRAME', 'a value that would wrap in its slot is refused before the core');
    } finally {
      x.child.kill('SIGINT');
      assert.equal(await x.status(60_000), 0, x.stderr);
    }
    assert.equal(existsSync(join(data, 'admin.sock')), false, 'the socket goes with the exchange');
    const gone = await cli(['accounts', 'list', '--data', data]);
    assert.equal(gone.code, 2);
    assert.match(gone.stderr, /ADMIN_UNAVAILABLE: /);
    // Several directories (an HA pair's), none answering: each is asked once, and the code says no leader answered.
    const none = await cli(['accounts', 'list', '--data', `${data},${join(dir, 'other')}`]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /ACCOUNTS_NO_LEADER: .*asked .*admin\.sock, .*other\/admin\.sock; the last answer: ADMIN_UNAVAILABLE/);
    const empty = await cli(['accounts', 'list', '--data', `${data},`]);
    assert.match(empty.stderr, /CLI_BAD_VALUE: .*--data has an empty directory/);

    // A restart replays the journal: the operator's accounts come back as they were.
    const y = new Running(['start', '--data', data, '--rate', '0', '--seconds', '300', ...LIVE]);
    try {
      await y.waitFor(/admin socket /);
      const again = JSON.parse((await cli(['accounts', 'list', '--data', data, '--json', '--account', '500'])).stdout);
      assert.deepEqual(
        { kyc: again.accounts[0].kyc, maxQty: again.accounts[0].maxQty, maxNotional: again.accounts[0].maxNotional, cash: again.accounts[0].cash },
        { kyc: Kyc.Verified, maxQty: 100, maxNotional: 7_000_000, cash: 1_000_000 },
      );
      assert.deepEqual(JSON.parse((await cli(['accounts', 'list', '--data', data, '--json'])).stdout).firms, [{ firm: 1, blocked: false }, { firm: 7, blocked: false }]);
    } finally {
      y.child.kill('SIGINT');
      await y.status(60_000);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function frame(obj: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(obj));
  const b = Buffer.alloc(4 + body.length);
  b.writeUInt32LE(body.length, 0);
  body.copy(b, 4);
  return b;
}

/** Send raw bytes on the admin socket; the reply frame, parsed. */
function rawFrame(path: string, bytes: Buffer): Promise<{ ok: boolean; error: { code: string } }> {
  return new Promise((resolve, reject) => {
    const s = createConnection(path);
    let buf = Buffer.alloc(0);
    s.on('connect', () => s.write(bytes));
    s.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      if (buf.length >= 4 && buf.length >= 4 + buf.readUInt32LE(0)) {
        s.destroy();
        resolve(JSON.parse(buf.subarray(4, 4 + buf.readUInt32LE(0)).toString()));
      }
    });
    s.on('error', reject);
  });
}
