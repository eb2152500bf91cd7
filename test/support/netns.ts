/**
 * Feed test hosts: a feed configuration with groups and ports of its own (tests run two at a
 * time and must not hear each other), and a pair of network namespaces joined by a veth with
 * nftables random drop (infra/netns.sh) — "publisher host" and "client host". Namespaces get a
 * unique name per run and are deleted after, even when the test fails or the process exits.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './data.ts';
import { sleep } from './wait.ts';

export const NETNS_SH = join(REPO_ROOT, 'infra', 'netns.sh');
export const PUB_ADDR = '10.77.0.1';
export const CLI_ADDR = '10.77.0.2';

/** A publisher configuration (server/multicast/config.ts input) on its own random groups and ports. */
export function feedTestConfig(o: { iface: string; retransPort: number; heartbeatMs?: number; snapshotBooksPerSecond?: number; windowMessages?: number; maxMessagesPerRequest?: number; symbols?: string[] }): Record<string, unknown> {
  const base = 20_000 + 8 * Math.floor(Math.random() * 4000);
  const g = 1 + Math.floor(Math.random() * 250);
  const ep = (i: number) => ({ group: `239.255.${g}.${i}`, port: base + i });
  return {
    interface: o.iface,
    loopback: o.iface.startsWith('127.'),
    heartbeatMs: o.heartbeatMs ?? 100,
    snapshotBooksPerSecond: o.snapshotBooksPerSecond ?? 200,
    retransmission: {
      host: o.iface,
      port: o.retransPort,
      ...(o.windowMessages ? { windowMessages: o.windowMessages } : {}),
      ...(o.maxMessagesPerRequest ? { maxMessagesPerRequest: o.maxMessagesPerRequest } : {}),
      // Generous: a client recovering from 10% loss asks often, and tests must not be rate limited.
      requestsPerSecond: 10_000,
      burst: 10_000,
    },
    channels: [{ id: 1, symbols: o.symbols ?? ['*'], feedA: ep(1), feedB: ep(2), snapshot: ep(3), instruments: ep(4) }],
  };
}

export function writeJson(dir: string, name: string, v: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(v, null, 2));
  return p;
}

function has(bin: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).status === 0;
}

/**
 * Why namespace tests cannot run here, or false when they can. Under CI (CI=true) a missing
 * tool is a failure, never a skip: this throws instead.
 */
export function netnsSkipReason(): string | false {
  const missing: string[] = [];
  if (!has('ip')) missing.push('ip (apt-get install iproute2)');
  if (!has('nft')) missing.push('nft (apt-get install nftables)');
  if (process.getuid?.() !== 0) missing.push('root (network namespaces need it)');
  if (missing.length === 0) return false;
  const why = `network namespace tests need ${missing.join(', ')}`;
  if (process.env.CI === 'true') throw new Error(`${why} — infra/install.sh should have installed them`);
  return why;
}

const live = new Set<string>();
let hooked = false;

function sh(args: string[]): { code: number; out: string } {
  const r = spawnSync('bash', [NETNS_SH, ...args], { encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** A publisher namespace and a client namespace over a veth (10.77.0.1 <-> 10.77.0.2). */
export class NetnsPair {
  readonly pub: string;
  readonly cli: string;
  private readonly children: ChildProcess[] = [];

  private constructor(prefix: string) {
    this.pub = `${prefix}p`;
    this.cli = `${prefix}c`;
  }

  static create(tag = 'f'): NetnsPair {
    // bfd = "bourse feed"; pid + random keep concurrent runs apart; <= 15 chars.
    const prefix = `bfd${tag}${process.pid.toString(36)}${Math.floor(Math.random() * 36 ** 3).toString(36)}`.slice(0, 14);
    const pair = new NetnsPair(prefix);
    if (!hooked) {
      hooked = true;
      const cleanup = (): void => {
        for (const ns of live) spawnSync('bash', [NETNS_SH, 'destroy', ns]);
        live.clear();
      };
      process.on('exit', cleanup);
      // The test runner stops a file with a signal on timeout: clean up then too.
      for (const sig of ['SIGINT', 'SIGTERM'] as const) {
        process.once(sig, () => {
          cleanup();
          process.exit(128 + (sig === 'SIGINT' ? 2 : 15));
        });
      }
    }
    live.add(pair.pub);
    live.add(pair.cli);
    const r = sh(['create', pair.pub, pair.cli]);
    if (r.code !== 0) {
      pair.destroy();
      throw new Error(`netns.sh create failed: ${r.out}`);
    }
    return pair;
  }

  /** Drop `pct`% of UDP datagrams to these ports arriving in namespace `ns`. */
  drop(ns: string, pct: number, ports: number[]): void {
    const r = sh(['drop', ns, String(pct), ...ports.map(String)]);
    if (r.code !== 0) throw new Error(`netns.sh drop failed: ${r.out}`);
  }

  clearDrops(ns: string): void {
    sh(['clear', ns]);
  }

  /** Datagrams dropped so far by the rules in `ns`. */
  dropped(ns: string): number {
    return Number(sh(['dropped', ns]).out.trim()) || 0;
  }

  /** Run `node ARGS` inside namespace `ns` (killed by destroy()). */
  spawnNode(ns: string, args: string[]): ChildProcess {
    const c = spawn('ip', ['netns', 'exec', ns, process.execPath, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    this.children.push(c);
    return c;
  }

  destroy(): void {
    for (const c of this.children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    sh(['destroy', this.pub, this.cli]);
    live.delete(this.pub);
    live.delete(this.cli);
  }
}

/** Everything a child prints, kept, with a wait for the first line matching a pattern (seen before or after). */
export class Output {
  out = '';
  err = '';
  exited: number | null | undefined = undefined;
  private readonly child: ChildProcess;
  private readonly waiters = new Set<() => void>();

  constructor(child: ChildProcess) {
    this.child = child;
    const poke = (): void => {
      for (const w of [...this.waiters]) w();
    };
    child.stdout?.on('data', (d: Buffer) => {
      this.out += d.toString();
      poke();
    });
    child.stderr?.on('data', (d: Buffer) => {
      this.err += d.toString();
    });
    child.on('exit', (code) => {
      this.exited = code;
      poke();
    });
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  lines(): string[] {
    return this.out.split('\n').filter((l) => l.length > 0);
  }

  tail(): string {
    return `stdout: ${this.out.slice(-1500)}\nstderr: ${this.err.slice(-1500)}`;
  }

  /** The first stdout line matching `re`; rejects when the process exits first or on timeout. */
  waitFor(re: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        for (const l of this.lines()) {
          const m = l.match(re);
          if (m) return finish(null, m);
        }
        if (this.exited !== undefined) finish(new Error(`exited (${this.exited}) before a line matching ${re}\n${this.tail()}`));
      };
      const timer = setTimeout(() => finish(new Error(`no line matching ${re} within ${timeoutMs} ms\n${this.tail()}`)), timeoutMs);
      const finish = (e: Error | null, m?: RegExpMatchArray): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
        if (e) reject(e);
        else resolve(m!);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Resolves with the exit code (waits at most timeoutMs, then SIGTERM, then SIGKILL). */
  async exit(timeoutMs: number): Promise<number | null> {
    const done = (): Promise<void> => new Promise((r) => {
      if (this.exited !== undefined) return r();
      this.child.once('exit', () => r());
    });
    const timeout = (ms: number) => sleep(ms).then(() => 'timeout' as const);
    if ((await Promise.race([done(), timeout(timeoutMs)])) === 'timeout') {
      this.child.kill('SIGTERM');
      if ((await Promise.race([done(), timeout(5000)])) === 'timeout') this.child.kill('SIGKILL');
      await done();
    }
    return this.exited ?? null;
  }
}

/** Resolve with the first line of `child`'s stdout matching `re` (reject on exit or timeout). */
export function waitForLine(child: ChildProcess, re: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
  return new Output(child).waitFor(re, timeoutMs);
}
