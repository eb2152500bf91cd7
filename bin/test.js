#!/usr/bin/env node
// `npm test`: every test file under test/ through node:test, on Node's own type stripping.
// Extra arguments narrow the run: `npm test -- engine` runs files whose path contains "engine".
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { onSupportedNode } from './runtime.js';

if (onSupportedNode()) {
  const root = new URL('..', import.meta.url).pathname;
  const filters = process.argv.slice(2);
  const files = [];
  (function walk(dir) {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.test.ts')) files.push(relative(root, p));
    }
  })(join(root, 'test'));
  const chosen = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
  if (chosen.length === 0) {
    console.error(`no test files match ${filters.join(' ')}`);
    process.exit(1);
  }
  // Say which Node runs the suite: it must be the one users run (test/unit/runtime.test.ts checks).
  console.log(`npm test: Node.js ${process.versions.node} (${process.execPath}), ${chosen.length} test files`);
  const r = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...chosen], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
