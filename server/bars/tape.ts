/**
 * Trade tapes from outside: read external trade files into (time µs, price, qty) and convert the
 * decimal strings to exact integer units. Edge code (node:fs, node:zlib).
 *
 * Formats, told apart by content (gzip by its magic bytes, never by the file name):
 * - CSV with a header naming `time`, `price` and `qty` columns (any order, extra columns ignored);
 *   time is ms since the epoch (up to 3 decimals) or ISO 8601 (UTC unless it carries an offset).
 *   Streamed line by line.
 * - ccxt JSON: a list of trade objects; Binance's exact strings `info.p`, `info.q`, `info.T` are
 *   used, falling back to ccxt's `price`, `amount`, `timestamp`.
 * - compact JSON: a list of `[ts_ms, id, type, side, price, amount, cost]` (freqtrade's layout).
 * JSON numbers are floats: their shortest round-trip text is taken as the decimal (exact for
 * anything written with up to 15 significant digits).
 *
 * Reading is linear in the file's size: a CSV line is looked for only in the bytes that just
 * arrived, and a line longer than MAX_LINE characters is refused as soon as it is seen (a trade
 * row is under 200 characters; a 40 MB line fails in milliseconds, holding ~64 KiB). Error
 * messages quote at most 80 characters of the offending text.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { BourseError } from '../kernel/errors.ts';
import { decimalPlaces, formatDecimal, parseDecimal } from '../kernel/decimal.ts';
import { parseTimeUs } from '../kernel/time.ts';
import { clip } from '../kernel/text.ts';

export type TapeFormat = 'csv' | 'ccxt' | 'compact';

/**
 * One raw row: `at` is the 1-based line number (CSV) or the 0-based list index (JSON).
 * A TapeRowError thrown from it becomes a TAPE_PARSE error naming the file and the row.
 */
export type TapeRowFn = (timeUs: number, price: string, qty: string, at: number) => void;

export class TapeRowError extends Error {}

export interface TapeRead {
  readonly format: TapeFormat;
  readonly gzip: boolean;
  readonly rows: number;
}

export interface TapeSummary extends TapeRead {
  /** Most decimal places seen (trailing zeros ignored). */
  readonly priceDecimals: number;
  readonly qtyDecimals: number;
  readonly firstUs: number;
  readonly lastUs: number;
}

/** How decimal strings become integers: units of 10^-decimals, prices on a multiple of `tick`. */
export interface TapeScales {
  readonly priceDecimals: number;
  readonly qtyDecimals: number;
  /** Price step in price units (1 = any price with priceDecimals places). */
  readonly tick: number;
  /** Quantity step in quantity units. */
  readonly lot: number;
}

/** Longest CSV line accepted, in characters. */
export const MAX_LINE = 65_536;

const POS_DECIMAL = /^\d+(?:\.\d+)?$/;
const NONZERO = /[1-9]/;

/** A CSV cell: surrounding blanks and double quotes removed (no embedded commas in numbers). */
function cell(raw: string): string {
  const x = raw.trim();
  return x.length >= 2 && x.charCodeAt(0) === 34 && x.charCodeAt(x.length - 1) === 34 ? x.slice(1, -1).trim() : x;
}

function where(path: string, format: TapeFormat, at: number): string {
  return format === 'csv' ? `${basename(path)} line ${at}` : `${basename(path)} trade [${at}]`;
}

function bad(path: string, format: TapeFormat, at: number, detail: string): BourseError {
  return new BourseError('TAPE_PARSE', `${where(path, format, at)}: ${clip(detail, 300)}`);
}

/** Offending text in a message: quoted, at most 80 characters. */
function quote(v: unknown): string {
  return `"${clip(String(v), 80)}"`;
}

/** A JSON number as decimal text without exponent ("1e-7" -> "0.0000001"). */
export function numberText(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[2]! + (m[3] ?? '');
  const exp = Number(m[4]);
  if (exp < 0) return `${m[1]}0.${'0'.repeat(-exp - 1)}${digits}`;
  return m[1] + digits.padEnd(exp + 1, '0');
}

async function isGzip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const b = Buffer.alloc(2);
    const { bytesRead } = await fh.read(b, 0, 2, 0);
    return bytesRead === 2 && b[0] === 0x1f && b[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

function inputError(path: string, e: unknown): BourseError {
  if (e instanceof BourseError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new BourseError('INPUT_FILE', `${path}: ${clip(msg, 200)}`);
}

/**
 * Read every row of a tape, in file order, checking it: time parses and never goes backwards,
 * price and qty are positive decimals. Strings are passed on untouched (exactness is the caller's).
 */
export async function readTapeRows(path: string, fn: TapeRowFn): Promise<TapeRead> {
  let gzip: boolean;
  try {
    gzip = await isGzip(path);
  } catch (e) {
    throw inputError(path, e);
  }
  const src = createReadStream(path);
  const stream: Readable = gzip ? pipeline(src, createGunzip(), () => {}) : src;
  stream.setEncoding('utf8');
  let format: TapeFormat | undefined;
  let json = '';
  // The start of the current CSV line: pieces of earlier chunks (joined once, at its newline).
  let rest: string[] = [];
  let restLen = 0;
  let line = 0;
  let rows = 0;
  let cols: { time: number; price: number; qty: number; n: number } | undefined;
  let lastUs = 0;

  const row = (f: TapeFormat, at: number, time: string | number | undefined, price: unknown, qty: unknown): void => {
    if (time === undefined || time === null) throw bad(path, f, at, 'field time is missing');
    const us = typeof time === 'number' ? (Number.isSafeInteger(time) && time >= 0 ? time * 1000 : `${time} is not whole ms since the epoch`) : parseTimeUs(time);
    if (typeof us === 'string') throw bad(path, f, at, `field time ${quote(time)} ${us}`);
    if (us < lastUs) throw bad(path, f, at, `field time goes backwards (${clip(String(time), 40)} is before the previous row); tapes must be in time order`);
    const p = field(f, at, 'price', price);
    const q = field(f, at, 'qty', qty);
    lastUs = us;
    rows++;
    try {
      fn(us, p, q, at);
    } catch (e) {
      if (e instanceof TapeRowError) throw bad(path, f, at, e.message);
      throw e;
    }
  };
  const field = (f: TapeFormat, at: number, name: string, v: unknown): string => {
    if (v === undefined || v === null) throw bad(path, f, at, `field ${name} is missing`);
    const text = typeof v === 'number' ? numberText(v) : String(v).trim();
    if (!POS_DECIMAL.test(text) || !NONZERO.test(text)) {
      throw bad(path, f, at, `field ${name} ${quote(typeof v === 'object' ? JSON.stringify(v) : v)} is not a positive decimal number`);
    }
    return text;
  };
  const csvLine = (raw: string): void => {
    line++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    const parts = text.split(',');
    if (!cols) {
      const names = parts.map((x) => cell(x.replace(/^\uFEFF/, '')).toLowerCase());
      const [time, price, qty] = [names.indexOf('time'), names.indexOf('price'), names.indexOf('qty')];
      if (time < 0 || price < 0 || qty < 0) {
        throw bad(path, 'csv', line, `header ${quote(text)} must name the columns time,price,qty`);
      }
      cols = { time, price, qty, n: parts.length };
      return;
    }
    if (parts.length !== cols.n) throw bad(path, 'csv', line, `${parts.length} fields where the header has ${cols.n}`);
    row('csv', line, cell(parts[cols.time]!), cell(parts[cols.price]!), cell(parts[cols.qty]!));
  };

  const tooLong = (): BourseError => bad(path, 'csv', line + 1, `line is longer than ${MAX_LINE} characters (not a CSV trade tape?)`);
  let lead = '';
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      if (format === undefined) {
        // Leading blanks are kept (line numbers count them) until the first other character.
        lead += chunk;
        const first = lead.trimStart();
        if (first === '') {
          // Only blank lines so far: count them, keep the unfinished one.
          const nl = lead.lastIndexOf('\n');
          if (nl >= 0) {
            for (let k = lead.indexOf('\n'); k >= 0 && k <= nl; k = lead.indexOf('\n', k + 1)) line++;
            lead = lead.slice(nl + 1);
          }
          if (lead.length > MAX_LINE) throw tooLong();
          continue;
        }
        format = first[0] === '[' ? 'ccxt' : 'csv';
        if (format !== 'csv') {
          json = lead;
          continue;
        }
      }
      if (format !== 'csv') {
        json += chunk;
        continue;
      }
      const text = lead === '' ? chunk : lead;
      lead = '';
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        if (restLen + nl - start > MAX_LINE) throw tooLong();
        const piece = text.slice(start, nl);
        if (restLen > 0) {
          rest.push(piece);
          csvLine(rest.join(''));
          rest = [];
          restLen = 0;
        } else csvLine(piece);
        start = nl + 1;
      }
      if (start < text.length) {
        restLen += text.length - start;
        if (restLen > MAX_LINE) throw tooLong();
        rest.push(text.slice(start));
      }
    }
  } catch (e) {
    throw inputError(path, e); // leaving the loop destroyed the stream
  }

  if (format === 'csv') {
    if (restLen > 0) csvLine(rest.join(''));
    if (!cols) throw bad(path, 'csv', line, 'no header line time,price,qty');
    return { format, gzip, rows };
  }
  if (format === undefined) throw new BourseError('TAPE_PARSE', `${basename(path)}: the file is empty`);
  let list: unknown;
  try {
    list = JSON.parse(json);
  } catch (e) {
    throw new BourseError('TAPE_PARSE', `${basename(path)}: not valid JSON (${clip((e as Error).message, 120)})`);
  }
  if (!Array.isArray(list)) throw new BourseError('TAPE_PARSE', `${basename(path)}: JSON must be a list of trades`);
  format = Array.isArray(list[0]) ? 'compact' : 'ccxt';
  for (let i = 0; i < list.length; i++) {
    const t: unknown = list[i];
    if (format === 'compact') {
      if (!Array.isArray(t) || t.length < 6) throw bad(path, format, i, 'not a [ts_ms, id, type, side, price, amount, ...] list');
      row(format, i, t[0] as number, t[4], t[5]);
    } else {
      if (t === null || typeof t !== 'object' || Array.isArray(t)) throw bad(path, format, i, 'not a ccxt trade object');
      const o = t as Record<string, unknown>;
      const info = (o.info ?? {}) as Record<string, unknown>;
      const hasInfo = info.p !== undefined && info.q !== undefined && info.T !== undefined;
      const time = hasInfo ? info.T : o.timestamp;
      if (typeof time !== 'number' && typeof time !== 'string' && time !== undefined && time !== null) {
        throw bad(path, format, i, 'field time (info.T / timestamp) is not a number');
      }
      row(format, i, time as number | string | undefined, hasInfo ? info.p : o.price, hasInfo ? info.q : o.amount);
    }
  }
  return { format, gzip, rows: list.length };
}

/** One pass to learn the tape's format, size, time span and the decimals it needs. */
export async function scanTape(path: string): Promise<TapeSummary> {
  let priceDecimals = 0;
  let qtyDecimals = 0;
  let firstUs = 0;
  let lastUs = 0;
  let n = 0;
  const r = await readTapeRows(path, (us, p, q) => {
    if (n++ === 0) firstUs = us;
    lastUs = us;
    const pd = decimalPlaces(p);
    const qd = decimalPlaces(q);
    if (pd > priceDecimals) priceDecimals = pd;
    if (qd > qtyDecimals) qtyDecimals = qd;
  });
  return { ...r, priceDecimals, qtyDecimals, firstUs, lastUs };
}

function step(flag: string, text: string): { decimals: number; units: number } {
  const t = text.trim();
  if (!POS_DECIMAL.test(t) || !NONZERO.test(t)) {
    throw new BourseError('CLI_BAD_VALUE', `--${flag} "${text}" must be a positive decimal like 0.00000001`);
  }
  const decimals = decimalPlaces(t);
  return { decimals, units: parseDecimal(t, decimals, `--${flag}`) };
}

/**
 * Scales from --tick / --lot when given, else from the finest decimals the tape uses
 * (`summary` is then required: run scanTape first).
 */
export function tapeScales(summary: TapeSummary | undefined, opts: { tick?: string; lot?: string }): TapeScales {
  const need = (what: string): TapeSummary => {
    if (!summary) throw new BourseError('INVARIANT', `tapeScales needs a scanTape summary when no ${what} is given`);
    return summary;
  };
  const tick = opts.tick !== undefined ? step('tick', opts.tick) : { decimals: need('tick').priceDecimals, units: 1 };
  const lot = opts.lot !== undefined ? step('lot', opts.lot) : { decimals: need('lot').qtyDecimals, units: 1 };
  return { priceDecimals: tick.decimals, qtyDecimals: lot.decimals, tick: tick.units, lot: lot.units };
}

/** Read a tape as integer trades: fn(time µs, price units, qty units). Returns what was read. */
export async function readTapeTrades(
  path: string,
  scales: TapeScales,
  fn: (timeUs: number, price: number, qty: number) => void,
): Promise<TapeRead> {
  const units = (name: string, text: string, decimals: number, stepUnits: number): number => {
    let v: number;
    try {
      v = parseDecimal(text, decimals, `field ${name}`);
    } catch (e) {
      throw new TapeRowError((e as Error).message.replace(/^CLI_BAD_VALUE: bad flag value: /, ''));
    }
    if (v % stepUnits !== 0) {
      const what = name === 'price' ? `--tick ${formatDecimal(stepUnits, decimals)}` : `--lot ${formatDecimal(stepUnits, decimals)}`;
      throw new TapeRowError(`field ${name} "${text}" is not a multiple of ${what}`);
    }
    return v;
  };
  return readTapeRows(path, (us, p, q) => {
    fn(us, units('price', p, scales.priceDecimals, scales.tick), units('qty', q, scales.qtyDecimals, scales.lot));
  });
}

/** Convenience: scan when a scale must be learned from the tape, then read integer trades. */
export async function loadTape(
  path: string,
  opts: { tick?: string; lot?: string },
  fn: (timeUs: number, price: number, qty: number) => void,
): Promise<{ read: TapeRead; scales: TapeScales; summary?: TapeSummary }> {
  const summary = opts.tick === undefined || opts.lot === undefined ? await scanTape(path) : undefined;
  const scales = tapeScales(summary, opts);
  const read = await readTapeTrades(path, scales, fn);
  return summary ? { read, scales, summary } : { read, scales };
}
