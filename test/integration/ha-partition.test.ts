// Cut the primary off with a network namespace + nftables: its NATS connections drop, it can no
// longer append (fenced), steps down, and no two writers ever append to the log; the standby
// takes over. Heal: the old primary rejoins as a standby, quarantines its unreplicated tail and
// catches up.
//
//   namespace C (cluster): 3 NATS servers + the standby, on C's veth address
//   namespace P (primary): the primary            P ──veth── C          (nothing else is reachable)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/data.ts';
import type { Audit } from '../support/ha-audit.ts';
import { BourseProc, HA_TEST_ENV, journalBytes, liveVersusReplay, skipUnlessNats, startCluster } from '../support/nats.ts';
import { sleep } from '../support/wait.ts';

const skip = skipUnlessNats(['ip', 'nft']);

function sh(cmd: string[], input?: string): string {
  const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', input, timeout: 30_000 });
  if (r.status !== 0) throw new Error(`${cmd.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

test('a primary cut off by nftables is fenced and steps down; healed, it rejoins as a standby and catches up', { skip, timeout: 300_000 }, async () => {
  const id = `bh${(process.pid % 46656).toString(36)}${Date.now().toString(36).slice(-3)}`;
  const nsC = `${id}c`;
  const nsP = `${id}p`;
  const [vc, vp] = [`${id}vc`, `${id}vp`];
  // Link-local addresses on a veth pair that exists only between our two namespaces.
  const ipC = '169.254.77.1';
  const ipP = '169.254.77.2';
  const inC = ['ip', 'netns', 'exec', nsC];
  const inP = ['ip', 'netns', 'exec', nsP];
  const root = mkdtempSync(join(tmpdir(), 'bourse-ha-partition-'));
  const procs: BourseProc[] = [];
  let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
  try {
    sh(['ip', 'netns', 'add', nsC]);
    sh(['ip', 'netns', 'add', nsP]);
    sh(['ip', 'link', 'add', vc, 'netns', nsC, 'type', 'veth', 'peer', 'name', vp, 'netns', nsP]);
    sh([...inC, 'ip', 'addr', 'add', `${ipC}/30`, 'dev', vc]);
    sh([...inP, 'ip', 'addr', 'add', `${ipP}/30`, 'dev', vp]);
    for (const [ns, dev] of [[inC, vc], [inP, vp]] as const) {
      sh([...ns, 'ip', 'link', 'set', 'lo', 'up']);
      sh([...ns, 'ip', 'link', 'set', dev, 'up']);
    }
    cluster = await startCluster({ host: ipC, wrap: inC });
    const c = cluster;
    const env = { ...HA_TEST_ENV };
    const P = new BourseProc('primary', ['start', '--port', '0', '--role', 'primary', '--nats', c.urls, '--data', join(root, 'p'), '--rate', '20000'], { ...env, BOURSE_HA_NODE_ID: 'p' }, inP);
    procs.push(P);
    await P.waitFor(/^ha: role=primary/, 60_000);
    const S = new BourseProc('standby', ['start', '--port', '0', '--role', 'standby', '--nats', c.urls, '--data', join(root, 's'), '--rate', '20000'], { ...env, BOURSE_HA_NODE_ID: 's' }, inC);
    procs.push(S);
    await S.waitFor(/^ha: role=standby/, 60_000);
    await P.waitAcked(40_000, 90_000);

    // Cut: everything in or out of the primary's namespace over the veth is dropped.
    sh([...inP, 'nft', '-f', '-'], `table inet bourse_cut {
  chain in { type filter hook input priority 0; policy accept; iifname "${vp}" drop; }
  chain out { type filter hook output priority 0; policy accept; oifname "${vp}" drop; }
}\n`);
    const ackedAtCut = P.maxAcked;
    const down = await P.waitFor(/^ha: step-down reason="([^"]+)" seq=(\d+) acked=(\d+)/, 60_000);
    const take = await S.waitFor(/^ha: takeover node=s .* seq=(\d+) /, 60_000);
    await S.waitFor(/^ha: first_accepted seq=(\d+)/, 30_000);
    const ackedByOld = P.maxAcked;
    assert.ok(ackedByOld >= ackedAtCut);
    assert.ok(Number(take[1]) >= ackedByOld, `the new primary starts at ${take[1]}, below what the old one acknowledged (${ackedByOld})`);
    assert.ok(Number(down[2]) >= ackedByOld);
    await S.waitAcked(Number(take[1]) + 20_000, 60_000);
    // While cut off the old primary acknowledges nothing more.
    assert.equal(P.maxAcked, ackedByOld);

    // Heal: it reconnects, finds its unreplicated tail diverging from the log, and follows.
    sh([...inP, 'nft', 'delete', 'table', 'inet', 'bourse_cut']);
    const healedAt = P.lines.length;
    await P.waitFor(/^ha: role=standby node=p/, 90_000);
    assert.ok(P.lines.slice(healedAt).some((l) => l.startsWith('ha: role=standby')));
    assert.equal(P.maxAcked, ackedByOld, 'a deposed primary never acknowledges again');
    const target = S.maxAcked + 10_000;
    await S.waitAcked(target, 60_000);
    for (let i = 0; i < 600; i++) {
      const st = [...P.lines].reverse().find((l) => l.startsWith('ha: status role=standby'));
      if (st && Number(/seq=(\d+)/.exec(st)![1]) >= target) break;
      await sleep(100);
    }

    // No two writers ever appended: the log's writer terms never go back, its seqs are contiguous.
    const audit = JSON.parse(sh([...inC, process.execPath, join(REPO_ROOT, 'test', 'support', 'ha-audit.ts'), c.urls])) as Audit;
    assert.deepEqual(audit.problems, []);
    assert.equal(audit.writers.length, 2, JSON.stringify(audit.writers));
    assert.ok(audit.writers[0]!.last >= ackedByOld, 'everything the old primary acknowledged is in the log, in its term');

    const [hp, hs] = [await P.stop(), await S.stop()];
    const pSeq = Number(/^ha: stopped node=p seq=(\d+)/.exec(P.lines.find((l) => l.startsWith('ha: stopped'))!)![1]);
    assert.ok(pSeq >= target, `the old primary caught up to ${pSeq} only, wanted ${target}`);
    // Both journals hold the same history up to the old primary's end, byte for byte.
    const a = await journalBytes(join(root, 'p', 'journal'), 1, pSeq);
    const b = await journalBytes(join(root, 's', 'journal'), 1, pSeq);
    assert.equal(a.count, pSeq);
    assert.ok(a.bytes.equals(b.bytes), 'the rejoined node\'s journal differs from the log');
    assert.ok(hp.startsWith('state=') && hs.startsWith('state='));
    assert.equal(liveVersusReplay(P, join(root, 'p', 'journal')), '', P.tailText());
    assert.equal(liveVersusReplay(S, join(root, 's', 'journal')), '', S.tailText());
    // What the old primary had journaled but never got into the log was moved aside, not lost.
    if (Number(down[2]) > Number(take[1])) {
      assert.ok(readdirSync(join(root, 'p', 'ha', 'quarantine')).length > 0, 'the unreplicated tail was quarantined');
    }
  } finally {
    for (const p of procs) p.kill();
    await Promise.all(procs.map((p) => p.exited));
    try {
      cluster?.stop();
    } finally {
      spawnSync('ip', ['netns', 'del', nsP]);
      spawnSync('ip', ['netns', 'del', nsC]);
      rmSync(root, { recursive: true, force: true });
    }
  }
});
