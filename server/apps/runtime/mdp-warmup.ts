/**
 * The MDP thread's JIT warm-up before the open (exchange option mdpWarmupInputs; issue 13, "The
 * first second, part two" in docs/benchmarks.md). V8's traces of the first 600 ms of a 215k/s
 * gateway load found the MDP thread's code (L2 books, checksums, candles, MD records, the stamp ->
 * record histogram) compiled in that window: ~465 ms of TurboFan/Maglev time on the V8 helper
 * threads, half of all compiling then, competing with the gateway and core for the 2 cores.
 * Here, on the MDP thread and before it reads the exchange's first event, a SCRATCH pipeline runs
 * that code with the load's own order mix (resting GTC buys 1-5 ticks under the reference, IOC
 * sells 10 ticks under that trade with them, one account and session per client, the clients'
 * orders interleaved pseudo-randomly; clock ticks every 100 ms of sequenced time, so bars close):
 *
 *   orders ──▶ scratch Engine + Sequencer ──▶ scratch events ring ──▶ scratch MdpAgent ──▶ scratch MD ring (drained)
 *              (no journal; this thread)                              (+ a scratch stamp -> record histogram)
 *
 * Nothing of it is the exchange's: its own engine, rings, Mdp and histogram block, dropped after.
 * The exchange's MDP has not read anything yet, so its books, records and feed are those of an
 * MDP that was never warmed (test: mdp-warmup). What carries over is V8's compiled code and
 * type feedback: the same classes and closures then fold the exchange's events. No clock reaches
 * the Mdp: the scratch sequencer stamps each input 25 µs after the last, from the wall clock.
 */
import { performance } from 'node:perf_hooks';
import { Ring } from '../../bus/ring.ts';
import { Cmd, encodeCommand, type Command } from '../../engine/commands.ts';
import { EVENT_SIZE } from '../../engine/events.ts';
import { Engine } from '../../engine/engine.ts';
import { CoreAgent } from '../../sequencer/core-agent.ts';
import { MdpAgent } from '../../mdp/mdp-agent.ts';
import { MD_SIZE, Md, mdType } from '../../mdp/records.ts';
import { histogramBlock, SharedHistogram } from '../../kernel/shared-histogram.ts';
import { BourseError } from '../../kernel/errors.ts';
import { Side, OrdType, TimeInForce } from '../../kernel/types.ts';
import { MdLatency } from './md-latency.ts';
import { simulatorFor } from './sources.ts';

/** Clients of the load's mix (bourse load's default session count): each its account and session. */
const CLIENTS = 64;
/**
 * Inputs per scratch group commit: 1 to MAX_BATCH, varied, as the core's commits are under load;
 * the per-batch code (the sinks, the ring's read and write) must run often enough to be compiled.
 */
const MAX_BATCH = 128;
/**
 * Sequenced µs per scratch input: 200,000 inputs span 5 s of the scratch market's time, so its
 * 1-s bars close and the clock ticks (every CLOCK_TICK_US, as the core's) run, as in a load's first
 * seconds; at the wall clock's pace they would barely close one.
 */
const STEP_US = 25;
const CLOCK_TICK_US = 100_000;

export interface MdpWarmupResult {
  inputs: number;
  /** MD records the scratch MDP produced (book levels, trades, bars: its code ran). */
  records: number;
  /** Trades among them (the IOC sells met the resting buys). */
  trades: number;
  ms: number;
}

/**
 * The MDP thread's own stamp -> record closures (MdLatency's `live` and clock): the scratch
 * histogram sink calls these very functions, so its compiled calls fit the exchange's sink.
 */
export interface MdLatencyHooks {
  live: () => boolean;
  wallClockUs: () => number;
}

/** Runs `inputs` NewOrders through a scratch engine and MDP agent on this thread (see above). */
export function warmMdp(o: { seed: number; symbols: number; metrics: boolean }, inputs: number, hooks?: MdLatencyHooks): MdpWarmupResult {
  const t0 = performance.now();
  if (inputs <= 0) return { inputs: 0, records: 0, trades: 0, ms: 0 };
  const events = Ring.create(1 << 16, EVENT_SIZE);
  const md = Ring.create(1 << 16, MD_SIZE);
  const engine = new Engine();
  const origin = performance.timeOrigin;
  let timeUs = Math.floor((origin + performance.now()) * 1000);
  const core = CoreAgent.sync({
    engine, clock: () => (timeUs += STEP_US),
    onDurable: (log) => {
      if (log.count > 0 && events.tryWrite(log.bytes(), log.count) !== log.count) throw new BourseError('INVARIANT', 'the MDP warm-up\'s scratch events ring is full');
    },
  });
  const agent = new MdpAgent();
  // The MDP thread's sinks, in its order: the stamp -> record histogram (a scratch block), the MD ring.
  if (o.metrics) agent.addSink(new MdLatency(new SharedHistogram(histogramBlock(1), 0), hooks?.live ?? (() => true), hooks?.wallClockUs ?? (() => (origin + performance.now()) * 1000)).sink);
  agent.addSink((f64, _i32, first, count) => md.write(new Uint8Array(f64.buffer, f64.byteOffset + first * MD_SIZE, count * MD_SIZE), count));
  let records = 0;
  let trades = 0;
  const drain = (_f64: Float64Array, i32: Int32Array, first: number, count: number) => {
    records += count;
    for (let k = first; k < first + count; k++) if (mdType(i32, k) === Md.Trade) trades++;
  };
  const scratch = new Uint8Array(96);
  const insts: Extract<Command, { type: typeof Cmd.DefineInstrument }>[] = [];
  for (const c of simulatorFor(engine, { seed: o.seed, symbols: o.symbols }).flow.preludeCommands()) {
    if (c.type !== Cmd.DefineInstrument) continue;
    insts.push(c);
    encodeCommand(c, scratch, 0);
    core.submit(scratch, 0);
  }
  core.commit();
  const n = insts.length;
  const ks = new Array<number>(CLIENTS).fill(0);
  let done = 0;
  const tick = new Uint8Array(96);
  encodeCommand({ type: Cmd.ClockTick }, tick, 0);
  let nextTick = (Math.floor(timeUs / CLOCK_TICK_US) + 1) * CLOCK_TICK_US;
  let round = 0;
  let rnd = 1;
  while (done < inputs) {
    const batch = 1 + ((round++ * 37) % MAX_BATCH);
    for (let b = 0; b < batch && done < inputs; b++, done++) {
      if (timeUs + STEP_US >= nextTick) {
        core.submit(tick, 0);
        nextTick += CLOCK_TICK_US;
      }
      // Clients in a pseudo-random order (not round robin), as sessions' writes interleave: each
      // symbol's book then drains now and then (levels die, IOC sells find nothing), as under load.
      rnd = (Math.imul(rnd, 1_103_515_245) + 12_345) >>> 0;
      const i = (rnd >>> 16) % CLIENTS;
      const k = ks[i]!++;
      const inst = insts[(k + i) % n]!;
      // bourse load's NewOrderFrames: odd k an IOC sell 10 ticks under the reference, even k a GTC buy 1-5 ticks under.
      const sell = (k & 1) === 1;
      encodeCommand({
        type: Cmd.NewOrder, symbol: inst.symbol, side: sell ? Side.Sell : Side.Buy, ordType: OrdType.Limit, tif: sell ? TimeInForce.IOC : TimeInForce.GTC,
        price: inst.refPrice - (sell ? 10 : 1 + (k >> 1) % 5) * inst.tick, qty: inst.lot, account: i + 1, clientOrderId: 1 + k, session: i + 1,
      }, scratch, 0);
      core.submit(scratch, 0);
    }
    core.commit();
    while (agent.doWork(events) > 0) md.read(drain);
  }
  return { inputs: done, records, trades, ms: Math.round(performance.now() - t0) };
}
