/** Run the real `bourse` CLI in a child process, as an operator would. */
import { spawnSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './data.ts';

export const BOURSE = join(REPO_ROOT, 'bin', 'bourse.js');

export function bourse(args: string[], opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): { code: number; stdout: string; stderr: string; lastLine: string } {
  const r = spawnSync(process.execPath, [BOURSE, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: opts.timeoutMs ?? 120_000, env: opts.env ?? process.env, maxBuffer: 64 << 20 });
  const stdout = r.stdout ?? '';
  const lines = stdout.trim().split('\n');
  return { code: r.status ?? -1, stdout, stderr: r.stderr ?? '', lastLine: lines[lines.length - 1] ?? '' };
}

export function bourseSpawn(args: string[]): ChildProcess {
  return spawn(process.execPath, [BOURSE, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}
