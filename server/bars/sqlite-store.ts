/**
 * SQLite bars store: the embedded default, one file DATA/bars.sqlite, through a narrow driver
 * (sqlite-driver.ts: node:sqlite by default, better-sqlite3 13 for the side-by-side benchmark).
 *
 * Durability, chosen on purpose (docs/bars.md):
 * - journal_mode=WAL: readers (the HTTP API) never block the writer and the writer never blocks
 *   them; `bourse serve` in another process reads while `bourse start` writes.
 * - synchronous=NORMAL: in WAL mode a commit is not fsynced, only each checkpoint is. The file is
 *   never corrupted by a crash or power loss; at worst the last commits before a power loss roll
 *   back. Bars are derived data: the fsynced journal is the source of truth and `bourse bars
 *   rebuild` rewrites any bar lost that way, so an fsync per batch would buy nothing but latency.
 * - busy_timeout=5000: a second process writing (an import beside a running exchange) waits for
 *   the lock instead of failing at once.
 * - mmap_size=256 MiB: reads map the file instead of copying it page by page.
 * - cache_size=16 MB (what better-sqlite3 builds in; Node's SQLite defaults to 2 MB).
 *
 * Schema: `bars` holds one row per bar with exact INTEGER prices (WITHOUT ROWID, keyed
 * (instrument_id, interval_s, open_time_ms)): the record, queryable with plain SQL.
 * `bar_blocks` holds the same bars packed for reading: up to BLOCK_SLOTS consecutive interval
 * slots of one symbol and interval per row, as a BLOB of float64 fields (BarChunk layout; every
 * stored value is a safe integer or the double notional, so float64 is exact). Both are written
 * in the same transaction, so they never disagree. The API reads blocks: 100,000 bars are ~400
 * BLOBs instead of 100,000 row steps with 8 values each, which is what makes it several times
 * faster than `.all()` on the rows (bench/bars.ts). The price is about twice the disk space.
 */
import { mkdirSync } from 'node:fs';
import { endianness } from 'node:os';
import { dirname } from 'node:path';
import { BourseError } from '../kernel/errors.ts';
import type { IntervalName } from '../mdp/candles.ts';
import {
  BAR_FIELDS, F_OPEN_TIME, F_TRADES, QUERY_CHUNK, MAX_RUNS_PER_QUERY, MAX_SUMMARIES_PER_QUERY, checkBar, checkRun, checkSummary, summaryOf, type EmptyRunRow, type DaySummaryRow, queryBounds, checkInstrument, intervalSeconds, storeError,
  type BarChunk, type BarQuery, type BarRow, type BarsStore, type Instrument, type PageEnd, type StoreHealth, type StoreStats,
} from './store.ts';
import { BLOCK_SLOTS, f64Of, firstAfter, mergeBlock } from './sqlite-blocks.ts';
import { DEFAULT_SQLITE_DRIVER, openSqlite, type SqlRow, type SqliteDb, type SqliteDriverName, type SqliteStatement } from './sqlite-driver.ts';

export const SQLITE_SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS instruments (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  price_decimals INTEGER NOT NULL,
  qty_decimals INTEGER NOT NULL,
  tick INTEGER NOT NULL,
  lot INTEGER NOT NULL,
  currency TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS bars (
  instrument_id INTEGER NOT NULL,
  interval_s INTEGER NOT NULL,
  open_time_ms INTEGER NOT NULL,
  open INTEGER NOT NULL,
  high INTEGER NOT NULL,
  low INTEGER NOT NULL,
  close INTEGER NOT NULL,
  volume INTEGER NOT NULL,
  trades INTEGER NOT NULL,
  notional REAL NOT NULL,
  PRIMARY KEY (instrument_id, interval_s, open_time_ms)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bar_blocks (
  instrument_id INTEGER NOT NULL,
  interval_s INTEGER NOT NULL,
  block_start_ms INTEGER NOT NULL,
  n INTEGER NOT NULL,
  traded INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (instrument_id, interval_s, block_start_ms)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS empty_runs (
  instrument_id INTEGER NOT NULL,
  interval_s INTEGER NOT NULL,
  from_ms INTEGER NOT NULL,
  to_ms INTEGER NOT NULL,
  price INTEGER NOT NULL,
  PRIMARY KEY (instrument_id, interval_s, from_ms)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS day_summaries (
  instrument_id INTEGER NOT NULL,
  close_time_ms INTEGER NOT NULL,
  open INTEGER NOT NULL,
  high INTEGER NOT NULL,
  low INTEGER NOT NULL,
  close INTEGER NOT NULL,
  volume INTEGER NOT NULL,
  trades INTEGER NOT NULL,
  notional REAL NOT NULL,
  open_from_auction INTEGER NOT NULL,
  close_from_auction INTEGER NOT NULL,
  PRIMARY KEY (instrument_id, close_time_ms)
) WITHOUT ROWID;
`;

/** Blocks read per statement. */
const BLOCKS_PER_READ = 32;
const FW = BAR_FIELDS;

const COLS = 'open_time_ms, open, high, low, close, volume, trades, notional';

type Stmt<R = SqlRow> = SqliteStatement<R>;
type InstRow = { id: number; name: string; price_decimals: number; qty_decimals: number; tick: number; lot: number; currency: string };

export interface SqliteStoreOptions {
  readonly path: string;
  /** Open read-only (no schema changes; the file must exist). */
  readonly readonly?: boolean;
  /** SQLite driver (default DEFAULT_SQLITE_DRIVER, node:sqlite); the file is the same either way. */
  readonly driver?: SqliteDriverName;
}

export class SqliteStore implements BarsStore {
  readonly kind = 'sqlite' as const;
  readonly location: string;
  private readonly db: SqliteDb;
  private closed = false;
  private readonly ids = new Map<string, { id: number; inst: Instrument }>();
  private readonly st: {
    upsertBar: Stmt; upsertInst: Stmt; instByName: Stmt<InstRow>; allInst: Stmt<InstRow>; hasBars: Stmt;
    getBlock: Stmt<Uint8Array>; putBlock: Stmt; meta: Stmt<[number, number, number]>; blocks: Stmt<[number, Uint8Array]>;
    ping: Stmt<number>;
  };
  private readonly writeTx: (rows: readonly BarRow[]) => number;
  private readonly counters: StoreStats = { rowsWritten: 0, batchesWritten: 0, queries: 0, errors: 0 };

  private constructor(path: string, db: SqliteDb) {
    this.location = path;
    this.db = db;
    this.st = {
      upsertBar: db.prepare(
        `INSERT INTO bars (instrument_id, interval_s, ${COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (instrument_id, interval_s, open_time_ms) DO UPDATE SET open = excluded.open, high = excluded.high,
         low = excluded.low, close = excluded.close, volume = excluded.volume, trades = excluded.trades, notional = excluded.notional`,
      ),
      upsertInst: db.prepare(
        `INSERT INTO instruments (name, price_decimals, qty_decimals, tick, lot, currency) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET tick = excluded.tick, lot = excluded.lot,
         currency = CASE WHEN excluded.currency = '' THEN instruments.currency ELSE excluded.currency END`,
      ),
      instByName: db.prepare<InstRow>('SELECT id, name, price_decimals, qty_decimals, tick, lot, currency FROM instruments WHERE name = ?'),
      allInst: db.prepare<InstRow>('SELECT id, name, price_decimals, qty_decimals, tick, lot, currency FROM instruments ORDER BY name'),
      hasBars: db.prepare('SELECT 1 FROM bars WHERE instrument_id = ? LIMIT 1'),
      getBlock: db.prepare<Uint8Array>('SELECT data FROM bar_blocks WHERE instrument_id = ? AND interval_s = ? AND block_start_ms = ?', 'value'),
      putBlock: db.prepare('INSERT OR REPLACE INTO bar_blocks (instrument_id, interval_s, block_start_ms, n, traded, data) VALUES (?, ?, ?, ?, ?, ?)'),
      meta: db.prepare<[number, number, number]>(
        `SELECT block_start_ms, n, traded FROM bar_blocks WHERE instrument_id = ? AND interval_s = ? AND block_start_ms >= ? AND block_start_ms < ?
         ORDER BY block_start_ms LIMIT 256`,
        'array',
      ),
      blocks: db.prepare<[number, Uint8Array]>(
        `SELECT block_start_ms, data FROM bar_blocks WHERE instrument_id = ? AND interval_s = ? AND block_start_ms >= ? AND block_start_ms < ?
         ORDER BY block_start_ms LIMIT ${BLOCKS_PER_READ}`,
        'array',
      ),
      ping: db.prepare<number>('SELECT 1', 'value'),
    };
    const up = this.st.upsertBar;
    this.writeTx = db.transaction((rows: readonly BarRow[]) => {
      // Rows (a duplicate in the batch: the later one wins, as in SQL), then every touched
      // block once: read, merge, write back.
      type Group = { id: number; ivs: number; start: number; rows: BarRow[] };
      const groups = new Map<string, Group>();
      let g: Group | undefined;
      let sym = '';
      let iv = '';
      let id = 0;
      let ivs = 0;
      let span = 0;
      for (const r of rows) {
        if (r.symbol !== sym || r.interval !== iv) {
          sym = r.symbol;
          iv = r.interval;
          id = this.idOf(sym);
          ivs = intervalSeconds(iv);
          span = ivs * 1000 * BLOCK_SLOTS;
          g = undefined;
        }
        up.run(id, ivs, r.openTime, r.open, r.high, r.low, r.close, r.volume, r.trades, r.notional);
        const start = r.openTime - (r.openTime % span);
        if (!g || g.start !== start) {
          const key = `${id}/${ivs}/${start}`;
          g = groups.get(key);
          if (!g) groups.set(key, (g = { id, ivs, start, rows: [] }));
        }
        g.rows.push(r);
      }
      for (const g of groups.values()) {
        // Stable sort, then the last of equal open times wins.
        g.rows.sort((a, b) => a.openTime - b.openTime);
        g.rows = g.rows.filter((r, i, a) => i === a.length - 1 || a[i + 1]!.openTime !== r.openTime);
        const old = this.st.getBlock.get(g.id, g.ivs, g.start);
        const merged = mergeBlock(old ? f64Of(old) : undefined, g.rows);
        this.putBlock(g.id, g.ivs, g.start, merged);
      }
      return rows.length;
    });
  }

  static open(o: SqliteStoreOptions): SqliteStore {
    let db: SqliteDb;
    try {
      if (!o.readonly) mkdirSync(dirname(o.path), { recursive: true });
      db = openSqlite(o.driver ?? DEFAULT_SQLITE_DRIVER, o.path, { readonly: o.readonly ?? false });
    } catch (e) {
      throw storeError(e, `open ${o.path}`);
    }
    try {
      // Blocks are native float64s: a big-endian host would need a DataView path.
      if (endianness() !== 'LE') throw new BourseError('STORE_SCHEMA', 'the SQLite bars store needs a little-endian host');
      db.exec('PRAGMA busy_timeout = 5000');
      // Reads through a memory map: no read() syscall and copy per page (the API reads
      // ~400 pages per 100k bars). Address space only; the OS page cache holds the data.
      db.exec('PRAGMA mmap_size = 268435456');
      // Page cache 16 MB: stated, not left to the driver's build (better-sqlite3 is compiled
      // with 16 MB, Node's SQLite with SQLite's 2 MB); a rebuild touches many blocks at once.
      db.exec('PRAGMA cache_size = -16000');
      if (!o.readonly) {
        db.exec('PRAGMA journal_mode = WAL');
        db.exec('PRAGMA synchronous = NORMAL');
        const v = db.prepare<number>('PRAGMA user_version', 'value').get()!;
        if (v > SQLITE_SCHEMA_VERSION) {
          throw new BourseError('STORE_SCHEMA', `${o.path} has schema version ${v}; this Bourse knows up to ${SQLITE_SCHEMA_VERSION}`);
        }
        db.exec(SCHEMA);
        if (v < SQLITE_SCHEMA_VERSION) db.exec(`PRAGMA user_version = ${SQLITE_SCHEMA_VERSION}`);
      }
      const store = new SqliteStore(o.path, db);
      if (!o.readonly && db.prepare('SELECT 1 FROM bar_blocks LIMIT 1').get() === undefined && db.prepare('SELECT 1 FROM bars LIMIT 1').get() !== undefined) {
        store.reblock();
      }
      return store;
    } catch (e) {
      db.close();
      throw storeError(e, `open ${o.path}`);
    }
  }

  /**
   * Rebuild bar_blocks from the rows (they are derived): run at open when rows exist without
   * blocks, e.g. after rows were loaded with plain SQL.
   */
  reblock(): number {
    this.live();
    let blocks = 0;
    this.db.transaction(() => {
      this.db.exec('DELETE FROM bar_blocks');
      const chunk = this.db.prepare<number[]>(
        `SELECT instrument_id, interval_s, ${COLS} FROM bars WHERE (instrument_id, interval_s, open_time_ms) > (?, ?, ?)
         ORDER BY instrument_id, interval_s, open_time_ms LIMIT 65536`,
        'array',
      );
      let at = [-1, -1, -1];
      for (;;) {
        const rows = chunk.all(...at);
        if (rows.length === 0) break;
        const groups = new Map<string, { id: number; ivs: number; start: number; rows: BarRow[] }>();
        for (const r of rows) {
          const [id, ivs, t] = r as [number, number, number];
          const span = ivs * 1000 * BLOCK_SLOTS;
          const start = Math.floor(t / span) * span;
          const k = `${id}/${ivs}/${start}`;
          let g = groups.get(k);
          if (!g) groups.set(k, (g = { id, ivs, start, rows: [] }));
          g.rows.push({ symbol: '', interval: '1m', openTime: t, open: r[3]!, high: r[4]!, low: r[5]!, close: r[6]!, volume: r[7]!, trades: r[8]!, notional: r[9]! });
        }
        for (const g of groups.values()) {
          const old = this.st.getBlock.get(g.id, g.ivs, g.start);
          if (!old) blocks++;
          const merged = mergeBlock(old ? f64Of(old) : undefined, g.rows);
          this.putBlock(g.id, g.ivs, g.start, merged);
        }
        at = rows[rows.length - 1]!.slice(0, 3);
      }
    })();
    return blocks;
  }

  private putBlock(id: number, ivs: number, start: number, f: Float64Array): void {
    const n = f.length / FW;
    let traded = 0;
    for (let i = 0; i < n; i++) if (f[i * FW + F_TRADES] !== 0) traded++;
    this.st.putBlock.run(id, ivs, start, n, traded, new Uint8Array(f.buffer, f.byteOffset, f.byteLength));
  }

  private live(): void {
    if (this.closed) throw new BourseError('STORE_UNAVAILABLE', `${this.location} is closed`);
  }

  private row(r: InstRow): { id: number; inst: Instrument } {
    return { id: r.id, inst: { name: r.name, priceDecimals: r.price_decimals, qtyDecimals: r.qty_decimals, tick: r.tick, lot: r.lot, currency: r.currency } };
  }

  /** Instrument id by name: cached; a miss asks the file (another process may have added it). */
  private lookup(name: string): { id: number; inst: Instrument } | undefined {
    const hit = this.ids.get(name);
    if (hit) return hit;
    const r = this.st.instByName.get(name);
    if (!r) return undefined;
    const v = this.row(r);
    this.ids.set(name, v);
    return v;
  }

  private idOf(name: string): number {
    const v = this.lookup(name);
    if (!v) throw new BourseError('STORE_UNKNOWN_INSTRUMENT', `"${name}" (upsert the instrument before its bars)`);
    return v.id;
  }

  private guard<T>(what: string, f: () => T): T {
    this.live();
    try {
      return f();
    } catch (e) {
      this.counters.errors++;
      throw storeError(e, what);
    }
  }

  async upsertInstruments(list: readonly Instrument[]): Promise<void> {
    for (const i of list) checkInstrument(i);
    this.guard('upsert instruments', () => {
      this.db.transaction(() => {
        for (const i of list) {
          this.ids.delete(i.name);
          const old = this.lookup(i.name);
          if (old && (old.inst.priceDecimals !== i.priceDecimals || old.inst.qtyDecimals !== i.qtyDecimals) && this.st.hasBars.get(old.id)) {
            throw new BourseError('STORE_INSTRUMENT_CONFLICT', `${i.name} has bars in price decimals ${old.inst.priceDecimals} / qty decimals ${old.inst.qtyDecimals}, not ${i.priceDecimals} / ${i.qtyDecimals}`);
          }
          if (old && (old.inst.priceDecimals !== i.priceDecimals || old.inst.qtyDecimals !== i.qtyDecimals)) {
            this.db.prepare('UPDATE instruments SET price_decimals = ?, qty_decimals = ? WHERE id = ?').run(i.priceDecimals, i.qtyDecimals, old.id);
          }
          this.st.upsertInst.run(i.name, i.priceDecimals, i.qtyDecimals, i.tick, i.lot, i.currency);
          this.ids.delete(i.name);
        }
      })();
    });
  }

  async instruments(): Promise<Instrument[]> {
    return this.guard('list instruments', () => {
      this.counters.queries++;
      return this.st.allInst.all().map((r) => this.row(r).inst);
    });
  }

  async instrument(name: string): Promise<Instrument | undefined> {
    return this.guard('look up instrument', () => {
      this.counters.queries++;
      return this.lookup(name)?.inst;
    });
  }

  async writeEmptyRuns(runs: readonly EmptyRunRow[]): Promise<number> {
    for (const r of runs) checkRun(r);
    if (runs.length === 0) return 0;
    return this.guard('write empty runs', () => {
      const st = this.db.prepare(
        `INSERT INTO empty_runs (instrument_id, interval_s, from_ms, to_ms, price) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (instrument_id, interval_s, from_ms) DO UPDATE SET to_ms = excluded.to_ms, price = excluded.price`,
      );
      this.db.transaction(() => {
        for (const r of runs) st.run(this.idOf(r.symbol), intervalSeconds(r.interval), r.from, r.to, r.price);
      })();
      return runs.length;
    });
  }

  /** False for a table a file written by an older Bourse lacks (opened read-only, it was not migrated). */
  private hasTable(name: string): boolean {
    return this.db.prepare<number>('SELECT count(*) FROM sqlite_master WHERE name = ?', 'value').get(name) !== 0;
  }

  async emptyRuns(symbol: string, interval: IntervalName, lo: number, hi: number): Promise<EmptyRunRow[]> {
    return this.guard('query empty runs', () => {
      const id = this.lookup(symbol)?.id;
      if (id === undefined) return [];
      // A file written before empty runs existed, opened read-only, has no such table.
      if (!this.hasTable('empty_runs')) return [];
      this.counters.queries++;
      const rows = this.db.prepare<[number, number, number]>(
        `SELECT from_ms, to_ms, price FROM empty_runs WHERE instrument_id = ? AND interval_s = ? AND from_ms < ? AND to_ms > ? + 1
         ORDER BY from_ms LIMIT ${MAX_RUNS_PER_QUERY}`, 'array',
      ).all(id, intervalSeconds(interval), hi, lo);
      return rows.map(([from, to, price]) => ({ symbol, interval, from, to, price }));
    });
  }

  async writeDaySummaries(rows: readonly DaySummaryRow[]): Promise<number> {
    for (const r of rows) checkSummary(r);
    if (rows.length === 0) return 0;
    return this.guard('write day summaries', () => {
      const st = this.db.prepare(
        `INSERT INTO day_summaries (instrument_id, close_time_ms, open, high, low, close, volume, trades, notional, open_from_auction, close_from_auction)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (instrument_id, close_time_ms) DO UPDATE SET open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close,
         volume = excluded.volume, trades = excluded.trades, notional = excluded.notional, open_from_auction = excluded.open_from_auction,
         close_from_auction = excluded.close_from_auction`,
      );
      this.db.transaction(() => {
        for (const r of rows) {
          st.run(this.idOf(r.symbol), r.closeTime, r.open, r.high, r.low, r.close, r.volume, r.trades, r.notional, r.openFromAuction ? 1 : 0, r.closeFromAuction ? 1 : 0);
        }
      })();
      return rows.length;
    });
  }

  async daySummaries(symbol: string, from: number, to: number, limit: number): Promise<DaySummaryRow[]> {
    return this.guard('query day summaries', () => {
      const id = this.lookup(symbol)?.id;
      if (id === undefined) return [];
      // A file written before day summaries existed, opened read-only, has no such table.
      if (!this.hasTable('day_summaries')) return [];
      this.counters.queries++;
      const rows = this.db.prepare<number[]>(
        `SELECT close_time_ms, open, high, low, close, volume, trades, notional, open_from_auction, close_from_auction FROM day_summaries
         WHERE instrument_id = ? AND close_time_ms >= ? AND close_time_ms < ? ORDER BY close_time_ms LIMIT ?`, 'array',
      ).all(id, from, to, Math.min(limit, MAX_SUMMARIES_PER_QUERY));
      return rows.map((v) => summaryOf(symbol, v));
    });
  }

  async writeBars(rows: readonly BarRow[]): Promise<number> {
    for (const r of rows) checkBar(r);
    const n = this.guard('write bars', () => this.writeTx(rows));
    this.counters.rowsWritten += n;
    this.counters.batchesWritten++;
    return n;
  }


  /**
   * Runs of bars in (lo, hi) in open-time order: [block, first row, end row). Synchronous, one
   * statement per BLOCKS_PER_READ blocks; nothing is held open between calls to next().
   */
  private *runs(q: BarQuery): Generator<[Float64Array, number, number]> {
    const id = this.guard('query bars', () => this.lookup(q.symbol)?.id);
    if (id === undefined) return;
    const ivs = intervalSeconds(q.interval);
    const [lo, hi] = queryBounds(q);
    const span = ivs * 1000 * BLOCK_SLOTS;
    let from = Math.floor((lo + 1) / span) * span;
    for (;;) {
      const blocks = this.guard('query bars', () => {
        this.counters.queries++;
        return this.st.blocks.all(id, ivs, from, hi);
      });
      for (const [start, data] of blocks) {
        const f = f64Of(data);
        const n = f.length / FW;
        const a = firstAfter(f, n, lo);
        const b = firstAfter(f, n, hi - 1);
        if (a < b) yield [f, a, b];
        from = start + span;
      }
      if (blocks.length < BLOCKS_PER_READ) return;
    }
  }

  async *queryBars(q: BarQuery): AsyncGenerator<BarChunk> {
    let left = q.limit ?? Infinity;
    if (!q.omitEmpty) {
      // Runs are contiguous: hand out views of the blocks, no copy.
      for (const [f, a, b] of this.runs(q)) {
        const n = Math.min(b - a, left);
        left -= n;
        yield { count: n, data: f.subarray(a * FW, (a + n) * FW) };
        if (left === 0) return;
      }
      return;
    }
    let buf = new Float64Array(QUERY_CHUNK * FW);
    let count = 0;
    for (const [f, a, b] of this.runs(q)) {
      for (let i = a; i < b && left > 0; i++) {
        const o = i * FW;
        if (f[o + F_TRADES] === 0) continue;
        const d = count * FW;
        for (let j = 0; j < FW; j++) buf[d + j] = f[o + j]!;
        count++;
        left--;
        if (count === QUERY_CHUNK) {
          yield { count, data: buf };
          buf = new Float64Array(QUERY_CHUNK * FW);
          count = 0;
        }
      }
      if (left === 0) break;
    }
    if (count > 0) yield { count, data: buf.subarray(0, count * FW) };
  }

  /**
   * The limit-th row from block metadata (row counts) where a block lies wholly inside the
   * range, reading a block only where the range cuts it or the count crosses the limit.
   */
  async pageEnd(q: BarQuery & { readonly limit: number }): Promise<PageEnd> {
    const id = this.guard('query bars', () => this.lookup(q.symbol)?.id);
    if (id === undefined) return { last: undefined, more: false };
    const ivs = intervalSeconds(q.interval);
    const [lo, hi] = queryBounds(q);
    const span = ivs * 1000 * BLOCK_SLOTS;
    let from = Math.floor((lo + 1) / span) * span;
    let need = q.limit;
    let last: number | undefined;
    for (;;) {
      const metas = this.guard('query bars', () => {
        this.counters.queries++;
        return this.st.meta.all(id, ivs, from, hi);
      });
      for (const [start, n, traded] of metas) {
        from = start + span;
        const cnt = q.omitEmpty ? traded : n;
        const inside = start > lo && start + span <= hi;
        if (inside && (cnt === 0 || (need > 0 && cnt < need))) {
          need -= cnt;
          continue;
        }
        if (inside && need === 0) return { last, more: true };
        const f = f64Of(this.guard('query bars', () => this.st.getBlock.get(id, ivs, start)!));
        const rows = f.length / FW;
        for (let i = firstAfter(f, rows, lo), end = firstAfter(f, rows, hi - 1); i < end; i++) {
          if (q.omitEmpty && f[i * FW + F_TRADES] === 0) continue;
          if (need === 0) return { last, more: true };
          need--;
          last = f[i * FW + F_OPEN_TIME]!;
        }
      }
      if (metas.length < 256) break;
    }
    return { last: need === 0 ? last : undefined, more: false };
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, kind: this.kind, detail: `${this.location} is closed` };
    try {
      this.st.ping.get();
      return { ok: true, kind: this.kind, detail: this.location };
    } catch (e) {
      return { ok: false, kind: this.kind, detail: e instanceof Error ? e.message : String(e) };
    }
  }

  stats(): StoreStats {
    return { ...this.counters };
  }

  /** The underlying connection (plain SQL for benchmarks and tests). */
  get database(): SqliteDb {
    return this.db;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}
