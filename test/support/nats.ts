/**
 * Test support for replication: a real 3-node NATS JetStream cluster per test file (through
 * infra/nats/cluster.sh, on free loopback ports, in a temp dir, stopped after), real Bourse HA
 * nodes as child processes (`bourse start --role ...`) whose key=value output lines are parsed,
 * and network namespaces for partition tests.
 *
 * Missing nats-server: the test skips with a message naming the Debian package, or fails when
 * CI=true (CI must never silently skip).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './data.ts';
import { freePorts } from './ports.ts';
import { sleep } from './wait.ts';
import { BOURSE } from './cli.ts';
import { generateBrokerKey, exchangeKeyEntry, type BrokerKey } from '../../server/order-client/index.ts';

export const CLUSTER_SH = join(REPO_ROOT, 'infra', 'nats', 'cluster.sh');

function has(bin: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).status === 0;
}

/** '' when the cluster can run here, else why not (the caller skips, or fails in CI). */
export function natsMissing(): string {
  if (!has('nats-server')) return 'nats-server is not installed (Debian package nats-server; infra/install.sh installs it)';
  return '';
}

/** For node:test's { skip }: a reason string to skip locally; throws in CI. */
export function skipUnlessNats(extra: string[] = []): string | false {
  let why = natsMissing();
  for (const b of extra) if (!why && !has(b)) why = `${b} is not installed (infra/install.sh installs it)`;
  if (!why && extra.includes('ip') && process.getuid?.() !== 0) why = 'network namespaces need root';
  if (!why) return false;
  if (process.env.CI === 'true') throw new Error(`CI: ${why}`);
  return why;
}

export interface NatsCluster {
  dir: string;
  host: string;
  clientPorts: number[];
  httpPorts: number[];
  /** nats://host:p1,nats://host:p2,nats://host:p3 */
  urls: string;
  /** http://host:m1,... (for bourse ha status --monitor) */
  monitor: string;
  /** Runs cluster.sh with this cluster's dir (start-node|stop-node|kill-node I, status). */
  sh(args: string[]): string;
  stop(): void;
}

let clustersStarted = 0;

/** `wrap` prefixes commands (e.g. ['ip', 'netns', 'exec', NS]) to run the cluster inside a namespace. */
/** `baseDir`: where the servers keep their data (default: the OS temp dir). */
/**
 * Every cluster gets a name of its own (`name`-PID-N): the test runner runs two files at once, and a
 * killed server's freed port may be taken by another file's cluster; its peers, still routing to
 * that port, would then join the two clusters. nats-server refuses a route whose cluster name differs.
 */
export async function startCluster(opts: { host?: string; wrap?: string[]; name?: string; baseDir?: string } = {}): Promise<NatsCluster> {
  const host = opts.host ?? '127.0.0.1';
  const dir = mkdtempSync(join(opts.baseDir ?? tmpdir(), 'bourse-nats-'));
  const ports = await freePorts(9);
  const clientPorts = ports.slice(0, 3);
  const clusterPorts = ports.slice(3, 6);
  const httpPorts = ports.slice(6, 9);
  const wrap = opts.wrap ?? [];
  const sh = (args: string[]): string => {
    const cmd = [...wrap, 'bash', CLUSTER_SH, ...args, '--dir', dir];
    const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`cluster.sh ${args.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`);
    return r.stdout;
  };
  // BOURSE_NATS_SYNC=always: the servers fsync every write (cluster.sh --sync; nats-server >= 2.10).
  const sync = process.env.BOURSE_NATS_SYNC ? ['--sync', process.env.BOURSE_NATS_SYNC] : [];
  try {
    sh(['start', '--host', host, '--ports', clientPorts.join(','), '--cluster-ports', clusterPorts.join(','), '--http-ports', httpPorts.join(','), '--name', `${opts.name ?? 'bourse'}-${process.pid}-${++clustersStarted}`, ...sync]);
  } catch (e) {
    // Servers that never became ready must not outlive the test; their logs stay in `dir`.
    try {
      sh(['stop']);
    } catch {
      // the start's error says more
    }
    throw e;
  }
  return {
    dir, host, clientPorts, httpPorts,
    urls: clientPorts.map((p) => `nats://${host}:${p}`).join(','),
    monitor: httpPorts.map((p) => `http://${host}:${p}`).join(','),
    sh,
    stop() {
      try {
        sh(['stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * How every HA order-entry test begins and ends: a 3-node cluster, a temp root, and `keys`
 * (ROOT/keys.json) holding one broker key; `node` starts an HA node and keeps it in `procs`, and
 * `teardown` kills what is left of them, stops the cluster and removes the root.
 */
export async function haOrderEntrySetup(prefix: string, keyId = 1): Promise<{
  c: NatsCluster; root: string; key: BrokerKey; keys: string; procs: BourseProc[];
  node: (id: string, role: string, gatewayPort: number, extra?: string[], env?: NodeJS.ProcessEnv, label?: string) => BourseProc;
  teardown: () => Promise<void>;
}> {
  const c = await startCluster();
  const root = mkdtempSync(join(tmpdir(), prefix));
  const key = generateBrokerKey(keyId, 1);
  const keys = join(root, 'keys.json');
  writeFileSync(keys, JSON.stringify({ keys: [exchangeKeyEntry(key, 0)] }));
  const procs: BourseProc[] = [];
  /** HA node `id` (data in ROOT/id) serving order entry on `gatewayPort`, no simulator; `label` names its lines. */
  const node = (id: string, role: string, gatewayPort: number, extra: string[] = [], env: NodeJS.ProcessEnv = {}, label = id) => {
    const p = new BourseProc(label, ['start', '--port', '0', '--role', role, '--nats', c.urls, '--data', join(root, id), '--rate', '0', '--gateway-port', String(gatewayPort), '--keys', keys, ...extra], { ...HA_TEST_ENV, BOURSE_HA_NODE_ID: id, ...env });
    procs.push(p);
    return p;
  };
  const teardown = async () => {
    for (const p of procs) p.kill();
    await Promise.all(procs.map((p) => p.exited));
    c.stop();
    rmSync(root, { recursive: true, force: true });
  };
  return { c, root, key, keys, procs, node, teardown };
}

/** A Bourse process whose stdout lines are collected; waitFor() resolves on a matching line. */
export class BourseProc {
  readonly child: ChildProcess;
  readonly lines: string[] = [];
  readonly name: string;
  maxAcked = 0;
  /** The node's last reported applied seq (its `ha: status … seq=N` line, every second). */
  statusSeq = 0;
  /** Its role in that line (primary, standby, ...). */
  statusRole = '';
  /** Wall ms of each acked= increase (the node's own clock: this process may read its pipe late), for stall measurements. */
  readonly ackTimes: { at: number; seq: number }[] = [];
  exitCode: number | null = null;
  readonly exited: Promise<number | null>;
  private waiters: { re: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  private stderr = '';

  /** nodeArgs: Node/V8 flags on the child's own command line (some, such as --min-semi-space-size, are refused in NODE_OPTIONS). */
  constructor(name: string, args: string[], env: NodeJS.ProcessEnv = {}, wrap: string[] = [], nodeArgs: string[] = []) {
    this.name = name;
    const cmd = [...wrap, process.execPath, ...nodeArgs, BOURSE, ...args];
    this.child = spawn(cmd[0]!, cmd.slice(1), { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let buf = '';
    this.child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      buf += d;
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        this.onLine(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
    this.child.stderr!.setEncoding('utf8').on('data', (d: string) => (this.stderr += d));
    this.exited = new Promise((r) => this.child.once('exit', (code) => {
      this.exitCode = code;
      r(code);
    }));
  }

  private onLine(line: string): void {
    this.lines.push(line);
    const st = /^ha: status role=(\S+) seq=(\d+)/.exec(line);
    if (st) {
      this.statusRole = st[1]!;
      this.statusSeq = Number(st[2]);
    }
    const m = /^acked=(\d+) at_ms=(\d+)$/.exec(line);
    if (m) {
      const seq = Number(m[1]);
      if (seq > this.maxAcked) {
        this.maxAcked = seq;
        this.ackTimes.push({ at: Number(m[2]), seq });
      }
    }
    this.waiters = this.waiters.filter((w) => {
      const mm = w.re.exec(line);
      if (mm) w.resolve(mm);
      return !mm;
    });
  }

  /** The first line (already seen or future) matching re. */
  waitFor(re: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
    for (const l of this.lines) {
      const m = re.exec(l);
      if (m) return Promise.resolve(m);
    }
    return new Promise((resolve, reject) => {
      const w = { re, resolve: (m: RegExpMatchArray) => {
        clearTimeout(t);
        resolve(m);
      } };
      const t = setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w);
        reject(new Error(`${this.name}: no line matching ${re} within ${timeoutMs} ms; last lines:\n${this.tailText()}\nstderr:\n${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  /** Resolves once acked= has reached `seq`. */
  waitAcked(seq: number, timeoutMs = 60_000): Promise<void> {
    return this.waitCounter('acked', () => this.maxAcked, seq, timeoutMs);
  }

  /** Resolves once the node reports (status line) that it has applied `seq` (a follower catching up). */
  waitApplied(seq: number, timeoutMs = 60_000): Promise<void> {
    return this.waitCounter('applied', () => this.statusSeq, seq, timeoutMs);
  }

  private async waitCounter(what: string, get: () => number, seq: number, timeoutMs: number): Promise<void> {
    const t0 = Date.now();
    while (get() < seq) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`${this.name}: ${what} ${get()} < ${seq} after ${timeoutMs} ms; last lines:\n${this.tailText()}\n${this.stderr.slice(-1500)}`);
      if (this.exitCode !== null) throw new Error(`${this.name} exited (${this.exitCode}) at ${what} ${get()}:\n${this.tailText()}\n${this.stderr.slice(-1500)}`);
      await sleep(50);
    }
  }

  /** The last lines worth reading: status and acked lines are left out. */
  tailText(n = 25): string {
    return this.lines.filter((l) => !l.startsWith('acked=') && !l.startsWith('ha: status')).slice(-n).join('\n');
  }

  kill(sig: NodeJS.Signals = 'SIGKILL'): void {
    if (this.exitCode === null) this.child.kill(sig);
  }

  /** SIGTERM and wait for the final hash line (state=...). */
  async stop(timeoutMs = 30_000): Promise<string> {
    this.kill('SIGTERM');
    const m = await this.waitFor(/^(state=\S+(?: events=\S+ md=\S+)?)$/, timeoutMs);
    await this.exited;
    return m[1]!;
  }

  get stderrText(): string {
    return this.stderr;
  }
}

/** `bourse replay --journal DIR [--to SEQ] [--from-snapshot]`: its last line (state=... events=... md=...). */
export function replayHashes(journal: string, to?: number, fromSnapshot = false): string {
  const args = [BOURSE, 'replay', '--journal', journal];
  if (to !== undefined) args.push('--to', String(to));
  if (fromSnapshot) args.push('--from-snapshot');
  const r = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`replay ${journal} failed: ${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  return lines[lines.length - 1]!;
}

/** Node-level defaults for tests: a short lease so failovers are quick. */
export const HA_TEST_ENV: NodeJS.ProcessEnv = { BOURSE_HA_LEASE_TTL_MS: '1500', BOURSE_HA_RENEW_MS: '250' };

/** Records from..to of a (closed) journal, concatenated: to compare two nodes' journals byte for byte. */
export async function journalBytes(dir: string, from: number, to: number): Promise<{ bytes: Buffer; count: number }> {
  const { Journal } = await import('../../server/sequencer/journal.ts');
  const j = Journal.open({ dir });
  try {
    const parts: Buffer[] = [];
    const count = j.replay(from, (rec) => void parts.push(Buffer.from(rec)), to);
    return { bytes: Buffer.concat(parts), count };
  } finally {
    j.close();
  }
}

/**
 * The node's final hashes (from its last lines) against `bourse replay` of its journal: state over
 * the whole journal; engine events and MD over the inputs it acknowledged (an input journaled but
 * never acknowledged by the log at stop, `unacked=N`, is in the state but not in the market data).
 * Returns '' when they agree, else what differs.
 */
export function liveVersusReplay(p: BourseProc, journal: string): string {
  const stop = p.lines.find((l) => l.startsWith('ha: stopped'));
  const live = [...p.lines].reverse().find((l) => l.startsWith('state='));
  if (!stop || !live) return `${p.name}: no final lines`;
  const seq = Number(/ seq=(\d+)/.exec(stop)![1]);
  const unacked = Number(/ unacked=(\d+)/.exec(stop)?.[1] ?? 0);
  const full = replayHashes(journal);
  const state = (l: string): string => /state=(\S+)/.exec(l)![1]!;
  if (state(live) !== state(full)) return `${p.name}: state differs at seq ${seq}: live ${live} replay ${full}`;
  if (!/ md=/.test(live)) return '';
  const upTo = unacked > 0 ? replayHashes(journal, seq - unacked) : full;
  const rest = (l: string): string => l.replace(/^state=\S+ /, '');
  return rest(live) === rest(upTo) ? '' : `${p.name}: events/md differ (seq ${seq}, unacked ${unacked}): live ${live} replay ${upTo}`;
}

/** Whether a client connected to server i alone gets an answer to $JS.API.INFO within 2 s
 * (only the JetStream meta leader answers it): 'answered', 'silent', or 'down' (no connection). */
export async function jetStreamAnswers(c: NatsCluster, i: number): Promise<{ state: 'answered' | 'silent' | 'down'; detail: string }> {
  const { connect } = await import('nats');
  let nc;
  try {
    nc = await connect({ servers: `${c.host}:${c.clientPorts[i]}`, timeout: 2000, maxReconnectAttempts: 0 });
  } catch (e) {
    return { state: 'down', detail: e instanceof Error ? e.message : String(e) };
  }
  try {
    const m = await nc.request('$JS.API.INFO', new Uint8Array(0), { timeout: 2000 });
    return { state: 'answered', detail: new TextDecoder().decode(m.data).slice(0, 120) };
  } catch (e) {
    return { state: 'silent', detail: e instanceof Error ? e.message : String(e) };
  } finally {
    await nc.close();
  }
}

/** GET a monitoring endpoint of server i (0..2) as JSON; throws (a down server, a timeout after 2 s). */
async function monitorJson(c: NatsCluster, i: number, path: string): Promise<Record<string, unknown>> {
  const r = await fetch(`http://${c.host}:${c.httpPorts[i]}${path}`, { signal: AbortSignal.timeout(2000) });
  return (await r.json()) as Record<string, unknown>;
}

/** The meta group's leader (1..3) as the first live server reports it; 0 when none says. */
export async function metaLeaderOf(c: NatsCluster): Promise<number> {
  for (let i = 0; i < 3; i++) {
    try {
      const meta = (await monitorJson(c, i, '/jsz')).meta_cluster as { leader?: string } | undefined;
      const m = /-n(\d)$/.exec(meta?.leader ?? '');
      if (m) return Number(m[1]);
    } catch {
      // a server that is down says nothing
    }
  }
  return 0;
}

/**
 * What each server of the cluster says when JetStream stops answering, for a test's failure
 * message or diagnostic: its meta group leader, its routes, the streams' leaders as it sees them,
 * whether it answers $JS.API.INFO, and the last lines of its log (docs/replication.md: the
 * JetStream wedge after a leader's kill).
 */
export async function clusterDiagnosis(c: NatsCluster, logLines = 25): Promise<string> {
  const out: string[] = [];
  for (let i = 0; i < 3; i++) {
    const lines: string[] = [`n${i + 1} (client :${c.clientPorts[i]}, http :${c.httpPorts[i]}):`];
    try {
      const jsz = await monitorJson(c, i, '/jsz?accounts=true&streams=true');
      const meta = jsz.meta_cluster as { leader?: string; cluster_size?: number } | undefined;
      lines.push(`  meta leader ${meta?.leader ?? '-'} of ${meta?.cluster_size ?? '-'}`);
      const accounts = (jsz.account_details ?? []) as { stream_detail?: { name: string; cluster?: { leader?: string; replicas?: { name: string; current: boolean; offline?: boolean; lag?: number }[] }; state?: { last_seq?: number } }[] }[];
      for (const a of accounts) for (const s of a.stream_detail ?? []) lines.push(`  stream ${s.name}: leader ${s.cluster?.leader ?? '-'} last_seq ${s.state?.last_seq ?? '-'} replicas ${JSON.stringify(s.cluster?.replicas ?? [])}`);
      lines.push(`  routes ${String((await monitorJson(c, i, '/routez')).num_routes)}`);
    } catch (e) {
      lines.push(`  monitor: ${e instanceof Error ? e.message : String(e)}`);
    }
    const js = await jetStreamAnswers(c, i);
    lines.push(`  $JS.API.INFO: ${js.state} (${js.detail})`);
    const log = spawnSync('tail', ['-n', String(logLines), join(c.dir, `n${i + 1}`, 'nats.log')], { encoding: 'utf8' }).stdout;
    lines.push(...log.trimEnd().split('\n').map((l) => `  | ${l}`));
    out.push(lines.join('\n'));
  }
  return out.join('\n');
}
