/**
 * A real PostgreSQL 15 server for one test file (or one benchmark run): a fresh cluster in a
 * temp dir, on a free loopback port, started and stopped through infra/postgres.sh. Tests make
 * their own databases with `createDatabase()`.
 *
 * Missing binaries: locally the caller skips with a message naming the apt package; with
 * CI=true `postgresSkip()` throws instead (CI must never skip silently).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from './data.ts';
import { freePort } from './ports.ts';

const SCRIPT = join(REPO_ROOT, 'infra', 'postgres.sh');

export interface PgServer {
  readonly port: number;
  readonly dir: string;
  /** URL of a database on this server. */
  url(db: string): string;
  /** CREATE DATABASE with a fresh name (or the given one); returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stop the server (clients see it go away) and start it again on the same port. */
  pause(): void;
  resume(): void;
  /** Stop it for good and remove its files. */
  stop(): void;
}

/** Undefined when PostgreSQL can be started here; else why not (throws in CI). */
export function postgresSkip(): string | undefined {
  const r = spawnSync('bash', [SCRIPT, 'check'], { encoding: 'utf8' });
  if (r.status === 0) return undefined;
  const why = `PostgreSQL 15 not available: ${(r.stderr || r.stdout).trim()} (Debian package: postgresql; infra/install.sh installs it)`;
  if (process.env.CI === 'true') throw new Error(why);
  return why;
}

function run(args: string[]): void {
  const r = spawnSync('bash', [SCRIPT, ...args], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`infra/postgres.sh ${args.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`);
}

let dbCounter = 0;

export async function startPostgres(opts: { fsync?: boolean } = {}): Promise<PgServer> {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-pg-'));
  const port = await freePort();
  const fsync = opts.fsync ? 'on' : 'off';
  try {
    run(['start', dir, String(port), fsync]);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  let running = true;
  const url = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  return {
    port,
    dir,
    url,
    async createDatabase(name) {
      const db = name ?? `bourse_t${process.pid}_${++dbCounter}`;
      const c = new pg.Client({ connectionString: url('postgres') });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE "${db}"`);
      } finally {
        await c.end();
      }
      return url(db);
    },
    pause() {
      if (running) run(['stop', dir]);
      running = false;
    },
    resume() {
      if (!running) run(['start', dir, String(port), fsync]);
      running = true;
    },
    stop() {
      try {
        if (running) run(['stop', dir]);
      } finally {
        running = false;
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

// ---------------------------------------------------------------- both stores, one test table

export type StoreKind = 'sqlite' | 'postgres';
export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'postgres'];

/**
 * The two bars stores for a shared test table: `open(kind)` gives a fresh, empty store (a new
 * SQLite file, or a new database on the file's one PostgreSQL server, started on first use).
 * `stop()` removes everything (call it from `after`). `skip(kind)` is the reason to skip.
 */
export function twoStores() {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-stores-'));
  const pgSkip = postgresSkip();
  let server: Promise<PgServer> | undefined;
  let n = 0;
  const opened: { close(): Promise<void> }[] = [];
  return {
    dir,
    skip(kind: StoreKind): string | false {
      return kind === 'postgres' && pgSkip ? pgSkip : false;
    },
    /** The PostgreSQL server (started on first use). */
    server(): Promise<PgServer> {
      server ??= startPostgres();
      return server;
    },
    /** A URL for the CLI's --store: a fresh database, or a fresh sqlite: file. */
    async url(kind: StoreKind): Promise<string> {
      if (kind === 'sqlite') return `sqlite:${join(dir, `s${++n}.sqlite`)}`;
      return (await this.server()).createDatabase();
    },
    async open(kind: StoreKind) {
      const { openStore } = await import('../../server/bars/open.ts');
      const s = await openStore({ data: dir, url: await this.url(kind) });
      opened.push(s);
      return s;
    },
    async stop(): Promise<void> {
      for (const s of opened) await s.close().catch(() => {});
      if (server) (await server).stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
