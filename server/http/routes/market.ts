/**
 * The live market (MarketState folded from the MD stream): GET /api/v1/book/{symbol} and
 * GET /api/v1/trades. Both are API_NO_MARKET under `bourse serve`, which has no market.
 */
import type { FastifyPluginAsync } from 'fastify';
import { BourseError } from '../../kernel/errors.ts';
import { Side } from '../../kernel/types.ts';
import type { MarketState } from '../../mdp/market-state.ts';
import { decimalFormatter } from '../writer.ts';
import { BookParams, TradesParams, parseParams, type BookJson, type Static, type TradeJson } from '../schemas.ts';

export interface MarketRouteOptions {
  readonly market?: MarketState | undefined;
}

export const marketRoutes: FastifyPluginAsync<MarketRouteOptions> = async (app, opts) => {
  const { market } = opts;

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
};
