/**
 * LOBSTER sample files (format: LOBSTER_SampleFiles_ReadMe.txt). Every field is checked; a bad
 * row is an INPUT_FILE error naming the file, the line and the field.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { BourseError } from '../../kernel/errors.ts';

export interface LobsterMessage {
  /** Seconds after midnight (exchange local time), as text to keep the nanoseconds exact. */
  time: string;
  type: number;
  orderId: number;
  size: number;
  price: number;
  direction: 1 | -1;
}

/** One orderbook row: `levels` entries per side, best first; empty levels dropped. */
export interface LobsterRow {
  asks: { price: number; size: number }[];
  bids: { price: number; size: number }[];
}

/** LOBSTER's placeholder price for an empty level (±9999999999). */
export const EMPTY_PRICE = 9999999999;

function lines(path: string): { text: string; line: number }[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new BourseError('INPUT_FILE', `${path}: ${(e as Error).message}`);
  }
  const out: { text: string; line: number }[] = [];
  const all = raw.split(/\r?\n/);
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!.trim();
    if (t === '') continue;
    // Some copies carry a header row (added by a spreadsheet): skip a first line with letters.
    if (out.length === 0 && /[A-Za-z]/.test(t)) continue;
    out.push({ text: t, line: i + 1 });
  }
  return out;
}

function int(file: string, line: number, field: string, s: string | undefined): number {
  const n = Number(s);
  if (s === undefined || s === '' || !Number.isSafeInteger(n)) {
    throw new BourseError('INPUT_FILE', `${file}:${line}: ${field} "${s ?? ''}" is not an integer`);
  }
  return n;
}

export function readMessages(path: string): LobsterMessage[] {
  const file = basename(path);
  return lines(path).map(({ text, line }) => {
    const f = text.split(',');
    if (f.length < 6) throw new BourseError('INPUT_FILE', `${file}:${line}: expected 6 columns, found ${f.length}`);
    if (!/^\d+(\.\d+)?$/.test(f[0]!)) throw new BourseError('INPUT_FILE', `${file}:${line}: time "${f[0]}" is not seconds after midnight`);
    const type = int(file, line, 'type', f[1]);
    if (![1, 2, 3, 4, 5, 7].includes(type)) throw new BourseError('INPUT_FILE', `${file}:${line}: unknown message type ${type}`);
    const direction = int(file, line, 'direction', f[5]);
    if (direction !== 1 && direction !== -1) throw new BourseError('INPUT_FILE', `${file}:${line}: direction must be 1 or -1, not ${direction}`);
    const size = int(file, line, 'size', f[3]);
    if (size < 0) throw new BourseError('INPUT_FILE', `${file}:${line}: size ${size} is negative`);
    return { time: f[0]!, type, orderId: int(file, line, 'order id', f[2]), size, price: int(file, line, 'price', f[4]), direction };
  });
}

export function readOrderbook(path: string, levels: number): LobsterRow[] {
  const file = basename(path);
  return lines(path).map(({ text, line }) => {
    const f = text.split(',');
    if (f.length !== levels * 4) {
      throw new BourseError('INPUT_FILE', `${file}:${line}: expected ${levels * 4} columns for --levels ${levels}, found ${f.length}`);
    }
    const row: LobsterRow = { asks: [], bids: [] };
    for (let k = 0; k < levels; k++) {
      const ap = int(file, line, `ask price ${k + 1}`, f[k * 4]);
      const as = int(file, line, `ask size ${k + 1}`, f[k * 4 + 1]);
      const bp = int(file, line, `bid price ${k + 1}`, f[k * 4 + 2]);
      const bs = int(file, line, `bid size ${k + 1}`, f[k * 4 + 3]);
      if (Math.abs(ap) !== EMPTY_PRICE && as > 0) row.asks.push({ price: ap, size: as });
      if (Math.abs(bp) !== EMPTY_PRICE && bs > 0) row.bids.push({ price: bp, size: bs });
    }
    return row;
  });
}

/** LOBSTER time (seconds after midnight New York time, nanosecond text) -> µs since the epoch. */
export function lobsterMicros(dayStartMicros: number, time: string): number {
  const [sec, frac = ''] = time.split('.');
  return dayStartMicros + Number(sec) * 1_000_000 + Number((frac + '000000').slice(0, 6));
}
