/**
 * The bars store a command line names: `--store URL`, else DATA/bars.sqlite. Its own file so
 * that store.ts (the interface) imports neither implementation and neither imports back.
 */
import { join } from 'node:path';
import { BourseError } from '../kernel/errors.ts';
import { redactUrl, type BarsStore } from './store.ts';

export interface OpenStoreOptions {
  /** Data directory: the SQLite store is DATA/bars.sqlite. */
  readonly data: string;
  /** postgres://… or postgresql://… selects PostgreSQL; sqlite:PATH a SQLite file elsewhere. */
  readonly url?: string | undefined;
  /** PostgreSQL: a read-only client (PgStoreOptions.readOnly). */
  readonly readOnly?: boolean;
}

/** Open the store a command line names (SQLite through the default driver, node:sqlite). */
export async function openStore(o: OpenStoreOptions): Promise<BarsStore> {
  const url = o.url;
  if (url === undefined || url === '') {
    const { SqliteStore } = await import('./sqlite-store.ts');
    return SqliteStore.open({ path: join(o.data, 'bars.sqlite') });
  }
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const { PgStore } = await import('./pg-store.ts');
    return PgStore.open({ url, readOnly: o.readOnly ?? false });
  }
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path === '') throw new BourseError('STORE_BAD_URL', '--store sqlite: needs a file path, e.g. sqlite:/var/lib/bourse/bars.sqlite');
    const { SqliteStore } = await import('./sqlite-store.ts');
    return SqliteStore.open({ path });
  }
  throw new BourseError('STORE_BAD_URL', `--store "${redactUrl(url)}" must start with postgres://, postgresql:// or sqlite:`);
}
