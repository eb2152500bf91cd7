// Which Node runs Bourse. The sources are TypeScript run by Node's own type stripping (no loader),
// which Node 24 LTS does by default. `npm ci` installs Node 24 into node_modules (the `node`
// package, pinned in package.json), and npm scripts and npx put it first on PATH. When a script
// is started by another Node (say a system Node 20: `node bin/bourse.js`), it is re-run on the
// pinned one, so Bourse never runs, or is tested, on a Node that users do not run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

export const PINNED_NODE = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
export const MIN_MAJOR = 24;

/** True when this Node can run the sources: Node 24 or newer (22.18+ strips types too, untested). */
export function supported(v = process.versions.node) {
  return Number(v.split('.')[0]) >= MIN_MAJOR;
}

/**
 * Returns true when this process may go on. Otherwise it re-runs the same script with the same
 * arguments on the pinned Node (resolving never: the process exits with the child's status), or,
 * with no pinned Node installed, prints NODE_UNSUPPORTED (the registry's code 3006) and exits 2.
 * BOURSE_NODE=any skips the check (to try another Node on purpose).
 */
export function onSupportedNode() {
  if (supported() || process.env.BOURSE_NODE === 'any') return true;
  if (!existsSync(PINNED_NODE)) {
    console.error(
      `NODE_UNSUPPORTED (3006): Node.js ${process.versions.node} cannot run Bourse; it needs Node.js ${MIN_MAJOR} LTS ` +
        '(`npm ci` installs it into node_modules/node)',
    );
    process.exit(2);
  }
  const child = spawn(PINNED_NODE, [...process.execArgv, process.argv[1], ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
  return false;
}

/**
 * Node's on-disk compile cache (type-stripped sources and V8 code, keyed by each file's content):
 * a start loads some 300 modules on its main thread and again in each worker thread, and
 * stripping and compiling them costs about half a CPU-second per thread on every start (a restart's
 * time goes there first; docs/journal.md, "Restart time"). The directory is Node's default
 * (os.tmpdir()/node-compile-cache) or $NODE_COMPILE_CACHE; it is also put in the environment so
 * that worker threads use it (they read it from there, not from the main thread's call).
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off. A cache that cannot be written costs only the time.
 */
export function enableCompileCache() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return;
  try {
    const r = module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE || undefined);
    if (r?.directory) process.env.NODE_COMPILE_CACHE = r.directory;
  } catch {
    /* no cache: slower, same behaviour */
  }
}
