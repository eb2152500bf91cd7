/**
 * `bourse relay --feed-lines a` (docs/relay-nodes.md): a relay that joins feed A only, with
 * nftables dropping 5% of feed A's datagrams on their way in (a table of this test's own, on
 * loopback, for feed A's port alone). Every hole is a gap recovered by the feed's own rules —
 * retransmission here — and the relay's books equal the exchange's at the same md_seq; feed B is
 * never read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Exchange, startRelay, knowsSymbols, sameBooks } from './relay-nodes-harness.ts';
import { netnsSkipReason } from '../support/netns.ts';
import { sleep } from '../support/wait.ts';
import type { BourseProc } from '../support/nats.ts';

const skip = netnsSkipReason();

function nft(args: string[]): string {
  const r = spawnSync('nft', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`nft ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The relay's latest stats line, as numbers. */
function counters(p: BourseProc): Record<string, number> {
  const line = [...p.lines].reverse().find((l) => l.startsWith('relay: md_seq=')) ?? '';
  return Object.fromEntries([...line.matchAll(/(\w+)=(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
}

test('relay --feed-lines a: 5% loss on feed A recovered by retransmission, books equal to the exchange\'s at the same md_seq', { skip, timeout: 120_000 }, async () => {
  const x = await Exchange.start({ symbols: 4 });
  const table = `bourse_relay_lines_${process.pid}`;
  const portA = x.feedCfg.channels[0]!.feedA.port;
  let relay: BourseProc | undefined;
  try {
    x.step(3000);
    const r = await startRelay('relay-a', ['--feed-config', x.configFile, '--feed-lines', 'a']);
    relay = r.proc;
    await r.proc.waitFor(/^relay: feed live/, 30_000);
    await knowsSymbols(r.url, x.symbols());
    nft(['add', 'table', 'inet', table]);
    nft(['add', 'chain', 'inet', table, 'input', '{ type filter hook input priority 0; }']);
    nft(['add', 'rule', 'inet', table, 'input', 'udp', 'dport', String(portA), 'numgen', 'random', 'mod', '100', '<', '5', 'counter', 'drop']);
    x.run(40, 10);
    await sleep(4000);
    const dropped = Number(/packets (\d+)/.exec(nft(['list', 'table', 'inet', table]))?.[1] ?? 0);
    nft(['delete', 'table', 'inet', table]);
    await sleep(300);
    x.stop();
    await sameBooks(x, [r.url]);
    await sleep(1100); // one more stats line, after the comparison
    const c = counters(r.proc);
    assert.ok(dropped > 5, `nftables dropped ${dropped} of feed A's datagrams`);
    assert.equal(c.packets_b, 0, 'feed B is not read');
    assert.ok(c.packets_a! > 100, `feed A packets ${c.packets_a}`);
    assert.ok(c.gaps! > 0, 'the drops were gaps (no B to fill them)');
    assert.ok(c.recovered_rtx! > 0, `recovered by retransmission: ${c.recovered_rtx}`);
    assert.equal(c.checksum_failures, 0);
  } finally {
    spawnSync('nft', ['delete', 'table', 'inet', table], { stdio: 'ignore' });
    relay?.kill('SIGTERM');
    await relay?.exited;
    await x.close();
  }
});
