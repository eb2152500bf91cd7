/**
 * `bourse bars import`: an external trade tape (the formats of `bourse candles`) through the
 * CandleBuilder into the bars store, all six intervals, so analysts can backfill history.
 * `bourse bars rebuild`: every bar again from the journal, identical to the live rows.
 */
import { basename } from 'node:path';
import { BourseError } from '../../kernel/errors.ts';
import { formatDecimal, parseDecimal } from '../../kernel/decimal.ts';
import { BarKind, CandleBuilder, expandRuns, INTERVALS, type CandleSink } from '../../mdp/candles.ts';
import { readTapeTrades, scanTape, tapeScales, type TapeRead, type TapeScales } from '../../bars/tape.ts';
import { openStore } from '../../bars/open.ts';
import { isInstrumentName, type BarRow, type BarsStore, type Instrument } from '../../bars/store.ts';
import { rebuildBars } from '../runtime/rebuild.ts';
import { Progress } from '../runtime/progress.ts';
import { Journal } from '../../sequencer/journal.ts';
import { lostTail } from '../../sequencer/recovery.ts';
import { tornTailNote } from './replay.ts';
import type { CommandSpec, Flags } from '../flags.ts';

const WRITE_BATCH = 8192;

export interface ImportResult {
  readonly instrument: Instrument;
  readonly created: boolean;
  readonly read: TapeRead;
  /** Bars written per interval name (closed ones plus the one still open at the end of the tape). */
  readonly bars: Record<string, number>;
}

/** The instrument's scales, checking --tick / --lot against a stored instrument. */
function scalesOf(inst: Instrument, tick: string | undefined, lot: string | undefined): TapeScales {
  const same = (flag: string, text: string, decimals: number, units: number) => {
    let v: number;
    try {
      v = parseDecimal(text, decimals, `--${flag}`);
    } catch {
      v = NaN;
    }
    if (v !== units) {
      throw new BourseError('CLI_BAD_VALUE', `--${flag} ${text} differs from the stored ${inst.name}'s ${flag} ${formatDecimal(units, decimals)} (bars of one instrument share one scale)`);
    }
  };
  if (tick !== undefined) same('tick', tick, inst.priceDecimals, inst.tick);
  if (lot !== undefined) same('lot', lot, inst.qtyDecimals, inst.lot);
  return { priceDecimals: inst.priceDecimals, qtyDecimals: inst.qtyDecimals, tick: inst.tick, lot: inst.lot };
}

export async function importTape(
  store: BarsStore,
  o: { trades: string; symbol: string; tick?: string | undefined; lot?: string | undefined; currency?: string | undefined },
): Promise<ImportResult> {
  if (!isInstrumentName(o.symbol)) throw new BourseError('CLI_BAD_VALUE', `--symbol "${o.symbol}" must be A-Z 0-9 . _ / -, 1 to 16 characters, starting with a letter or digit`);
  const currency = o.currency ?? '';
  if (!/^[A-Z]{0,8}$/.test(currency)) throw new BourseError('CLI_BAD_VALUE', `--currency "${currency}" must be up to 8 letters A-Z`);
  const existing = await store.instrument(o.symbol);
  let inst: Instrument;
  let scales: TapeScales;
  if (existing) {
    scales = scalesOf(existing, o.tick, o.lot);
    inst = existing;
  } else {
    const summary = o.tick === undefined || o.lot === undefined ? await scanTape(o.trades) : undefined;
    scales = tapeScales(summary, { ...(o.tick !== undefined ? { tick: o.tick } : {}), ...(o.lot !== undefined ? { lot: o.lot } : {}) });
    inst = { name: o.symbol, priceDecimals: scales.priceDecimals, qtyDecimals: scales.qtyDecimals, tick: scales.tick, lot: scales.lot, currency };
    await store.upsertInstruments([inst]);
  }
  const counts: Record<string, number> = Object.fromEntries(INTERVALS.map((i) => [i.name, 0]));
  let batch: BarRow[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  let failure: unknown;
  const flush = (): void => {
    const rows = batch;
    batch = [];
    chain = chain.then(() => (failure === undefined ? store.writeBars(rows) : 0)).catch((e: unknown) => {
      failure ??= e;
    });
  };
  const add = (iv: number, t: number, open: number, high: number, low: number, close: number, volume: number, trades: number, notional: number) => {
    const name = INTERVALS[iv]!.name;
    counts[name]!++;
    batch.push({ symbol: inst.name, interval: name, openTime: t / 1000, open, high, low, close, volume, trades, notional });
    if (batch.length >= WRITE_BATCH) flush();
  };
  const sink: Pick<CandleSink, 'bar'> = {
    bar(kind, _sym, iv, t, open, high, low, close, volume, trades, notional) {
      if (kind === BarKind.Closed) add(iv, t, open, high, low, close, volume, trades, notional);
    },
  };
  const builder = new CandleBuilder(expandRuns(sink));
  const progress = new Progress('bourse bars import', 0, { unit: 'trades', from: 0 });
  let n = 0;
  const read = await readTapeTrades(o.trades, scales, (us, price, qty) => {
    if (failure !== undefined) throw failure;
    builder.onTrade(0, price, qty, us);
    if ((++n & 4095) === 0) progress.update(n);
  });
  progress.done(n);
  // The bar still open at the end of the tape is written too (Binance's klines do the same);
  // a longer tape imported later overwrites it.
  for (let iv = 0; iv < INTERVALS.length; iv++) {
    const b = builder.current(0, iv);
    if (b) add(iv, b.openTime, b.open, b.high, b.low, b.close, b.volume, b.trades, b.notional);
  }
  flush();
  await chain;
  if (failure !== undefined) throw failure;
  return { instrument: inst, created: !existing, read, bars: counts };
}

const storeFlag = { kind: 'string', help: 'bars store: postgres://user@host:port/db, or sqlite:FILE (default: DATA/bars.sqlite)' } as const;
const dataFlag = { kind: 'path', default: './data', help: 'data directory (the SQLite store is DATA/bars.sqlite)' } as const;

export const barsImport: CommandSpec = {
  name: 'bars import',
  summary: 'load a trade tape (CSV, ccxt/Binance JSON; gzip ok) into the bars store, all intervals',
  flags: {
    trades: { kind: 'path', required: true, help: 'trade tape: CSV with header time,price,qty, or ccxt / compact Binance JSON' },
    symbol: { kind: 'string', required: true, help: 'instrument name the bars are stored under (created when unknown)' },
    tick: { kind: 'string', help: 'price tick of a new instrument, e.g. 0.00000001 (default: the most decimals any price in the tape has)' },
    lot: { kind: 'string', help: 'quantity step of a new instrument (default: the most decimals any quantity in the tape has)' },
    currency: { kind: 'string', help: 'quote currency of a new instrument, e.g. ETH' },
    data: dataFlag,
    store: storeFlag,
  },
  async run(flags: Flags) {
    const store = await openStore({ data: flags.data as string, url: flags.store as string | undefined });
    try {
      const t0 = performance.now();
      const r = await importTape(store, {
        trades: flags.trades as string, symbol: flags.symbol as string,
        tick: flags.tick as string | undefined, lot: flags.lot as string | undefined, currency: flags.currency as string | undefined,
      });
      const per = INTERVALS.map((i) => `${i.name} ${r.bars[i.name]}`).join(', ');
      const total = Object.values(r.bars).reduce((a, b) => a + b, 0);
      console.log(
        `bars import: ${r.instrument.name}${r.created ? ' (new instrument)' : ''} from ${basename(flags.trades as string)} ` +
          `(${r.read.format}${r.read.gzip ? ', gzip' : ''}): ${r.read.rows} trades -> ${total} bars (${per}; the last of each still open at the end of the tape) ` +
          `into ${store.kind} ${store.location} in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
      );
    } finally {
      await store.close();
    }
  },
};

export const barsRebuild: CommandSpec = {
  name: 'bars rebuild',
  summary: 'replay the journal through the engine and MDP and write every closed bar to the bars store',
  flags: {
    journal: { kind: 'path', required: true, help: 'journal directory' },
    data: dataFlag,
    store: storeFlag,
    currency: { kind: 'string', help: 'quote currency recorded for the instruments (the market-data stream carries none)' },
  },
  async run(flags: Flags) {
    const currency = (flags.currency as string | undefined) ?? '';
    if (!/^[A-Z]{0,8}$/.test(currency)) throw new BourseError('CLI_BAD_VALUE', `--currency "${currency}" must be up to 8 letters A-Z`);
    // Read-only, like replay: the journal is only read (no lock, no truncation, nothing created).
    const journal = Journal.open({ dir: flags.journal as string, readOnly: true });
    const torn = tornTailNote('bars rebuild', journal);
    if (torn) console.error(torn);
    const lost = lostTail(journal); // reported; the bars of what is left are still rebuilt
    if (lost) console.error(`bourse bars rebuild: ${lost.message}`);
    try {
      const store = await openStore({ data: flags.data as string, url: flags.store as string | undefined });
      try {
        const progress = new Progress('bourse bars rebuild', journal.lastSeq, { from: 0 });
        const r = await rebuildBars({ journal, store, currency, onProgress: (p) => progress.update(p.lastSeq) });
        progress.done(r.lastSeq, `${r.bars} bars`);
        console.log(
          `bars rebuild: ${r.inputs} inputs (to seq ${r.lastSeq}), ${r.mdRecords} md records -> ${r.bars} bars of ${r.instruments} instruments ` +
            `into ${store.kind} ${store.location} in ${r.seconds.toFixed(2)} s`,
        );
      } finally {
        await store.close();
      }
    } finally {
      journal.close();
    }
    return lost ? 2 : 0;
  },
};
