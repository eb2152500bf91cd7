/**
 * Input sources for the core agent. The simulator is one producer like any other: it writes
 * command records into the agent's buffer, and a paced run says when each input was due, so ack
 * latency counts from the due time (no coordinated omission when the core falls behind).
 */
import type { Engine } from '../../engine/engine.ts';
import type { InputSource } from '../../sequencer/core-agent.ts';
import { OrderFlow, SIM_ADMIN_RECORDS, type FlowOptions } from '../../sim/flow.ts';

export class FlowSource implements InputSource {
  readonly flow: OrderFlow;
  private t0 = 0;
  private rate = 0;
  private k = 0;

  constructor(flow: OrderFlow) {
    this.flow = flow;
  }

  /** From now on input k arrives at `t0 + k * 1000 / rate` ms (monotonic clock of the driver). */
  pace(t0: number, rate: number): void {
    this.t0 = t0;
    this.rate = rate;
    this.k = 0;
  }

  /** `n` due inputs that were refused, not sent: later inputs keep their due times. */
  skip(n: number): void {
    this.k += n;
  }

  next(buf: Uint8Array, at: number): number {
    this.flow.next(buf, at);
    return this.rate > 0 ? this.t0 + (this.k++ * 1000) / this.rate : 0;
  }
}

/**
 * The simulator for a live core that recovered `engine`: a new seed per restart (the same seed
 * would send the same orders again), and the instrument definitions skipped when the journal
 * already holds them.
 */
export function simulatorFor(engine: Engine, o: { seed: number; symbols: number } & Partial<FlowOptions>): FlowSource {
  const defined = engine.symbols().length >= o.symbols;
  const prelude = SIM_ADMIN_RECORDS + o.symbols;
  const flow = new OrderFlow({ ...o, seed: (o.seed + engine.lastSeq) >>> 0, startSeq: engine.lastSeq + 1 - (defined ? prelude : 0) });
  const scratch = new Uint8Array(96);
  if (defined) for (let k = 0; k < prelude; k++) flow.next(scratch, 0);
  return new FlowSource(flow);
}
