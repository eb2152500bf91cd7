/**
 * Every request parameter and response body of the HTTP API, in one place. From here come:
 * - validation: `parseParams()` turns raw query/path strings into typed values, or a registry
 *   error (400) that names the parameter;
 * - TypeScript types: `Static<typeof X>` of a response schema, `Parsed<typeof P>` of params;
 * - the OpenAPI 3.1 document (`openApiDocument()`), served at /api/v1/openapi.json.
 * Tests check real responses against the response schemas with `checkSchema()`.
 */
import { BourseError, Errors } from '../kernel/errors.ts';
import { INTERVALS, type IntervalName } from '../mdp/candles.ts';
import { parseTimeUs } from '../kernel/time.ts';

// ---------------------------------------------------------------- a tiny typed JSON Schema builder

declare const phantom: unique symbol;
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  enum?: readonly (string | number)[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
  default?: unknown;
  example?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
}
export type Schema<V> = JsonSchema & { readonly [phantom]?: V };
export type Static<S> = S extends Schema<infer V> ? V : never;
type Doc = Pick<JsonSchema, 'description' | 'example' | 'format' | 'pattern' | 'minimum' | 'maximum' | 'minLength' | 'maxLength' | 'default'>;

export const S = {
  string: (o: Doc = {}): Schema<string> => ({ type: 'string', ...o }),
  enum: <const T extends string>(values: readonly T[], o: Doc = {}): Schema<T> => ({ type: 'string', enum: values, ...o }),
  integer: (o: Doc = {}): Schema<number> => ({ type: 'integer', ...o }),
  number: (o: Doc = {}): Schema<number> => ({ type: 'number', ...o }),
  boolean: (o: Doc = {}): Schema<boolean> => ({ type: 'boolean', ...o }),
  nullable: <V>(s: Schema<V>): Schema<V | null> => ({ ...s, type: [s.type as string, 'null'] }),
  array: <V>(items: Schema<V>, o: Doc = {}): Schema<V[]> => ({ type: 'array', items, ...o }),
  object: <P extends Record<string, Schema<unknown>>>(props: P, o: Doc = {}): Schema<{ [K in keyof P]: Static<P[K]> }> => ({
    type: 'object', properties: props, required: Object.keys(props), additionalProperties: false, ...o,
  }),
};

/** Problems of `value` against `schema` (empty when it conforms). For tests and debugging. */
export function checkSchema(schema: JsonSchema, value: unknown, at = '$'): string[] {
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  const t = typeOf(value);
  if (types.length > 0 && !types.includes(t) && !(t === 'integer' && types.includes('number'))) return [`${at}: ${t} where ${types.join('|')} is expected`];
  if (value === null) return [];
  const out: string[] = [];
  if (schema.enum && !schema.enum.includes(value as string)) out.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern).test(value)) out.push(`${at}: "${value}" does not match ${schema.pattern}`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push(`${at}: ${value} < ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) out.push(`${at}: ${value} > ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => out.push(...checkSchema(schema.items!, v, `${at}[${i}]`)));
  if (t === 'object' && schema.properties) {
    const o = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in o)) out.push(`${at}.${k}: missing`);
    for (const [k, v] of Object.entries(o)) {
      const p = schema.properties[k];
      if (p) out.push(...checkSchema(p, v, `${at}.${k}`));
      else if (schema.additionalProperties === false) out.push(`${at}.${k}: not in the schema`);
    }
  }
  return out;
}

// ---------------------------------------------------------------- parameters

export interface ParamSpec<V, Opt extends boolean = boolean> {
  readonly in: 'query' | 'path';
  readonly optional: Opt;
  readonly schema: JsonSchema;
  readonly description: string;
  readonly parse: (raw: string, name: string) => V;
}
export type Parsed<P extends Record<string, ParamSpec<unknown>>> = {
  [K in keyof P]: P[K] extends ParamSpec<infer V, infer Opt> ? (Opt extends true ? V | undefined : V) : never;
};

const bad = (name: string, detail: string) => new BourseError('API_BAD_PARAM', `${name}: ${detail}`);
const shown = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

export const LIMIT_DEFAULT = 500;
export const LIMIT_MAX = 10_000;
export const DEPTH_DEFAULT = 10;
export const DEPTH_MAX = 1000;
export const TRADES_MAX = 1000;
/** Times past this (10000-01-01T00:00:00Z) are refused. */
const MAX_TIME_MS = 253_402_300_800_000;
const SYMBOL_PATTERN = '^[A-Z0-9][A-Z0-9._/-]{0,15}$';
const SYMBOL_RE = new RegExp(SYMBOL_PATTERN);
const INTERVAL_NAMES = INTERVALS.map((i) => i.name) as IntervalName[];

function symbolParam(where: 'query' | 'path'): ParamSpec<string, false> {
  return {
    in: where, optional: false, description: 'instrument name, e.g. XRPETH (case-sensitive)',
    schema: S.string({ pattern: SYMBOL_PATTERN, example: 'XRPETH' }),
    parse: (raw, name) => {
      if (!SYMBOL_RE.test(raw)) throw bad(name, `${shown(raw)} is not an instrument name (A-Z 0-9 . _ / -, 1 to 16 characters, starting with a letter or digit)`);
      return raw;
    },
  };
}

function enumParam<const T extends string>(values: readonly T[], dflt: T, description: string): ParamSpec<T, false> {
  return {
    in: 'query', optional: false, description: `${description} (default ${dflt})`,
    schema: S.enum(values, { default: dflt }),
    parse: (raw, name) => {
      if (!(values as readonly string[]).includes(raw)) throw bad(name, `${shown(raw)} must be one of ${values.join(', ')}`);
      return raw as T;
    },
  };
}

function intParam(min: number, max: number, dflt: number | undefined, description: string): ParamSpec<number, boolean> {
  return {
    in: 'query', optional: dflt === undefined, description: dflt === undefined ? description : `${description} (default ${dflt})`,
    schema: S.integer({ minimum: min, maximum: max, ...(dflt === undefined ? {} : { default: dflt }) }),
    parse: (raw, name) => {
      if (!/^\d{1,16}$/.test(raw)) throw bad(name, `${shown(raw)} must be a whole number from ${min} to ${max}`);
      const n = Number(raw);
      if (n < min || n > max) throw bad(name, `${n} must be from ${min} to ${max}`);
      return n;
    },
  };
}

/** UTC ms since the epoch, or ISO 8601 (UTC unless it has an offset); to whole ms, rounded up. */
export function parseTimeMs(raw: string, name: string): number {
  const us = raw.length > 40 ? 'is too long' : parseTimeUs(raw);
  if (typeof us === 'string') throw new BourseError('API_BAD_TIME', `${name} ${shown(raw)} ${us}`);
  const ms = Math.ceil(us / 1000);
  if (!Number.isSafeInteger(ms) || ms > MAX_TIME_MS) throw new BourseError('API_BAD_TIME', `${name} ${shown(raw)} is after 9999-12-31`);
  return ms;
}

function timeParam(description: string): ParamSpec<number, true> {
  return {
    in: 'query', optional: true, description: `${description}: UTC ms since the epoch (1570752000000) or ISO 8601 (2019-10-11T00:00:00Z)`,
    schema: S.string({ example: '2019-10-11T00:00:00Z' }),
    parse: parseTimeMs,
  };
}

const cursorParam: ParamSpec<string, true> = {
  in: 'query', optional: true, description: 'opaque cursor from the previous page\'s next_cursor (or X-Next-Cursor header)',
  schema: S.string({ maxLength: 200 }),
  parse: (raw, name) => {
    if (raw.length === 0 || raw.length > 200 || !/^[A-Za-z0-9_-]+$/.test(raw)) throw new BourseError('API_BAD_CURSOR', `${name} ${shown(raw)} is not a cursor this API issued`);
    return raw;
  },
};

export const BarsParams = {
  symbol: symbolParam('query'),
  interval: {
    in: 'query', optional: false, description: `bar interval: ${INTERVAL_NAMES.join(', ')}`,
    schema: S.enum(INTERVAL_NAMES),
    parse: (raw: string, name: string) => {
      if (!(INTERVAL_NAMES as string[]).includes(raw)) throw bad(name, `${shown(raw)} must be one of ${INTERVAL_NAMES.join(', ')}`);
      return raw as IntervalName;
    },
  } satisfies ParamSpec<IntervalName, false>,
  start: timeParam('first open time to include (inclusive; default: the first bar)'),
  end: timeParam('open time to stop before (exclusive; default: no bound)'),
  limit: intParam(1, LIMIT_MAX, LIMIT_DEFAULT, `bars per page, at most ${LIMIT_MAX}`) as ParamSpec<number, false>,
  cursor: cursorParam,
  format: enumParam(['json', 'csv'] as const, 'json', 'response format; csv has the columns of `bourse candles`'),
  empty: enumParam(['include', 'omit'] as const, 'include', 'bars with no trades: include or omit'),
};

export const BookParams = {
  symbol: symbolParam('path'),
  depth: intParam(1, DEPTH_MAX, DEPTH_DEFAULT, `price levels per side, at most ${DEPTH_MAX}`) as ParamSpec<number, false>,
};

export const ProtoParams = {
  file: {
    in: 'path', optional: false, description: 'a schema file of proto/, e.g. feed.proto (the feed and the WebSocket binary encoding)',
    schema: S.string({ pattern: '^[a-z0-9_]{1,64}\\.proto$', example: 'feed.proto' }),
    parse: (raw: string, name: string) => {
      if (!/^[a-z0-9_]{1,64}\.proto$/.test(raw)) throw bad(name, `${shown(raw)} is not a schema file name like feed.proto`);
      return raw;
    },
  } as ParamSpec<string, false>,
};

export const TradesParams = {
  symbol: symbolParam('query'),
  start: timeParam('earliest trade time to include (inclusive)'),
  end: timeParam('trade time to stop before (exclusive)'),
  limit: intParam(1, TRADES_MAX, 100, `most recent trades returned, at most ${TRADES_MAX}`) as ParamSpec<number, false>,
};

export const SUMMARY_LIMIT_MAX = 10_000;
export const SummaryParams = {
  symbol: symbolParam('query'),
  start: timeParam('earliest session close time to include (inclusive; default: the first)'),
  end: timeParam('session close time to stop before (exclusive; default: no bound)'),
  limit: intParam(1, SUMMARY_LIMIT_MAX, 500, `sessions returned (oldest first), at most ${SUMMARY_LIMIT_MAX}`) as ParamSpec<number, false>,
};

const DEFAULTS: Record<string, unknown> = {};

/**
 * Validate raw parameters. Every name must be known, given at most once and parse; missing
 * optional ones take their default (from the schema) or stay undefined.
 */
export function parseParams<P extends Record<string, ParamSpec<unknown>>>(specs: P, query: unknown, path: Record<string, unknown> = {}): Parsed<P> {
  const q = (query ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(q)) {
    const spec = specs[key];
    if (!spec || spec.in !== 'query') {
      throw new BourseError('API_UNKNOWN_PARAM', `${shown(key)}; this endpoint takes ${Object.keys(specs).filter((k) => specs[k]!.in === 'query').join(', ')}`);
    }
  }
  const out: Record<string, unknown> = { ...DEFAULTS };
  for (const [name, spec] of Object.entries(specs)) {
    const v = spec.in === 'path' ? path[name] : q[name];
    if (Array.isArray(v)) throw bad(name, 'given more than once');
    if (v === undefined || v === '') {
      if (spec.schema.default !== undefined) out[name] = spec.schema.default;
      else if (!spec.optional) throw new BourseError('API_MISSING_PARAM', `${name} (${spec.description})`);
      else out[name] = undefined;
      continue;
    }
    if (typeof v !== 'string') throw bad(name, 'must be a string');
    out[name] = spec.parse(v, name);
  }
  return out as Parsed<P>;
}

// ---------------------------------------------------------------- responses

const dec = (description: string) => S.string({ description: `${description} (exact decimal string)`, pattern: '^\\d+(\\.\\d+)?$' });

export const ErrorBody = S.object({
  error: S.object({
    code: S.enum(Object.keys(Errors), { description: 'registry code name (docs/errors.md)' }),
    num: S.integer({ description: 'registry code number' }),
    message: S.string({ description: 'what went wrong, naming the parameter' }),
  }),
});

export const BarJson = S.object({
  open_time_ms: S.integer({ description: 'bar open time, UTC ms; the bar covers [open, open + interval)' }),
  open: dec('first trade price (previous close for an empty bar)'),
  high: dec('highest price'),
  low: dec('lowest price'),
  close: dec('last trade price'),
  volume: dec('traded quantity'),
  trades: S.integer({ description: 'number of trades' }),
  vwap: S.nullable(S.string({ description: 'volume-weighted average price, rounded to price decimals + 4; null when volume is 0' })),
});

export const BarsPage = S.object({
  symbol: S.string(),
  interval: S.enum(INTERVAL_NAMES),
  price_decimals: S.integer(),
  qty_decimals: S.integer(),
  status: S.nullable(S.string({ description: "the symbol's live trading status now (its phase: open, pre-open, opening-auction, ...); null when not live on this server" })),
  calendar: S.nullable(S.string({ description: "the name of the live market's trading calendar (daily bars follow its sessions); null when not live" })),
  next_cursor: S.nullable(S.string({ description: 'pass as cursor= for the next page; null on the last page' })),
  bars: S.array(BarJson),
});

/** The bars CSV columns, of GET /api/v1/bars?format=csv and of `bourse candles` alike. */
export const BARS_CSV_HEADER = 'open_time_ms,open,high,low,close,volume,trades';

export const DaySummaryJson = S.object({
  close_time_ms: S.integer({ description: "the session's close, UTC ms (the session's key)" }),
  open: dec("official open: the opening auction's price, else the first trade's"),
  high: dec('highest trade price of the session'),
  low: dec('lowest trade price of the session'),
  close: dec("official close: the closing auction's price, else the last trade's"),
  volume: dec('traded quantity'),
  trades: S.integer({ description: 'number of trades' }),
  vwap: S.nullable(S.string({ description: 'volume-weighted average price, rounded to price decimals + 4' })),
  open_from_auction: S.boolean({ description: 'open is the opening auction\'s uncross price' }),
  close_from_auction: S.boolean({ description: 'close is the closing auction\'s uncross price' }),
});
export const SummaryList = S.object({
  symbol: S.string(),
  price_decimals: S.integer(),
  qty_decimals: S.integer(),
  summaries: S.array(DaySummaryJson, { description: 'oldest first; none for a session without trades' }),
});

const PhaseAt = S.object({ phase: S.string({ description: 'calendar phase: pre-open, opening-auction, continuous, closing-auction, closed' }), at_ms: S.integer({ description: 'UTC ms' }) });
export const CalendarJson = S.object({
  name: S.string({ description: 'calendar name (config/calendars/NAME.json or the file given to --calendar)' }),
  time_zone: S.string({ description: 'IANA time zone of the phase times' }),
  today: S.array(PhaseAt, { description: "phase changes of the local trading day holding now (empty on a weekend or holiday, and for 24x7)" }),
  next: S.nullable(PhaseAt),
}, { description: "the live market's trading calendar; null when not live" });

export const InstrumentJson = S.object({
  name: S.string(),
  price_decimals: S.integer(),
  qty_decimals: S.integer(),
  tick: dec('price step'),
  lot: dec('quantity step'),
  currency: S.string({ description: "quote currency ('' when unknown)" }),
  stored: S.boolean({ description: 'the bars store holds this instrument' }),
  live: S.boolean({ description: 'the live market on this server trades it' }),
  status: S.nullable(S.enum(['open', 'halted', 'pre-open', 'opening-auction', 'closing-auction', 'closed', 'reopening-auction'] as const, { description: 'live trading status (open = continuous trading; the others are halts and calendar phases); null when not live' })),
  calendar: S.nullable(CalendarJson),
});
export const InstrumentsList = S.object({ instruments: S.array(InstrumentJson) });

const LevelJson = S.object({ price: dec('level price'), qty: dec('total quantity at the level'), orders: S.integer() });
export const BookJson = S.object({
  symbol: S.string(),
  md_seq: S.integer({ description: 'the book reflects every market-data record up to this sequence number' }),
  checksum: S.integer({ description: 'CRC32 of the top 10 levels per side (docs/checksum.md)' }),
  bids: S.array(LevelJson, { description: 'best (highest) first' }),
  asks: S.array(LevelJson, { description: 'best (lowest) first' }),
});

export const TradeJson = S.object({
  md_seq: S.integer(),
  trade_id: S.integer(),
  time_us: S.integer({ description: 'trade time, UTC µs' }),
  time_ms: S.integer({ description: 'trade time, UTC ms (rounded down)' }),
  price: dec('trade price'),
  qty: dec('trade quantity'),
  side: S.enum(['buy', 'sell'] as const, { description: 'aggressor side' }),
});
export const TradesList = S.object({ symbol: S.string(), trades: S.array(TradeJson, { description: 'oldest first; the live tape holds the most recent trades only' }) });

export const Health = S.object({ status: S.enum(['ok'] as const) });
export const Ready = S.object({
  status: S.enum(['ready', 'unavailable', 'failed'] as const, { description: 'failed: a thread of the exchange failed (pipeline.code says why); the process is stopping' }),
  store: S.object({ kind: S.string(), ok: S.boolean(), detail: S.string() }),
  market: S.boolean({ description: 'a live market feeds this server' }),
  pipeline: S.object({ ok: S.boolean(), code: S.string({ description: 'the failure\'s error code, or ""' }), detail: S.string() }, { description: 'the core and MDP threads (always ok under bourse serve)' }),
});

// ---------------------------------------------------------------- endpoints and OpenAPI

interface Endpoint {
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly params?: Record<string, ParamSpec<unknown>>;
  readonly ok: { readonly json?: JsonSchema; readonly text?: string; readonly csv?: boolean; readonly html?: boolean };
  readonly errors: readonly number[];
}

export const ENDPOINTS: readonly Endpoint[] = [
  {
    path: '/api/v1/bars', summary: 'Historical OHLCV bars',
    description: `Bars of one symbol and interval in open-time order, [start, end). Pages of at most limit bars (default ${LIMIT_DEFAULT}, max ${LIMIT_MAX}); follow next_cursor until it is null. JSON and CSV are streamed.`,
    params: BarsParams, ok: { json: BarsPage, csv: true }, errors: [400, 404, 503],
  },
  {
    path: '/api/v1/summary', summary: 'End-of-session summaries (official open and close, high, low, volume, VWAP)',
    description: 'One row per trading session of the symbol, keyed by its close time, in [start, end), oldest first (docs/candles.md, "End of day").',
    params: SummaryParams, ok: { json: SummaryList }, errors: [400, 404, 503],
  },
  { path: '/api/v1/instruments', summary: 'Instruments of the bars store and of the live market', ok: { json: InstrumentsList }, errors: [503] },
  { path: '/api/v1/book/{symbol}', summary: 'L2 order book snapshot with its market-data sequence number', params: BookParams, ok: { json: BookJson }, errors: [400, 404, 503] },
  { path: '/api/v1/trades', summary: 'Recent trades from the live tape', params: TradesParams, ok: { json: TradesList }, errors: [400, 404, 503] },
  { path: '/api/v1/feed', summary: "The multicast feed's discovery document (docs/feed.md), when this server publishes a feed", ok: { json: { type: 'object' } }, errors: [404] },
  { path: '/api/v1/feed/proto/{file}', summary: "The feed's protobuf schema (the discovery document's protoFile), as text", params: ProtoParams, ok: { text: 'text/plain; charset=utf-8' }, errors: [400, 404] },
  { path: '/healthz', summary: 'Liveness: the process answers', ok: { json: Health }, errors: [] },
  { path: '/readyz', summary: 'Readiness: the bars store answers and no thread has failed (503 while the store is down, the live feed going on; 503 "failed" once a core or MDP thread failed, until the process exits)', ok: { json: Ready }, errors: [503] },
  { path: '/metrics', summary: 'Prometheus metrics (text exposition format 0.0.4)', ok: { text: 'text/plain; version=0.0.4' }, errors: [] },
  { path: '/api/v1/openapi.json', summary: 'This document', ok: { json: { type: 'object' } }, errors: [] },
  { path: '/api/v1/docs', summary: 'Browsable API reference (renders this document)', ok: { html: true }, errors: [] },
];

export function openApiDocument(version = '0.1.0'): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const e of ENDPOINTS) {
    const content: Record<string, unknown> = {};
    if (e.ok.json) content['application/json'] = { schema: e.ok.json };
    if (e.ok.csv) content['text/csv'] = { schema: { type: 'string', description: `header ${BARS_CSV_HEADER}, one row per bar` } };
    if (e.ok.text) content[e.ok.text] = { schema: { type: 'string' } };
    if (e.ok.html) content['text/html'] = { schema: { type: 'string' } };
    const responses: Record<string, unknown> = { 200: { description: 'OK', content } };
    for (const st of e.errors) {
      const codes = Object.entries(Errors).filter(([n, s]) => s.http === st && (s.num >= 6000 && s.num < 6100) && (st !== 404 || n !== 'API_NOT_FOUND')).map(([n]) => n);
      responses[st] = { description: codes.join(', '), content: { 'application/json': { schema: ErrorBody } } };
    }
    paths[e.path] = {
      get: {
        summary: e.summary,
        ...(e.description ? { description: e.description } : {}),
        parameters: Object.entries(e.params ?? {}).map(([name, p]) => ({ name, in: p.in, required: p.in === 'path' || (!p.optional && p.schema.default === undefined), description: p.description, schema: p.schema })),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bourse market data API', version,
      description: 'Historical bars, instruments, live book and trades. Prices and quantities are exact decimal strings; times are UTC. Errors: {"error":{"code","num","message"}} with codes from docs/errors.md.',
    },
    paths,
    components: { schemas: { Error: ErrorBody, Bar: BarJson, BarsPage, DaySummary: DaySummaryJson, Instrument: InstrumentJson, Book: BookJson, Trade: TradeJson } },
  };
}
