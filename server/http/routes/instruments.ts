/** GET /api/v1/instruments: the bars store's instruments and the live market's, merged by name. */
import type { FastifyPluginAsync } from 'fastify';
import { formatDecimal } from '../../kernel/decimal.ts';
import type { MarketState } from '../../mdp/market-state.ts';
import type { BarsStore, Instrument } from '../../bars/store.ts';
import type { InstrumentJson, Static } from '../schemas.ts';

/** TradingStatus values as the API names them (open = continuous trading). */
export const STATUS_NAMES = { 1: 'open', 2: 'halted', 3: 'pre-open', 4: 'opening-auction', 5: 'closing-auction', 6: 'closed', 7: 'reopening-auction' } as const;

/**
 * The live market's trading calendar as of now (the driver computes it: the time-zone maths is
 * the sequencer side's, docs/calendar.md). Times are UTC ms.
 */
export interface CalendarInfo {
  readonly name: string;
  readonly timeZone: string;
  /** Phase changes of the local trading day holding now (empty on a weekend, a holiday, or 24x7). */
  readonly today: readonly { readonly phase: string; readonly atMs: number }[];
  /** The next phase change (null: the phase never changes). */
  readonly next: { readonly phase: string; readonly atMs: number } | null;
}

export function calendarJson(c: CalendarInfo): NonNullable<Static<typeof InstrumentJson>['calendar']> {
  return {
    name: c.name, time_zone: c.timeZone, today: c.today.map((t) => ({ phase: t.phase, at_ms: t.atMs })),
    next: c.next ? { phase: c.next.phase, at_ms: c.next.atMs } : null,
  };
}

export interface InstrumentsRouteOptions {
  readonly store: BarsStore;
  readonly market?: MarketState | undefined;
  readonly calendar?: (() => CalendarInfo) | undefined;
  /** Currency of the live instruments (the MD stream carries none): the feed's. */
  readonly currency?: string;
}

function instrumentJson(i: Instrument, stored: boolean | null, live: { status: number } | undefined, cal: Static<typeof InstrumentJson>['calendar']): Static<typeof InstrumentJson> {
  return {
    calendar: live ? cal : null,
    name: i.name, price_decimals: i.priceDecimals, qty_decimals: i.qtyDecimals,
    tick: formatDecimal(i.tick, i.priceDecimals), lot: formatDecimal(i.lot, i.qtyDecimals), currency: i.currency,
    stored: stored as boolean, live: live !== undefined, status: live ? (STATUS_NAMES[live.status as keyof typeof STATUS_NAMES] ?? 'open') : null,
  };
}

export const instrumentsRoute: FastifyPluginAsync<InstrumentsRouteOptions> = async (app, opts) => {
  const { store, market } = opts;
  const currency = opts.currency ?? '';

  app.get('/api/v1/instruments', async () => {
    const cal = opts.calendar ? calendarJson(opts.calendar()) : null;
    const live = new Map<string, { status: number; inst: Instrument }>();
    if (market) {
      for (const i of market.instruments.values()) {
        live.set(i.name, { status: i.status, inst: { name: i.name, priceDecimals: i.priceDecimals, qtyDecimals: i.qtyDecimals, tick: i.tick, lot: i.lot, currency } });
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
      const l = live.get(i.name);
      // A row stored before its currency was known takes the live market's.
      out.push(instrumentJson(l && i.currency === '' ? { ...i, currency } : i, true, l, cal));
    }
    for (const [name, l] of live) if (!seen.has(name)) out.push(instrumentJson(l.inst, stored ? false : null, l, cal));
    out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { instruments: out };
  });
};
