/**
 * Bench `bars`: the bars store and the HTTP API over a year of 1m bars of one symbol
 * (525,600 rows, a seeded random walk), on both SQLite drivers side by side in the same run:
 * node:sqlite (`node`, the default) and better-sqlite3 13 (`better`, a devDependency kept for
 * this comparison). Every measure alternates the two drivers, so load from other jobs hits both.
 *
 * - ingest: bars/s into a fresh SQLite file per driver and a fresh PostgreSQL database (a real
 *   server on loopback started for the run, fsync on), through BarsStore.writeBars in batches of
 *   10,000.
 * - store query: 100,000 bars through BarsStore.queryBars (the path the API reads), per driver
 *   (each run: the median of 5 back to back; it takes a few ms).
 * - plain: the same 100,000 rows with a plain `.all()` on the `bars` table through the same
 *   driver (objects, one per row), and that plus JSON.stringify (no HTTP, no decimals: the
 *   baseline the API has to beat by 2x).
 * - API: 100,000 bars as JSON and as CSV through a real listening server per driver, the way an
 *   analyst fetches them: pages of 10,000 (the API's maximum), following X-Next-Cursor. Timed
 *   from the first request to the last byte of the last page, on a keep-alive connection.
 * Medians of interleaved runs (the machine is shared and noisy); node/better ratios are medians
 * of the per-run ratios. Unsuffixed keys (api_100k_json_ms, sqlite_ingest_bars_per_s, ...) are
 * the default driver's, as before.
 *
 *   npm run bench -- bars          (bench/run.ts writes bench/results/bars.json)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../server/bars/sqlite-store.ts';
import { DEFAULT_SQLITE_DRIVER, SQLITE_DRIVERS, type SqliteDriverName } from '../server/bars/sqlite-driver.ts';
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

/** The rows with a plain `.all()` (objects), then JSON.stringify: both times. */
function plain(store: SqliteStore, startMs: number): { allMs: number; ms: number; bytes: number } {
  const t0 = performance.now();
  const rows = store.database
    .prepare('SELECT open_time_ms, open, high, low, close, volume, trades, notional FROM bars WHERE instrument_id = (SELECT id FROM instruments WHERE name = ?) AND interval_s = 60 AND open_time_ms >= ? AND open_time_ms < ? ORDER BY open_time_ms LIMIT ?')
    .all(SYMBOL, startMs, startMs + API_BARS * 60_000, API_BARS);
  const t1 = performance.now();
  if (rows.length !== API_BARS) throw new Error(`plain .all() read ${rows.length} rows, not ${API_BARS}`);
  const text = JSON.stringify(rows);
  return { allMs: t1 - t0, ms: performance.now() - t0, bytes: text.length };
}

/** 100,000 bars through the store's own read path (BarsStore.queryBars), no HTTP. */
async function storeQuery(store: SqliteStore, startMs: number): Promise<number> {
  const t0 = performance.now();
  let n = 0;
  let sum = 0;
  for await (const c of store.queryBars({ symbol: SYMBOL, interval: '1m', start: startMs, end: startMs + API_BARS * 60_000, limit: API_BARS })) {
    n += c.count;
    sum += c.data[c.data.length - 1]!;
  }
  const ms = performance.now() - t0;
  if (n !== API_BARS || !(sum >= 0)) throw new Error(`queryBars read ${n} bars, not ${API_BARS}`);
  return ms;
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

type PerDriver<T> = Record<SqliteDriverName, T>;
const perDriver = <T>(f: (d: SqliteDriverName) => T): PerDriver<T> => ({ node: f('node'), better: f('better') });
/** Both drivers, the first one alternating from run to run. */
const alternate = (i: number): readonly SqliteDriverName[] => (i % 2 === 0 ? SQLITE_DRIVERS : [...SQLITE_DRIVERS].reverse());

async function run(): Promise<Figures> {
  const rows = yearOfBars();
  const dir = mkdtempSync(join(tmpdir(), 'bourse-bench-bars-'));
  const stores: Partial<PerDriver<SqliteStore>> = {};
  try {
    // SQLite ingest: three fresh files per driver, interleaved, median rate; the last ones serve the reads.
    const ingestRates = perDriver((): number[] => []);
    for (let r = 0; r < 3; r++) {
      for (const d of alternate(r)) {
        await stores[d]?.close();
        stores[d] = SqliteStore.open({ path: join(dir, `bars-${d}-${r}.sqlite`), driver: d });
        ingestRates[d].push(await ingest(stores[d], rows));
      }
    }
    const sqlite = stores as PerDriver<SqliteStore>;
    const startMs = START_MS + 200_000 * 60_000; // a window in the middle of the year
    const srv = perDriver(() => undefined as Awaited<ReturnType<typeof startServer>> | undefined);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const m = perDriver(() => ({ query: [] as number[], all: [] as number[], plain: [] as number[], json: [] as number[], csv: [] as number[] }));
    let sizes = { json: 0, csv: 0, plain: 0, pages: 0 };
    try {
      for (const d of SQLITE_DRIVERS) srv[d] = await startServer({ store: sqlite[d], metrics: new Metrics(), port: 0 });
      for (let i = 0; i < WARMUP + RUNS; i++) {
        for (const d of alternate(i)) {
          // A few ms each: the median of 5 back to back, so one GC pause does not decide a run.
          const qs: number[] = [];
          for (let k = 0; k < 5; k++) qs.push(await storeQuery(sqlite[d], startMs));
          const q = median(qs);
          const p = plain(sqlite[d], startMs);
          const j = await fetchAll(srv[d]!.url, agent, 'json', startMs);
          const c = await fetchAll(srv[d]!.url, agent, 'csv', startMs);
          if (i < WARMUP) continue;
          m[d].query.push(q);
          m[d].all.push(p.allMs);
          m[d].plain.push(p.ms);
          m[d].json.push(j.ms);
          m[d].csv.push(c.ms);
          if (d === DEFAULT_SQLITE_DRIVER) sizes = { json: j.bytes, csv: c.bytes, plain: p.bytes, pages: j.pages };
        }
      }
    } finally {
      agent.destroy();
      for (const d of SQLITE_DRIVERS) await srv[d]?.close();
    }
    const pg = await pgIngest(rows);
    /** Median over runs of node's figure / better's (runs are paired: same iteration). */
    const ratio = (xs: PerDriver<number[]>) => median(xs.node.map((x, i) => x / xs.better[i]!));
    const f: Figures = {};
    for (const d of SQLITE_DRIVERS) {
      f[`sqlite_${d}_ingest_bars_per_s`] = median(ingestRates[d]);
      f[`sqlite_${d}_query_100k_ms`] = median(m[d].query);
      f[`plain_all_${d}_100k_ms`] = median(m[d].all);
      f[`plain_${d}_100k_json_ms`] = median(m[d].plain);
      f[`api_${d}_100k_json_ms`] = median(m[d].json);
      f[`api_${d}_100k_csv_ms`] = median(m[d].csv);
    }
    f.node_over_better_ingest = ratio(perDriver((d) => ingestRates[d]));
    f.node_over_better_query_100k = ratio(perDriver((d) => m[d].query));
    f.node_over_better_plain_all_100k = ratio(perDriver((d) => m[d].all));
    f.node_over_better_api_100k_json = ratio(perDriver((d) => m[d].json));
    f.node_over_better_api_100k_csv = ratio(perDriver((d) => m[d].csv));
    const dd = DEFAULT_SQLITE_DRIVER;
    Object.assign(f, {
      api_100k_json_ms: f[`api_${dd}_100k_json_ms`],
      api_100k_csv_ms: f[`api_${dd}_100k_csv_ms`],
      plain_100k_json_ms: f[`plain_${dd}_100k_json_ms`],
      sqlite_ingest_bars_per_s: f[`sqlite_${dd}_ingest_bars_per_s`],
      ...(pg.rate !== undefined ? { pg_ingest_bars_per_s: pg.rate } : {}),
    });
    const name = { node: 'node:sqlite', better: 'better-sqlite3' };
    const table: (string | number | undefined)[][] = [];
    for (const d of SQLITE_DRIVERS) {
      const tag = `${name[d]}${d === dd ? ' (default)' : ''}`;
      table.push(
        [`${tag}: ingest (bars/s)`, f[`sqlite_${d}_ingest_bars_per_s`], '3', `${rows.length.toLocaleString('en-US')} bars per run (${ingestRates[d].map((x) => Math.round(x)).join(', ')}); goal >= 200,000`],
        [`${tag}: store query 100k (ms)`, f[`sqlite_${d}_query_100k_ms`], String(RUNS), `BarsStore.queryBars; ${(f[`sqlite_${d}_query_100k_ms`]! / f[`plain_all_${d}_100k_ms`]!).toFixed(2)} of plain .all()`],
        [`${tag}: plain .all() 100k (ms)`, f[`plain_all_${d}_100k_ms`], String(RUNS), 'an object per row'],
        [`${tag}: plain .all() + JSON.stringify (ms)`, f[`plain_${d}_100k_json_ms`], String(RUNS), `${(sizes.plain / 1e6).toFixed(1)} MB, integers, no HTTP`],
        [`${tag}: API 100k bars JSON (ms)`, f[`api_${d}_100k_json_ms`], String(RUNS), `${sizes.pages} pages of ${PAGE}, ${(sizes.json / 1e6).toFixed(1)} MB; ${(f[`api_${d}_100k_json_ms`]! / f[`plain_${d}_100k_json_ms`]!).toFixed(2)} of plain (goal < 0.5)`],
        [`${tag}: API 100k bars CSV (ms)`, f[`api_${d}_100k_csv_ms`], String(RUNS), `${(sizes.csv / 1e6).toFixed(1)} MB; ${(f[`api_${d}_100k_csv_ms`]! / f[`plain_${d}_100k_json_ms`]!).toFixed(2)} of plain (goal < 0.5)`],
      );
    }
    table.push(
      ['node/better: ingest rate', f.node_over_better_ingest, '3', '> 1: node:sqlite faster'],
      ['node/better: store query time', f.node_over_better_query_100k, String(RUNS), '< 1: node:sqlite faster'],
      ['node/better: plain .all() time', f.node_over_better_plain_all_100k, String(RUNS), '< 1: node:sqlite faster'],
      ['node/better: API JSON time', f.node_over_better_api_100k_json, String(RUNS), '< 1: node:sqlite faster'],
      ['node/better: API CSV time', f.node_over_better_api_100k_csv, String(RUNS), '< 1: node:sqlite faster'],
      ['PostgreSQL ingest (bars/s)', f.pg_ingest_bars_per_s, pg.rate !== undefined ? '3' : '0', pg.note],
    );
    printTable(
      ['measure', 'median', 'runs', 'note'],
      table,
      `bars: one symbol, a year of 1m bars, both SQLite drivers interleaved (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}: a busy machine inflates every time)`,
    );
    return f;
  } finally {
    for (const d of SQLITE_DRIVERS) await stores[d]?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const bench = { name: 'bars', summary: 'bars store and API 100k vs plain .all(), node:sqlite vs better-sqlite3 side by side; SQLite and PostgreSQL ingest', run };
