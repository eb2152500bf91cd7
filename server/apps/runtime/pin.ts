/**
 * Thread start-up helpers of the runtime: pin the calling thread to one CPU and parse `--pin`.
 *
 * Called once when a thread starts (node:fs and node:child_process, so it lives in apps/, not in
 * the hot core). Node has no thread-affinity API; the thread finds its
 * own kernel tid in /proc/thread-self/stat and has util-linux `taskset -p -c CPU TID` call
 * sched_setaffinity on that tid, which affects that one thread only. The result is read back
 * from /proc/thread-self/status, so `ok: true` means the kernel really applied it.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { BourseError } from '../../kernel/errors.ts';

export type PinResult = { ok: true; tid: number; cpu: number } | { ok: false; reason: string };

/** Kernel thread id of the calling thread (main or worker), or undefined where /proc lacks it. */
export function currentThreadId(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'latin1');
    const tid = Number(stat.slice(0, stat.indexOf(' ')));
    return Number.isSafeInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}

/** CPUs the thread `tid` of this process may run on, as the kernel lists them ("0-3", "1"). */
export function cpusAllowed(tid: number): string | undefined {
  try {
    const status = readFileSync(`/proc/${process.pid}/task/${tid}/status`, 'latin1');
    return /^Cpus_allowed_list:\s*(\S+)/m.exec(status)?.[1];
  } catch {
    return undefined;
  }
}

/** Restricts the calling thread to `cpu`. Degrades with a reason instead of throwing. */
export function pinCurrentThread(cpu: number): PinResult {
  if (!Number.isInteger(cpu) || cpu < 0) return { ok: false, reason: `cpu must be a whole number >= 0, not ${cpu}` };
  if (process.platform !== 'linux') return { ok: false, reason: `thread pinning needs Linux (this is ${process.platform})` };
  const tid = currentThreadId();
  if (tid === undefined) return { ok: false, reason: 'cannot read /proc/thread-self/stat to find this thread id' };
  try {
    execFileSync('taskset', ['-p', '-c', String(cpu), String(tid)], { stdio: 'pipe', timeout: 5000 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT') return { ok: false, reason: 'taskset not found (install util-linux)' };
    const msg = err.stderr?.toString().trim() || err.message;
    return { ok: false, reason: `taskset could not pin thread ${tid} to cpu ${cpu}: ${msg}` };
  }
  const allowed = cpusAllowed(tid);
  if (allowed !== String(cpu)) return { ok: false, reason: `thread ${tid} still allows cpus ${allowed ?? '?'} after taskset` };
  return { ok: true, tid, cpu };
}

export interface PinSpec {
  core?: number;
  mdp?: number;
}

const ROLES = ['core', 'mdp'] as const;

/** Parses `--pin core=0,mdp=1` (either role may be left out). */
export function parsePinSpec(spec: string, cpus = availableParallelism()): PinSpec {
  const out: PinSpec = {};
  const bad = (why: string): BourseError => new BourseError('CLI_BAD_VALUE', `--pin "${spec}": ${why} (example: --pin core=0,mdp=1)`);
  if (spec.trim() === '') throw bad('empty');
  for (const part of spec.split(',')) {
    const m = /^\s*([a-z]+)\s*=\s*(\d+)\s*$/.exec(part);
    if (!m) throw bad(`"${part}" is not role=cpu`);
    const role = m[1]!;
    const cpu = Number(m[2]);
    if (!(ROLES as readonly string[]).includes(role)) throw bad(`unknown role "${role}" (roles: ${ROLES.join(', ')})`);
    if (cpu >= cpus) throw bad(`cpu ${cpu} does not exist (this machine has cpus 0-${cpus - 1})`);
    if (out[role as keyof PinSpec] !== undefined) throw bad(`role "${role}" given twice`);
    out[role as keyof PinSpec] = cpu;
  }
  return out;
}
