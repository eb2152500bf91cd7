/**
 * GET /api/v1/summary: end-of-session summaries from the bars store (issue 14, docs/api.md):
 * per trading session of one symbol, the official open and close (auction or first / last
 * trade), high, low, volume, trade count and VWAP, keyed by the session's close time.
 */
import type { FastifyPluginAsync } from 'fastify';
import { BourseError } from '../../kernel/errors.ts';
import type { BarsStore } from '../../bars/store.ts';
import { decimalFormatter } from '../writer.ts';
import { SummaryParams, parseParams, type DaySummaryJson, type Static } from '../schemas.ts';

export interface SummaryRouteOptions {
  readonly store: BarsStore;
}

export const summaryRoute: FastifyPluginAsync<SummaryRouteOptions> = async (app, opts) => {
  const { store } = opts;

  app.get('/api/v1/summary', async (req) => {
    const p = parseParams(SummaryParams, req.query);
    const from = p.start ?? 0;
    const to = p.end ?? Number.MAX_SAFE_INTEGER;
    if (from >= to) throw new BourseError('API_BAD_RANGE', `start ${from} (${new Date(from).toISOString()}) must be before end ${to} (${new Date(to).toISOString()})`);
    const inst = await store.instrument(p.symbol);
    if (!inst) throw new BourseError('API_UNKNOWN_SYMBOL', `symbol=${p.symbol} is not in the bars store (GET /api/v1/instruments lists them)`);
    const rows = await store.daySummaries(p.symbol, from, to, p.limit);
    const px = decimalFormatter(inst.priceDecimals);
    const qty = decimalFormatter(inst.qtyDecimals);
    const vwapDec = decimalFormatter(inst.priceDecimals + 4);
    const summaries: Static<typeof DaySummaryJson>[] = rows.map((r) => {
      let vwap: string | null = null;
      if (r.volume > 0) {
        const w = Math.round((r.notional * 1e4) / r.volume);
        vwap = Number.isSafeInteger(w) ? vwapDec(w) : (r.notional / r.volume / 10 ** inst.priceDecimals).toFixed(Math.min(inst.priceDecimals + 4, 100));
      }
      return {
        close_time_ms: r.closeTime, open: px(r.open), high: px(r.high), low: px(r.low), close: px(r.close), volume: qty(r.volume), trades: r.trades, vwap,
        open_from_auction: r.openFromAuction, close_from_auction: r.closeFromAuction,
      };
    });
    return { symbol: p.symbol, price_decimals: inst.priceDecimals, qty_decimals: inst.qtyDecimals, summaries };
  });
};
