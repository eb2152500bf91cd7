/**
 * An in-process market for standalone runs of the market-data edges (`bourse publish`, the feed
 * bench, integration tests): OrderFlow -> Sequencer (no journal) -> Engine -> Mdp. Deterministic
 * for a seed. After `run(n)` the MD records those inputs produced are in `mdp.out`; the caller
 * publishes them and calls `mdp.out.clear()`.
 */
import { Engine } from '../engine/engine.ts';
import { Sequencer } from '../sequencer/sequencer.ts';
import { Mdp } from '../mdp/mdp.ts';
import { OrderFlow } from '../sim/flow.ts';

export interface MdSimOptions {
  seed?: number;
  symbols: number;
  /** Live orders per symbol the flow aims at (default 200: a quick warm-up). */
  resting?: number;
  /** Simulated inputs per second of market time (OrderFlow's ratePerS; default its own). */
  flowRate?: number;
  /** Inputs per sequencer commit (default 256). */
  batch?: number;
}

export class MdSim {
  readonly flow: OrderFlow;
  readonly engine = new Engine();
  readonly mdp = new Mdp();
  private readonly seqr: Sequencer;
  private readonly buf = new Uint8Array(96);
  private readonly batch: number;
  private inputs = 0;

  constructor(o: MdSimOptions) {
    this.flow = new OrderFlow({ seed: o.seed ?? 1, symbols: o.symbols, restingTarget: o.resting ?? 200, ...(o.flowRate ? { ratePerS: o.flowRate } : {}) });
    this.batch = o.batch ?? 256;
    this.seqr = new Sequencer({ engine: this.engine, clock: () => this.flow.now, onDurable: (events) => this.mdp.consumeLog(events) });
  }

  /** Inputs run so far. */
  get inputCount(): number {
    return this.inputs;
  }

  /** Run `n` more inputs; their MD records are appended to `mdp.out`. */
  run(n: number): void {
    for (let k = 0; k < n; k++) {
      this.flow.next(this.buf, 0);
      this.seqr.submit(this.buf, 0);
      if (this.seqr.pending >= this.batch) this.seqr.commit();
    }
    this.seqr.commit();
    this.inputs += n;
  }
}
