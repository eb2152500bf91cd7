// kill -9 the NATS server that leads the log's Raft group, under load: the stream elects a new
// leader, the primary's unacknowledged batches are republished, and no acknowledged input is
// lost. The stall (longest gap between acknowledgements) is measured and reported, after the
// kill (nats-server's followers wait 4-9 s for a lost leader before they elect a new one) and
// after the killed server restarts and catches up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { auditLog } from '../support/ha-audit.ts';
import { BourseProc, clusterDiagnosis, HA_TEST_ENV, jetStreamAnswers, metaLeaderOf, journalBytes, liveVersusReplay, skipUnlessNats, startCluster } from '../support/nats.ts';
import { sleep } from '../support/wait.ts';

const skip = skipUnlessNats();

test('kill -9 the NATS node leading the log under load: no acknowledged input lost; the stall is measured', { skip, timeout: 480_000 }, async (t) => {
  const c = await startCluster();
  const root = mkdtempSync(join(tmpdir(), 'bourse-ha-natskill-'));
  const procs: BourseProc[] = [];
  try {
    const P = new BourseProc('primary', ['start', '--port', '0', '--role', 'primary', '--nats', c.urls, '--data', join(root, 'p'), '--rate', '20000'], { ...HA_TEST_ENV, BOURSE_HA_NODE_ID: 'p' });
    procs.push(P);
    await P.waitFor(/^ha: role=primary/, 60_000);
    const S = new BourseProc('standby', ['start', '--port', '0', '--role', 'standby', '--nats', c.urls, '--data', join(root, 's'), '--rate', '20000'], { ...HA_TEST_ENV, BOURSE_HA_NODE_ID: 's' });
    procs.push(S);
    await S.waitFor(/^ha: role=standby/);
    await P.waitAcked(40_000, 90_000);

    const st = JSON.parse(bourse(['ha', 'status', '--nats', c.urls, '--monitor', c.monitor, '--json']).stdout) as { log: { leader: string } };
    const leader = Number(/-n(\d)$/.exec(st.log.leader)![1]);
    // Both nodes print `acked=N at_ms=T` every 50 ms while acknowledgements advance (T: the
    // node's clock; this process may read the pipes late while it runs cluster.sh).
    const acks = (): { at: number; seq: number }[] => [...P.ackTimes, ...S.ackTimes].sort((x, y) => x.at - y.at);
    const ackedBy = (t: number): number => acks().reduce((m, x) => (x.at <= t ? Math.max(m, x.seq) : m), 0);
    // nats-server 2.9.10 (Debian 12's) sometimes wedges after the kill: the survivors agree on a
    // meta leader, but no server answers the JetStream API for minutes (seen three times in a few
    // dozen runs; docs/replication.md, "A JetStream wedge"). That is NATS's fault, not Bourse's, and an
    // operator's remedy is to restart servers. So 45 and 90 s after the kill without
    // acknowledgements, and only if this test's own client gets no JetStream answer from any
    // server either, the test does what the operator would: it brings the killed server back,
    // then restarts the meta leader. Every assertion on lost input still holds afterwards. If
    // JetStream answers and Bourse has not resumed within 180 s, the test fails.
    const remedies: string[] = [];
    const remedy = async (killed: number, waitedS: number): Promise<void> => {
      const answers = await Promise.all([0, 1, 2].map((i) => jetStreamAnswers(c, i)));
      if (answers.some((x) => x.state === 'answered')) return;
      const restart = remedies.length === 0 ? killed : await metaLeaderOf(c);
      t.diagnostic(`JetStream silent on every server ${waitedS} s after the kill; restarting n${restart} (${remedies.length === 0 ? 'the killed server' : 'the meta leader'}):\n${await clusterDiagnosis(c, 8)}`);
      if (restart === 0) return;
      // start-node waits for a current meta member; in a wedge it may not see one (cluster.sh then
      // fails after 30 s): the node runs all the same, and the next check goes on.
      let note = '';
      try {
        if (remedies.length > 0) c.sh(['stop-node', String(restart)]);
        c.sh(['start-node', String(restart)]);
      } catch (e) {
        note = ` (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})`;
      }
      remedies.push(`n${restart} restarted ${waitedS} s after the kill${note}`);
    };
    /** Waits until acknowledgements have advanced 70,000 past the last one before `t` (more than
     * the 50,000 a primary lets wait unacknowledged during a stall: so at least 20,000 inputs
     * accepted after it), by the same primary or by the standby if the lease's Raft group stalled
     * past its ttl. Returns the longest pause between acknowledgements from `t` until then.
     * `killed`: the server just killed (the wedge's remedy applies). */
    const resumes = async (t: number, killed?: number): Promise<number> => {
      const t0 = Date.now();
      for (let checks = 0; ; ) {
        const all = acks();
        const last = all[all.length - 1];
        if (last && last.at > t && last.seq >= ackedBy(t) + 70_000) {
          let prev = t;
          let longest = 0;
          for (const x of all) if (x.at > t) (longest = Math.max(longest, x.at - prev)), (prev = x.at);
          return longest;
        }
        const waited = Date.now() - t0;
        if (killed !== undefined && checks < 2 && waited > 45_000 * (checks + 1)) await remedy(killed, 45 * ++checks);
        if (waited > 180_000) throw new Error(`acknowledgements did not resume within 180 s (${remedies.join('; ') || 'no remedy applied'})\nNATS:\n${await clusterDiagnosis(c)}\nP:\n${P.tailText()}\nS:\n${S.tailText()}`);
        await sleep(50);
      }
    };

    const killedAt = Date.now();
    c.sh(['kill-node', String(leader)]);
    const killStall = await resumes(killedAt, leader);

    // The killed server comes back and catches up from its peers; writes go on meanwhile.
    const restartedAt = Date.now();
    c.sh(['start-node', String(leader)]);
    const rejoinStall = await resumes(restartedAt);
    const writer = P.statusRole === 'primary' ? P : S;
    t.diagnostic(`killed NATS n${leader} (the log's leader): longest pause in acknowledgements ${killStall} ms; after it restarted: ${rejoinStall} ms; writer at the end: ${writer.name}${remedies.length ? ` (NATS wedged: ${remedies.join('; ')})` : ''} (takeovers: ${S.lines.filter((l) => l.startsWith('ha: takeover')).length + P.lines.filter((l) => l.startsWith('ha: takeover')).length})`);

    const acked = Math.max(P.maxAcked, S.maxAcked);
    const audit = await auditLog(c.urls);
    assert.deepEqual(audit.problems, []);
    assert.ok(audit.lastSeq >= acked, `the log ends at ${audit.lastSeq}, below the acknowledged ${acked}`);
    // The follower applies the log behind the writer: let it reach every acknowledged input
    // before stopping it (the writer first would hand it the lease).
    const follower = writer === P ? S : P;
    await follower.waitApplied(acked, 60_000);
    const hf = await follower.stop();
    const hw = await writer.stop();

    // Every input any primary acknowledged is in both journals, identically.
    const a = await journalBytes(join(root, 'p', 'journal'), 1, acked);
    const b = await journalBytes(join(root, 's', 'journal'), 1, acked);
    assert.equal(a.count, acked, `the primary's journal holds ${a.count} of the ${acked} acknowledged records`);
    assert.equal(b.count, acked, `the standby's journal holds ${b.count} of the ${acked} acknowledged records`);
    assert.ok(a.bytes.equals(b.bytes), 'acknowledged records differ between the nodes');
    assert.ok([hf, hw].every((h) => h.startsWith('state=')));
    assert.equal(liveVersusReplay(P, join(root, 'p', 'journal')), '', P.tailText());
    assert.equal(liveVersusReplay(S, join(root, 's', 'journal')), '', S.tailText());
  } finally {
    for (const p of procs) p.kill();
    await Promise.all(procs.map((p) => p.exited));
    c.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
