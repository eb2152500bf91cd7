/**
 * An in-process market for standalone runs of the market-data edges (`bourse publish`, the feed
 * bench, tests): the core agent (simulator -> sequencer, no journal -> engine) feeding the MDP
 * agent on one thread. Deterministic for a seed. After `run(n)` the MD records those inputs
 * produced are in `mdp.out` (or with the sinks given); the caller publishes them and clears it.
 */
import { Engine } from '../../engine/engine.ts';
import type { Clock } from '../../sequencer/sequencer.ts';
import { CoreAgent } from '../../sequencer/core-agent.ts';
import type { Mdp } from '../../mdp/mdp.ts';
import { MdpAgent, type RecordsSink } from '../../mdp/mdp-agent.ts';
import { OrderFlow } from '../../sim/flow.ts';
import { FlowSource } from './sources.ts';

export interface MdSimOptions {
  seed?: number;
  symbols: number;
  /** Live orders per symbol the flow aims at (default 200: a quick warm-up). */
  resting?: number;
  /** Simulated inputs per second of market time (OrderFlow's ratePerS; default its own). */
  flowRate?: number;
  /** Inputs per sequencer commit (default 256). */
  batch?: number;
  /** Where MD records go (default: none, they stay in `mdp.out`). */
  sinks?: RecordsSink[];
  /** The simulated traders see their fills at each commit (as `bourse sim` and `bourse start` do). */
  observe?: boolean;
  /** The sequencer's clock (default: the simulator's virtual time, which makes a run deterministic). */
  clock?: Clock;
}

export class MdSim {
  readonly flow: OrderFlow;
  readonly engine = new Engine();
  readonly md: MdpAgent;
  readonly core: CoreAgent;

  constructor(o: MdSimOptions) {
    this.flow = new OrderFlow({ seed: o.seed ?? 1, symbols: o.symbols, restingTarget: o.resting ?? 200, ...(o.flowRate ? { ratePerS: o.flowRate } : {}) });
    const md = new MdpAgent({ sinks: o.sinks });
    this.md = md;
    const flow = this.flow;
    this.core = CoreAgent.sync({
      engine: this.engine,
      clock: o.clock ?? (() => flow.now),
      onDurable: o.observe
        ? (events) => {
            md.consumeLog(events);
            flow.observe(events);
          }
        : (events) => md.consumeLog(events),
      source: new FlowSource(flow),
      commitEvery: o.batch ?? 256,
    });
  }

  /** Adds a sink for every record from now on. */
  addSink(sink: RecordsSink): () => void {
    return this.md.addSink(sink);
  }

  get mdp(): Mdp {
    return this.md.mdp;
  }

  /** Inputs run so far. */
  get inputCount(): number {
    return this.core.inputs;
  }

  /** Run `n` more inputs; their MD records go to the sinks (or are appended to `mdp.out`). */
  run(n: number): void {
    this.core.doWork(n);
  }
}
