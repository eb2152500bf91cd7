/**
 * The bars paging cursor: opaque to clients, stable, bound to the query it was issued for
 * (symbol, interval, end, empty) and checked by a CRC32, so a cursor used with another query
 * is API_BAD_CURSOR rather than a wrong page.
 */
import { BourseError } from '../kernel/errors.ts';
import { crc32 } from '../kernel/crc32.ts';
import { INTERVALS, type IntervalName } from '../mdp/candles.ts';

export interface Cursor {
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
