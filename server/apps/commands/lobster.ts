import { basename } from 'node:path';
import { BourseError } from '../../kernel/errors.ts';
import type { CommandSpec } from '../flags.ts';
import { OutputFile } from '../output-file.ts';
import { readMessages, readOrderbook } from '../lobster/files.ts';
import { replayLobster, formatRow } from '../lobster/replay.ts';
import { Mdp } from '../../mdp/mdp.ts';

export const lobster: CommandSpec = {
  name: 'lobster',
  summary: 'replay a LOBSTER sample through the sequencer and engine, comparing the book after every message',
  flags: {
    messages: { kind: 'path', required: true, help: 'LOBSTER message file (..._message_N.csv)' },
    orderbook: { kind: 'path', required: true, help: 'LOBSTER orderbook file (..._orderbook_N.csv)' },
    levels: { kind: 'int', required: true, min: 1, max: 200, help: 'levels per side in the orderbook file' },
    out: { kind: 'path', help: "write the engine's top-N book after every message, in LOBSTER's orderbook format" },
    symbol: { kind: 'string', help: 'symbol name (default: from the file name)' },
    date: { kind: 'string', help: 'trading day YYYY-MM-DD (default: from the file name)' },
    via: { kind: 'string', default: 'mdp', choices: ['mdp', 'engine'], help: "whose book is compared: the market-data publisher's L2 book, or the engine's" },
  },
  async run(flags) {
    const messagesPath = flags.messages as string;
    const levels = flags.levels as number;
    const name = basename(messagesPath);
    const symbol = (flags.symbol as string | undefined) ?? /^([A-Z0-9.]+)_/.exec(name)?.[1] ?? 'LOBSTER';
    const fromName = /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1];
    const day = (flags.date as string | undefined) ?? fromName ?? '1970-01-01';
    const problem = dayProblem(day);
    if (problem) {
      throw flags.date !== undefined
        ? new BourseError('CLI_BAD_VALUE', `--date "${day.slice(0, 40)}" ${problem}`)
        : new BourseError('INPUT_FILE', `${name}: the date ${day} in the file name ${problem} (pass --date YYYY-MM-DD)`);
    }
    // LOBSTER times are seconds after midnight in New York; midnight there is 04:00 or 05:00 UTC.
    const dayStartMicros = nyMidnightMicros(day);
    const messages = readMessages(messagesPath);
    const rows = readOrderbook(flags.orderbook as string, levels);
    // LOBSTER writes one orderbook row per message: other counts mean mismatched or cut files.
    if (messages.length === 0) throw new BourseError('INPUT_FILE', `${name}: no messages`);
    if (rows.length !== messages.length) {
      throw new BourseError('INPUT_FILE', `${basename(flags.orderbook as string)} has ${rows.length} rows but ${name} has ${messages.length} messages (LOBSTER writes one row per message: mismatched or truncated files?)`);
    }
    const out = flags.out ? OutputFile.open(flags.out as string) : undefined;
    const mdp = flags.via === 'mdp' ? new Mdp() : undefined;
    let res;
    try {
      res = replayLobster(messages, rows, {
        symbol,
        levels,
        dayStartMicros,
        onEvents: mdp ? (log) => { mdp.consumeLog(log); mdp.out.clear(); } : undefined,
        view: mdp ? () => ({ levels: (side, max) => mdp.books.depth(1, side, max) }) : undefined,
        onRow: out ? (r) => out.write(formatRow(r, levels) + '\n') : undefined,
      });
      out?.end();
    } catch (e) {
      out?.abort();
      throw e;
    }
    if (res.firstMismatch) console.log(`first mismatch: ${res.firstMismatch}`);
    console.log(`via=${flags.via as string} inputs=${res.inputs} requeues=${res.requeues} wrong_maker=${res.wrongMaker}`);
    console.log(`rows=${res.rows} mismatches=${res.mismatches} refills=${res.refills}`);
    return res.mismatches === 0 ? 0 : 1;
  },
};

/** What is wrong with a trading day YYYY-MM-DD (2012-13-45: month 13), or undefined. */
function dayProblem(day: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return 'is not a date YYYY-MM-DD';
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  if (y < 1970) return `is before 1970`;
  if (mo < 1 || mo > 12) return `has month ${m[2]}: months are 01 to 12`;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return `has day ${m[3]}: ${m[1]}-${m[2]} has days 01 to ${days}`;
  return undefined;
}

function nyMidnightMicros(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // US daylight time runs from the second Sunday of March to the first Sunday of November.
  const dstStart = Date.UTC(y, 2, 8 + ((7 - new Date(Date.UTC(y, 2, 8)).getUTCDay()) % 7));
  const dstEnd = Date.UTC(y, 10, 1 + ((7 - new Date(Date.UTC(y, 10, 1)).getUTCDay()) % 7));
  const t = Date.UTC(y, m - 1, d);
  const offsetHours = t >= dstStart && t < dstEnd ? 4 : 5;
  return (t + offsetHours * 3_600_000) * 1000;
}
