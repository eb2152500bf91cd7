/**
 * Bench `risk`: what pre-trade risk costs the engine's apply (docs/accounts.md). One OrderFlow
 * stream per scenario (it starts with the simulator's admin prelude: a firm and its verified
 * accounts), generated before any timing, applied by:
 *   - `risk`:     this engine, accounts in force (every order checked, holds and fills booked);
 *   - `no_risk`:  this engine on the same stream with the two admin records turned into clock
 *                 ticks, so no firm exists and the registry is not in force (the pre-accounts path);
 *   - `baseline`: with BASELINE=/path/to/another/checkout, that checkout's Engine (e.g. main
 *                 before accounts; it rejects the two admin records as BAD_COMMAND and then
 *                 applies the same orders).
 * Runs alternate between the variants (same machine noise; the order rotates each run); each
 * run is a fresh engine, the warm-up applied untimed, then OPS records timed in CPU time. Figures: median ops/s per variant and the
 * ratios risk/no_risk and risk/baseline, with the spread (max/min over runs) of each variant.
 *
 *   npm run bench -- risk            BENCH_QUICK=1 for fewer ops; BASELINE=/work/main to compare
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../server/engine/engine.ts';
import { Cmd, CmdOff, INSTRUMENT_CMD_SIZE, CMD_SIZE } from '../server/engine/commands.ts';
import { OrderFlow, SIM_ADMIN_RECORDS } from '../server/sim/flow.ts';
import { printTable, type Cell } from './lib/table.ts';
import type { Figures } from './lib/results.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const OPS = QUICK ? 100_000 : 400_000;
const RUNS = QUICK ? 5 : 11;
const SEED = 20260105;

interface EngineLike {
  apply(buf: Uint8Array, at: number): void;
  out: { clear(): void };
}
type Make = () => EngineLike;

interface Scenario { key: string; symbols: number; resting: number }
const SCENARIOS: Scenario[] = [
  { key: 'shallow', symbols: 1, resting: 1_000 },
  { key: 'multi', symbols: 100, resting: 1_000 },
];

function build(sc: Scenario): { buf: Uint8Array; warmBytes: number; warmCount: number; endBytes: number } {
  const flow = new OrderFlow({ seed: SEED, symbols: sc.symbols, restingTarget: sc.resting });
  const shadow = new Engine({ expectedOrders: sc.symbols * sc.resting * 2 });
  const records = SIM_ADMIN_RECORDS + sc.symbols * (sc.resting + 1) + OPS + 5000;
  const buf = new Uint8Array(sc.symbols * 96 + Math.ceil(records * 1.01 + 1024) * 64);
  let at = 0;
  let count = 0;
  const step = () => {
    const size = flow.next(buf, at);
    shadow.apply(buf, at);
    flow.observe(shadow.out);
    shadow.out.clear();
    at += size;
    count++;
  };
  while (!flow.warmedUp) step();
  for (let i = 0; i < 5000; i++) step();
  const warmBytes = at;
  const warmCount = count;
  for (let i = 0; i < OPS; i++) step();
  return { buf, warmBytes, warmCount, endBytes: at };
}

function apply(e: EngineLike, buf: Uint8Array, from: number, to: number): void {
  let at = from;
  let i = 0;
  while (at < to) {
    e.apply(buf, at);
    at += buf[at] === Cmd.DefineInstrument ? INSTRUMENT_CMD_SIZE : CMD_SIZE;
    if ((++i & 255) === 0) e.out.clear();
  }
  e.out.clear();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export async function runRiskBench(): Promise<Figures> {
  const variants: [string, Make][] = [
    ['risk', () => new Engine({ expectedOrders: 1 << 18 })],
    ['no_risk', () => new Engine({ expectedOrders: 1 << 18 })],
  ];
  const base = process.env.BASELINE;
  if (base) {
    const path = join(base, 'server/engine/engine.ts');
    if (!existsSync(path)) throw new Error(`BASELINE ${base} has no server/engine/engine.ts`);
    const mod = (await import(path)) as { Engine: new (o?: object) => EngineLike };
    variants.push(['baseline', () => new mod.Engine({ expectedOrders: 1 << 18 })]);
  } else console.log('BASELINE not set: no comparison with another checkout (set BASELINE=/path/to/main)');
  const figures: Figures = {};
  const rows: Cell[][] = [];
  for (const sc of SCENARIOS) {
    const s = build(sc);
    // The no-risk copy: the admin prelude's records become clock ticks (same seq and time).
    const plain = s.buf.slice();
    for (let k = 0, at = 0; k < SIM_ADMIN_RECORDS; k++, at += CMD_SIZE) {
      const seq = new DataView(plain.buffer).getFloat64(at + CmdOff.seq, true);
      const time = new DataView(plain.buffer).getFloat64(at + CmdOff.time, true);
      plain.fill(0, at, at + CMD_SIZE);
      plain[at + CmdOff.type] = Cmd.ClockTick;
      new DataView(plain.buffer).setFloat64(at + CmdOff.seq, seq, true);
      new DataView(plain.buffer).setFloat64(at + CmdOff.time, time, true);
    }
    const rates = new Map<string, number[]>(variants.map(([n]) => [n, []]));
    for (let run = 0; run < RUNS; run++) {
      // Rotate the order each run, so no variant always runs first (or right after a GC-heavy one).
      for (let v = 0; v < variants.length; v++) {
        const [name, make] = variants[(v + run) % variants.length]!;
        const buf = name === 'no_risk' ? plain : s.buf;
        const e = make();
        apply(e, buf, 0, s.warmBytes);
        // CPU time of this process (one thread): time the scheduler gave to other processes on
        // the shared machine does not count against the variant that happened to run then.
        const c0 = process.cpuUsage();
        apply(e, buf, s.warmBytes, s.endBytes);
        const c = process.cpuUsage(c0);
        rates.get(name)!.push(OPS / ((c.user + c.system) / 1e6));
      }
    }
    for (const [name] of variants) {
      const r = rates.get(name)!;
      figures[`${sc.key}_${name}_ops_per_s`] = Math.round(median(r));
      figures[`${sc.key}_${name}_spread`] = +(Math.max(...r) / Math.min(...r)).toFixed(3);
      rows.push([sc.key, name, Math.round(median(r)), +(Math.max(...r) / Math.min(...r)).toFixed(3)]);
    }
    figures[`${sc.key}_risk_vs_no_risk`] = +(figures[`${sc.key}_risk_ops_per_s`]! / figures[`${sc.key}_no_risk_ops_per_s`]!).toFixed(3);
    if (base) figures[`${sc.key}_risk_vs_baseline`] = +(figures[`${sc.key}_risk_ops_per_s`]! / figures[`${sc.key}_baseline_ops_per_s`]!).toFixed(3);
    if (base) figures[`${sc.key}_no_risk_vs_baseline`] = +(figures[`${sc.key}_no_risk_ops_per_s`]! / figures[`${sc.key}_baseline_ops_per_s`]!).toFixed(3);
  }
  printTable(['scenario', 'engine', 'median ops/s', 'max/min'], rows);
  return figures;
}
