/**
 * A small process that starts the bench's other processes (`bourse load`, the FIX initiator) for
 * it, so the process that hosts the exchange never forks once the exchange runs.
 *
 * Why: Node's spawn is fork + exec (libuv clones without CLONE_VM). The fork marks every private
 * page of the parent copy-on-write, so after it each page the exchange writes (its heaps, the rings,
 * the sessions' resend windows, the journal's buffers) takes one more page fault, however warm it
 * was: measured, 16,384 faults for a 64 MiB buffer rewritten after spawning /bin/true. A bench that
 * spawned its load after starting the exchange thus charged the exchange's threads a fault on
 * every page they touched in the first seconds of the load, which a broker's separate process never
 * causes (docs/benchmarks.md, "The cold start"). The launcher is forked once, before the exchange
 * starts (its own address space is small), and spawns on request over IPC.
 *
 * Run as a module: `Launcher.start()`; the file run by node is the launcher itself.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';

interface Request { id: number; command: string; args: string[]; stderr: 'inherit' | 'ignore' }
type Reply = { id: number; type: 'spawned'; pid: number } | { id: number; type: 'exit'; code: number };

export interface Launched {
  /** The child's pid (for /proc sampling). */
  readonly pid: number;
  /** Its exit code (1 if killed by a signal). */
  readonly exited: Promise<number>;
}

export class Launcher {
  private readonly child: ChildProcess;
  private next = 1;
  private readonly waiting = new Map<number, { spawned: (pid: number) => void; exit: (code: number) => void }>();

  private constructor(child: ChildProcess) {
    this.child = child;
    child.on('message', (m: Reply) => {
      const w = this.waiting.get(m.id);
      if (!w) return;
      if (m.type === 'spawned') w.spawned(m.pid);
      else {
        this.waiting.delete(m.id);
        w.spawned(0); // never started (spawn error): no pid; a no-op once it was given
        w.exit(m.code);
      }
    });
  }

  /** Forks the launcher now (do it before the exchange starts). */
  static async start(): Promise<Launcher> {
    const child = fork(new URL(import.meta.url).pathname, ['serve'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (c) => reject(new Error(`bench launcher exited (${c}) before it was ready`)));
    });
    return new Launcher(child);
  }

  /** Starts `command args` from the launcher (stdin and stdout ignored; stderr inherited unless 'ignore'). */
  run(command: string, args: readonly string[], stderr: 'inherit' | 'ignore' = 'inherit'): Promise<Launched> {
    const id = this.next++;
    return new Promise((resolve) => {
      let exit!: (code: number) => void;
      const exited = new Promise<number>((r) => (exit = r));
      this.waiting.set(id, { spawned: (pid) => resolve({ pid, exited }), exit });
      const req: Request = { id, command, args: [...args], stderr };
      this.child.send(req);
    });
  }

  close(): void {
    this.child.disconnect();
  }
}

/** The launcher process: spawns what it is asked, reports each child's pid and exit code. */
function serve(): void {
  process.on('message', (m: Request) => {
    const p = spawn(m.command, m.args, { stdio: ['ignore', 'ignore', m.stderr] });
    const reply = (r: Reply) => process.send!(r);
    p.once('spawn', () => reply({ id: m.id, type: 'spawned', pid: p.pid! }));
    p.once('error', () => reply({ id: m.id, type: 'exit', code: 1 }));
    p.once('exit', (code) => reply({ id: m.id, type: 'exit', code: code ?? 1 }));
  });
  process.on('disconnect', () => process.exit(0));
  process.send!({ type: 'ready' });
}

if (process.argv[2] === 'serve' && process.send) serve();
