/**
 * Time text -> integer µs since the Unix epoch (the unit of sequenced time, docs/decisions.md).
 * Shared by the trade-tape reader (bars/tape.ts) and the HTTP API's time parameters
 * (http/schemas.ts). Pure: no clock is read; the calendar check is arithmetic.
 */

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether the fields name a real UTC date-time in the proleptic Gregorian calendar. Years below
 * 100 are refused: Date.UTC would read them as 1900 + year.
 */
function validDateTime(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!);
}

/**
 * Time text to integer µs since the epoch, or a reason it is not one. Accepts ms since the epoch
 * (up to 3 decimals: µs; finer digits truncated) or ISO 8601 (`2019-10-11`,
 * `2019-10-11T00:00:11.620Z`, `2019-10-11 00:00:11.620123`, an offset `+02:00` / `-0500`; UTC
 * when none). Times before 1970 are refused.
 */
export function parseTimeUs(text: string): number | string {
  const t = text.trim();
  if (/^\d+$/.test(t)) {
    const us = Number(t) * 1000;
    return Number.isSafeInteger(us) ? us : 'is too large for µs since the epoch';
  }
  if (/^\d+\.\d+$/.test(t)) {
    const [int, frac = ''] = t.split('.');
    // Sub-µs digits are truncated: µs is the resolution of sequenced time.
    const us = Number(int) * 1000 + Number(frac.padEnd(3, '0').slice(0, 3));
    return Number.isSafeInteger(us) ? us : 'is too large for µs since the epoch';
  }
  const m = ISO_RE.exec(t);
  if (!m) return 'is neither ms since the epoch nor an ISO 8601 date-time';
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = 'Z'] = m;
  if (!validDateTime(+y!, +mo!, +d!, +h, +mi, +s)) return 'is not a valid calendar date-time';
  const ms = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s);
  let offsetMin = 0;
  if (zone.toUpperCase() !== 'Z') {
    const z = zone.replace(':', '');
    offsetMin = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5) || '0'));
  }
  const us = (ms - offsetMin * 60_000) * 1000 + Number(frac.padEnd(6, '0').slice(0, 6));
  if (us < 0) return 'is before 1970-01-01T00:00:00Z';
  return us;
}
