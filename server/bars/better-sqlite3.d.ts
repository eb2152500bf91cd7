/**
 * The part of better-sqlite3 13 that server/bars/sqlite-driver.ts uses. Version 13 ships no
 * types and @types/better-sqlite3 describes 12; this is all we call, checked against
 * node_modules/better-sqlite3/lib (database.js, methods/wrappers.js, methods/transaction.js).
 */
declare module 'better-sqlite3' {
  namespace Database {
    type Value = number | string | bigint | Uint8Array | null;
    interface Statement {
      run(...params: Value[]): { changes: number; lastInsertRowid: number | bigint };
      get(...params: Value[]): unknown;
      all(...params: Value[]): unknown[];
      /** Rows as arrays of values in column order. */
      raw(on?: boolean): this;
      /** The first column's value instead of a row. */
      pluck(on?: boolean): this;
    }
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      /** Busy timeout in ms (default 5000). */
      timeout?: number;
    }
    interface Database {
      readonly inTransaction: boolean;
      prepare(sql: string): Statement;
      exec(sql: string): this;
      transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
      pragma(source: string, options?: { simple?: boolean }): unknown;
      close(): this;
    }
  }
  const Database: new (path: string, options?: Database.Options) => Database.Database;
  export = Database;
}
