/**
 * Node 24 LTS is the runtime (docs/decisions.md): the suite runs on the pinned Node, and a script
 * started by an older Node re-runs itself on the pinned one instead of running there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../support/data.ts';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; engines: { node: string } };
const PINNED = pkg.dependencies.node!;

test('the suite runs on the pinned Node 24 (not on whatever Node is on the PATH)', () => {
  assert.match(PINNED, /^24\.\d+\.\d+$/, 'package.json pins an exact Node 24 release');
  assert.equal(pkg.engines.node, '>=24');
  assert.equal(process.versions.node, PINNED);
});

test('bourse started by an older system Node runs on the pinned Node', { skip: olderSystemNode() ? false : 'no system Node older than 24 on this machine' }, () => {
  const r = spawnSync(olderSystemNode()!, [join(REPO_ROOT, 'bin', 'bourse.js'), '--version'], { encoding: 'utf8', env: { ...process.env, PATH: '/usr/bin:/bin' } });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^bourse \\S+ node v${PINNED.replaceAll('.', '\\.')} `));
  // A failing command keeps its exit status through the re-run.
  const bad = spawnSync(olderSystemNode()!, [join(REPO_ROOT, 'bin', 'bourse.js'), 'no-such-command'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /CLI_UNKNOWN_COMMAND/);
});

function olderSystemNode(): string | undefined {
  for (const p of ['/usr/bin/node', '/usr/local/bin/node']) {
    const r = spawnSync(p, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    if (r.status === 0 && Number(r.stdout.split('.')[0]) < 24) return p;
  }
  return undefined;
}
