#!/usr/bin/env node
// Regenerates the static protobufjs code for every .proto in proto/ (`npm run proto`).
// Usage: node proto/generate.js [OUT_DIR]   (default proto/gen; the drift test uses a temp dir)
// The versions of protobufjs and protobufjs-cli are pinned in package.json so the output is
// byte-stable: the committed proto/gen/ must equal a fresh generation.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, 'gen'));
const require = createRequire(import.meta.url);
const cli = dirname(require.resolve('protobufjs-cli/package.json'));
const pbjs = join(cli, 'bin', 'pbjs');
const pbts = join(cli, 'bin', 'pbts');

mkdirSync(out, { recursive: true });
for (const file of readdirSync(here).filter((f) => f.endsWith('.proto')).sort()) {
  const base = file.slice(0, -'.proto'.length);
  const js = join(out, `${base}.js`);
  // Relative paths keep absolute directories out of the generated comments.
  execFileSync(process.execPath, [pbjs, '-t', 'static-module', '-w', 'es6', '-o', js, file], { cwd: here, stdio: 'inherit' });
  execFileSync(process.execPath, [pbts, '-o', join(out, `${base}.d.ts`), js], { cwd: here, stdio: 'inherit' });
}
