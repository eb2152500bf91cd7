/**
 * The architecture, checked: imports flow down (apps -> edges -> hot core -> kernel), the hot
 * core imports nothing cold, and the deterministic parts never read a clock or a random source.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { REPO_ROOT } from '../support/data.ts';

const SERVER = join(REPO_ROOT, 'server');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/^\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]/gm), ...src.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
}

const layerOf = (file: string) => relative(SERVER, file).split('/')[0]!;
const HOT = new Set(['kernel', 'engine', 'mdp', 'bus', 'sequencer']);
// Allowed import targets per layer (besides itself).
const ALLOWED: Record<string, string[]> = {
  kernel: [],
  engine: ['kernel'],
  sequencer: ['kernel', 'engine'],
  mdp: ['kernel', 'engine'],
  bus: ['kernel', 'engine'],
  sim: ['kernel', 'engine'],
  'feed-client': ['kernel'],
};
// The durability boundary touches the OS by nature (docs/decisions.md); framing.ts, the journal's
// byte layout, does not.
const NODE_OK = new Set([
  'sequencer/journal.ts', 'sequencer/journal-lock.ts', 'sequencer/segments.ts', 'sequencer/files.ts',
  'sequencer/snapshots.ts', 'sequencer/recovery.ts',
]);

test('imports flow down the layers', () => {
  const problems: string[] = [];
  for (const f of files(SERVER)) {
    const layer = layerOf(f);
    const allowed = ALLOWED[layer];
    for (const spec of imports(f)) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(f), spec);
      if (target.startsWith(join(REPO_ROOT, 'proto'))) {
        if (HOT.has(layer)) problems.push(`${relative(REPO_ROOT, f)} (hot core) imports the wire schema ${spec}`);
        continue;
      }
      const tl = layerOf(target);
      if (tl === layer) continue;
      if (allowed && !allowed.includes(tl)) problems.push(`${relative(REPO_ROOT, f)} (${layer}) imports ${tl}: ${spec}`);
      if (tl === 'apps' && layer !== 'apps') problems.push(`${relative(REPO_ROOT, f)} imports the composition root: ${spec}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the hot core imports no node:* modules (except the durability boundary: journal files, snapshots)', () => {
  const problems: string[] = [];
  for (const f of files(SERVER)) {
    const rel = relative(SERVER, f);
    if (!HOT.has(layerOf(f)) || NODE_OK.has(rel)) continue;
    for (const spec of imports(f)) if (spec.startsWith('node:') || !spec.startsWith('.')) problems.push(`${rel} imports ${spec}`);
  }
  assert.deepEqual(problems, []);
});

test('engine and MDP never read a clock or a random source', () => {
  const problems: string[] = [];
  for (const f of files(SERVER)) {
    if (!['engine', 'mdp', 'kernel'].includes(layerOf(f))) continue;
    const src = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const bad of ['Date.now', 'new Date(', 'Math.random', 'performance.now', 'process.hrtime', 'crypto.', 'process.env']) {
      if (src.includes(bad)) problems.push(`${relative(REPO_ROOT, f)} uses ${bad}`);
    }
  }
  assert.deepEqual(problems, []);
});
