/**
 * GET /api/v1/bars, streamed: the page's extent is found first with one indexed lookup (its
 * last open time and whether rows follow, hence the next cursor before any row), then rows are
 * read from the store in chunks and formatted straight into the response (writer.ts). A
 * 100,000-bar page never exists in memory as objects or as one string.
 */
import { Readable } from 'node:stream';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { BourseError } from '../../kernel/errors.ts';
import { BAR_FIELDS, queryBounds, type BarQuery, type BarsStore, type Instrument } from '../../bars/store.ts';
import { mergedPage, type MergedPage } from '../../bars/runs.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { BarBytes } from '../writer.ts';
import { BARS_CSV_HEADER, BarsParams, parseParams } from '../schemas.ts';
import type { MarketState } from '../../mdp/market-state.ts';
import { STATUS_NAMES, type CalendarInfo } from './instruments.ts';

export interface BarsRouteOptions {
  readonly store: BarsStore;
  /** The live market: its status (phase) of the symbol goes in the page's head. */
  readonly market?: MarketState | undefined;
  /** The live market's calendar: its name goes in the page's head. */
  readonly calendar?: (() => CalendarInfo) | undefined;
  /** Bars sent so far, counted for /metrics. */
  readonly streamed: { rows: number };
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

async function* mergedBody(page: MergedPage, inst: Instrument, csv: boolean, head: string, counter: { rows: number }): AsyncGenerator<Buffer> {
  const w = new BarBytes(inst.priceDecimals, inst.qtyDecimals, csv);
  const out: Buffer[] = [];
  w.text(head);
  const CHUNK = 4096;
  for (let at = 0; at < page.count; at += CHUNK) {
    const n = Math.min(CHUNK, page.count - at);
    w.rows(page.data.subarray(at * BAR_FIELDS, (at + n) * BAR_FIELDS), n, out);
    counter.rows += n;
    while (out.length > 0) yield out.shift()!;
  }
  if (!csv) w.text(']}\n');
  w.flush(out);
  yield* out;
}

export const barsRoute: FastifyPluginAsync<BarsRouteOptions> = async (app, opts) => {
  const { store, streamed } = opts;

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
    // Empty runs (one row per gap) are expanded here, within the page: docs/candles.md, "Gaps".
    const [lo, hi] = queryBounds(q);
    const runs = omit ? [] : await store.emptyRuns(p.symbol, p.interval, lo, hi);
    const merged = runs.length > 0 ? await mergedPage(store, q, runs, p.limit) : undefined;
    const page = merged ?? (await store.pageEnd({ ...q, limit: p.limit }));
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
      // The symbol's phase now and the calendar its sessions follow (null: not live here).
      const sym = opts.market?.symbolId(p.symbol);
      const live = sym === undefined ? undefined : opts.market!.instruments.get(sym);
      const status = live ? JSON.stringify(STATUS_NAMES[live.status as keyof typeof STATUS_NAMES] ?? 'open') : 'null';
      const calendar = live && opts.calendar ? JSON.stringify(opts.calendar().name) : 'null';
      head = `{"symbol":${JSON.stringify(p.symbol)},"interval":"${p.interval}","price_decimals":${inst.priceDecimals},"qty_decimals":${inst.qtyDecimals},"status":${status},"calendar":${calendar},"next_cursor":${next ? `"${next}"` : 'null'},"bars":[`;
    }
    const body = merged ? mergedBody(merged, inst, csv, head, streamed) : barsBody(store, rowsQ, inst, csv, head, streamed);
    return reply.send(Readable.from(body, { objectMode: false }));
  });
};
