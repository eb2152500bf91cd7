/**
 * The SQLite driver behind the bars store: the few calls SqliteStore makes, with two
 * implementations that behave the same (test/unit/bars-store.test.ts runs both on one workload).
 *
 * - `node`: `node:sqlite` (DatabaseSync), built into Node 24: no native addon, nothing to
 *   install or compile. The default (docs/bars.md has the figures that chose it).
 * - `better`: better-sqlite3 13 (prebuilt N-API addon), a devDependency kept for the
 *   side-by-side benchmark (bench/bars.ts). Loaded only when asked for, so a production install
 *   without devDependencies never needs it.
 *
 * Both bind every JS number as a REAL (the INTEGER columns' affinity stores whole numbers as
 * integers) and read BLOBs as Uint8Array (better-sqlite3's Buffer is one).
 */
import { createRequire } from 'node:module';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type BetterSqlite3 from 'better-sqlite3';

export type SqliteDriverName = 'node' | 'better';
export const SQLITE_DRIVERS: readonly SqliteDriverName[] = ['node', 'better'];
export const DEFAULT_SQLITE_DRIVER: SqliteDriverName = 'node';

/** A value bound to a parameter or read from a column (no BigInt: stored integers are safe). */
export type SqlValue = number | string | Uint8Array | null;
export type SqlRow = Record<string, SqlValue>;

/**
 * How a statement returns a row: `object` (column name -> value), `array` (values in column
 * order; no object per row) or `value` (the first column alone).
 */
export type RowShape = 'object' | 'array' | 'value';

export interface SqliteStatement<R> {
  run(...params: SqlValue[]): void;
  get(...params: SqlValue[]): R | undefined;
  all(...params: SqlValue[]): R[];
}

export interface SqliteDb {
  readonly driver: SqliteDriverName;
  prepare<R = SqlRow>(sql: string, shape?: RowShape): SqliteStatement<R>;
  /** One or more statements, results ignored (schema, PRAGMA x = y). */
  exec(sql: string): void;
  /**
   * `fn` wrapped in BEGIN / COMMIT (ROLLBACK when it throws); a call inside another
   * transaction is a SAVEPOINT. `fn` must be synchronous.
   */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): void;
}

export interface SqliteOpenOptions {
  /** Open read-only; the file must exist. */
  readonly readonly?: boolean;
}

export function openSqlite(driver: SqliteDriverName, path: string, o: SqliteOpenOptions = {}): SqliteDb {
  return driver === 'better' ? openBetter(path, o) : openNode(path, o);
}

// ------------------------------------------------------------------------------ node:sqlite

function openNode(path: string, o: SqliteOpenOptions): SqliteDb {
  const db = new DatabaseSync(path, { readOnly: o.readonly ?? false });
  let begin: StatementSync | undefined;
  let commit: StatementSync | undefined;
  let rollback: StatementSync | undefined;
  return {
    driver: 'node',
    prepare<R>(sql: string, shape: RowShape = 'object'): SqliteStatement<R> {
      const st = db.prepare(sql);
      if (shape === 'object') return st as unknown as SqliteStatement<R>;
      st.setReturnArrays(true);
      if (shape === 'array') return st as unknown as SqliteStatement<R>;
      return {
        run: (...p) => void st.run(...p),
        get: (...p) => (st.get(...p) as unknown as SqlValue[] | undefined)?.[0] as R | undefined,
        all: (...p) => (st.all(...p) as unknown as SqlValue[][]).map((r) => r[0] as R),
      };
    },
    exec: (sql) => db.exec(sql),
    transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
      return (...args: A): R => {
        if (db.isTransaction) {
          // Nested: a savepoint, as better-sqlite3 does.
          db.exec('SAVEPOINT bourse_nested');
          try {
            const r = fn(...args);
            db.exec('RELEASE bourse_nested');
            return r;
          } catch (e) {
            if (db.isTransaction) db.exec('ROLLBACK TO bourse_nested; RELEASE bourse_nested');
            throw e;
          }
        }
        (begin ??= db.prepare('BEGIN')).run();
        try {
          const r = fn(...args);
          (commit ??= db.prepare('COMMIT')).run();
          return r;
        } catch (e) {
          // SQLite may have rolled back already (e.g. SQLITE_FULL).
          if (db.isTransaction) (rollback ??= db.prepare('ROLLBACK')).run();
          throw e;
        }
      };
    },
    close: () => db.close(),
  };
}

// ------------------------------------------------------------------------- better-sqlite3 13

function openBetter(path: string, o: SqliteOpenOptions): SqliteDb {
  // Required on demand: the addon is a devDependency (the benchmark's peer), not a dependency.
  const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  const db = new Database(path, { readonly: o.readonly ?? false, fileMustExist: o.readonly ?? false });
  return {
    driver: 'better',
    prepare<R>(sql: string, shape: RowShape = 'object'): SqliteStatement<R> {
      const st = db.prepare(sql);
      if (shape === 'array') st.raw(true);
      else if (shape === 'value') st.pluck(true);
      return st as unknown as SqliteStatement<R>;
    },
    exec: (sql) => void db.exec(sql),
    transaction: (fn) => db.transaction(fn),
    close: () => void db.close(),
  };
}
