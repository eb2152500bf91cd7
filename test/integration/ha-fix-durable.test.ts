// A follower's FIX store lines are durable before it records how far it has applied the
// BOURSE_FIX stream (docs/replication.md "FIX on HA nodes"): persistApplied, run by a real process
// on real files under strace, must fdatasync every store file it appended to (and fsync the FIX
// directory) before the mark file is renamed into place. The other order could leave the mark
// ahead of the stores after a crash, and the lines in between would never be applied again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/data.ts';

const hasStrace = spawnSync('sh', ['-c', 'command -v strace'], { encoding: 'utf8' }).status === 0;
const skip = hasStrace ? false : 'strace is not installed (Debian package strace; infra/install.sh installs it)';
if (skip && process.env.CI === 'true') throw new Error(`CI: ${skip}`);

test('FIX store lines are fdatasync\'ed before the applied mark is written (durable, then marked)', { skip, timeout: 60_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'bourse-fix-durable-'));
  try {
    const fixDir = join(root, 'fix');
    const mark = join(root, 'fix-applied.json');
    const url = (p: string) => new URL(`file://${join(REPO_ROOT, p)}`).href;
    const script = `
      import { mkdirSync } from 'node:fs';
      const { FixStore } = await import(${JSON.stringify(url('server/gateway/fix.ts'))});
      const { persistApplied } = await import(${JSON.stringify(url('server/apps/runtime/ha-fix.ts'))});
      mkdirSync(${JSON.stringify(fixDir)}, { recursive: true });
      const a = new FixStore(${JSON.stringify(fixDir)}, 7);
      const b = new FixStore(${JSON.stringify(fixDir)}, 8);
      a.applyLine('S 1 1 8=FIX.4.4|35=8|\\n');
      a.applyLine('I 2\\n');
      b.applyLine('O 5\\n');
      await persistApplied(${JSON.stringify(fixDir)}, [a, b], ${JSON.stringify(mark)}, { seq: 42, created: 'x' });
      console.log('done');
    `;
    const r = spawnSync('strace', ['-f', '-y', '-e', 'trace=fdatasync,fsync,rename,renameat,renameat2', process.execPath, '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 50_000 });
    assert.equal(r.status, 0, r.stderr.slice(-3000));
    assert.match(r.stdout, /done/);
    const calls = r.stderr.split('\n').filter((l) => /fdatasync\(|fsync\(|rename/.test(l));
    const idx = (re: RegExp): number => calls.findIndex((l) => re.test(l));
    const syncA = idx(/fdatasync\(\d+<[^>]*\/7\.fixlog>/);
    const syncB = idx(/fdatasync\(\d+<[^>]*\/8\.fixlog>/);
    const syncDir = idx(new RegExp(`fsync\\(\\d+<${fixDir.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}>`));
    const markRename = idx(/rename(at2?)?\(.*fix-applied\.json\.tmp/);
    assert.ok(syncA >= 0 && syncB >= 0 && syncDir >= 0 && markRename >= 0, `every step traced:\n${calls.join('\n')}`);
    assert.ok(syncA < markRename && syncB < markRename && syncDir < markRename, `stores durable before the mark:\n${calls.join('\n')}`);
    assert.deepEqual(JSON.parse(readFileSync(mark, 'utf8')), { seq: 42, created: 'x' });
    assert.equal(existsSync(`${mark}.tmp`), false, 'the mark replaced atomically');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
