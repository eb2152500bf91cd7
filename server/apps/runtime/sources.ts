/**
 * Input sources for the core agent. The simulator is one producer like any other: it writes
 * command records into the agent's buffer, and a paced run says when each input was due, so ack
 * latency counts from the due time (no coordinated omission when the core falls behind).
 */
import type { Engine } from '../../engine/engine.ts';
import type { InputSource } from '../../sequencer/core-agent.ts';
import { OrderFlow, type FlowOptions } from '../../sim/flow.ts';
import { Cmd } from '../../engine/commands.ts';
import { TradingStatus } from '../../kernel/types.ts';
import { nextTransition, phaseAt, type Calendar } from '../../sequencer/calendar.ts';

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
  const flow = new OrderFlow({ ...o, seed: (o.seed + engine.lastSeq) >>> 0, startSeq: engine.lastSeq + 1 - (defined ? o.symbols : 0) });
  const scratch = new Uint8Array(96);
  if (defined) for (let k = 0; k < o.symbols; k++) flow.next(scratch, 0);
  return new FlowSource(flow);
}

/**
 * The simulator under a trading calendar, in virtual time (issue 14): orders flow only in
 * continuous trading; at each phase change of the calendar it writes one SET_PHASE per symbol
 * stamped with the change's instant, and through every other phase (pre-open, auction calls,
 * closed: nights, weekends, holidays) it jumps the flow's virtual time to the next change. The
 * time-zone maths is the calendar's (Intl); the journal holds only the sequenced commands, so a
 * replay repeats every transition.
 */
export class CalendarSource implements InputSource {
  readonly flow: OrderFlow;
  private readonly cal: Calendar;
  private phase: number;
  private next_: { at: number; status: number } | undefined;
  /** SET_PHASE records still to write for the current change: symbols 1..symbols. */
  private pendingSym = 0;
  private defsLeft: number;
  /** Phase changes written so far (one per change, not per symbol). */
  transitions = 0;

  constructor(flow: OrderFlow, cal: Calendar) {
    this.flow = flow;
    this.cal = cal;
    this.defsLeft = flow.symbols;
    this.phase = phaseAt(cal, flow.now);
    this.next_ = nextTransition(cal, flow.now);
    // The phase at the start goes out right after the definitions (unless it is continuous).
    if (this.phase !== TradingStatus.Open) this.pendingSym = 1;
  }

  /** Virtual time (µs) of the next record. */
  get now(): number {
    return this.flow.now;
  }

  get currentPhase(): number {
    return this.phase;
  }

  next(buf: Uint8Array, at: number): number {
    const flow = this.flow;
    if (this.defsLeft > 0) {
      this.defsLeft--;
      flow.next(buf, at);
      return 0;
    }
    for (;;) {
      if (this.pendingSym > 0) {
        const symbol = this.pendingSym;
        this.pendingSym = symbol === flow.symbols ? 0 : symbol + 1;
        flow.external({ type: Cmd.SetPhase, symbol, status: this.phase as TradingStatus }, buf, at);
        return 0;
      }
      const nx = this.next_;
      if (this.phase !== TradingStatus.Open) {
        // Nothing trades: jump to the next change (a constant calendar is always continuous).
        this.change(nx!);
        continue;
      }
      if (nx !== undefined && flow.nextTime() >= nx.at) {
        this.change(nx);
        continue;
      }
      flow.next(buf, at);
      return 0;
    }
  }

  private change(nx: { at: number; status: number }): void {
    this.flow.skipTo(nx.at);
    this.phase = nx.status;
    this.next_ = nextTransition(this.cal, nx.at);
    this.pendingSym = 1;
    this.transitions++;
  }
}
