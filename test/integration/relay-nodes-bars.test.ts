/**
 * A relay node serves /api/v1/bars from a PostgreSQL replica, read-only (issue 17): the same
 * bytes as the exchange-side API over the same database, and the relay's store cannot write
 * (every session runs with default_transaction_read_only: the server refuses). A real
 * PostgreSQL 15 server (infra/postgres.sh); skips locally without it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startPostgres, postgresSkip } from '../support/postgres.ts';
import { PgStore } from '../../server/bars/pg-store.ts';
import { startServer } from '../../server/http/server.ts';
import type { BarRow } from '../../server/bars/store.ts';
import { Exchange, startRelay } from './relay-nodes-harness.ts';
import { BourseError } from '../../server/kernel/errors.ts';

const skip = postgresSkip();

const bars = (n: number): BarRow[] => Array.from({ length: n }, (_, i) => ({
  symbol: 'ABC', interval: '1m' as const, openTime: 1_764_000_000_000 + i * 60_000, open: 1000 + i, high: 1010 + i, low: 990 + i, close: 1005 + i, volume: 10 * (i + 1), trades: i + 1, notional: 10_050 * (i + 1),
}));

test('relay node: /api/v1/bars from a PostgreSQL replica, read-only', { skip, timeout: 180_000 }, async () => {
  const pgs = await startPostgres();
  const x = await Exchange.start({ symbols: 2 });
  const writer = await PgStore.open({ url: await pgs.createDatabase() });
  let relay: Awaited<ReturnType<typeof startRelay>> | undefined;
  const api = await startServer({ store: writer, host: '127.0.0.1', port: 0 });
  try {
    const dbUrl = writer.location; // no password on the test server: the URL as given
    await writer.upsertInstruments([{ name: 'ABC', priceDecimals: 2, qtyDecimals: 0, tick: 1, lot: 1, currency: 'USD' }]);
    assert.equal(await writer.writeBars(bars(120)), 120);
    x.step(500);
    relay = await startRelay('relay-bars', ['--feed-config', x.configFile, '--store', dbUrl]);
    for (const q of ['symbol=ABC&interval=1m', 'symbol=ABC&interval=1m&limit=50', 'symbol=ABC&interval=1m&format=csv']) {
      const want = await fetch(`${api.url}/api/v1/bars?${q}`);
      const got = await fetch(`${relay.url}/api/v1/bars?${q}`);
      assert.equal(got.status, 200, q);
      assert.equal(await got.text(), await want.text(), q);
    }
    // The replica's client is read-only: PostgreSQL itself refuses the write.
    const ro = await PgStore.open({ url: dbUrl, readOnly: true });
    try {
      await assert.rejects(ro.writeBars(bars(1)), (e: unknown) => e instanceof BourseError && /read-only/i.test(e.message));
    } finally {
      await ro.close();
    }
  } finally {
    relay?.proc.kill('SIGTERM');
    await relay?.proc.exited;
    await api.close();
    await writer.close();
    await x.close();
    pgs.stop();
  }
});
