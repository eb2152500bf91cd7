/**
 * `bourse candles`: build OHLCV bars from an external trade tape through the same CandleBuilder
 * the MDP runs, and write them as CSV (exact decimals). Every closed bar is written, empty ones
 * included once the first trade has happened, then the bar still open at the end of the tape.
 */
import { basename } from 'node:path';
import { formatDecimal } from '../../kernel/decimal.ts';
import { BourseError } from '../../kernel/errors.ts';
import { BarKind, CandleBuilder, expandRuns, INTERVALS, intervalIndex, type CandleSink } from '../../mdp/candles.ts';
import { readTapeTrades, scanTape, tapeScales } from '../../bars/tape.ts';
import { BARS_CSV_HEADER } from '../../http/schemas.ts';
import type { CommandSpec, Flags } from '../flags.ts';
import { OutputFile } from '../output-file.ts';

/** One CSV row; times in µs become ms (every interval is a whole number of seconds). */
export function candleCsvRow(
  openTime: number, open: number, high: number, low: number, close: number,
  volume: number, trades: number, priceDecimals: number, qtyDecimals: number,
): string {
  return `${openTime / 1000},${formatDecimal(open, priceDecimals)},${formatDecimal(high, priceDecimals)},` +
    `${formatDecimal(low, priceDecimals)},${formatDecimal(close, priceDecimals)},${formatDecimal(volume, qtyDecimals)},${trades}\n`;
}

/** Buffered output to a file (OutputFile: FILE.tmp renamed at the end; OUTPUT_FILE on failure) or to stdout. */
class Output {
  private buf = '';
  private readonly file: OutputFile | undefined;

  /** stdout closed by the reader (`| head`): drop the rest quietly (the CLI then exits 141: cli.ts). */
  private piped = false;
  private stdoutError: Error | undefined;
  private readonly onStdoutError = (e: NodeJS.ErrnoException): void => {
    if (e.code === 'EPIPE') this.piped = true;
    else this.stdoutError = e;
  };

  constructor(path: string | undefined) {
    this.file = path === undefined ? undefined : OutputFile.open(path);
    if (this.file === undefined) process.stdout.on('error', this.onStdoutError);
  }
  write(s: string): void {
    if (this.file) {
      this.file.write(s);
      return;
    }
    this.buf += s;
    if (this.buf.length >= 1 << 16) this.flush();
  }
  private flush(): void {
    if (this.buf === '') return;
    if (!this.piped) process.stdout.write(this.buf);
    this.buf = '';
  }
  async end(): Promise<void> {
    if (this.file) this.file.end();
    else {
      this.flush();
      if (!this.piped && process.stdout.writableNeedDrain) {
        await new Promise<void>((resolve) => {
          const done = (): void => {
            process.stdout.off('drain', done);
            process.stdout.off('error', done);
            resolve();
          };
          process.stdout.on('drain', done).on('error', done);
        });
      }
      process.stdout.off('error', this.onStdoutError);
      if (this.stdoutError) throw new BourseError('OUTPUT_FILE', `cannot write to stdout: ${this.stdoutError.message}`);
    }
  }
  abort(): void {
    if (this.file) this.file.abort();
    else process.stdout.off('error', this.onStdoutError);
  }
}

async function run(flags: Flags): Promise<number> {
  const tradesPath = flags.trades as string;
  const iv = intervalIndex(flags.interval as string);
  const opts: { tick?: string; lot?: string } = {};
  if (flags.tick !== undefined) opts.tick = flags.tick as string;
  if (flags.lot !== undefined) opts.lot = flags.lot as string;

  const out = new Output(flags.out as string | undefined);
  let pd = 0;
  let qd = 0;
  let bars = 0;
  let empty = 0;
  const sink: Pick<CandleSink, 'bar'> = {
    bar(kind, _symbol, _interval, openTime, open, high, low, close, volume, trades) {
      if (kind !== BarKind.Closed) return;
      bars++;
      if (trades === 0) empty++;
      out.write(candleCsvRow(openTime, open, high, low, close, volume, trades, pd, qd));
    },
  };
  const builder = new CandleBuilder(expandRuns(sink), [iv]);
  try {
    out.write(`${BARS_CSV_HEADER}\n`);
    // Decimals must be known before the first row is printed: scan first unless both are given.
    const summary = opts.tick === undefined || opts.lot === undefined ? await scanTape(tradesPath) : undefined;
    const scales = tapeScales(summary, opts);
    pd = scales.priceDecimals;
    qd = scales.qtyDecimals;
    const read = await readTapeTrades(tradesPath, scales, (timeUs, price, qty) => {
      builder.onTrade(0, price, qty, timeUs);
    });
    const last = builder.current(0, iv);
    let tail = '';
    if (last) {
      bars++;
      out.write(candleCsvRow(last.openTime, last.open, last.high, last.low, last.close, last.volume, last.trades, pd, qd));
      tail = `, the last one (${new Date(last.openTime / 1000).toISOString()}) still open at the end of the tape`;
    }
    await out.end();
    process.stderr.write(
      `bourse candles: ${bars} ${INTERVALS[iv]!.name} bars (${empty} empty${tail}) from ${read.rows} trades read ` +
        `(${basename(tradesPath)}: ${read.format}${read.gzip ? ', gzip' : ''}; price decimals ${pd}, qty decimals ${qd})\n`,
    );
    return 0;
  } catch (e) {
    out.abort();
    throw e;
  }
}

export const candles: CommandSpec = {
  name: 'candles',
  summary: 'build OHLCV bars from a trade tape (CSV, ccxt/Binance JSON; gzip ok) and write them as CSV',
  flags: {
    trades: { kind: 'path', required: true, help: 'trade tape: CSV with header time,price,qty, or ccxt / compact Binance JSON' },
    interval: { kind: 'string', required: true, choices: INTERVALS.map((i) => i.name), help: `bar interval: ${INTERVALS.map((i) => i.name).join(', ')}` },
    tick: { kind: 'string', help: 'price tick, e.g. 0.00000001 (default: the most decimals any price in the tape has)' },
    lot: { kind: 'string', help: 'quantity step, e.g. 0.001 (default: the most decimals any quantity in the tape has)' },
    out: { kind: 'path', help: 'output CSV file (default: stdout)' },
  },
  run,
};
