/**
 * Exact decimal <-> integer-unit conversion. Prices travel as integers of 10^-decimals;
 * these turn "0.00141300" into 141300 (decimals 8) and back without float noise.
 */
import { BourseError } from './errors.ts';

const DECIMAL_RE = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Parse a decimal string into an integer count of 10^-decimals. Throws when it does not fit exactly. */
export function parseDecimal(text: string, decimals: number, what = 'value'): number {
  const m = DECIMAL_RE.exec(text.trim());
  if (!m) throw new BourseError('CLI_BAD_VALUE', `${what} "${text}" is not a decimal number`);
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (frac.length > decimals) {
    throw new BourseError('CLI_BAD_VALUE', `${what} "${text}" has more than ${decimals} decimal places`);
  }
  const digits = m[2]! + frac.padEnd(decimals, '0');
  const n = Number(digits);
  if (!Number.isSafeInteger(n)) throw new BourseError('CLI_BAD_VALUE', `${what} "${text}" is too large`);
  return m[1] ? -n : n;
}

/** Number of decimal places a decimal string needs (trailing zeros ignored). */
export function decimalPlaces(text: string): number {
  const m = DECIMAL_RE.exec(text.trim());
  if (!m) return 0;
  return (m[3] ?? '').replace(/0+$/, '').length;
}

/** Format an integer count of 10^-decimals exactly, e.g. (141300, 8) -> "0.001413". Trailing zeros trimmed. */
export function formatDecimal(units: number, decimals: number): string {
  if (decimals === 0) return String(units);
  const neg = units < 0;
  const s = String(Math.abs(units)).padStart(decimals + 1, '0');
  const int = s.slice(0, s.length - decimals);
  const frac = s.slice(s.length - decimals).replace(/0+$/, '');
  return (neg ? '-' : '') + (frac ? `${int}.${frac}` : int);
}
