/**
 * Real faults for test/faults/: small tmpfs mounts (ENOSPC), read-only bind mounts (EROFS),
 * a running `bourse start` to watch, and the journal's frames for cutting a segment by seq.
 * Mounting needs root (CAP_SYS_ADMIN); without it the helpers return a reason to skip.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { bourseSpawn } from './cli.ts';
import { until } from './wait.ts';

function run(cmd: string, args: string[]): string | undefined {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) return `${cmd}: ${r.error.message}`;
  if (r.status !== 0) return `${cmd} ${args.join(' ')}: ${(r.stderr || r.stdout).trim()} (exit ${r.status})`;
  return undefined;
}

/** Mounts a tmpfs of `size` (e.g. "2m") on `dir`; returns why not (a reason to skip), or undefined. */
export function mountTmpfs(dir: string, size: string): string | undefined {
  const why = run('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  return why && `cannot mount a tmpfs (needs root): ${why}`;
}

/** Makes `dst` a read-only view of `src` (bind mount, then remount read-only); a reason to skip, or undefined. */
export function bindReadOnly(src: string, dst: string): string | undefined {
  const why = run('mount', ['--bind', src, dst]);
  if (why) return `cannot bind-mount (needs root): ${why}`;
  const ro = run('mount', ['-o', 'remount,ro,bind', dst]);
  if (ro) {
    unmount(dst);
    return `cannot remount read-only: ${ro}`;
  }
  return undefined;
}

/** Unmounts `dir` (lazily if something still holds it open). */
export function unmount(dir: string): void {
  if (run('umount', [dir]) !== undefined) run('umount', ['-l', dir]);
}

/** The segment files of a journal directory, oldest first. */
export function segmentsOf(dir: string): string[] {
  return readdirSync(dir).filter((n) => /^\d{20}\.seg$/.test(n)).sort().map((n) => join(dir, n));
}

/** The snapshot seqs in DIR/snapshots, ascending. */
export function snapshotSeqs(journalDir: string): number[] {
  return readdirSync(join(journalDir, 'snapshots')).flatMap((n) => /^snap-(\d{20})\.bin$/.exec(n)?.[1] ?? []).map(Number).sort((a, b) => a - b);
}

/** Every frame of one segment file (docs/journal.md: 32-byte header, then len u32, crc u32, payload with seq f64 at 8). */
export function framesOf(path: string): { seq: number; off: number; end: number }[] {
  const b = readFileSync(path);
  const out: { seq: number; off: number; end: number }[] = [];
  for (let off = 32; off + 8 <= b.length; ) {
    const len = b.readUInt32LE(off);
    if (len === 0 || off + 8 + len > b.length) break;
    out.push({ seq: b.readDoubleLE(off + 16), off, end: off + 8 + len });
    off += 8 + len;
  }
  return out;
}

/** Cuts a segment right after the frame of `seq` (a journal that lost its tail). */
export function cutAfter(path: string, seq: number): void {
  const f = framesOf(path).find((x) => x.seq === seq);
  if (!f) throw new Error(`${path} holds no seq ${seq}`);
  truncateSync(path, f.end);
}

export const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every segment's digest, to prove a command changed nothing. */
export const journalDigest = (dir: string): string[] => segmentsOf(dir).map((p) => `${p} ${sha(p)}`);

/** Lines of `text` that look like a stack trace or an uncoded crash. */
export const crashLines = (text: string): string[] => text.split('\n').filter((l) => /^\s+at |exited unexpectedly|triggerUncaughtException|^node:internal/.test(l));

/** `bourse ARGS` as a child process whose output is collected, for commands that run a while. */
export class Running {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  readonly exit: Promise<number | null>;

  constructor(args: string[]) {
    this.child = bourseSpawn(args);
    this.child.stdout!.on('data', (d: Buffer) => (this.stdout += d.toString()));
    this.child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exit = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Waits until stdout matches `re` (or the process ends: then fails with its output). */
  async waitFor(re: RegExp, ms = 60_000): Promise<RegExpMatchArray> {
    let ended = false;
    void this.exit.then(() => (ended = true));
    const m = await until(() => re.exec(this.stdout) ?? (ended ? 'ended' : undefined), ms, () => `${re} in bourse's output:\n${this.stdout.slice(-2000)}\n${this.stderr.slice(-2000)}`);
    if (m === 'ended') throw new Error(`bourse exited before printing ${re}:\n${this.stdout.slice(-2000)}\n${this.stderr.slice(-2000)}`);
    return m;
  }

  /** Waits for the exit status (kills the process after `ms`). */
  async status(ms = 60_000): Promise<number | null> {
    const t = setTimeout(() => this.child.kill('SIGKILL'), ms);
    try {
      return await this.exit;
    } finally {
      clearTimeout(t);
    }
  }

  /** Kills it if it still runs (for finally blocks). */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exit;
  }

  /** The highest `seq N` the live report printed (inputs durable and applied). */
  get reportedSeq(): number {
    let seq = 0;
    for (const m of this.stdout.matchAll(/resting [\d,]+ +seq (\d+) /g)) seq = Math.max(seq, Number(m[1]));
    return seq;
  }
}

/** The `seq=` and hash lines of `bourse replay`. */
export function replayResult(stdout: string): { seq: number; snapshot: number; replayed: number; state: string; events: string; md?: string } {
  const head = /seq=(\d+) snapshot=(\d+) replayed=(\d+)/.exec(stdout);
  const h = /^state=([0-9a-f]{64}) events=([0-9a-f]{64})(?: md=([0-9a-f]{64}))?$/m.exec(stdout);
  if (!head || !h) throw new Error(`not a replay result:\n${stdout}`);
  return { seq: Number(head[1]), snapshot: Number(head[2]), replayed: Number(head[3]), state: h[1]!, events: h[2]!, md: h[3] };
}
