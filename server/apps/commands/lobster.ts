import { createWriteStream } from 'node:fs';
import { basename } from 'node:path';
import type { CommandSpec } from '../flags.ts';
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
    const day = (flags.date as string | undefined) ?? /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1] ?? '1970-01-01';
    // LOBSTER times are seconds after midnight in New York; midnight there is 04:00 or 05:00 UTC.
    const dayStartMicros = nyMidnightMicros(day);
    const messages = readMessages(messagesPath);
    const rows = readOrderbook(flags.orderbook as string, levels);
    const out = flags.out ? createWriteStream(flags.out as string) : undefined;
    const mdp = flags.via === 'mdp' ? new Mdp() : undefined;
    const res = replayLobster(messages, rows, {
      symbol,
      levels,
      dayStartMicros,
      onEvents: mdp ? (log) => { mdp.consumeLog(log); mdp.out.clear(); } : undefined,
      view: mdp ? () => ({ levels: (side, max) => mdp.books.depth(1, side, max) }) : undefined,
      onRow: out ? (r) => out.write(formatRow(r, levels) + '\n') : undefined,
    });
    if (out) await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    if (res.firstMismatch) console.log(`first mismatch: ${res.firstMismatch}`);
    console.log(`via=${flags.via as string} inputs=${res.inputs} requeues=${res.requeues} wrong_maker=${res.wrongMaker}`);
    console.log(`rows=${res.rows} mismatches=${res.mismatches} refills=${res.refills}`);
    return res.mismatches === 0 ? 0 : 1;
  },
};

function nyMidnightMicros(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // US daylight time runs from the second Sunday of March to the first Sunday of November.
  const dstStart = Date.UTC(y, 2, 8 + ((7 - new Date(Date.UTC(y, 2, 8)).getUTCDay()) % 7));
  const dstEnd = Date.UTC(y, 10, 1 + ((7 - new Date(Date.UTC(y, 10, 1)).getUTCDay()) % 7));
  const t = Date.UTC(y, m - 1, d);
  const offsetHours = t >= dstStart && t < dstEnd ? 4 : 5;
  return (t + offsetHours * 3_600_000) * 1000;
}
