/**
 * The order-entry command line, as an operator and a broker run it (real processes, real TCP):
 * `bourse keygen` makes keys (private half 0600, public half in the exchange's keys file, which
 * the exchange registers); `bourse order` buys, sees the fill, cancels, shows status; `bourse load`
 * runs sessions in its own process and loses nothing; bad words and key files are coded refusals.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { Exchange } from '../../server/apps/runtime/exchange.ts';
import { exchangeOptions } from '../../server/apps/runtime/options.ts';
import { gatewayOptions } from '../../server/gateway/gateway.ts';
import { loadKeysFile } from '../../server/gateway/keys.ts';

test('keygen, order (buy, fill, cancel, status) and load through the CLI against a live gateway', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-order-cli-'));
  const keys = join(dir, 'keys.json');
  assert.equal(bourse(['keygen', '--id', '1', '--firm', '1', '--out', join(dir, 'a.key'), '--keys', keys]).code, 0);
  assert.equal(bourse(['keygen', '--id', '2', '--firm', '2', '--out', join(dir, 'b.key'), '--keys', keys]).code, 0);
  assert.equal(bourse(['keygen', '--id', '100', '--firm', '100', '--count', '4', '--out', join(dir, 'load.keys'), '--keys', keys]).code, 0);
  assert.equal(statSync(join(dir, 'a.key')).mode & 0o777, 0o600);
  assert.ok(!readFileSync(keys, 'utf8').includes('privateKey'));
  const x = await Exchange.start(exchangeOptions({ data: join(dir, 'data'), rate: 0, fsync: false, feed: undefined, gateway: gatewayOptions({ port: 0, keys: loadKeysFile(keys) }) }));
  const gw = `127.0.0.1:${x.gatewayPort}`;
  try {
    const sell = bourse(['order', '--gateway', gw, '--key', join(dir, 'b.key'), '--account', '2', '--wait', '0', 'sell', 'AAPL', '100', '@', '190.00']);
    assert.equal(sell.code, 0, sell.stderr);
    assert.match(sell.stdout, /#1 accepted +order (\d+) .* sell AAPL 100 @ 190\.0000 leaves 100/);
    const restingId = /order (\d+)/.exec(sell.stdout)![1]!;
    const buy = bourse(['order', '--gateway', gw, '--key', join(dir, 'a.key'), '--wait', '300', 'buy', 'AAPL', '40', '@', '190.00']);
    assert.equal(buy.code, 0, buy.stderr);
    assert.match(buy.stdout, /#1 accepted .* buy AAPL 40 @ 190\.0000/);
    assert.match(buy.stdout, /#2 fill .* leaves 0 cum 40 trade 1 40 @ 190\.0000/);
    const status = bourse(['order', '--gateway', gw, '--key', join(dir, 'b.key'), 'status']);
    assert.equal(status.code, 0, status.stderr);
    assert.match(status.stdout, new RegExp(`partial-fill +order ${restingId} .* leaves 60 cum 40`));
    assert.match(status.lastLine, /^1 live order\(s\); session at report #2$/);
    const cancel = bourse(['order', '--gateway', gw, '--key', join(dir, 'b.key'), '--account', '2', '--wait', '0', 'cancel', restingId, 'AAPL']);
    assert.equal(cancel.code, 0, cancel.stderr);
    assert.match(cancel.stdout, new RegExp(`#3 cancelled +order ${restingId} .* \\(user\\)`));
    const bad = bourse(['order', '--gateway', gw, '--key', join(dir, 'a.key'), 'buy', 'AAPL', 'lots']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /CLI_BAD_ORDER/);
    const noKey = bourse(['order', '--gateway', gw, '--key', join(dir, 'missing.key'), 'status']);
    assert.equal(noKey.code, 2);
    assert.match(noKey.stderr, /CLI_BAD_KEY_FILE/);
    const load = bourse(['load', '--gateway', gw, '--keys', join(dir, 'load.keys'), '--sessions', '4', '--rate', '2000', '--seconds', '2', '--json', join(dir, 'load.json')]);
    assert.equal(load.code, 0, load.stderr + load.stdout);
    const r = JSON.parse(readFileSync(join(dir, 'load.json'), 'utf8')) as Record<string, number>;
    // Due orders beyond a session's window of unanswered ones are counted, not sent (a loaded machine).
    assert.equal(r.sent! + r.not_sent!, 4000);
    assert.ok(r.sent! > 0);
    assert.equal(r.answered, r.sent);
    assert.equal(r.lost_reports, 0);
    assert.ok(r.fills! > 0, JSON.stringify(r));
  } finally {
    await x.stop();
  }
});
