/**
 * Bounded recovery, with real `bourse` processes and files: engine + MDP snapshot pairs, a
 * restart that replays only the tail, the MD records after a snapshot equal to a full replay's
 * byte for byte (md=) with the same engine state (state=), snapshots beyond the journal's end or
 * damaged never used, sealed journal segments, and a failed thread seen by /readyz.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { Running, crashLines, replayResult } from '../support/fs-faults.ts';
import { until } from '../support/wait.ts';
import { readSnapshot, writeSnapshot, snapshotName, MDP_SNAPSHOT } from '../../server/sequencer/snapshots.ts';

const LIVE = ['--port', '0', '--feed', 'false', '--show', '0'];
const pad = (n: number) => String(n).padStart(20, '0');

function snaps(journal: string, prefix: 'snap' | 'mdp'): number[] {
  return readdirSync(join(journal, 'snapshots')).filter((n) => new RegExp(`^${prefix}-\\d{20}\\.bin$`).test(n)).map((n) => Number(n.slice(prefix.length + 1, prefix.length + 21))).sort((a, b) => a - b);
}

const mdFrom = (stdout: string) => Number(/md_from=(\d+)/.exec(stdout)?.[1] ?? 0);
const mdRecords = (stdout: string) => Number(/md_records=(\d+)/.exec(stdout)![1]);

/** A data directory written by a live `bourse start` with frequent snapshot pairs (made once). */
let made: { dir: string; journal: string; lastSeq: number } | undefined;
function liveData(): { dir: string; journal: string; lastSeq: number } {
  if (made) return made;
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-recovery-'));
  const r = bourse(['start', '--data', dir, '--rate', '20000', '--snapshot-every', '7000', '--fsync', 'false', '--seconds', '3', '--fail-linger-ms', '0', ...LIVE], { timeoutMs: 90_000 });
  assert.equal(r.code, 0, r.stderr);
  const lastSeq = Number(/stopped at seq (\d+)/.exec(r.stdout)![1]);
  made = { dir, journal: join(dir, 'journal'), lastSeq };
  return made;
}
test.after(() => made && rmSync(made.dir, { recursive: true, force: true }));

test('bounded recovery: bourse start writes engine + MDP snapshot pairs; md= and state= after an MDP snapshot equal a full replay\'s from the same point; a restart replays only the tail', () => {
  const { dir, journal, lastSeq } = liveData();
  const mdp = snaps(journal, 'mdp');
  const eng = snaps(journal, 'snap');
  assert.ok(mdp.length >= 2 && mdp.length <= 3, `MDP snapshots ${mdp}`);
  assert.ok(eng.length >= 2 && eng.length <= 3, `engine snapshots ${eng}`);
  // Each MDP snapshot follows an engine one (written at the MDP's first input boundary past it).
  for (const m of mdp) assert.ok(eng.some((e) => e <= m), `MDP snapshot ${m}, engine snapshots ${eng}`);

  // From the newest pair (the end), and from an older one (--to picks the newest at or below it).
  for (const to of [undefined, mdp[0]! + 1234]) {
    const extra = to ? ['--to', String(to)] : [];
    const fromSnap = bourse(['replay', '--journal', journal, '--from-snapshot', ...extra]);
    assert.equal(fromSnap.code, 0, fromSnap.stderr);
    const m = Number(/mdp_snapshot=(\d+)/.exec(fromSnap.stdout)![1]);
    assert.ok(mdp.includes(m), `used MDP snapshot ${m} of ${mdp}`);
    const after = mdFrom(fromSnap.stdout);
    assert.ok(after > 0 && mdRecords(fromSnap.stdout) > after, `the tail after MD seq ${after} is not empty:\n${fromSnap.stdout}`);
    const full = bourse(['replay', '--journal', journal, '--md-after', String(after), ...extra]);
    assert.equal(full.code, 0, full.stderr);
    const a = replayResult(fromSnap.stdout);
    const b = replayResult(full.stdout);
    assert.equal(a.seq, to ?? lastSeq);
    assert.equal(a.state, b.state, 'engine state');
    assert.equal(a.md, b.md, `MD records after md seq ${after}`);
    assert.equal(mdRecords(fromSnap.stdout), mdRecords(full.stdout));
    assert.ok(a.replayed < b.replayed / 2, `replayed ${a.replayed} of ${b.replayed}`);
  }

  // A restart: from the newest pair, replaying only what follows it; then it leaves a pair at its end.
  const copy = join(dir, '..', `${dir.split('/').pop()}-restart`);
  cpSync(dir, copy, { recursive: true });
  try {
    const r = bourse(['start', '--data', copy, '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(r.code, 0, r.stderr);
    const m = /recovered to seq (\d+); engine snapshot (\d+), MDP snapshot (\d+), (\d+) inputs replayed/.exec(r.stdout);
    assert.ok(m, r.stdout);
    const [seq, e, md, replayed] = m.slice(1).map(Number) as [number, number, number, number];
    assert.deepEqual([seq, md], [lastSeq, mdp[mdp.length - 1]!]);
    assert.equal(e, Math.max(...eng.filter((x) => x <= md)));
    assert.equal(replayed, lastSeq - e);
    assert.match(r.stdout, new RegExp(`recovery: engine from snapshot at seq ${e}, MDP from snapshot at seq ${md}, journal ends at seq ${lastSeq}`));
    assert.equal(snaps(join(copy, 'journal'), 'mdp').at(-1), lastSeq, 'a pair at the end of the recovered journal');
    assert.deepEqual(crashLines(r.stderr), []);
    // The journal's closed segments were sealed when they closed (the next open does not read them).
    const journalFiles = readdirSync(join(copy, 'journal'));
    const segs = journalFiles.filter((n) => n.endsWith('.seg'));
    if (segs.length > 1) assert.ok(journalFiles.includes(`${segs[0]}.sealed`), journalFiles.join(' '));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('an MDP snapshot beyond the journal\'s end is never used: start refuses (JOURNAL_TRUNCATED, naming it), replay lists it as refused and reaches the full replay\'s state', () => {
  const { dir, journal, lastSeq } = liveData();
  const copy = `${dir}-beyond`;
  cpSync(dir, copy, { recursive: true });
  try {
    const snapDir = join(copy, 'journal', 'snapshots');
    const newest = snaps(journal, 'mdp').at(-1)!;
    const beyond = lastSeq + 5000;
    writeSnapshot(snapDir, beyond, readSnapshot(join(snapDir, snapshotName(newest, MDP_SNAPSHOT))).bytes, MDP_SNAPSHOT);
    const st = bourse(['start', '--data', copy, '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(st.code, 2, st.stdout + st.stderr);
    assert.match(st.stderr, new RegExp(`^bourse start: JOURNAL_TRUNCATED: .*mdp-${pad(beyond)}\\.bin was taken at seq ${beyond}`, 'm'));
    const r = bourse(['replay', '--journal', join(copy, 'journal'), '--from-snapshot']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, new RegExp(`snapshot skipped: .*mdp-${pad(beyond)}\\.bin: refused: seq ${beyond} is beyond the journal's end at seq ${lastSeq}$`, 'm'));
    assert.match(r.stdout, new RegExp(`mdp_snapshot=${newest}\\b`));
    assert.equal(replayResult(r.stdout).state, replayResult(bourse(['replay', '--journal', journal]).stdout).state);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('a damaged MDP snapshot (bad file CRC, or a valid file whose state section lies) is skipped with its reason; the older pair gives the same state and MD records', () => {
  const { dir, lastSeq } = liveData();
  const copy = `${dir}-damaged`;
  cpSync(dir, copy, { recursive: true });
  try {
    const jdir = join(copy, 'journal');
    const snapDir = join(jdir, 'snapshots');
    const [older, newest] = snaps(jdir, 'mdp').slice(-2) as [number, number];
    const path = join(snapDir, snapshotName(newest, MDP_SNAPSHOT));
    const good = readSnapshot(path).bytes;
    // A section whose own CRC fails inside a file whose CRC is fine: MDP_STATE_CORRUPT.
    const lie = good.slice();
    lie[40]! ^= 0xff;
    writeSnapshot(snapDir, newest, lie, MDP_SNAPSHOT);
    const r = bourse(['replay', '--journal', jdir, '--from-snapshot']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`snapshot skipped: MDP_STATE_CORRUPT: .*mdp-${pad(newest)}\\.bin: section MDP : crc mismatch`));
    assert.match(r.stdout, new RegExp(`mdp_snapshot=${older}\\b`));
    const full = bourse(['replay', '--journal', jdir, '--md-after', String(mdFrom(r.stdout))]);
    assert.equal(replayResult(r.stdout).state, replayResult(full.stdout).state);
    assert.equal(replayResult(r.stdout).md, replayResult(full.stdout).md);
    // A flipped byte in the file: SNAPSHOT_CORRUPT; start says so once and recovers all the same.
    const raw = readFileSync(path);
    raw[raw.length - 3]! ^= 0x01;
    writeFileSync(path, raw);
    const st = bourse(['start', '--data', copy, '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(st.code, 0, st.stderr);
    assert.match(st.stderr, new RegExp(`^bourse start: snapshot not used: SNAPSHOT_CORRUPT: .*mdp-${pad(newest)}\\.bin: payload crc mismatch$`, 'm'));
    assert.match(st.stdout, new RegExp(`recovered to seq ${lastSeq}; engine snapshot \\d+, MDP snapshot ${older},`));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('a failed thread: GET /readyz answers 503 "failed" with the failure\'s code while start lingers; then one coded line, exit 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-readyz-'));
  try {
    const x = new Running(['start', '--data', dir, '--rate', '20000', '--snapshot-every', '3000', '--fsync', 'false', '--seconds', '120', '--fail-linger-ms', '60000', ...LIVE]);
    try {
      const url = (await x.waitFor(/dashboard (http:\/\/\S+?)\//))[1]!;
      await x.waitFor(/inputs\/s .* seq [1-9]/);
      const ok = await fetch(`${url}/readyz`);
      assert.equal(ok.status, 200);
      assert.deepEqual((await ok.json() as { pipeline: unknown }).pipeline, { ok: true, code: '', detail: '' });
      // Snapshots can no longer be written: the next one fails the thread that writes it.
      const snapDir = join(dir, 'journal', 'snapshots');
      // Atomic, while a snapshot may be being written; a writer may recreate the directory
      // between the two steps (EISDIR / EEXIST): move it away again and retry.
      for (let i = 0; ; i++) {
        try {
          renameSync(snapDir, `${snapDir}.moved${i}`);
          writeFileSync(snapDir, 'not a directory', { flag: 'wx' });
          break;
        } catch (e) {
          if (i > 50) throw e;
        }
      }
      const failed = await until(async () => {
        const r = await fetch(`${url}/readyz`).catch(() => undefined);
        return r?.status === 503 ? r : undefined;
      }, 60_000, '/readyz 503', 20);
      const body = await failed.json() as { status: string; pipeline: { ok: boolean; code: string; detail: string } };
      assert.equal(body.status, 'failed');
      assert.equal(body.pipeline.ok, false);
      assert.equal(body.pipeline.code, 'JOURNAL_IO');
      assert.match(body.pipeline.detail, /snapshot/);
      x.child.kill('SIGTERM'); // ends the linger at once
      const code = await x.status(60_000);
      assert.equal(code, 2, x.stderr);
      const errs = x.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('bourse: bars store:'));
      assert.equal(errs.length, 1, x.stderr);
      assert.match(errs[0]!, /^bourse start: JOURNAL_IO: journal i\/o failed: .*snapshot.*(ENOTDIR|EEXIST|ENOENT)/);
      assert.deepEqual(crashLines(x.stderr), []);
    } finally {
      await x.kill();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sealed segments: an open trusts a closed segment only while its seal matches; a changed segment is validated in full again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-seal-'));
  try {
    const j = join(dir, 'j');
    const sim = bourse(['sim', '--orders', '20000', '--journal', j, '--fsync', 'false', '--segment-bytes', '200000', '--snapshot-every', '0']);
    assert.equal(sim.code, 0, sim.stderr);
    const names = readdirSync(j);
    const segs = names.filter((n) => n.endsWith('.seg')).sort();
    assert.ok(segs.length >= 3, names.join(' '));
    assert.deepEqual(names.filter((n) => n.endsWith('.sealed')).sort(), segs.slice(0, -1).map((n) => `${n}.sealed`), 'every closed segment, not the open one');
    const whole = replayResult(bourse(['replay', '--journal', j]).stdout);
    // A seal that lies about its segment (wrong last seq) is not trusted: same journal, same state.
    const seal = join(j, `${segs[0]}.sealed`);
    const s = JSON.parse(readFileSync(seal, 'utf8')) as { lastSeq: number };
    writeFileSync(seal, JSON.stringify({ ...s, lastSeq: s.lastSeq + 7 }));
    assert.equal(replayResult(bourse(['replay', '--journal', j]).stdout).state, whole.state);
    // A flipped byte in a sealed middle segment changes its mtime: the open reads it and refuses.
    const mid = join(j, segs[1]!);
    const b = readFileSync(mid);
    b[b.length - 20]! ^= 0x01;
    writeFileSync(mid, b);
    const r = bourse(['replay', '--journal', j]);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, new RegExp(`JOURNAL_CORRUPT: .*${segs[1]}: byte \\d+: expected seq \\d+: crc mismatch`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('disk budget --retain: closed segments before the newest snapshot pair are archived (gzip) or pruned; replay reads the archive; a bad policy is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-retain-'));
  try {
    const data = join(dir, 'd');
    const j = join(data, 'journal');
    const sim = bourse(['sim', '--orders', '40000', '--journal', j, '--fsync', 'false', '--segment-bytes', '300000', '--snapshot-every', '5000']);
    assert.equal(sim.code, 0, sim.stderr);
    const whole = replayResult(bourse(['replay', '--journal', j]).stdout);
    const segsBefore = readdirSync(j).filter((n) => n.endsWith('.seg')).sort();
    assert.ok(segsBefore.length >= 5, segsBefore.join(' '));

    const bad = bourse(['start', '--data', data, '--retain', 'archive:lots', ...LIVE]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^bourse start: RETAIN_BAD_POLICY: .*--retain "archive:lots": unknown policy/m);

    // The first start replays it all and leaves a pair at its end (keep: nothing removed yet).
    const first = bourse(['start', '--data', data, '--retain', 'keep', '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(readdirSync(j).filter((n) => n.endsWith('.seg')).sort(), segsBefore);
    const pruneCopy = join(dir, 'p');
    cpSync(data, pruneCopy, { recursive: true });

    // archive: every closed segment before the pair's engine snapshot becomes archive/NNN.seg.gz.
    const second = bourse(['start', '--data', data, '--retain', 'archive', '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(second.code, 0, second.stderr);
    const m = /retention archive: (\d+) segment\(s\) archived, 0 pruned/.exec(second.stdout);
    assert.ok(m && Number(m[1]) === segsBefore.length - 1, second.stdout);
    const archived = readdirSync(join(j, 'archive')).sort();
    assert.deepEqual(archived, segsBefore.slice(0, -1).map((n) => `${n}.gz`));
    assert.deepEqual(readdirSync(j).filter((n) => n.endsWith('.seg')), segsBefore.slice(-1));
    const r = bourse(['replay', '--journal', j]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(replayResult(r.stdout).state, whole.state, 'a full replay through archive/ reaches the same state');
    assert.equal(replayResult(r.stdout).md, whole.md, 'and the same MD records');
    const again = bourse(['start', '--data', data, '--retain', 'archive', '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`recovered to seq ${whole.seq};`));

    // prune: deleted; a full replay names the missing seqs, a replay from the snapshots still works.
    const third = bourse(['start', '--data', pruneCopy, '--retain', 'prune', '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(third.code, 0, third.stderr);
    assert.match(third.stdout, /retention prune: 0 segment\(s\) archived, \d+ pruned/);
    const pj = join(pruneCopy, 'journal');
    const full = bourse(['replay', '--journal', pj]);
    assert.equal(full.code, 2);
    assert.match(full.stderr, /JOURNAL_SEQ_GAP: .*seqs 1\.\.\d+ are missing/);
    const fromSnap = bourse(['replay', '--journal', pj, '--from-snapshot']);
    assert.equal(fromSnap.code, 0, fromSnap.stderr);
    assert.equal(replayResult(fromSnap.stdout).state, whole.state);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a restart with a tail prints its progress (position, percent, rate, ETA), a done line and where its time went; the pair it leaves makes the next restart replay nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-progress-'));
  try {
    // A sim journal without snapshots: the first start replays all of it (engine, ring, MDP).
    const sim = bourse(['sim', '--orders', '60000', '--journal', join(dir, 'journal'), '--fsync', 'false', '--snapshot-every', '0']);
    assert.equal(sim.code, 0, sim.stderr);
    const last = Number(/last_seq=(\d+)/.exec(sim.stdout)![1]);
    const fmt = (n: number) => n.toLocaleString('en-US');
    // BOURSE_PROGRESS_MS=0: a line at every step, whatever the machine's speed.
    const env = { ...process.env, BOURSE_PROGRESS_MS: '0' };
    const r = bourse(['start', '--data', dir, '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 90_000, env });
    assert.equal(r.code, 0, r.stderr);
    const progress = r.stderr.split('\n').filter((l) => l.startsWith('bourse start: recovery  seq'));
    assert.ok(progress.length >= 2, r.stderr);
    for (const l of progress) assert.match(l, new RegExp(`^bourse start: recovery  seq [\\d,]+ / ${fmt(last)}  [\\d.]+%  [\\d,]+ inputs/s  ETA (\\d+ s|\\d+ min \\d+ s|\\?)$`));
    const seqs = progress.map((l) => Number(/seq ([\d,]+)/.exec(l)![1]!.replaceAll(',', '')));
    assert.deepEqual([...seqs].sort((a, b) => a - b), seqs, 'positions only grow');
    assert.match(r.stderr, new RegExp(`^bourse start: recovery  done at seq ${fmt(last)}: ${fmt(last)} inputs in [\\d.]+ s \\([\\d,]+ inputs/s\\); ${last} inputs replayed$`, 'm'));
    assert.match(r.stdout, new RegExp(`^bourse: serving [\\d.]+ s after the process started: threads loaded [\\d.]+ s, journal open [\\d.]+ s, snapshots [\\d.]+ s, replay of ${fmt(last)} inputs [\\d.]+ s \\([\\d,]+/s\\), store \\+ HTTP [\\d.]+ s$`, 'm'));
    assert.deepEqual(crashLines(r.stderr), []);
    // It left an engine + MDP pair at the journal's end (written by the main thread): the next start replays nothing.
    assert.deepEqual([snaps(join(dir, 'journal'), 'snap').at(-1), snaps(join(dir, 'journal'), 'mdp').at(-1)], [last, last]);
    const again = bourse(['start', '--data', dir, '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 90_000, env });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`recovered to seq ${last}; engine snapshot ${last}, MDP snapshot ${last}, 0 inputs replayed`));
    assert.match(again.stdout, /replay of 0 inputs /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bourse sim --mdp writes engine + MDP pairs (one at its end): md= and state= from each equal a full replay\'s; a start on it replays nothing; without --mdp, engine snapshots only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-fault-simpairs-'));
  try {
    const journal = join(dir, 'journal');
    const sim = bourse(['sim', '--orders', '30000', '--journal', journal, '--fsync', 'false', '--snapshot-every', '7000', '--mdp', 'true']);
    assert.equal(sim.code, 0, sim.stderr);
    const last = Number(/last_seq=(\d+)/.exec(sim.stdout)![1]);
    assert.deepEqual(snaps(journal, 'snap'), [21000, 28000, last]);
    assert.deepEqual(snaps(journal, 'mdp'), [21000, 28000, last]);
    // From the pair at the end (nothing after it) and from an older one (--to picks the newest at or below).
    for (const to of [undefined, 25000]) {
      const extra = to ? ['--to', String(to)] : [];
      const fromSnap = bourse(['replay', '--journal', journal, '--from-snapshot', ...extra]);
      assert.equal(fromSnap.code, 0, fromSnap.stderr);
      assert.equal(Number(/mdp_snapshot=(\d+)/.exec(fromSnap.stdout)![1]), to ? 21000 : last);
      const after = mdFrom(fromSnap.stdout);
      const full = bourse(['replay', '--journal', journal, '--md-after', String(after), ...extra]);
      assert.equal(full.code, 0, full.stderr);
      const a = replayResult(fromSnap.stdout);
      const b = replayResult(full.stdout);
      assert.equal(a.seq, to ?? last);
      assert.equal(a.state, b.state, 'engine state');
      assert.equal(a.md, b.md, `MD records after md seq ${after}`);
      // The sim's MDP had folded exactly the records a full replay makes up to its seq.
      assert.equal(mdRecords(fromSnap.stdout), mdRecords(full.stdout));
      if (!to) assert.equal(after, mdRecords(full.stdout), 'the pair at the end holds every MD record');
    }
    const r = bourse(['start', '--data', dir, '--rate', '0', '--seconds', '1', ...LIVE], { timeoutMs: 60_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`recovered to seq ${last}; engine snapshot ${last}, MDP snapshot ${last}, 0 inputs replayed`));
    assert.deepEqual(crashLines(r.stderr), []);

    const plain = join(dir, 'plain');
    const engineOnly = bourse(['sim', '--orders', '30000', '--journal', plain, '--fsync', 'false', '--snapshot-every', '7000']);
    assert.equal(engineOnly.code, 0, engineOnly.stderr);
    assert.deepEqual([snaps(plain, 'snap'), snaps(plain, 'mdp')], [[14000, 21000, 28000], []]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
