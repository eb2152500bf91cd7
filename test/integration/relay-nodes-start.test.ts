/**
 * `bourse start --publish-nats URL`: the exchange itself publishes its feed on NATS (no bridge
 * process), and `bourse relay --nats URL` serves its market: every trade the relay's API lists
 * is the exchange's own (same md_seq, trade id, price, qty), and the relay's instruments are
 * the exchange's. A single real nats-server; skips locally without it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BourseProc, skipUnlessNats } from '../support/nats.ts';
import { feedTestConfig } from '../support/netns.ts';
import { freePort, freePorts } from '../support/ports.ts';
import { sleep, until } from '../support/wait.ts';
import { startRelay } from './relay-nodes-harness.ts';

const skip = skipUnlessNats();

type Trades = { trades: { md_seq: number; trade_id: number; price: string; qty: string; side: string }[] };

test('bourse start --publish-nats feeds a NATS relay with the exchange\'s own trades', { skip, timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-relay-start-'));
  const [natsPort] = await freePorts(1);
  const nats = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(natsPort)], { stdio: 'ignore' });
  const procs: BourseProc[] = [];
  try {
    const natsUrl = `nats://127.0.0.1:${natsPort}`;
    const feedFile = join(dir, 'feed.json');
    writeFileSync(feedFile, JSON.stringify(feedTestConfig({ iface: '127.0.0.1', retransPort: await freePort() })));
    await sleep(300);
    const x = new BourseProc('exchange', ['start', '--data', join(dir, 'data'), '--rate', '2000', '--symbols', '3', '--port', '0', '--fsync', 'false', '--feed-config', feedFile, '--publish-nats', natsUrl, '--seconds', '120']);
    procs.push(x);
    await x.waitFor(/^bourse: feed published on NATS/, 60_000);
    const api = (await x.waitFor(/^bourse: dashboard (\S+)\//, 60_000))[1]!;
    const r = await startRelay('relay-nats', ['--nats', natsUrl]);
    procs.push(r.proc);
    await r.proc.waitFor(/^relay: feed live/, 60_000);
    const names = ((await (await fetch(`${api}/api/v1/instruments`)).json()) as { instruments: { name: string }[] }).instruments.map((i) => i.name).sort();
    await until(async () => {
      const got = ((await (await fetch(`${r.url}/api/v1/instruments`)).json()) as { instruments: { name: string }[] }).instruments.map((i) => i.name).sort();
      return JSON.stringify(got) === JSON.stringify(names);
    }, 30_000, 'the relay to know every instrument');
    const sym = names[0]!;
    // Trades the relay saw (it joined late: only those after its books were recovered).
    const relayTrades = await until(async () => {
      const t = ((await (await fetch(`${r.url}/api/v1/trades?symbol=${sym}&limit=1000`)).json()) as Trades).trades;
      return t.length >= 10 ? t : undefined;
    }, 60_000, 'trades on the relay');
    const mine = ((await (await fetch(`${api}/api/v1/trades?symbol=${sym}&limit=1000`)).json()) as Trades).trades;
    const byId = new Map(mine.map((t) => [t.trade_id, t]));
    let matched = 0;
    for (const t of relayTrades) {
      const e = byId.get(t.trade_id);
      if (!e) continue; // older than the exchange's tape window
      assert.deepEqual(t, e, `trade ${t.trade_id}`);
      matched++;
    }
    assert.ok(matched >= 10, `matched ${matched} trades`);
  } finally {
    for (const p of procs.reverse()) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => p.exited));
    nats.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});
