/** The committed static code in proto/gen/ is exactly what `npm run proto` generates from proto/*.proto. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/data.ts';

test('proto/gen matches a fresh generation from proto/feed.proto (run npm run proto after editing the schema)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'bourse-proto-'));
  try {
    execFileSync(process.execPath, [join(REPO_ROOT, 'proto', 'generate.js'), tmp], { stdio: 'pipe' });
    const committed = readdirSync(join(REPO_ROOT, 'proto', 'gen')).sort();
    const fresh = readdirSync(tmp).sort();
    assert.deepEqual(committed, fresh, 'proto/gen holds other files than the generator writes');
    assert.ok(fresh.includes('feed.js') && fresh.includes('feed.d.ts'));
    for (const f of fresh) {
      const a = readFileSync(join(REPO_ROOT, 'proto', 'gen', f), 'utf8');
      const b = readFileSync(join(tmp, f), 'utf8');
      assert.ok(a === b, `proto/gen/${f} differs from a fresh generation: run npm run proto`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
