#!/usr/bin/env node
// Builds the dashboard into web/dist when it is missing or older than its sources
// (`npm start` runs this first; `npm run build:web` always builds). Prints what it did.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('.', import.meta.url));
const out = join(web, 'dist', 'index.html');

function newest(p) {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((n) => newest(join(p, n))));
}

export function isStale() {
  if (!existsSync(out)) return true;
  const src = Math.max(newest(join(web, 'src')), newest(join(web, 'index.html')), newest(join(web, 'vite.config.ts')));
  return src > statSync(out).mtimeMs;
}

export function build() {
  const vite = join(web, '..', 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) {
    console.error('web: vite is not installed (npm ci installs it); the dashboard is not built');
    return 1;
  }
  const r = spawnSync(process.execPath, [vite, 'build', web], { stdio: 'inherit' });
  return r.status ?? 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const force = process.argv.includes('--force');
  if (!force && !isStale()) process.exit(0);
  console.log('web: building the dashboard into web/dist');
  process.exit(build());
}
