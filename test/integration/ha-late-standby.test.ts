// A standby started late catches up: from the log when it still holds everything, and from a
// snapshot in the object store + the log when the log has been trimmed (max_msgs small).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { BourseProc, HA_TEST_ENV, journalBytes, liveVersusReplay, replayHashes, skipUnlessNats, startCluster } from '../support/nats.ts';
import { sleep } from '../support/wait.ts';

const skip = skipUnlessNats();

/** Waits until the standby has applied at least `seq` (its status lines say so). */
async function caughtUp(s: BourseProc, seq: number, timeoutMs = 90_000): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    const last = [...s.lines].reverse().find((l) => l.startsWith('ha: status '));
    const m = last ? /seq=(\d+)/.exec(last) : null;
    if (m && Number(m[1]) >= seq) return;
    if (Date.now() - t0 > timeoutMs) throw new Error(`${s.name} did not reach seq ${seq}: ${last ?? 'no status line'}\n${s.lines.slice(-10).join('\n')}\n${s.stderrText.slice(-1500)}`);
    await sleep(100);
  }
}

test('a standby started late catches up from the log', { skip, timeout: 240_000 }, async () => {
  const c = await startCluster();
  const root = mkdtempSync(join(tmpdir(), 'bourse-ha-late-'));
  const procs: BourseProc[] = [];
  try {
    const P = new BourseProc('primary', ['start', '--port', '0', '--role', 'primary', '--nats', c.urls, '--data', join(root, 'p'), '--rate', '20000'], { ...HA_TEST_ENV, BOURSE_HA_NODE_ID: 'p' });
    procs.push(P);
    await P.waitAcked(60_000, 90_000);
    const S = new BourseProc('standby', ['start', '--port', '0', '--role', 'standby', '--nats', c.urls, '--data', join(root, 's'), '--rate', '20000'], { ...HA_TEST_ENV, BOURSE_HA_NODE_ID: 's' });
    procs.push(S);
    await S.waitFor(/^ha: role=standby node=s seq=(\d+)/);
    const target = P.maxAcked + 20_000;
    await P.waitAcked(target);
    await caughtUp(S, target);
    const live = await S.stop();
    const at = Number(/^ha: stopped node=s seq=(\d+)/.exec(S.lines.find((l) => l.startsWith('ha: stopped'))!)![1]);
    assert.ok(at >= target);
    await P.stop();
    // Same records, same hashes; the standby's live hashes equal a replay of its own journal.
    const a = await journalBytes(join(root, 'p', 'journal'), 1, at);
    const b = await journalBytes(join(root, 's', 'journal'), 1, at);
    assert.equal(b.count, at);
    assert.ok(a.bytes.equals(b.bytes), 'the standby journal differs from the primary\'s');
    assert.ok(live.startsWith('state='));
    assert.equal(liveVersusReplay(S, join(root, 's', 'journal')), '', S.tailText());
    assert.equal(replayHashes(join(root, 's', 'journal'), at), replayHashes(join(root, 'p', 'journal'), at));
  } finally {
    for (const p of procs) p.kill();
    await Promise.all(procs.map((p) => p.exited));
    c.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a standby started after the log was trimmed starts from a snapshot and the log', { skip, timeout: 240_000 }, async () => {
  const c = await startCluster();
  const root = mkdtempSync(join(tmpdir(), 'bourse-ha-snap-'));
  const procs: BourseProc[] = [];
  try {
    // The primary creates the stream: at most 300 messages (a few seconds of input), a snapshot every 20,000 inputs.
    const P = new BourseProc('primary', ['start', '--port', '0', '--role', 'primary', '--nats', c.urls, '--data', join(root, 'p'), '--rate', '20000'], {
      ...HA_TEST_ENV, BOURSE_HA_NODE_ID: 'p', BOURSE_HA_STREAM_MAX_MSGS: '300', BOURSE_HA_SNAPSHOT_EVERY: '20000',
    });
    procs.push(P);
    await P.waitAcked(40_000, 120_000);
    // Wait until the log no longer starts at seq 1 (trimmed) and a snapshot exists past its start.
    for (let i = 0; ; i++) {
      const st = JSON.parse(bourse(['ha', 'status', '--nats', c.urls, '--monitor', c.monitor, '--json']).stdout) as { log: { bourse_seq: number[] } };
      if (st.log.bourse_seq[0]! > 40_000) break;
      assert.ok(i < 600, `the log was not trimmed: ${JSON.stringify(st.log)}`);
      await sleep(200);
    }
    const S = new BourseProc('standby', ['start', '--port', '0', '--role', 'standby', '--nats', c.urls, '--data', join(root, 's'), '--rate', '20000'], { ...HA_TEST_ENV, BOURSE_HA_NODE_ID: 's' });
    procs.push(S);
    await S.waitFor(/^ha: bootstrapped from snapshot at seq (\d+)/, 60_000);
    await S.waitFor(/^ha: role=standby node=s/);
    const target = P.maxAcked + 20_000;
    await P.waitAcked(target);
    await caughtUp(S, target);
    const live = await S.stop();
    await P.stop();
    const at = Number(/^ha: stopped node=s seq=(\d+)/.exec(S.lines.find((l) => l.startsWith('ha: stopped'))!)![1]);
    // A standby slower than the trimming bootstraps again from a newer snapshot: the last one counts.
    const boots = S.lines.map((l) => /^ha: bootstrapped from snapshot at seq (\d+) \(the log starts at (\d+)\)/.exec(l)).filter((m) => m !== null);
    const snapSeq = Number(boots[boots.length - 1]![1]);
    for (const m of boots) assert.ok(Number(m[1]) + 1 >= Number(m[2]), `snapshot ${m[1]} must reach the log's start ${m[2]}`);
    // The standby's journal starts after the snapshot and holds the primary's records from there on.
    const sj = join(root, 's', 'journal');
    assert.deepEqual(readdirSync(sj).filter((n) => n.endsWith('.seg')).sort()[0], `${String(snapSeq + 1).padStart(20, '0')}.seg`);
    const a = await journalBytes(join(root, 'p', 'journal'), snapSeq + 1, at);
    const b = await journalBytes(sj, snapSeq + 1, at);
    assert.equal(b.count, at - snapSeq);
    assert.ok(a.bytes.equals(b.bytes), 'the standby journal differs from the primary\'s');
    // Engine state: the live one equals the primary's replay at the same seq. (Its market data is
    // a new session seeded from the snapshot, so there is no full-history MD hash to compare.)
    const pState = /state=(\S+)/.exec(replayHashes(join(root, 'p', 'journal'), at))![1];
    assert.equal(live, `state=${pState}`);
    assert.equal(/state=(\S+)/.exec(replayHashes(sj, at, true))![1], pState);
  } finally {
    for (const p of procs) p.kill();
    await Promise.all(procs.map((p) => p.exited));
    c.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
