/**
 * Helpers of the edge fault suite (test/faults/edge-*.test.ts): a real `bourse` process with its
 * output collected (optionally under a lower `ulimit -n`), and raw TCP sockets that send half a
 * request and wait.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { BOURSE } from '../support/cli.ts';
import { REPO_ROOT } from '../support/data.ts';

export interface Running {
  readonly child: ChildProcess;
  out: string;
  err: string;
  /** Resolves with the first match of `re` in stdout (rejects on exit or after `ms`). */
  waitFor(re: RegExp, ms?: number): Promise<RegExpExecArray>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then the exit status (SIGKILL after `ms`). */
  stop(ms?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `bourse ARGS` in a child process; with `fdLimit`, under `ulimit -n fdLimit` (via sh). */
export function runBourse(args: string[], opts: { fdLimit?: number } = {}): Running {
  const child = opts.fdLimit
    ? spawn('/bin/sh', ['-c', `ulimit -n ${opts.fdLimit} && exec "$0" "$@"`, process.execPath, BOURSE, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [BOURSE, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const r: Running = {
    child,
    out: '',
    err: '',
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
    waitFor(re, ms = 60_000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const m = re.exec(r.out);
          if (m) {
            done();
            resolve(m);
          }
          return m !== null;
        };
        const timer = setTimeout(() => { done(); reject(new Error(`timed out waiting for ${re}: ${r.out}\n${r.err}`)); }, ms);
        const onData = (): void => void check();
        const onExit = (): void => { if (!check()) { done(); reject(new Error(`exited before ${re}: ${r.out}\n${r.err}`)); } };
        const done = (): void => {
          clearTimeout(timer);
          child.stdout!.off('data', onData);
          child.off('exit', onExit);
        };
        child.stdout!.on('data', onData);
        child.once('exit', onExit);
        check();
      });
    },
    async stop(ms = 30_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), ms);
      const s = await r.exited;
      clearTimeout(t);
      return s;
    },
  };
  child.stdout!.on('data', (c: Buffer) => { r.out += c.toString(); });
  child.stderr!.on('data', (c: Buffer) => { r.err += c.toString(); });
  return r;
}

export interface HalfRequest {
  readonly socket: net.Socket;
  /** What the server sent before it closed the connection, and when (ms after open). */
  readonly closed: Promise<{ data: string; afterMs: number }>;
}

/** A connection that sends a request line and one header, never the blank line that ends them. */
export function halfRequest(port: number, path = '/healthz'): Promise<HalfRequest> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let data = '';
    const socket = net.connect(port, '127.0.0.1');
    const closed = new Promise<{ data: string; afterMs: number }>((r) => socket.once('close', () => r({ data, afterMs: performance.now() - t0 })));
    socket.on('data', (c) => { data += c.toString(); });
    socket.once('connect', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n`);
      resolve({ socket, closed });
    });
    socket.on('error', (e) => reject(e));
  });
}

/** Serial connects (a burst of SYNs would overflow the listen backlog, not test the server). */
export async function halfRequests(port: number, n: number): Promise<HalfRequest[]> {
  const out: HalfRequest[] = [];
  for (let i = 0; i < n; i++) out.push(await halfRequest(port));
  return out;
}
