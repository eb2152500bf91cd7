/**
 * The HTTP API as a fastify plugin that never listens (server.ts listens; tests use inject()).
 * Schemas and parameter rules live in schemas.ts; every error is a registry code in the body
 * `{"error":{"code","num","message"}}` with the registry's HTTP status.
 *
 * /api/v1/bars streams: the page's extent is found first with one indexed lookup (its last open
 * time and whether rows follow, hence the next cursor before any row), then rows are read from
 * the store in chunks and formatted straight into the response. A 100,000-bar page never exists
 * in memory as objects or as one string.
 */
import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyReply, type FastifyRequest } from 'fastify';
import { BourseError, type ErrorCode, Errors } from '../kernel/errors.ts';
import { crc32 } from '../kernel/crc32.ts';
import { formatDecimal } from '../kernel/decimal.ts';
import { Side } from '../kernel/types.ts';
import { INTERVALS, type IntervalName } from '../mdp/candles.ts';
import type { MarketState } from '../mdp/market-state.ts';
import { BAR_FIELDS, F_OPEN_TIME, F_OPEN, F_HIGH, F_LOW, F_CLOSE, F_VOLUME, F_TRADES, F_NOTIONAL, type BarQuery, type BarsStore, type Instrument } from '../bars/store.ts';
import type { BarsWriter } from '../bars/writer.ts';
import { Metrics } from './metrics.ts';
import {
  BARS_CSV_HEADER, BarsParams, BookParams, TradesParams, openApiDocument, parseParams,
  type BookJson, type InstrumentJson, type Static, type TradeJson,
} from './schemas.ts';

export interface ApiOptions {
  readonly store: BarsStore;
  /** The live market (MarketState folded from the MD stream); absent under `bourse serve`. */
  readonly market?: MarketState | undefined;
  readonly metrics?: Metrics | undefined;
  /** The multicast feed's discovery document, served at /api/v1/feed. */
  readonly feedConfig?: object | undefined;
}

export interface AppOptions extends ApiOptions {
  readonly logger?: boolean;
}

// ---------------------------------------------------------------- errors

export interface ErrorJson {
  error: { code: ErrorCode; num: number; message: string };
}

export function errorJson(e: BourseError): ErrorJson {
  const spec = Errors[e.code];
  const detail = e.message.startsWith(`${e.code}: `) ? e.message.slice(e.code.length + 2) : e.message;
  return { error: { code: e.code, num: spec.num, message: detail } };
}

function asBourse(err: unknown): BourseError {
  if (err instanceof BourseError) return err;
  const e = err as { statusCode?: number; message?: string; code?: string };
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new BourseError('API_BAD_REQUEST', `${e.code ?? ''} ${e.message ?? ''}`.trim());
  }
  return new BourseError('INVARIANT', err instanceof Error ? err.message : String(err));
}

function sendError(reply: FastifyReply, err: unknown): FastifyReply {
  const e = asBourse(err);
  if (e.code === 'INVARIANT') reply.log.error(err);
  return reply.code(e.http).type('application/json; charset=utf-8').send(errorJson(e));
}

// ---------------------------------------------------------------- cursor

interface Cursor {
  symbol: string;
  interval: IntervalName;
  after: number;
  end: number | undefined;
  omit: boolean;
}

/** Opaque to clients: base64url of the position and the query it belongs to, with a CRC32. */
export function encodeCursor(c: Cursor): string {
  const body = `1|${c.symbol}|${c.interval}|${c.after}|${c.end ?? ''}|${c.omit ? 1 : 0}`;
  const crc = crc32(Buffer.from(body)).toString(36);
  return Buffer.from(`${body}|${crc}`).toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
  const bad = () => new BourseError('API_BAD_CURSOR', `cursor "${raw.slice(0, 40)}" is not a cursor this API issued`);
  const text = Buffer.from(raw, 'base64url').toString('utf8');
  const parts = text.split('|');
  if (parts.length !== 7 || parts[0] !== '1') throw bad();
  const body = parts.slice(0, 6).join('|');
  if (crc32(Buffer.from(body)).toString(36) !== parts[6]) throw bad();
  const [, symbol, interval, after, end, omit] = parts as [string, string, string, string, string, string];
  const num = (s: string) => (/^\d{1,16}$/.test(s) ? Number(s) : NaN);
  if (!INTERVALS.some((i) => i.name === interval) || !Number.isSafeInteger(num(after)) || (end !== '' && !Number.isSafeInteger(num(end)))) throw bad();
  return { symbol, interval: interval as IntervalName, after: num(after), end: end === '' ? undefined : num(end), omit: omit === '1' };
}

// ---------------------------------------------------------------- fast exact formatting

const ZEROS = Array.from({ length: 24 }, (_, i) => '0'.repeat(i));

/** Exact integer units -> decimal text, equal to kernel formatDecimal, several times faster. */
export function decimalFormatter(d: number): (u: number) => string {
  if (d === 0) return (u) => String(u);
  const p = 10 ** d;
  return (u) => {
    let int = Math.floor(u / p);
    let frac = u - int * p;
    if (frac < 0) {
      int--;
      frac += p;
    } else if (frac >= p) {
      int++;
      frac -= p;
    }
    if (frac === 0) return String(int);
    let dd = d;
    while (frac % 10 === 0) {
      frac /= 10;
      dd--;
    }
    const f = String(frac);
    return `${int}.${f.length < dd ? ZEROS[dd - f.length]! + f : f}`;
  };
}

/**
 * Bars straight to response bytes (JSON or CSV): digits are written into a Buffer, no string
 * per value or per row. Output equals formatDecimal's exactly (a test checks it). VWAP is
 * notional / volume rounded to price decimals + 4 (null for an empty bar).
 */
export class BarBytes {
  /** Bytes per output buffer; a buffer is handed out when less than one row's room is left. */
  static readonly SIZE = 1 << 18;
  private static readonly ROOM = 512;
  private u8 = BarBytes.alloc(BarBytes.SIZE);
  private p = 0;
  private first = true;
  private readonly tmp = new Uint8Array(32);
  private readonly pd: number;
  private readonly qd: number;
  private readonly ppw: number;
  private readonly qpw: number;
  private readonly vpw: number;
  private readonly csv: boolean;

  constructor(priceDecimals: number, qtyDecimals: number, csv: boolean) {
    this.pd = priceDecimals;
    this.qd = qtyDecimals;
    this.ppw = 10 ** priceDecimals;
    this.qpw = 10 ** qtyDecimals;
    this.vpw = 10 ** (priceDecimals + 4);
    this.csv = csv;
  }

  text(s: string): void {
    const bytes = Buffer.from(s, 'utf8');
    if (this.p + bytes.length > this.u8.length) {
      const next = BarBytes.alloc(Math.max(this.u8.length * 2, this.p + bytes.length));
      next.set(this.u8.subarray(0, this.p));
      this.u8 = next;
    }
    this.lit(bytes);
  }

  private lit(s: Uint8Array): void {
    this.u8.set(s, this.p);
    this.p += s.length;
  }

  /** A non-negative safe integer, two digits per division. */
  private uint(n: number): void {
    const tmp = this.tmp;
    let t = 32;
    let x = n;
    while (x >= 100) {
      const q = Math.floor(x / 100);
      const r = (x - q * 100) * 2;
      tmp[--t] = DIG2[r + 1]!;
      tmp[--t] = DIG2[r]!;
      x = q;
    }
    if (x >= 10) {
      tmp[--t] = DIG2[x * 2 + 1]!;
      tmp[--t] = DIG2[x * 2]!;
    } else tmp[--t] = 48 + x;
    const b = this.u8;
    let p = this.p;
    while (t < 32) b[p++] = tmp[t++]!;
    this.p = p;
  }

  /** Integer units with `d` decimals, trailing zeros trimmed (formatDecimal's text). */
  private dec(u: number, d: number, pw: number): void {
    if (d === 0) return this.uint(u);
    const int = Math.floor(u / pw);
    let frac = u - int * pw;
    this.uint(int);
    if (frac === 0) return;
    let dd = d;
    while (frac % 10 === 0) {
      frac /= 10;
      dd--;
    }
    const tmp = this.tmp;
    let t = 32;
    while (dd >= 2) {
      const q = Math.floor(frac / 100);
      const r = (frac - q * 100) * 2;
      tmp[--t] = DIG2[r + 1]!;
      tmp[--t] = DIG2[r]!;
      frac = q;
      dd -= 2;
    }
    if (dd === 1) tmp[--t] = 48 + frac;
    const b = this.u8;
    let p = this.p;
    b[p++] = 46;
    while (t < 32) b[p++] = tmp[t++]!;
    this.p = p;
  }

  /** Format `count` bars of a BarChunk; full buffers are pushed to `out`. */
  rows(f: Float64Array, count: number, out: Buffer[]): void {
    const pd = this.pd;
    const ppw = this.ppw;
    const qd = this.qd;
    const qpw = this.qpw;
    for (let i = 0, o = 0; i < count; i++, o += BAR_FIELDS) {
      if (this.p + BarBytes.ROOM > this.u8.length) this.flush(out);
      if (this.csv) {
        this.uint(f[o + F_OPEN_TIME]!);
        this.u8[this.p++] = 44;
        this.dec(f[o + F_OPEN]!, pd, ppw);
        this.u8[this.p++] = 44;
        this.dec(f[o + F_HIGH]!, pd, ppw);
        this.u8[this.p++] = 44;
        this.dec(f[o + F_LOW]!, pd, ppw);
        this.u8[this.p++] = 44;
        this.dec(f[o + F_CLOSE]!, pd, ppw);
        this.u8[this.p++] = 44;
        this.dec(f[o + F_VOLUME]!, qd, qpw);
        this.u8[this.p++] = 44;
        this.uint(f[o + F_TRADES]!);
        this.u8[this.p++] = 10;
        continue;
      }
      this.lit(this.first ? J_OPEN_FIRST : J_OPEN);
      this.first = false;
      this.uint(f[o + F_OPEN_TIME]!);
      this.lit(J_OPEN_PX);
      this.dec(f[o + F_OPEN]!, pd, ppw);
      this.lit(J_HIGH);
      this.dec(f[o + F_HIGH]!, pd, ppw);
      this.lit(J_LOW);
      this.dec(f[o + F_LOW]!, pd, ppw);
      this.lit(J_CLOSE);
      this.dec(f[o + F_CLOSE]!, pd, ppw);
      this.lit(J_VOLUME);
      const vol = f[o + F_VOLUME]!;
      this.dec(vol, qd, qpw);
      this.lit(J_TRADES);
      this.uint(f[o + F_TRADES]!);
      if (vol === 0) {
        this.lit(J_VWAP_NULL);
        continue;
      }
      this.lit(J_VWAP);
      const w = Math.round((f[o + F_NOTIONAL]! * 1e4) / vol);
      if (Number.isSafeInteger(w)) this.dec(w, pd + 4, this.vpw);
      else this.text((f[o + F_NOTIONAL]! / vol / ppw).toFixed(Math.min(pd + 4, 100)).replace(/\.?0+$/, ''));
      this.lit(J_END);
    }
  }

  /** Hand out what is written so far. */
  flush(out: Buffer[]): void {
    if (this.p === 0) return;
    out.push(Buffer.from(this.u8.buffer, this.u8.byteOffset, this.p));
    this.u8 = BarBytes.alloc(BarBytes.SIZE);
    this.p = 0;
  }

  /** Memory that is not zero-filled (every byte handed out is written first), as a plain Uint8Array. */
  private static alloc(n: number): Uint8Array {
    const b = Buffer.allocUnsafeSlow(n);
    return new Uint8Array(b.buffer, b.byteOffset, n);
  }
}

/** "00".."99" as byte pairs. */
const DIG2 = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  DIG2[i * 2] = 48 + ((i / 10) | 0);
  DIG2[i * 2 + 1] = 48 + (i % 10);
}
const lat = (s: string) => Buffer.from(s, 'latin1');
const J_OPEN_FIRST = lat('{"open_time_ms":');
const J_OPEN = lat(',{"open_time_ms":');
const J_OPEN_PX = lat(',"open":"');
const J_HIGH = lat('","high":"');
const J_LOW = lat('","low":"');
const J_CLOSE = lat('","close":"');
const J_VOLUME = lat('","volume":"');
const J_TRADES = lat('","trades":');
const J_VWAP = lat(',"vwap":"');
const J_VWAP_NULL = lat(',"vwap":null}');
const J_END = lat('"}');

// ---------------------------------------------------------------- routes

function instrumentJson(i: Instrument, stored: boolean | null, live: { status: number } | undefined): Static<typeof InstrumentJson> {
  return {
    name: i.name, price_decimals: i.priceDecimals, qty_decimals: i.qtyDecimals,
    tick: formatDecimal(i.tick, i.priceDecimals), lot: formatDecimal(i.lot, i.qtyDecimals), currency: i.currency,
    stored: stored as boolean, live: live !== undefined, status: live ? (live.status === 2 ? 'halted' : 'open') : null,
  };
}

async function* barsBody(store: BarsStore, q: BarQuery, inst: Instrument, csv: boolean, head: string, counter: { rows: number }): AsyncGenerator<Buffer> {
  const w = new BarBytes(inst.priceDecimals, inst.qtyDecimals, csv);
  const out: Buffer[] = [];
  w.text(head);
  for await (const { count, data } of store.queryBars(q)) {
    w.rows(data, count, out);
    counter.rows += count;
    while (out.length > 0) yield out.shift()!;
  }
  if (!csv) w.text(']}\n');
  w.flush(out);
  yield* out;
}

const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bourse API</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
code,pre{font:13px ui-monospace,monospace;background:#f4f4f4}pre{padding:.6em;overflow:auto}
h2{margin-top:2em;border-bottom:1px solid #ddd}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .5em;text-align:left;vertical-align:top}</style>
</head><body><h1>Bourse market data API</h1><p id="info"></p><p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1)</p><div id="paths">loading…</div>
<script>
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
fetch('/api/v1/openapi.json').then((r) => r.json()).then((doc) => {
  document.getElementById('info').textContent = doc.info.description;
  let h = '';
  for (const [path, ops] of Object.entries(doc.paths)) for (const [m, op] of Object.entries(ops)) {
    h += '<h2><code>' + m.toUpperCase() + ' ' + esc(path) + '</code></h2><p>' + esc(op.summary) + '</p>';
    if (op.description) h += '<p>' + esc(op.description) + '</p>';
    if (op.parameters.length) h += '<table><tr><th>parameter</th><th>in</th><th>required</th><th>description</th></tr>' + op.parameters.map((p) =>
      '<tr><td><code>' + esc(p.name) + '</code></td><td>' + p.in + '</td><td>' + (p.required ? 'yes' : '') + '</td><td>' + esc(p.description) + (p.schema.enum ? ' — one of <code>' + esc(p.schema.enum.join(', ')) + '</code>' : '') + '</td></tr>').join('') + '</table>';
    for (const [st, r] of Object.entries(op.responses)) {
      h += '<p><b>' + st + '</b> ' + esc(r.description) + '</p>';
      const j = r.content && r.content['application/json'];
      if (j && st === '200') h += '<details><summary>schema</summary><pre>' + esc(JSON.stringify(j.schema, null, 1)) + '</pre></details>';
    }
  }
  document.getElementById('paths').innerHTML = h;
}, (e) => { document.getElementById('paths').textContent = 'cannot load the OpenAPI document: ' + e; });
</script></body></html>
`;

/** The API's routes and error handling, as a plugin (encapsulated: its error handler covers its routes). */
export const bourseApi: FastifyPluginAsync<ApiOptions> = async (app, opts) => {
  const { store, market, feedConfig } = opts;
  const metrics = opts.metrics;
  const requests = new Map<string, number>();
  const streamed = { rows: 0 };
  if (metrics && !metrics.has('bourse_http_requests_total')) {
    metrics.counter('bourse_http_requests_total', 'HTTP requests answered, by route and status', () =>
      [...requests].map(([k, v]) => {
        const [route, status] = k.split(' ') as [string, string];
        return [{ route, status }, v] as const;
      }));
    metrics.counter('bourse_http_bars_streamed_total', 'bars sent by /api/v1/bars (JSON and CSV)', () => streamed.rows);
  }
  app.addHook('onResponse', async (req, reply) => {
    const k = `${req.routeOptions.url ?? 'unmatched'} ${reply.statusCode}`;
    requests.set(k, (requests.get(k) ?? 0) + 1);
  });
  app.setErrorHandler((err, _req, reply) => sendError(reply, err));

  const openapi = JSON.stringify(openApiDocument());

  app.get('/api/v1/bars', async (req: FastifyRequest, reply: FastifyReply) => {
    const p = parseParams(BarsParams, req.query);
    const given = req.query as Record<string, unknown>;
    let { end } = p;
    let omit = p.empty === 'omit';
    let after: number | undefined;
    if (p.cursor !== undefined) {
      const c = decodeCursor(p.cursor);
      if (c.symbol !== p.symbol || c.interval !== p.interval) {
        throw new BourseError('API_BAD_CURSOR', `cursor belongs to ${c.symbol} ${c.interval}, not symbol=${p.symbol} interval=${p.interval}`);
      }
      if (given.end !== undefined && given.end !== '' && end !== c.end) throw new BourseError('API_BAD_CURSOR', `end=${String(given.end)} differs from the end the cursor was issued for`);
      if (given.empty !== undefined && given.empty !== '' && omit !== c.omit) throw new BourseError('API_BAD_CURSOR', `empty=${String(given.empty)} differs from the cursor's`);
      end = c.end;
      omit = c.omit;
      after = c.after;
    }
    if (p.start !== undefined && end !== undefined && p.start >= end) {
      throw new BourseError('API_BAD_RANGE', `start ${p.start} (${new Date(p.start).toISOString()}) must be before end ${end} (${new Date(end).toISOString()})`);
    }
    const inst = await store.instrument(p.symbol);
    if (!inst) throw new BourseError('API_UNKNOWN_SYMBOL', `symbol=${p.symbol} is not in the bars store (GET /api/v1/instruments lists them)`);
    const q = { symbol: p.symbol, interval: p.interval, start: p.start, end, after, omitEmpty: omit };
    const page = await store.pageEnd({ ...q, limit: p.limit });
    const next = page.more && page.last !== undefined ? encodeCursor({ symbol: p.symbol, interval: p.interval, after: page.last, end, omit }) : null;
    const rowsQ: BarQuery = { ...q, limit: p.limit, ...(page.last !== undefined ? { through: page.last } : {}) };
    const csv = p.format === 'csv';
    if (next) reply.header('x-next-cursor', next);
    let head: string;
    if (csv) {
      reply.type('text/csv; charset=utf-8').header('content-disposition', `inline; filename="${p.symbol.replace(/\//g, '_')}-${p.interval}.csv"`);
      head = `${BARS_CSV_HEADER}\n`;
    } else {
      reply.type('application/json; charset=utf-8');
      head = `{"symbol":${JSON.stringify(p.symbol)},"interval":"${p.interval}","price_decimals":${inst.priceDecimals},"qty_decimals":${inst.qtyDecimals},"next_cursor":${next ? `"${next}"` : 'null'},"bars":[`;
    }
    return reply.send(Readable.from(barsBody(store, rowsQ, inst, csv, head, streamed), { objectMode: false }));
  });

  app.get('/api/v1/instruments', async () => {
    const live = new Map<string, { status: number; inst: Instrument }>();
    if (market) {
      for (const i of market.instruments.values()) {
        live.set(i.name, { status: i.status, inst: { name: i.name, priceDecimals: i.priceDecimals, qtyDecimals: i.qtyDecimals, tick: i.tick, lot: i.lot, currency: '' } });
      }
    }
    let stored: Instrument[] | undefined;
    try {
      stored = await store.instruments();
    } catch (e) {
      if (!market) throw e;
    }
    const out: Static<typeof InstrumentJson>[] = [];
    const seen = new Set<string>();
    for (const i of stored ?? []) {
      seen.add(i.name);
      out.push(instrumentJson(i, true, live.get(i.name)));
    }
    for (const [name, l] of live) if (!seen.has(name)) out.push(instrumentJson(l.inst, stored ? false : null, l));
    out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { instruments: out };
  });

  app.get('/api/v1/book/:symbol', async (req) => {
    const p = parseParams(BookParams, req.query, req.params as Record<string, unknown>);
    if (!market) throw new BourseError('API_NO_MARKET', 'GET /api/v1/book needs a running exchange (bourse start), not bourse serve');
    const sym = market.symbolId(p.symbol);
    const inst = sym === undefined ? undefined : market.instruments.get(sym);
    const book = sym === undefined ? undefined : market.book(sym, p.depth);
    if (sym === undefined || !inst || !book) throw new BourseError('API_UNKNOWN_SYMBOL', `symbol=${p.symbol} is not traded on this market`);
    const px = decimalFormatter(inst.priceDecimals);
    const qty = decimalFormatter(inst.qtyDecimals);
    const lv = (l: { price: number; qty: number; count: number }) => ({ price: px(l.price), qty: qty(l.qty), orders: l.count });
    const body: Static<typeof BookJson> = { symbol: p.symbol, md_seq: book.mdSeq, checksum: book.checksum >>> 0, bids: book.bids.map(lv), asks: book.asks.map(lv) };
    return body;
  });

  app.get('/api/v1/trades', async (req) => {
    const p = parseParams(TradesParams, req.query);
    if (!market) throw new BourseError('API_NO_MARKET', 'GET /api/v1/trades needs a running exchange (bourse start), not bourse serve');
    if (p.start !== undefined && p.end !== undefined && p.start >= p.end) throw new BourseError('API_BAD_RANGE', `start ${p.start} must be before end ${p.end}`);
    const sym = market.symbolId(p.symbol);
    const inst = sym === undefined ? undefined : market.instruments.get(sym);
    if (sym === undefined || !inst) throw new BourseError('API_UNKNOWN_SYMBOL', `symbol=${p.symbol} is not traded on this market`);
    const lo = p.start === undefined ? -Infinity : p.start * 1000;
    const hi = p.end === undefined ? Infinity : p.end * 1000;
    const px = decimalFormatter(inst.priceDecimals);
    const qty = decimalFormatter(inst.qtyDecimals);
    const list = market.trades(sym, Infinity).filter((t) => t.time >= lo && t.time < hi).slice(-p.limit);
    const trades: Static<typeof TradeJson>[] = list.map((t) => ({
      md_seq: t.mdSeq, trade_id: t.tradeId, time_us: t.time, time_ms: Math.floor(t.time / 1000),
      price: px(t.price), qty: qty(t.qty), side: t.side === Side.Buy ? 'buy' : 'sell',
    }));
    return { symbol: p.symbol, trades };
  });

  app.get('/api/v1/feed', async () => {
    if (!feedConfig) throw new BourseError('API_NOT_FOUND', 'this server publishes no multicast feed (GET /api/v1/feed)');
    return feedConfig;
  });

  app.get('/healthz', async (req) => {
    parseParams({}, req.query);
    return { status: 'ok' };
  });

  app.get('/readyz', async (req, reply) => {
    parseParams({}, req.query);
    const h = await store.health();
    const body = { status: h.ok ? 'ready' : 'unavailable', store: { kind: h.kind, ok: h.ok, detail: h.detail }, market: market !== undefined };
    return reply.code(h.ok ? 200 : Errors.STORE_UNAVAILABLE.http).send(body);
  });

  app.get('/metrics', async (_req, reply) => {
    const text = metrics ? metrics.render() : '';
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(text);
  });

  app.get('/api/v1/openapi.json', async (_req, reply) => reply.type('application/json; charset=utf-8').send(openapi));
  app.get('/api/v1/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(DOCS_HTML));
};

/** Store and writer figures for /metrics (the composition calls this once). */
export function registerBarsMetrics(metrics: Metrics, store: BarsStore, writer?: BarsWriter): void {
  metrics.counter('bourse_bars_store_rows_written_total', 'bars written to the store', () => store.stats().rowsWritten);
  metrics.counter('bourse_bars_store_queries_total', 'queries run on the bars store', () => store.stats().queries);
  metrics.counter('bourse_bars_store_errors_total', 'failed bars store operations', () => store.stats().errors);
  if (!writer) return;
  const w = () => writer.stats();
  metrics.gauge('bourse_bars_writer_queue', 'closed bars waiting to be written', () => w().queued);
  metrics.gauge('bourse_bars_writer_queue_capacity', 'closed bars the writer queue holds', () => w().capacity);
  metrics.counter('bourse_bars_writer_written_total', 'closed bars written by the writer', () => w().written);
  metrics.counter('bourse_bars_writer_dropped_total', 'closed bars dropped because the queue was full (repair with bourse bars rebuild)', () => w().dropped);
  metrics.gauge('bourse_bars_writer_dropped_first_ms', 'open time of the earliest dropped bar (0: none)', () => w().droppedFirstMs);
  metrics.gauge('bourse_bars_writer_dropped_last_ms', 'open time of the latest dropped bar (0: none)', () => w().droppedLastMs);
  metrics.counter('bourse_bars_writer_unnamed_total', 'closed bars of symbols with no instrument record (skipped)', () => w().unnamed);
  metrics.counter('bourse_bars_writer_errors_total', 'failed writer batches (retried)', () => w().writeErrors);
  metrics.gauge('bourse_bars_writer_store_up', '1 while the last write succeeded', () => w().storeUp);
  metrics.gauge('bourse_bars_writer_last_write_ms', 'duration of the last successful batch', () => w().lastWriteMs);
}

/** A complete fastify instance with the API mounted; it does not listen. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // Malformed URLs and the like: our error body, not fastify's.
    frameworkErrors: (err, _req, reply) => void sendError(reply, new BourseError('API_BAD_REQUEST', err.message)),
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!.slice(0, 100);
    sendError(reply, new BourseError('API_NOT_FOUND', `${req.method} ${path} (GET /api/v1/docs lists the endpoints)`));
  });
  await app.register(bourseApi, { store: opts.store, market: opts.market, metrics: opts.metrics ?? new Metrics(), feedConfig: opts.feedConfig });
  return app;
}
