/**
 * Bench `engine`: the matching engine alone on the OrderFlow workload, against nodejs-order-book
 * on the same command stream, in the same run.
 *
 *   npm run bench -- engine          (BENCH_QUICK=1 for a ~20 s smoke run with fewer ops)
 *
 * For each scenario the stream is generated BEFORE any timing into one buffer, already stamped
 * (seq, time): instruments, the warm-up to the resting target, SETTLE steady-state records, then
 * OPS timed records. It is generated with a shadow engine whose events are fed back to the
 * flow (OrderFlow.observe), so cancels name live orders as a trader's would. Each run builds a
 * fresh engine, applies the untimed prefix, then times the OPS records (events cleared every 256
 * applies, as a driver would drain them). ops/s is the median of RUNS runs.
 * The peer is 20x to 1000x slower (its price levels are queues searched linearly on cancel), so
 * it keeps ONE book set per scenario, warmed once on the same prefix, and each of its RUNS runs
 * times the next segment of the timed stream: the first run as many ops as fit in
 * PEER_BUDGET_MS, the others the same count. Peer and our runs alternate (same machine noise);
 * ratio_vs_peer divides our rate over the part of the stream the peer covered by its rate.
 *
 * Latency: a separate pass times every single apply with performance.now(); the median cost of
 * an empty timer pair is measured the same way and subtracted (timer_overhead_ns).
 * replay_inputs_per_s: the shallow stream is written to a Journal (fsync off), reopened, and
 * Journal.replay feeds Engine.apply; the replayed state is checked against the live one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../server/engine/engine.ts';
import { Cmd, CMD_SIZE, INSTRUMENT_CMD_SIZE, cmdSize } from '../server/engine/commands.ts';
import { Ev, evType } from '../server/engine/events.ts';
import { Journal } from '../server/sequencer/journal.ts';
import { OrderFlow } from '../server/sim/flow.ts';
import { Histogram } from '../server/kernel/histogram.ts';
import { printTable, type Cell } from './lib/table.ts';
import type { Figures } from './lib/results.ts';
import type { Bench } from './run.ts';
import { PeerRunner, PeerTranslator, type PeerProgram } from './peer/nodejs-order-book.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const SEED = 20260105;
const OPS = QUICK ? 200_000 : 1_000_000;
const RUNS = QUICK ? 3 : 5;
const PEER_BUDGET_MS = QUICK ? 300 : 1500;
const PEER_CHUNK = 1000;
const SETTLE = 5_000;
const CLEAR_EVERY = 256;
const DEFINE = Cmd.DefineInstrument; // local constants: no module-binding load per op
const DEFINE_SIZE = INSTRUMENT_CMD_SIZE;
const ORDER_SIZE = CMD_SIZE;

interface Scenario {
  key: string;
  label: string;
  symbols: number;
  resting: number;
}

const SCENARIOS: readonly Scenario[] = [
  { key: 'shallow', label: '1 symbol, ~1k resting', symbols: 1, resting: 1_000 },
  { key: 'deep', label: '1 symbol, ~100k resting', symbols: 1, resting: 100_000 },
  { key: 'multi', label: '100 symbols, ~1k resting each', symbols: 100, resting: 1_000 },
];

/** A pre-generated, stamped stream: [0, warmBytes) untimed, then `timed` records. */
interface Stream {
  buf: Uint8Array;
  warmCount: number;
  warmBytes: number;
  timed: number;
  endBytes: number;
  /** State of the shadow engine after the whole stream (the reference for replay). */
  finalState: Uint8Array;
  finalResting: number;
  /** Events per 1000 timed inputs, by kind. */
  perK: Record<'trades' | 'rejects' | 'cancels' | 'accepted', number>;
  mix: Record<'new' | 'cancel' | 'modify' | 'other', number>;
}

function buildStream(sc: Scenario, timed: number): Stream {
  const flow = new OrderFlow({ seed: SEED, symbols: sc.symbols, restingTarget: sc.resting });
  const shadow = new Engine({ expectedOrders: sc.symbols * sc.resting * 2 });
  // Instruments, orders, and a clock tick per ~20k records (at 200k inputs/s, 100 ms ticks).
  const records = sc.symbols * sc.resting + SETTLE + timed;
  const buf = new Uint8Array(sc.symbols * 96 + Math.ceil(records * 1.01 + 1024) * 64);
  let at = 0;
  let count = 0;
  const step = (): void => {
    const size = flow.next(buf, at);
    shadow.apply(buf, at);
    flow.observe(shadow.out);
    shadow.out.clear();
    at += size;
    count++;
  };
  while (!flow.warmedUp) step();
  for (let i = 0; i < SETTLE; i++) step();
  const warmCount = count;
  const warmBytes = at;
  const ev = new Float64Array(16);
  const mix = { new: 0, cancel: 0, modify: 0, other: 0 };
  for (let i = 0; i < timed; i++) {
    const size = flow.next(buf, at);
    const t = buf[at]!;
    mix[t === Cmd.NewOrder ? 'new' : t === Cmd.Cancel ? 'cancel' : t === Cmd.Modify ? 'modify' : 'other']++;
    shadow.apply(buf, at);
    const out = shadow.out;
    for (let k = 0; k < out.count; k++) ev[evType(out.i32, k)]!++;
    flow.observe(out);
    out.clear();
    at += size;
  }
  const k = 1000 / timed;
  return {
    buf,
    warmCount,
    warmBytes,
    timed,
    endBytes: at,
    finalState: shadow.stateBytes(),
    finalResting: shadow.restingOrders,
    perK: { trades: ev[Ev.Trade]! * k, rejects: ev[Ev.Rejected]! * k, cancels: ev[Ev.Cancelled]! * k, accepted: ev[Ev.Accepted]! * k },
    mix: { new: mix.new / timed, cancel: mix.cancel / timed, modify: mix.modify / timed, other: mix.other / timed },
  };
}

/** Apply records [from, from+count) of buf; events cleared every CLEAR_EVERY. */
function applyRange(engine: Engine, buf: Uint8Array, from: number, count: number): number {
  let at = from;
  const out = engine.out;
  for (let i = 0; i < count; i++) {
    engine.apply(buf, at);
    at += buf[at] === DEFINE ? DEFINE_SIZE : ORDER_SIZE;
    if ((i & (CLEAR_EVERY - 1)) === CLEAR_EVERY - 1) out.clear();
  }
  out.clear();
  return at;
}

/** One timed run of ours: [ms for all timed records, ms for the first `prefix`]. */
function runOurs(s: Stream, sc: Scenario, prefix: number): { ms: number; prefixMs: number; engine: Engine } {
  const engine = new Engine({ expectedOrders: sc.symbols * sc.resting * 2 });
  applyRange(engine, s.buf, 0, s.warmCount);
  const buf = s.buf;
  const out = engine.out;
  let at = s.warmBytes;
  let tPrefix = 0;
  const t0 = performance.now();
  for (let i = 0; i < s.timed; i++) {
    engine.apply(buf, at);
    at += buf[at] === DEFINE ? DEFINE_SIZE : ORDER_SIZE;
    if ((i & (CLEAR_EVERY - 1)) === CLEAR_EVERY - 1) out.clear();
    if (i + 1 === prefix) tPrefix = performance.now();
  }
  const t1 = performance.now();
  out.clear();
  return { ms: t1 - t0, prefixMs: tPrefix - t0, engine };
}

/** The peer's books, warmed once; segments of the timed stream are translated untimed, run timed. */
class PeerSession {
  readonly runner = new PeerRunner();
  private readonly tr = new PeerTranslator();
  private readonly buf: Uint8Array;
  private at: number;
  private left: number;
  done = 0;

  constructor(s: Stream) {
    this.buf = s.buf;
    this.runner.run(this.tr.translate(s.buf, 0, s.warmCount));
    this.runner.errors = 0;
    this.at = s.warmBytes;
    this.left = s.timed;
  }

  /** Time the next `n` ops, stopping early once `budgetMs` of peer time is spent. */
  segment(n: number, budgetMs = Infinity): { ops: number; ms: number } {
    let ops = 0;
    let ms = 0;
    while (ops < n && ms < budgetMs && this.left > 0) {
      const k = Math.min(PEER_CHUNK, n - ops, this.left);
      const p: PeerProgram = this.tr.translate(this.buf, this.at, k);
      this.at = p.end;
      const t0 = performance.now();
      this.runner.run(p);
      ms += performance.now() - t0;
      ops += k;
      this.left -= k;
    }
    this.done += ops;
    return { ops, ms };
  }
}

/** Per-apply latency (ns histogram) and the empty-timer histogram, over the timed records. */
function latency(s: Stream, sc: Scenario): { ops: Histogram; timer: Histogram } {
  const engine = new Engine({ expectedOrders: sc.symbols * sc.resting * 2 });
  applyRange(engine, s.buf, 0, s.warmCount);
  const ops = new Histogram();
  const timer = new Histogram();
  const buf = s.buf;
  const out = engine.out;
  let at = s.warmBytes;
  for (let i = 0; i < s.timed; i++) {
    const t0 = performance.now();
    engine.apply(buf, at);
    const t1 = performance.now();
    ops.record((t1 - t0) * 1e6);
    at += buf[at] === DEFINE ? DEFINE_SIZE : ORDER_SIZE;
    if ((i & (CLEAR_EVERY - 1)) === CLEAR_EVERY - 1) out.clear();
  }
  for (let i = 0; i < s.timed; i++) {
    const t0 = performance.now();
    const t1 = performance.now();
    timer.record((t1 - t0) * 1e6);
  }
  return { ops, timer };
}

/** Write the stream to a journal (fsync off), reopen it, replay it into a fresh engine. */
function replay(s: Stream, sc: Scenario, runs: number): { rate: number; writeRate: number; same: boolean; records: number } {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-bench-replay-'));
  try {
    const records = s.warmCount + s.timed;
    const j = Journal.open({ dir, fsync: false });
    let at = 0;
    const w0 = performance.now();
    for (let i = 0; i < records; i++) {
      const size = cmdSize(s.buf[at]!);
      j.append(s.buf.subarray(at, at + size));
      at += size;
      if ((i & 1023) === 1023) j.commit();
    }
    j.commit();
    const writeMs = performance.now() - w0;
    j.close();
    const rates: number[] = [];
    let same = true;
    for (let r = 0; r < runs; r++) {
      const jr = Journal.open({ dir, fsync: false });
      const engine = new Engine({ expectedOrders: sc.symbols * sc.resting * 2 });
      const out = engine.out;
      let whole: Uint8Array = new Uint8Array(0);
      let n = 0;
      const t0 = performance.now();
      const got = jr.replay(1, (rec) => {
        // Apply from the reader's own buffer: one view for all records, no per-record DataView.
        if (rec.buffer !== whole.buffer) whole = new Uint8Array(rec.buffer);
        engine.apply(whole, rec.byteOffset);
        if ((++n & (CLEAR_EVERY - 1)) === 0) out.clear();
      });
      const ms = performance.now() - t0;
      jr.close();
      if (got !== records) throw new Error(`replay delivered ${got} of ${records} records`);
      rates.push((records / ms) * 1000);
      same &&= Buffer.compare(engine.stateBytes(), s.finalState) === 0;
    }
    return { rate: median(rates), writeRate: (records / writeMs) * 1000, same, records };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** journal_inputs_per_s from bench/journal.ts (another bench); undefined with a reason if absent. */
async function journalRate(): Promise<{ rate?: number; note: string }> {
  try {
    const m = (await import('./journal.ts')) as { measureJournal?: (o?: { records?: number; runs?: number }) => Promise<{ journal_inputs_per_s: number }> };
    if (typeof m.measureJournal !== 'function') return { note: 'bench/journal.ts has no measureJournal(): journal_inputs_per_s not measured' };
    const f = await m.measureJournal(QUICK ? { records: 100_000, runs: 1 } : { records: 300_000, runs: 3 });
    return { rate: f.journal_inputs_per_s, note: 'from measureJournal() (fsync on, group commit)' };
  } catch (e) {
    return { note: `journal_inputs_per_s not measured: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const us = (ns: number): number => Math.round(ns) / 1000;

async function run(): Promise<Figures> {
  const figures: Figures = {};
  const rows: Cell[][] = [];
  const latRows: Cell[][] = [];
  const mixRows: Cell[][] = [];
  let shallowStream: Stream | undefined;
  for (const sc of SCENARIOS) {
    const g0 = performance.now();
    const s = buildStream(sc, OPS);
    const genS = (performance.now() - g0) / 1000;
    runOurs(s, sc, 1); // JIT warm-up, untimed
    const session = new PeerSession(s);
    const first = session.segment(Math.floor(s.timed / RUNS), PEER_BUDGET_MS);
    const perRun = first.ops;
    const peer: number[] = [(first.ops / first.ms) * 1000];
    const prefix = perRun * RUNS;
    const ours: number[] = [];
    const oursPrefix: number[] = [];
    let resting = 0;
    for (let r = 0; r < RUNS; r++) {
      const o = runOurs(s, sc, prefix);
      ours.push((s.timed / o.ms) * 1000);
      oursPrefix.push((prefix / o.prefixMs) * 1000);
      resting = o.engine.restingOrders;
      if (r === 0 && Buffer.compare(o.engine.stateBytes(), s.finalState) !== 0) throw new Error(`${sc.key}: engine state differs from the shadow run on the same stream`);
      if (r > 0) {
        const p = session.segment(perRun);
        peer.push((p.ops / p.ms) * 1000);
      }
    }
    const peerResting = session.runner.resting();
    const peerErrorsPerK = (session.runner.errors * 1000) / session.done;
    const opsS = median(ours);
    const prefixS = median(oursPrefix);
    const peerS = median(peer);
    const lat = latency(s, sc);
    const timerNs = lat.timer.percentile(50);
    const net = (p: number): number => Math.max(0, lat.ops.percentile(p) - timerNs);
    const k = sc.key;
    figures[`${k}_ops_per_s`] = Math.round(opsS);
    figures[`${k}_peer_ops_per_s`] = Math.round(peerS);
    figures[`${k}_ratio_vs_peer`] = round2(prefixS / peerS);
    figures[`${k}_p50_us`] = us(net(50));
    figures[`${k}_p99_us`] = us(net(99));
    figures[`${k}_p999_us`] = us(net(99.9));
    figures[`${k}_resting`] = resting;
    rows.push([sc.label, resting, peerResting, opsS, `${fmtRange(ours)}`, prefix, prefixS, peerS, prefixS / peerS, genS]);
    latRows.push([sc.label, net(50) / 1000, net(99) / 1000, net(99.9) / 1000, lat.ops.max / 1000, timerNs]);
    mixRows.push([sc.label, pct(s.mix.new), pct(s.mix.cancel), pct(s.mix.modify), pct(s.mix.other), s.perK.trades, s.perK.rejects, s.perK.cancels, peerErrorsPerK]);
    if (k === 'shallow') {
      figures.timer_overhead_ns = timerNs;
      figures.p50_us_raw = us(lat.ops.percentile(50));
      figures.p99_us_raw = us(lat.ops.percentile(99));
      shallowStream = s;
    }
    await new Promise((r) => setImmediate(r));
  }
  figures.ops_per_s = figures.shallow_ops_per_s!;
  figures.peer_ops_per_s = figures.shallow_peer_ops_per_s!;
  figures.ratio_vs_peer = figures.shallow_ratio_vs_peer!;
  figures.deep_vs_shallow = round2(figures.deep_ops_per_s! / figures.shallow_ops_per_s!);
  figures.multi_vs_shallow = round2(figures.multi_ops_per_s! / figures.shallow_ops_per_s!);
  figures.peer_deep_vs_shallow = round2(figures.deep_peer_ops_per_s! / figures.shallow_peer_ops_per_s!);
  figures.p50_us = figures.shallow_p50_us!;
  figures.p99_us = figures.shallow_p99_us!;
  figures.p999_us = figures.shallow_p999_us!;

  printTable(
    ['scenario', 'resting', 'peer resting', 'ops/s', `range of ${RUNS}`, 'peer covered', 'ops/s there', 'peer ops/s', 'ratio', 'gen s'],
    rows,
    `engine vs nodejs-order-book: ${OPS.toLocaleString('en-US')} timed inputs per run, median of ${RUNS} runs (peer: ${RUNS} consecutive segments of the same stream); goals: >= 4,000,000 ops/s, >= 40x peer`,
  );
  printTable(
    ['scenario', 'p50 µs', 'p99 µs', 'p99.9 µs', 'max µs', 'timer ns'],
    latRows,
    'latency per apply (performance.now() around each; the median empty-timer cost is subtracted)',
  );
  printTable(
    ['scenario', 'new %', 'cancel %', 'modify %', 'other %', 'trades/1k', 'rejects/1k', 'cancelled/1k', 'peer errors/1k'],
    mixRows,
    'workload of the timed part (events per 1000 inputs, from the shadow engine)',
  );

  const j = await journalRate();
  if (j.rate !== undefined) figures.journal_inputs_per_s = Math.round(j.rate);
  const rp = replay(shallowStream!, SCENARIOS[0]!, QUICK ? 1 : 3);
  figures.replay_inputs_per_s = Math.round(rp.rate);
  figures.journal_nofsync_write_inputs_per_s = Math.round(rp.writeRate);
  printTable(
    ['figure', 'value', 'note'],
    [
      ['journal_inputs_per_s', j.rate, j.note],
      ['replay_inputs_per_s', rp.rate, `Journal.replay + Engine.apply, ${rp.records.toLocaleString('en-US')} records from the page cache; state ${rp.same ? 'identical to' : 'DIFFERS from'} the live run`],
      ['journal_nofsync_write_inputs_per_s', rp.writeRate, 'append + commit every 1024, fsync off (writing the replay input)'],
    ],
    'journal and replay',
  );
  if (!rp.same) throw new Error('replayed state differs from the live state');
  return figures;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function pct(x: number): number {
  return Math.round(x * 1000) / 10;
}

function fmtRange(xs: number[]): string {
  const m = (v: number): string => `${(v / 1e6).toFixed(2)}M`;
  return `${m(Math.min(...xs))}..${m(Math.max(...xs))}`;
}

export const bench: Bench = {
  name: 'engine',
  summary: 'matching engine vs nodejs-order-book on the OrderFlow workload',
  run,
};
