import { join } from 'node:path';
import type { CommandSpec } from '../flags.ts';
import { Side } from '../../kernel/types.ts';
import { formatDecimal } from '../../kernel/decimal.ts';
import type { Engine } from '../../engine/engine.ts';
import { Sequencer } from '../../sequencer/sequencer.ts';
import { Journal } from '../../sequencer/journal.ts';
import { recover } from '../../sequencer/recovery.ts';
import { OrderFlow } from '../../gateway/flow.ts';

/** Wall clock in µs: the one clock read of a live core (the sequencer calls it once per input). */
const wallClock = () => Math.floor((performance.timeOrigin + performance.now()) * 1000);

export const start: CommandSpec = {
  name: 'start',
  summary: 'run the exchange core under the built-in order-flow simulator, printing throughput and top of book',
  flags: {
    data: { kind: 'path', default: './data', help: 'data directory (the journal lives in DATA/journal)' },
    rate: { kind: 'int', default: 50_000, min: 1, max: 5_000_000, help: 'simulated inputs per second' },
    symbols: { kind: 'int', default: 8, min: 1, max: 1000, help: 'instruments the simulator trades' },
    seed: { kind: 'int', default: 1, min: 0, max: 2 ** 32 - 1, help: 'simulator seed' },
    seconds: { kind: 'int', default: 0, min: 0, help: 'stop after this many seconds (0: run until Ctrl-C)' },
    show: { kind: 'int', default: 4, min: 0, max: 20, help: 'symbols shown in the live top of book' },
  },
  async run(flags) {
    const dir = join(flags.data as string, 'journal');
    const journal = Journal.open({ dir });
    const rec = recover(journal);
    const engine = rec.engine;
    const symbols = flags.symbols as number;
    console.log(`bourse: journal ${dir} (recovered to seq ${engine.lastSeq}: snapshot ${rec.snapshotSeq} + ${rec.replayed} replayed)`);
    // A restarted exchange keeps its instruments: the simulator skips its definitions then.
    const defined = engine.symbols().length >= symbols;
    // A new seed per restart: the same seed would replay the same orders again.
    const flow = new OrderFlow({ seed: ((flags.seed as number) + engine.lastSeq) >>> 0, symbols, startSeq: engine.lastSeq + 1 - (defined ? symbols : 0) });
    const scratch = new Uint8Array(96);
    if (defined) for (let k = 0; k < symbols; k++) flow.next(scratch, 0);
    const seqr = new Sequencer({ engine, clock: wallClock, journal });
    const rate = flags.rate as number;
    const t0 = performance.now();
    let sent = 0;
    let lastReport = t0;
    let lastSeq = engine.lastSeq;
    let lastEvents = engine.lastEventSeq;
    let stop = false;
    const onSig = () => { stop = true; };
    process.once('SIGINT', onSig);
    process.once('SIGTERM', onSig);
    const limit = (flags.seconds as number) * 1000;
    console.log(`bourse: running ${symbols} symbols at ${rate} inputs/s; Ctrl-C stops`);
    while (!stop) {
      const now = performance.now();
      if (limit > 0 && now - t0 >= limit) break;
      const due = Math.min(Math.floor(((now - t0) / 1000) * rate) - sent, 20_000);
      for (let k = 0; k < due; k++) {
        flow.next(scratch, 0);
        seqr.submit(scratch, 0);
      }
      sent += due;
      seqr.commit();
      if (now - lastReport >= 1000) {
        const secs = (now - lastReport) / 1000;
        report(engine, (engine.lastSeq - lastSeq) / secs, (engine.lastEventSeq - lastEvents) / secs, flags.show as number);
        lastReport = now;
        lastSeq = engine.lastSeq;
        lastEvents = engine.lastEventSeq;
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    seqr.commit();
    journal.close();
    console.log(`bourse: stopped at seq ${engine.lastSeq}`);
  },
};

function report(engine: Engine, inputsPerS: number, eventsPerS: number, show: number): void {
  const lines = [`inputs/s ${Math.round(inputsPerS).toLocaleString('en-US')}  events/s ${Math.round(eventsPerS).toLocaleString('en-US')}  resting ${engine.restingOrders.toLocaleString('en-US')}  seq ${engine.lastSeq}`];
  for (const sym of engine.symbols().slice(0, show)) {
    const inst = engine.instrument(sym)!;
    const px = (p: number | undefined) => (p === undefined ? '-' : formatDecimal(p, inst.priceDecimals));
    const bid = engine.depth(sym, Side.Buy, 1)[0];
    const ask = engine.depth(sym, Side.Sell, 1)[0];
    lines.push(`  ${inst.name.padEnd(6)} ${String(bid?.qty ?? 0).padStart(7)} ${px(bid?.price).padStart(9)} x ${px(ask?.price).padEnd(9)} ${String(ask?.qty ?? 0).padEnd(7)} last ${px(inst.lastPrice)}${inst.status === 2 ? ' HALTED' : ''}`);
  }
  console.log(lines.join('\n'));
}
