/**
 * TShark decodes the native order-entry protocol with no Bourse code but proto/order_entry.lua
 * (which only cuts the TCP stream into frames) and the .proto files: frames Bourse's own encoder
 * wrote, two in one segment and one split across segments, both directions. Skipped, with the
 * reason, when tshark is not installed (infra/install.sh installs it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FrameWriter } from '../../server/protocol/order-entry.ts';
import { tcpPcap } from '../support/pcap.ts';
import { REPO_ROOT } from '../support/data.ts';

const has = spawnSync('tshark', ['-v'], { stdio: 'ignore' }).status === 0;
const skip = has ? false : 'tshark is not installed (infra/install.sh installs it)';

test('tshark decodes Inbound and Outbound frames over a reassembled TCP stream', { skip }, () => {
  const w = new FrameWriter();
  w.outbound({ kind: 'hello', seq: 0, nonce: new Uint8Array(32).fill(7), version: 1 });
  const hello = w.take();
  w.inbound({ kind: 'login', keyId: 7, nonce: new Uint8Array(32).fill(7), signature: new Uint8Array(64).fill(1), lastSeenSeq: 0, cancelOnDisconnect: true, version: 1 });
  w.inbound({ kind: 'newOrder', clientOrderId: 42, symbol: 'AAPL', side: 1, ordType: 1, tif: 1, price: 1_900_000, qty: 100, account: 3 });
  const two = w.take();
  w.outbound({ kind: 'executionReport', seq: 1, execType: 4, orderId: 11, clientOrderId: 42, account: 3, symbol: 'AAPL', side: 1, price: 1_900_000, qty: 100, leavesQty: 0, cumQty: 100, tradeId: 77, lastPrice: 1_899_900, lastQty: 100, code: 0, cancelReason: 0, aggressor: true, exchangeSeq: 11, timeUs: 5 });
  const er = w.take();
  const dir = mkdtempSync(join(tmpdir(), 'bourse-tshark-'));
  try {
    const file = join(dir, 'oe.pcap');
    writeFileSync(file, tcpPcap(50123, 9400, [{ fromClient: false, bytes: hello }, { fromClient: true, bytes: two.subarray(0, 50) }, { fromClient: true, bytes: two.subarray(50) }, { fromClient: false, bytes: er }]));
    const r = spawnSync('tshark', ['-r', file, '-V', '-X', `lua_script:${join(REPO_ROOT, 'proto', 'order_entry.lua')}`, '-o', 'bourse_oe.port:9400', '-o', `uat:protobuf_search_paths:"${join(REPO_ROOT, 'proto')}","TRUE"`], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout;
    for (const want of [
      'Message: bourse.order.v1.Hello', 'Message: bourse.order.v1.Login', 'key_id = 7 (uint32)', 'cancel_on_disconnect = true (bool)',
      'Message: bourse.order.v1.NewOrder', 'client_order_id = 42 (uint32)', 'symbol = AAPL (string)', 'side = SIDE_BUY(1) (enum)', 'price = 1900000 (uint64)',
      'Message: bourse.order.v1.ExecutionReport', 'exec_type = EXEC_FILL(4) (enum)', 'trade_id = 77 (uint64)', 'last_price = 1899900 (uint64)', 'aggressor = true (bool)',
    ]) assert.ok(out.includes(want), `tshark output lacks "${want}"`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
