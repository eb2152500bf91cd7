/**
 * CPU time per thread of a process, from /proc/PID/task/TID/{comm,stat} (Linux), summed by thread
 * name: the exchange names its workers (bourse-core, bourse-mdp, bourse-gateway); Node's own are
 * MainThread, V8Worker (GC and compiler helpers of every isolate), libuv-worker (fs, snapshots).
 * Also, per name, kernel time ("NAME:sys") and time spent waiting for a CPU ("NAME:wait").
 * Cold path, for benchmarks: take one before and one after, then `cpuDelta`.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** µs per clock tick of utime/stime (USER_HZ is 100 on Linux). */
const TICK_US = 10_000;

export function threadCpu(pid: number | 'self' = 'self'): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out; // not Linux, or the process is gone
  }
  for (const tid of tids) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the ")" that closes comm: state is field 3, utime 14, stime 15.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const us = (Number(f[11]) + Number(f[12])) * TICK_US;
      out.set(name, (out.get(name) ?? 0) + us);
      // Kernel time alone (syscalls: socket reads and writes, futex wake-ups, fdatasync) under "NAME:sys".
      out.set(`${name}:sys`, (out.get(`${name}:sys`) ?? 0) + Number(f[12]) * TICK_US);
      // Runnable but not running (waiting for a CPU), µs, under "NAME:wait" (schedstat's 2nd field, ns).
      const wait = Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[1]) / 1000;
      if (Number.isFinite(wait)) out.set(`${name}:wait`, (out.get(`${name}:wait`) ?? 0) + wait);
    } catch {
      /* the thread ended between the listing and the read */
    }
  }
  return out;
}

/** A key of threadCpu's map that is a thread's CPU time (not its ":sys" or ":wait" part). */
export const isCpuKey = (k: string): boolean => !k.includes(':');

/** after - before per thread name (threads that ended in between are missing from `after`: their time is lost). */
export function cpuDelta(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  const d = new Map<string, number>();
  for (const [k, v] of after) d.set(k, v - (before.get(k) ?? 0));
  return d;
}
