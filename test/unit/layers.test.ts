/**
 * The architecture, checked (docs/architecture.md): every folder of server/ has a rule saying
 * which folders it may import; imports flow down (apps -> edges -> hot core -> kernel); the hot
 * core and the wire protocol import nothing cold; the deterministic parts never read a clock or
 * a random source. The checker itself is shown to fail on broken imports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { REPO_ROOT } from '../support/data.ts';

const SERVER = join(REPO_ROOT, 'server');
const PROTO = join(REPO_ROOT, 'proto');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

function imports(src: string): string[] {
  return [...src.matchAll(/^\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]/gm), ...src.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
}

/** Which folders each folder of server/ may import (besides itself); 'proto' is the generated wire schema. */
const ALLOWED: Record<string, readonly string[] | '*'> = {
  kernel: [],
  engine: ['kernel'],
  sequencer: ['kernel', 'engine'],
  mdp: ['kernel', 'engine'],
  bus: ['kernel'],
  protocol: ['kernel'],
  sim: ['kernel', 'engine'],
  multicast: ['kernel', 'mdp', 'protocol'],
  'feed-client': ['kernel', 'protocol'],
  relay: ['kernel', 'mdp', 'proto'],
  bars: ['kernel', 'mdp'],
  http: ['kernel', 'mdp', 'bars'],
  replication: ['kernel', 'engine', 'sequencer'],
  gateway: ['kernel', 'engine', 'sequencer', 'bus', 'protocol'],
  'order-client': ['kernel', 'protocol'],
  apps: '*',
};
const HOT = new Set(['kernel', 'engine', 'mdp', 'bus', 'sequencer']);
// The durability boundary touches the OS by nature (docs/decisions.md); framing.ts, the journal's
// byte layout, does not.
const NODE_OK = new Set([
  'sequencer/journal.ts', 'sequencer/journal-lock.ts', 'sequencer/segments.ts', 'sequencer/files.ts',
  'sequencer/snapshots.ts', 'sequencer/recovery.ts', 'sequencer/retention.ts',
]);

/** The layer of a path under server/ (or 'proto' for the generated schema). */
function layerOf(abs: string): string {
  if (abs.startsWith(PROTO + '/')) return 'proto';
  return relative(SERVER, abs).split('/')[0]!;
}

/** Every import of `sources` (path under server/ -> its text) that breaks the rules, as readable lines. */
function layerProblems(sources: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [rel, src] of sources) {
    const abs = join(SERVER, rel);
    const layer = layerOf(abs);
    const allowed = ALLOWED[layer];
    if (allowed === undefined) {
      problems.push(`server/${rel}: folder ${layer}/ has no rule in ALLOWED (add one, and to docs/architecture.md)`);
      continue;
    }
    for (const spec of imports(src)) {
      if (!spec.startsWith('.')) continue;
      const target = layerOf(resolve(dirname(abs), spec));
      if (target === layer || allowed === '*') continue;
      if (!allowed.includes(target)) problems.push(`server/${rel} (${layer}) imports ${target}: ${spec}`);
    }
  }
  return problems;
}

const serverSources = (): Map<string, string> => new Map(files(SERVER).map((f) => [relative(SERVER, f), readFileSync(f, 'utf8')]));

test('every folder of server/ has a rule, and every import follows it', () => {
  assert.deepEqual(layerProblems(serverSources()), []);
});

test('the rule fails when it is broken: an upward import, a sideways import, a folder without a rule', () => {
  const broken = new Map([
    ['engine/bad.ts', "import { Mdp } from '../mdp/mdp.ts';"],
    ['feed-client/bad.ts', "import { Packetizer } from '../multicast/packetizer.ts';"],
    ['mdp/bad.ts', "const m = await import('../apps/cli.ts');"],
    ['newroom/x.ts', "import { Side } from '../kernel/types.ts';"],
    ['relay/ok.ts', "import { feed } from '../../proto/gen/feed.js';\nimport { MarketState } from '../mdp/market-state.ts';"],
  ]);
  assert.deepEqual(layerProblems(broken), [
    "server/engine/bad.ts (engine) imports mdp: ../mdp/mdp.ts",
    "server/feed-client/bad.ts (feed-client) imports multicast: ../multicast/packetizer.ts",
    "server/mdp/bad.ts (mdp) imports apps: ../apps/cli.ts",
    'server/newroom/x.ts: folder newroom/ has no rule in ALLOWED (add one, and to docs/architecture.md)',
  ]);
});

test('the hot core and the wire protocol import no node:* or npm modules (except the durability boundary: journal files, snapshots)', () => {
  const problems: string[] = [];
  for (const [rel, src] of serverSources()) {
    const layer = layerOf(join(SERVER, rel));
    if (!(HOT.has(layer) || layer === 'protocol') || NODE_OK.has(rel)) continue;
    for (const spec of imports(src)) if (spec.startsWith('node:') || !spec.startsWith('.')) problems.push(`${rel} imports ${spec}`);
  }
  assert.deepEqual(problems, []);
});

test('engine and MDP never read a clock or a random source', () => {
  const problems: string[] = [];
  for (const [rel, raw] of serverSources()) {
    if (!['engine', 'mdp', 'kernel'].includes(layerOf(join(SERVER, rel)))) continue;
    const src = raw.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const bad of ['Date.now', 'new Date(', 'Math.random', 'performance.now', 'process.hrtime', 'crypto.', 'process.env']) {
      if (src.includes(bad)) problems.push(`server/${rel} uses ${bad}`);
    }
  }
  assert.deepEqual(problems, []);
});
