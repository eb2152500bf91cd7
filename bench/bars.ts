/**
 * Bench `bars`: the bars store and the HTTP API over a year of 1m bars of one symbol
 * (525,600 rows, a seeded random walk).
 *
 * - ingest: bars/s into a fresh SQLite file and a fresh PostgreSQL database (a real server on
 *   loopback started for the run, fsync on), through BarsStore.writeBars in batches of 10,000.
 * - API: 100,000 bars as JSON and as CSV through a real listening server, the way an analyst
 *   fetches them: pages of 10,000 (the API's maximum), following X-Next-Cursor. Timed from the
 *   first request to the last byte of the last page, on a keep-alive connection.
 * - plain: the same 100,000 rows with better-sqlite3 `.all()` on the same table, then
 *   JSON.stringify (no HTTP, no decimals: the baseline the API has to beat by 2x).
 * Medians of interleaved runs (the machine is shared and noisy).
 *
 *   npm run bench -- bars          (bench/run.ts writes bench/results/bars.json)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../server/bars/sqlite-store.ts';
import type { BarRow, BarsStore } from '../server/bars/store.ts';
import { startServer } from '../server/http/server.ts';
import { Metrics } from '../server/http/metrics.ts';
import type { Figures } from './lib/results.ts';
import { printTable } from './lib/table.ts';

const SYMBOL = 'SYN';
const YEAR_MIN = 525_600;
const START_MS = Date.UTC(2025, 0, 1);
const API_BARS = 100_000;
const PAGE = 10_000;
const BATCH = 10_000;
const RUNS = 7;
const WARMUP = 2;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A year of 1m bars: seeded random walk around 100.00 (price decimals 2), volumes in lots. */
export function yearOfBars(n = YEAR_MIN): BarRow[] {
  let seed = 42;
  const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const rows: BarRow[] = [];
  let close = 10_000;
  for (let i = 0; i < n; i++) {
    const open = close;
    const trades = rnd() < 0.1 ? 0 : 1 + Math.floor(rnd() * 40);
    if (trades === 0) {
      rows.push({ symbol: SYMBOL, interval: '1m', openTime: START_MS + i * 60_000, open, high: open, low: open, close: open, volume: 0, trades: 0, notional: 0 });
      continue;
    }
    close = Math.max(100, open + Math.round((rnd() - 0.5) * 40));
    const high = Math.max(open, close) + Math.floor(rnd() * 10);
    const low = Math.max(1, Math.min(open, close) - Math.floor(rnd() * 10));
    const volume = trades * (1 + Math.floor(rnd() * 500));
    rows.push({ symbol: SYMBOL, interval: '1m', openTime: START_MS + i * 60_000, open, high, low, close, volume, trades, notional: volume * Math.round((high + low) / 2) });
  }
  return rows;
}

async function ingest(store: BarsStore, rows: BarRow[]): Promise<number> {
  await store.upsertInstruments([{ name: SYMBOL, priceDecimals: 2, qtyDecimals: 0, tick: 1, lot: 1, currency: 'USD' }]);
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) await store.writeBars(rows.slice(i, i + BATCH));
  return rows.length / ((performance.now() - t0) / 1000);
}

/** GET every page of [start, start + 100,000 bars); resolves to { ms, bytes, bars }. */
function fetchAll(base: string, agent: Agent, format: 'json' | 'csv', startMs: number): Promise<{ ms: number; bytes: number; pages: number }> {
  const endMs = startMs + API_BARS * 60_000;
  const t0 = performance.now();
  let bytes = 0;
  let pages = 0;
  const page = (cursor: string | undefined): Promise<void> =>
    new Promise((resolve, reject) => {
      const q = `symbol=${SYMBOL}&interval=1m&start=${startMs}&end=${endMs}&limit=${PAGE}&format=${format}${cursor ? `&cursor=${cursor}` : ''}`;
      const req = request(`${base}/api/v1/bars?${q}`, { agent }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}`));
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => {
          pages++;
          const next = res.headers['x-next-cursor'];
          if (typeof next === 'string') page(next).then(resolve, reject);
          else resolve();
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  return page(undefined).then(() => ({ ms: performance.now() - t0, bytes, pages }));
}

function plain(store: SqliteStore, startMs: number): { ms: number; bytes: number } {
  const t0 = performance.now();
  const rows = store.database
    .prepare('SELECT open_time_ms, open, high, low, close, volume, trades, notional FROM bars WHERE instrument_id = (SELECT id FROM instruments WHERE name = ?) AND interval_s = 60 AND open_time_ms >= ? AND open_time_ms < ? ORDER BY open_time_ms LIMIT ?')
    .all(SYMBOL, startMs, startMs + API_BARS * 60_000, API_BARS);
  const text = JSON.stringify(rows);
  return { ms: performance.now() - t0, bytes: text.length };
}

async function pgIngest(rows: BarRow[]): Promise<{ rate?: number; note: string }> {
  const { postgresSkip, startPostgres } = await import('../test/support/postgres.ts');
  let why: string | undefined;
  try {
    why = postgresSkip();
  } catch (e) {
    why = (e as Error).message;
  }
  if (why) return { note: why };
  const { PgStore } = await import('../server/bars/pg-store.ts');
  const server = await startPostgres({ fsync: true });
  try {
    const rates: number[] = [];
    for (let r = 0; r < 3; r++) {
      const store = await PgStore.open({ url: await server.createDatabase() });
      try {
        rates.push(await ingest(store, rows));
      } finally {
        await store.close();
      }
    }
    return { rate: median(rates), note: `median of 3 (${rates.map((x) => Math.round(x)).join(', ')})` };
  } finally {
    server.stop();
  }
}

async function run(): Promise<Figures> {
  const rows = yearOfBars();
  const dir = mkdtempSync(join(tmpdir(), 'bourse-bench-bars-'));
  try {
    // SQLite ingest: three fresh files, median rate; the last one serves the API runs.
    const ingestRates: number[] = [];
    let store: SqliteStore | undefined;
    for (let r = 0; r < 3; r++) {
      await store?.close();
      store = SqliteStore.open({ path: join(dir, `bars-${r}.sqlite`) });
      ingestRates.push(await ingest(store, rows));
    }
    const sqlite = store!;
    const startMs = START_MS + 200_000 * 60_000; // a window in the middle of the year
    const srv = await startServer({ store: sqlite, metrics: new Metrics(), port: 0 });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const json: number[] = [];
    const csv: number[] = [];
    const base: number[] = [];
    let sizes = { json: 0, csv: 0, plain: 0, pages: 0 };
    try {
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const p = plain(sqlite, startMs);
        const j = await fetchAll(srv.url, agent, 'json', startMs);
        const c = await fetchAll(srv.url, agent, 'csv', startMs);
        if (i < WARMUP) continue;
        base.push(p.ms);
        json.push(j.ms);
        csv.push(c.ms);
        sizes = { json: j.bytes, csv: c.bytes, plain: p.bytes, pages: j.pages };
      }
    } finally {
      agent.destroy();
      await srv.close();
    }
    await sqlite.close();
    const pg = await pgIngest(rows);
    const f: Figures = {
      api_100k_json_ms: median(json),
      api_100k_csv_ms: median(csv),
      plain_100k_json_ms: median(base),
      sqlite_ingest_bars_per_s: median(ingestRates),
      ...(pg.rate !== undefined ? { pg_ingest_bars_per_s: pg.rate } : {}),
    };
    printTable(
      ['measure', 'median', 'runs', 'note'],
      [
        ['API 100k bars JSON (ms)', f.api_100k_json_ms, String(RUNS), `${sizes.pages} pages of ${PAGE}, ${(sizes.json / 1e6).toFixed(1)} MB, decimal strings + vwap`],
        ['API 100k bars CSV (ms)', f.api_100k_csv_ms, String(RUNS), `${(sizes.csv / 1e6).toFixed(1)} MB`],
        ['plain .all() + JSON.stringify (ms)', f.plain_100k_json_ms, String(RUNS), `${(sizes.plain / 1e6).toFixed(1)} MB, integers, no HTTP`],
        ['API JSON / plain', f.api_100k_json_ms! / f.plain_100k_json_ms!, String(RUNS), 'goal < 0.5'],
        ['API CSV / plain', f.api_100k_csv_ms! / f.plain_100k_json_ms!, String(RUNS), 'goal < 0.5'],
        ['SQLite ingest (bars/s)', f.sqlite_ingest_bars_per_s, '3', `${rows.length.toLocaleString('en-US')} bars per run; goal >= 200,000`],
        ['PostgreSQL ingest (bars/s)', f.pg_ingest_bars_per_s, pg.rate !== undefined ? '3' : '0', pg.note],
      ],
      `bars: one symbol, a year of 1m bars (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}: a busy machine inflates every time)`,
    );
    return f;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const bench = { name: 'bars', summary: 'bars API 100k JSON/CSV vs plain better-sqlite3, SQLite and PostgreSQL ingest', run };
