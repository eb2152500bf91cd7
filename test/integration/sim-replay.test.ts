/**
 * Determinism end to end, through the real CLI: the same seed writes the same journal and
 * replays to the same hashes; a sim killed with SIGKILL mid-way recovers to exactly the hashes
 * of an uninterrupted run over the inputs that were acknowledged; snapshot + tail recovery
 * reaches the same state as a full replay.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse, bourseSpawn } from '../support/cli.ts';

const HASHES = /^state=([0-9a-f]{64}) events=([0-9a-f]{64}) md=([0-9a-f]{64})$/;

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'bourse-sim-'));
}

test('same seed, same hashes; another seed, other hashes; snapshot recovery reaches the same state', () => {
  const dir = tmp();
  try {
    const run = (name: string, seed: number) => {
      const j = join(dir, name);
      const s = bourse(['sim', '--orders', '60000', '--seed', String(seed), '--journal', j, '--symbols', '3', '--snapshot-every', '25000']);
      assert.equal(s.code, 0, s.stderr);
      assert.match(s.lastLine, /last_seq=60003$/);
      const r = bourse(['replay', '--journal', j]);
      assert.equal(r.code, 0, r.stderr);
      const m = HASHES.exec(r.lastLine);
      assert.ok(m, r.lastLine);
      return { j, state: m[1]!, events: m[2]!, md: m[3]! };
    };
    const a = run('a', 11);
    const b = run('b', 11);
    const c = run('c', 12);
    assert.equal(a.state, b.state);
    assert.equal(a.events, b.events);
    assert.equal(a.md, b.md);
    assert.deepEqual(readFileSync(join(a.j, '00000000000000000001.seg')), readFileSync(join(b.j, '00000000000000000001.seg')));
    assert.notEqual(a.state, c.state);
    assert.notEqual(a.events, c.events);
    assert.notEqual(a.md, c.md);
    const fromSnap = bourse(['replay', '--journal', a.j, '--from-snapshot']);
    assert.match(fromSnap.stdout, /snapshot=50000 replayed=10003/);
    assert.equal(/^state=([0-9a-f]{64}) events=[0-9a-f]{64}$/.exec(fromSnap.lastLine)?.[1], a.state);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('kill -9 mid-run: the recovered journal replays to the hashes of an uninterrupted run cut at the same input', async () => {
  const dir = tmp();
  try {
    const killed = join(dir, 'killed');
    const child = bourseSpawn(['sim', '--orders', '3000000', '--seed', '5', '--journal', killed, '--symbols', '2', '--batch', '200']);
    let acked = 0;
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        for (const m of out.matchAll(/acked=(\d+)/g)) acked = Math.max(acked, Number(m[1]));
        if (acked >= 40000 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    assert.ok(acked >= 40000, `sim acknowledged only ${acked} inputs before dying: ${out.slice(-300)}`);
    const rec = bourse(['replay', '--journal', killed]);
    assert.equal(rec.code, 0, rec.stderr);
    const seq = Number(/seq=(\d+)/.exec(rec.stdout)![1]);
    assert.ok(seq >= acked, `recovered to seq ${seq} but ${acked} were acknowledged`);
    assert.ok(seq < 3_000_002, 'the sim was killed before the end');

    const whole = join(dir, 'whole');
    const full = bourse(['sim', '--orders', String(seq + 1000), '--seed', '5', '--journal', whole, '--symbols', '2', '--batch', '200', '--fsync', 'false']);
    assert.equal(full.code, 0, full.stderr);
    const cut = bourse(['replay', '--journal', whole, '--to', String(seq)]);
    assert.equal(HASHES.exec(cut.lastLine)?.[0], HASHES.exec(rec.lastLine)?.[0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sim and replay refuse bad flags with registered errors', () => {
  const r1 = bourse(['sim', '--orders', '-5', '--journal', '/tmp/x']);
  assert.equal(r1.code, 2);
  assert.match(r1.stderr, /CLI_BAD_VALUE.*--orders must be at least 1/);
  const r2 = bourse(['sim', '--orders', '10', '--journal', '/tmp/x', '--bogus', '1']);
  assert.match(r2.stderr, /CLI_UNKNOWN_FLAG.*--bogus/);
  const r3 = bourse(['replay']);
  assert.match(r3.stderr, /CLI_MISSING_FLAG.*--journal/);
  const r4 = bourse(['frobnicate']);
  assert.equal(r4.code, 2);
  assert.match(r4.stderr, /CLI_UNKNOWN_COMMAND/);
});
