/**
 * Input sources for the core agent. The simulator is one producer like any other: it writes
 * command records into the agent's buffer, and a paced run says when each input was due, so ack
 * latency counts from the due time (no coordinated omission when the core falls behind).
 */
import type { Engine } from '../../engine/engine.ts';
import { Ring, RING_HEADER_BYTES } from '../../bus/ring.ts';
import type { InputSource } from '../../sequencer/core-agent.ts';
import { OrderFlow, SIM_ADMIN_RECORDS, type FlowOptions } from '../../sim/flow.ts';
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
  const prelude = SIM_ADMIN_RECORDS + o.symbols;
  const flow = new OrderFlow({ ...o, seed: (o.seed + engine.lastSeq) >>> 0, startSeq: engine.lastSeq + 1 - (defined ? prelude : 0) });
  const scratch = new Uint8Array(96);
  if (defined) for (let k = 0; k < prelude; k++) flow.next(scratch, 0);
  return new FlowSource(flow);
}

/**
 * Inputs from producers other than the simulator (the admin channel; the order gateway adds its
 * own the same way): each producer owns one single-producer ring of INBOUND_RECORD-byte records
 * into the core thread, and the core polls them all (`Inputs.drain`) besides the simulator.
 * Arrival order is FIFO per producer; the sequencer stamps each input once when the core takes
 * it, which fixes the one order every replay sees.
 *
 *   0          4            8                                     104
 *   +----------+------------+-------------------------------------+
 *   | kind u32 | request u32| command record (64 or 96 bytes)     |
 *   +----------+------------+-------------------------------------+
 * kind: InboundKind.Command (sequence and apply it; the result goes back with `request`) or
 * InboundKind.ListAccounts (a read of the account tables, not sequenced).
 */
export const INBOUND_RECORD = 104;
export const INBOUND_CAPACITY = 1024;
export const InboundKind = { Command: 1, ListAccounts: 2 } as const;

/** A producer's side of its ring (on the producer's thread). */
export class InboundQueue {
  readonly ring: Ring;
  private readonly rec = new Uint8Array(INBOUND_RECORD);
  private readonly dv = new DataView(this.rec.buffer);

  constructor(ring: Ring) {
    this.ring = ring;
  }

  static create(capacity = INBOUND_CAPACITY): InboundQueue {
    return new InboundQueue(Ring.create(capacity, INBOUND_RECORD));
  }

  get sab(): SharedArrayBuffer {
    return this.ring.sab;
  }

  /** Queue one input; false when the ring is full (the core is not keeping up). */
  offer(kind: number, request: number, cmd?: Uint8Array): boolean {
    this.rec.fill(0);
    this.dv.setUint32(0, kind, true);
    this.dv.setUint32(4, request, true);
    if (cmd) this.rec.set(cmd.subarray(0, INBOUND_RECORD - 8), 8);
    return this.ring.tryWrite(this.rec, 1) === 1;
  }
}

export type InboundHandler = (producer: number, kind: number, request: number, rec: Uint8Array, at: number) => void;

/** The core's side: every producer's ring, polled in turn (the one merge point of inbound inputs). */
export class Inputs {
  private readonly rings: Ring[];
  private readonly bytes: Uint8Array[];
  private handler: InboundHandler = () => undefined;
  private producer = 0;
  private readonly onRecords = (_f64: Float64Array, i32: Int32Array, first: number, count: number): void => {
    const u8 = this.bytes[this.producer]!;
    for (let i = first; i < first + count; i++) {
      const w = (i * INBOUND_RECORD) >> 2;
      this.handler(this.producer, i32[w]!, i32[w + 1]! >>> 0, u8, i * INBOUND_RECORD + 8);
    }
  };

  constructor(sabs: readonly SharedArrayBuffer[]) {
    this.rings = sabs.map((s) => Ring.attach(s));
    this.bytes = sabs.map((s) => new Uint8Array(s, RING_HEADER_BYTES));
  }

  get producers(): number {
    return this.rings.length;
  }

  /** Hand every waiting record to `fn` (views valid during the call only). Returns how many. */
  drain(fn: InboundHandler, maxPerProducer = 256): number {
    this.handler = fn;
    let n = 0;
    for (let p = 0; p < this.rings.length; p++) {
      this.producer = p;
      n += this.rings[p]!.read(this.onRecords, maxPerProducer);
    }
    return n;
  }
}

/**
 * The simulator under a trading calendar, in virtual time (issue 14): orders flow in continuous
 * trading, and CALL_ORDERS_PER_SYMBOL per symbol (MOO/LOO, MOC/LOC, DAY, GTC: OrderFlow.callOrder)
 * in each opening and closing auction call; at each phase change of the calendar it writes one SET_PHASE per symbol
 * stamped with the change's instant, and through every other phase (pre-open, auction calls,
 * closed: nights, weekends, holidays) it jumps the flow's virtual time to the next change. The
 * time-zone maths is the calendar's (Intl); the journal holds only the sequenced commands, so a
 * replay repeats every transition.
 */
/** Orders per symbol the simulator sends in each opening and closing auction call. */
const CALL_ORDERS_PER_SYMBOL = 20;

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
  /** The auction call in progress (opening or closing): its start, and its orders written / to write. */
  private callStart = 0;
  private callDone = 0;
  private callTotal = 0;

  constructor(flow: OrderFlow, cal: Calendar) {
    this.flow = flow;
    this.cal = cal;
    this.defsLeft = SIM_ADMIN_RECORDS + flow.symbols; // the admin prelude, then the definitions
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
        if (this.callDone < this.callTotal && nx !== undefined) {
          // An auction call: its orders spread evenly over it (the engine uncrosses at its end).
          this.callDone++;
          flow.skipTo(this.callStart + Math.floor(((nx.at - this.callStart) * this.callDone) / (this.callTotal + 1)));
          flow.callOrder(buf, at, this.phase === TradingStatus.OpeningAuction);
          return 0;
        }
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
    const call = nx.status === TradingStatus.OpeningAuction || nx.status === TradingStatus.ClosingAuction;
    this.callStart = nx.at;
    this.callDone = 0;
    this.callTotal = call ? CALL_ORDERS_PER_SYMBOL * this.flow.symbols : 0;
  }
}

/**
 * A live core's trading calendar (issue 14, `bourse start --calendar`): calendar time is the wall
 * clock, sped up by `speed` from `epochUs` (1: real time; more: a documented test and demo hook,
 * calendar time = epoch + (wall - epoch) x speed). The driver asks `due(wallUs)` between inputs;
 * each phase change it returns becomes one SET_PHASE per symbol, stamped by the sequencer's clock
 * and journaled, so a replay repeats it. The engine and the MDP see only those commands.
 */
export class LiveCalendar {
  readonly cal: Calendar;
  readonly speed: number;
  readonly epochUs: number;
  private phase_: number;
  private next_: { at: number; status: number } | undefined;

  constructor(cal: Calendar, speed: number, epochUs: number) {
    this.cal = cal;
    this.speed = speed;
    this.epochUs = epochUs;
    this.phase_ = phaseAt(cal, epochUs);
    this.next_ = nextTransition(cal, epochUs);
  }

  /** Calendar time (µs) at wall time `wallUs`. */
  calUs(wallUs: number): number {
    return this.epochUs + (wallUs - this.epochUs) * this.speed;
  }

  /** Wall time (µs) of calendar time `calUs`. */
  wallUs(calUs: number): number {
    return this.epochUs + (calUs - this.epochUs) / this.speed;
  }

  /** The phase in force (TradingStatus). */
  get phase(): number {
    return this.phase_;
  }

  /** True in the phases whose orders the simulator sends: continuous and the auction calls. */
  get accepting(): boolean {
    const p = this.phase_;
    return p === TradingStatus.Open || p === TradingStatus.OpeningAuction || p === TradingStatus.ClosingAuction || p === TradingStatus.ReopeningAuction;
  }

  /** The next phase change due by wall time `wallUs` (it is taken: call again for the one after), or undefined. */
  due(wallUs: number): number | undefined {
    const nx = this.next_;
    if (nx === undefined || this.calUs(wallUs) < nx.at) return undefined;
    this.phase_ = nx.status;
    this.next_ = nextTransition(this.cal, nx.at);
    return nx.status;
  }
}
