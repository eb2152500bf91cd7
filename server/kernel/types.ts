/**
 * Branded number types. At run time they are plain numbers (no boxing, no cost);
 * at compile time a Price cannot be passed where a Qty is expected.
 *
 * Units (see docs/decisions.md):
 * - Price: integer count of the instrument's price unit (10^-priceDecimals of the currency).
 *          Valid prices are multiples of the instrument's tick size.
 * - Qty:   integer count of the instrument's quantity unit; valid quantities are multiples of the lot.
 * - Seq:   sequence numbers, safe integers (2^53 = 9e15: 285 years at 1 billion a day).
 * - Micros: microseconds since the Unix epoch (ns would need 61 bits; a JS number holds 53).
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Price = Brand<number, 'Price'>;
export type Qty = Brand<number, 'Qty'>;
export type Seq = Brand<number, 'Seq'>;
export type SymbolId = Brand<number, 'SymbolId'>;
export type OrderId = Brand<number, 'OrderId'>;
export type AccountId = Brand<number, 'AccountId'>;
export type Micros = Brand<number, 'Micros'>;

export const asPrice = (n: number): Price => n as Price;
export const asQty = (n: number): Qty => n as Qty;
export const asSeq = (n: number): Seq => n as Seq;
export const asSymbolId = (n: number): SymbolId => n as SymbolId;
export const asOrderId = (n: number): OrderId => n as OrderId;
export const asAccountId = (n: number): AccountId => n as AccountId;
export const asMicros = (n: number): Micros => n as Micros;

/** Order side. Numeric so it fits binary records. */
export const Side = { Buy: 1, Sell: 2 } as const;
export type Side = (typeof Side)[keyof typeof Side];

export const OrdType = { Limit: 1, Market: 2 } as const;
export type OrdType = (typeof OrdType)[keyof typeof OrdType];

/**
 * GTC rests until cancelled; IOC trades what it can at once; DAY expires at the close; GTD at its
 * expire time (NEW_ORDER's orderId slot, µs); AtOpen / AtClose take part only in the opening /
 * closing auction (market: MOO / MOC, limit: LOO / LOC) and their rest is cancelled after it.
 */
export const TimeInForce = { GTC: 1, IOC: 2, DAY: 3, GTD: 4, AtOpen: 5, AtClose: 6 } as const;
export type TimeInForce = (typeof TimeInForce)[keyof typeof TimeInForce];

/**
 * Open = continuous trading. 3-6 are the calendar's phases (issue 14, server/sequencer/calendar.ts);
 * 4, 5 and 7 are call phases (orders accumulate, then one uncross); 7 = ReopeningAuction: the call
 * after a volatility halt.
 */
export const TradingStatus = { Open: 1, Halted: 2, PreOpen: 3, OpeningAuction: 4, ClosingAuction: 5, Closed: 6, ReopeningAuction: 7 } as const;
export type TradingStatus = (typeof TradingStatus)[keyof typeof TradingStatus];

export const MICROS_PER_MS = 1000;
export const MICROS_PER_SECOND = 1_000_000;
