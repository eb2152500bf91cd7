// Local engine + MDP snapshots on HA nodes WITHOUT a gateway (docs/replication.md "Restart from
// local snapshots"), on a real 3-node NATS cluster: a primary under the built-in flow and its
// standby both write snapshot pairs every 2,000 inputs (the standby as it applies the log, the
// leader when the log's acknowledgement releases a commit); the standby is killed -9 and restarts
// from its own, replaying only the journal's tail, and its state at stop equals the primary's
// journal replayed to the same seq; then the primary stops and restarts from its own too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BourseProc, HA_TEST_ENV, replayHashes, skipUnlessNats, startCluster } from '../support/nats.ts';
import { until } from '../support/wait.ts';

const skip = skipUnlessNats();
const EVERY = 2000;
/** An engine and an MDP snapshot at seq >= minSeq in `dir` (the file names carry the seq). */
const hasPair = (dir: string, minSeq = 0): boolean => {
  try {
    const f = readdirSync(dir);
    const at = (re: RegExp) => f.some((n) => Number(re.exec(n)?.[1] ?? -1) >= minSeq);
    return at(/^snap-(\d+)\.bin$/) && at(/^mdp-(\d+)\.bin$/);
  } catch {
    return false;
  }
};
const stateOf = (line: string): string => /state=(\S+)/.exec(line)![1]!;

test('HA nodes without a gateway restart from local engine + MDP snapshots: only the tail replayed, state equal to the others', { skip, timeout: 240_000 }, async () => {
  const c = await startCluster();
  const root = mkdtempSync(join(tmpdir(), 'bourse-ha-snaprestart-'));
  const procs: BourseProc[] = [];
  const env = { ...HA_TEST_ENV, BOURSE_HA_LOCAL_SNAPSHOT_EVERY: String(EVERY) };
  const node = (name: string, id: string, role: string, rate: number): BourseProc => {
    const p = new BourseProc(name, ['start', '--port', '0', '--role', role, '--nats', c.urls, '--data', join(root, id), '--rate', String(rate)], { ...env, BOURSE_HA_NODE_ID: id });
    procs.push(p);
    return p;
  };
  try {
    const P = node('p1', 'p', 'primary', 3000);
    await P.waitFor(/^ha: role=primary/);
    const S = node('s1', 's', 'standby', 3000);
    await S.waitFor(/^ha: role=standby/);
    await P.waitAcked(4 * EVERY, 60_000);
    await S.waitApplied(4 * EVERY, 60_000);
    const snapsS = join(root, 's', 'journal', 'snapshots');
    const snapsP = join(root, 'p', 'journal', 'snapshots');
    // The files come from each node's snapshot writer thread, a little after the inputs are applied.
    const pairIn = (d: string) => (): string => {
      try {
        return `an engine + MDP snapshot pair in ${d} (holds: ${readdirSync(d).join(' ')})`;
      } catch {
        return `${d} to exist`;
      }
    };
    // The standby's, past its first: its writer thread can lag the inputs it applied (a CI run
    // killed it with only the pair at 2,000 written, and 8,034 of 10,034 inputs were replayed).
    await until(() => hasPair(snapsS, 2 * EVERY), 30_000, pairIn(snapsS));
    await until(() => hasPair(snapsP), 30_000, pairIn(snapsP)); // the leader's

    S.kill('SIGKILL');
    await S.exited;
    const S2 = node('s2', 's', 'standby', 3000);
    const m = await S2.waitFor(/^ha: node=s restarted from local snapshots: gateway (\d+), engine (\d+), mdp (\d+)/);
    const [g, e, md] = [Number(m[1]), Number(m[2]), Number(m[3])];
    assert.equal(g, 0, 'no gateway');
    assert.ok(e > 0 && md >= e, m[0]);
    const r = await S2.waitFor(/^ha: node=s recovered journal to seq (\d+) \(snapshot (\d+) \+ (\d+) replayed/);
    const [end, snap, replayed] = [Number(r[1]), Number(r[2]), Number(r[3])];
    assert.equal(snap, e);
    assert.equal(replayed, end - e, 'only the tail after the engine snapshot is replayed');
    assert.ok(end >= 4 * EVERY && replayed < end - EVERY, `${replayed} of ${end} inputs replayed`);
    await S2.waitFor(/^ha: role=standby/);
    await S2.waitApplied(end + 2 * EVERY, 60_000); // follows on from its snapshots, and writes new ones
    const hs = await S2.stop();
    assert.match(hs, /^state=\S+$/, 'a life from snapshots prints the state hash only');
    const seqS = Number(/ seq=(\d+)/.exec(S2.lines.find((l) => l.startsWith('ha: stopped'))!)![1]);
    // Byte-identical state: the restarted standby's engine equals the primary's journal replayed to the same seq.
    const hp = await P.stop();
    assert.equal(stateOf(hs), stateOf(replayHashes(join(root, 'p', 'journal'), seqS)), 'standby state = primary journal replayed to its seq');
    assert.equal(stateOf(hp), stateOf(replayHashes(join(root, 'p', 'journal'))), 'primary state = full replay of its journal');

    // The leader's own snapshots: a restart of the primary (alone, no flow) replays only its tail too.
    const P2 = node('p2', 'p', 'primary', 0);
    const m2 = await P2.waitFor(/^ha: node=p recovered journal to seq (\d+) \(snapshot (\d+) \+ (\d+) replayed/);
    const [end2, snap2, replayed2] = [Number(m2[1]), Number(m2[2]), Number(m2[3])];
    assert.ok(snap2 > 0 && replayed2 === end2 - snap2 && replayed2 < end2 - EVERY, m2[0]);
    await P2.waitFor(/^ha: role=primary/);
    const hp2 = await P2.stop();
    assert.equal(stateOf(hp2), stateOf(hp), 'the restarted primary holds the state it stopped with');
  } finally {
    for (const p of procs) p.kill();
    await Promise.all(procs.map((p) => p.exited));
    c.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
