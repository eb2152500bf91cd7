/**
 * Deterministic order flow: the synthetic market that drives `bourse sim` and the benchmarks.
 * Same options (seed included) -> byte-identical command stream, on every machine: no
 * Math.random, no clock. Randomness is sfc32 (Doty-Humphrey's Small Fast Counting generator,
 * 128-bit state, passes PractRand; sfc32.ts), seeded through splitmix32. Everything is integer arithmetic
 * except the exponential inter-arrival times, which use Math.log (V8's fdlibm port: the same
 * bits on every platform and on Node 20-24).
 *
 * The stream (what `next()` writes, one record per call):
 *   0. the admin prelude (SIM_ADMIN_RECORDS records, at startTime): FIRM_ADD of SIM_FIRM, then one
 *      ACCOUNT_ADD of accounts 1..accounts, KYC verified, short selling allowed, SIM_CASH each,
 *      no limits: the simulated traders pass every risk check (docs/accounts.md);
 *   1. one DEFINE_INSTRUMENT per symbol (symbol ids 1..symbols), all at startTime;
 *   2. warm-up: passive GTC limit orders only, until every symbol holds `restingTarget` of them
 *      (they never cross: buys strictly below the mid, sells at or above it, mid frozen);
 *   3. steady state, per record: a random symbol (uniform), then
 *        ~2%   market order (IOC; the engine's band protects it)
 *        ~2%   marketable limit IOC, ~2.5% marketable limit GTC (cross the mid by 0-5 ticks)
 *        ~10%  modify a live order (half: smaller qty at the same price; half: new price + qty)
 *        rest  passive new order (98% GTC, 2% IOC) or cancel, split by how full the symbol's
 *              pool of live ids is: more cancels above restingTarget, more orders below;
 *      plus bad inputs at `badRate` and, rarely, a halt of one symbol and its resume later;
 *   and a CLOCK_TICK whenever virtual time crosses a multiple of clockTickUs.
 * Feedback (optional): `observe(engine.out)` after each apply tells the flow which of its ids
 * are gone (see there), so cancels name live orders; the stream then also depends on the
 * engine's (deterministic) events, so sim and replay stay byte-identical.
 * Record k gets seq startSeq + k (the caller's sequencer must number them so: a NEW_ORDER's id
 * is its seq, and cancels/modifies name those ids). `next()` also writes that seq and `now`
 * into the record, so a sequencer that stamps them writes the same values again.
 *
 * Prices: 4 price decimals, tick 100 (one cent), so off-tick prices are expressible. Limit
 * prices sit at mid - 1 - d (buys) or mid + d (sells) ticks, d = 4*G + U(0..3) with G
 * geometric(1/2) (mean 5.5 ticks, 97% within 20), or 10% of the time 20..199 ticks away (stale
 * far orders, which give deep books many levels); never more than 3% of the mid, so inside the
 * engine's 5% protection band. The mid does a +-1 tick random walk, slow
 * enough (about 3 steps per restingTarget orders) that the book keeps up with it.
 * Sizes: (10..99) * 2^G shares, G geometric(1/2) capped at 8: a 1/x tail up to 25,344 shares,
 * rounded down to the lot (1, 10 or 100 by symbol), at least one lot.
 */
import { Cmd, CMD_SIZE, CmdOff, cmdSize, encodeCommand, Kyc, AccountFlag, type Command, type Stamped } from '../engine/commands.ts';
import { Ev, EVENT_SLOTS, EvSlot, RejectedEv, TradeEv, Priority, TradeCode, evHead, headType, headCode, evSymbol, type EventLog } from '../engine/events.ts';
import { IdTable } from '../engine/id-table.ts';
import { BourseError } from '../kernel/errors.ts';
import { OrdType, Side, TimeInForce, TradingStatus } from '../kernel/types.ts';
import { F_ACCT, F_CID, F_ID, F_PRICE, F_QTY, F_SIDE, Pool } from './pool.ts';
import { Sfc32, U32 } from './sfc32.ts';

export interface FlowOptions {
  seed: number;
  symbols: number;
  /** Seq the first record will get. Default 1. */
  startSeq?: number;
  /** Live orders per symbol to aim at. Default 1000. */
  restingTarget?: number;
  /** Fraction of deliberately bad inputs. Default 0.002. */
  badRate?: number;
  /** µs since epoch. Default 2026-01-05T14:30:00Z. */
  startTime?: number;
  /** Mean simulated inputs per second. Default 200,000. */
  ratePerS?: number;
  /** Default 100,000 µs. */
  clockTickUs?: number;
  /** Trading accounts, ids 1..accounts. Default 100. */
  accounts?: number;
  /** Chance per steady-state record that a symbol halts (one at a time). Default 2e-6. */
  haltRate?: number;
  /** Records a halt lasts. Default 2000. */
  haltRecords?: number;
  /** With observe(): records between the engine reporting an id gone and the flow acting on it. Default 32. */
  feedbackDelay?: number;
  /**
   * Trading day (issue 14, under a calendar): some passive orders are DAY, a few at-close orders
   * (MOC/LOC) go out in continuous trading, `callOrder` writes the call phases' orders, and the
   * instruments carry a volatility band (2 %, 60 s reopening call) and 1 s indicatives. Default false.
   */
  tradingDay?: boolean;
}

/** The simulator's firm, and each simulated account's cash (price units x quantity units: $100bn at 4 decimals). */
export const SIM_FIRM = 1;
export const SIM_CASH = 1e15;
/** Records of the admin prelude that starts every simulated stream (before the instruments). */
export const SIM_ADMIN_RECORDS = 2;

export const DEFAULT_START_TIME = Date.UTC(2026, 0, 5, 14, 30) * 1000;
const PRICE_DECIMALS = 4;
const TICK = 100;
const LOTS = [1, 10, 100] as const;
const MAX_QTY_SHARES = 1_000_000;
const BAND_BPS = 500;
/**
 * Shares of resting orders one marketable share is expected to fill away, inverted: the mean
 * resting size is ~272 shares, but the touch holds small remainders and the mid walk crosses
 * stale levels, so measured against the engine a marketable order retires about qty / 100 ids.
 */
const KILL_SHARES = 100;

/** Reference prices in dollars; symbols past the list are SYM101, SYM102, ... */
const TICKERS: ReadonlyArray<readonly [string, number]> = [
  'AAPL:190 MSFT:410 NVDA:480 AMZN:150 GOOGL:140 META:350 TSLA:240 BRK.B:360 AVGO:1000 JPM:170 LLY:590 V:260 UNH:520 XOM:100 MA:430 JNJ:155 PG:150 HD:350 COST:660 ABBV:155 ' +
  'MRK:110 ORCL:105 CVX:150 CRM:260 BAC:34 KO:59 NFLX:480 PEP:170 AMD:140 ADBE:600 TMO:540 WMT:160 LIN:400 MCD:295 CSCO:50 ACN:350 ABT:110 DIS:90 WFC:49 INTC:48 ' +
  'DHR:230 VZ:38 CMCSA:44 TXN:170 PFE:29 INTU:630 AMGN:290 NKE:108 IBM:160 QCOM:145 PM:94 UNP:245 CAT:290 GE:125 SPGI:440 HON:205 LOW:220 BA:250 AMAT:160 NEE:60 ' +
  'T:17 RTX:85 ELV:470 GS:385 BKNG:3500 SBUX:93 PLD:130 BLK:800 MDT:82 ISRG:340 DE:400 LMT:450 GILD:80 TJX:94 MS:93 SYK:300 ADP:240 MDLZ:72 CVS:79 VRTX:410 ' +
  'C:51 REGN:940 SCHW:68 ADI:195 CB:255 MMC:190 LRCX:780 PGR:160 ZTS:195 CI:300 BSX:57 MO:41 SO:70 PANW:300 SNPS:530 BMY:51 FI:135 EQIX:800 KLAC:580 DUK:97',
].join('').split(' ').map((w) => [w.split(':')[0]!, Number(w.split(':')[1])] as const);

const NO_COUNTS = { admin: 0, instrument: 0, clock: 0, passive: 0, passiveIoc: 0, marketableLimit: 0, market: 0, cancel: 0, modify: 0, bad: 0, halt: 0, resume: 0, auction: 0 };
/** Trading day settings of the simulated instruments (FlowOptions.tradingDay). */
const VOL_BAND_BPS = 200, VOL_PAUSE_S = 60, INDICATIVE_MS = 1000;
/** What the stream held, by kind (the tests and `bourse sim` report these). */
export type FlowCounts = typeof NO_COUNTS;

export class OrderFlow {
  readonly symbols: number;
  readonly startSeq: number;
  readonly restingTarget: number;
  readonly counts: FlowCounts = { ...NO_COUNTS };

  private readonly badRate: number;
  private readonly meanGapUs: number;
  private readonly clockTickUs: number;
  private readonly accounts: number;
  private readonly haltThreshold: number;
  private readonly haltRecords: number;
  private readonly stepThreshold: number;
  private readonly defs: Command[];
  /** The admin prelude, then the instrument definitions. */
  private readonly prelude: Command[];
  private readonly lot: Float64Array;
  private readonly maxQty: Float64Array;
  private readonly mid: Float64Array; // in ticks
  /** Expected number of pool ids that already traded away (see `steady`). */
  private readonly dead: Float64Array;
  private readonly pools: Pool[];
  private readonly where = new IdTable(4096);
  private readonly feedbackDelay: number;
  private observed = false;
  // (due, symbol, id) of ids the engine reported gone; they leave the pool when due.
  private goneQ: number[] = [];
  private goneHead = 0;
  private readonly nextCid: Uint32Array;

  private readonly rng: Sfc32;
  private emitted = 0;
  private time: number;
  private timeF: number;
  private pendingTime = 0;
  private hasPending = false;
  private warm = false;
  private warmTotal = 0;
  private haltedSym = 0; // 0 = none
  private readonly tradingDay: boolean;
  private resumeAt = 0;
  private lastBuf: Uint8Array | null = null;
  private dv: DataView = new DataView(new ArrayBuffer(8));

  constructor(opts: FlowOptions) {
    const num = (name: string, v: number | undefined, dflt: number, ok: (n: number) => boolean): number => {
      const n = v ?? dflt;
      if (typeof n !== 'number' || !ok(n)) throw new BourseError('CLI_BAD_VALUE', `flow option ${name} = ${String(v)}`);
      return n;
    };
    const int = (n: number): boolean => Number.isSafeInteger(n);
    num('seed', opts.seed, 0, int);
    this.symbols = num('symbols', opts.symbols, 1, (n) => int(n) && n >= 1 && n <= 65_535);
    this.startSeq = num('startSeq', opts.startSeq, 1, (n) => int(n) && n >= 1);
    this.restingTarget = num('restingTarget', opts.restingTarget, 1000, (n) => int(n) && n >= 0);
    this.badRate = num('badRate', opts.badRate, 0.002, (n) => n >= 0 && n <= 1);
    const start = num('startTime', opts.startTime, DEFAULT_START_TIME, (n) => int(n) && n >= 0);
    const rate = num('ratePerS', opts.ratePerS, 200_000, (n) => n > 0 && Number.isFinite(n));
    this.clockTickUs = num('clockTickUs', opts.clockTickUs, 100_000, (n) => int(n) && n >= 1);
    this.accounts = num('accounts', opts.accounts, 100, (n) => int(n) && n >= 1 && n <= 1 << 20);
    const haltRate = num('haltRate', opts.haltRate, 2e-6, (n) => n >= 0 && n <= 1);
    this.haltRecords = num('haltRecords', opts.haltRecords, 2000, (n) => int(n) && n >= 1);
    this.feedbackDelay = num('feedbackDelay', opts.feedbackDelay, 32, (n) => int(n) && n >= 0);
    this.tradingDay = opts.tradingDay === true;
    this.haltThreshold = Math.floor(haltRate * U32);
    this.meanGapUs = 1e6 / rate;
    this.time = start;
    this.timeF = start;
    // About 3 mid steps per restingTarget records on a symbol.
    this.stepThreshold = Math.floor(Math.min(0.05, 3 / Math.max(1, this.restingTarget)) * U32);

    this.rng = new Sfc32(opts.seed);
    const n = this.symbols;
    this.lot = new Float64Array(n + 1);
    this.maxQty = new Float64Array(n + 1);
    this.mid = new Float64Array(n + 1);
    this.dead = new Float64Array(n + 1);
    this.pools = [new Pool(this.where)]; // slot 0 unused: symbol ids start at 1
    this.defs = [];
    for (let s = 1; s <= n; s++) {
      const [name, dollars] = TICKERS[s - 1] ?? [`SYM${s}`, 20 + this.rng.u32() % 480];
      const lot = LOTS[(s - 1) % LOTS.length]!;
      const refTicks = Math.round((dollars * 10 ** PRICE_DECIMALS) / TICK);
      this.lot[s] = lot;
      this.maxQty[s] = MAX_QTY_SHARES;
      this.mid[s] = refTicks;
      this.pools[s] = new Pool(this.where);
      this.defs.push({
        type: Cmd.DefineInstrument, symbol: s, name, tick: TICK, lot, maxQty: MAX_QTY_SHARES, refPrice: refTicks * TICK, bandBps: BAND_BPS, priceDecimals: PRICE_DECIMALS, qtyDecimals: 0, currency: 'USD',
        ...(this.tradingDay ? { volBandBps: VOL_BAND_BPS, volPauseS: VOL_PAUSE_S, indicativeMs: INDICATIVE_MS } : {}),
      });
    }
    this.prelude = [
      { type: Cmd.FirmAdd, firm: SIM_FIRM },
      { type: Cmd.AccountAdd, firm: SIM_FIRM, account: 1, count: this.accounts, kyc: Kyc.Verified, flags: AccountFlag.ShortSell, cash: SIM_CASH },
      ...this.defs,
    ];
    this.nextCid = new Uint32Array(this.accounts + 1).fill(1);
    if (this.restingTarget === 0) this.warm = true;
  }

  /** The DEFINE_INSTRUMENT commands the stream starts with (symbol ids 1..symbols). */
  instruments(): Command[] {
    return this.defs.map((d) => ({ ...d }));
  }

  /** Virtual time (µs) of the record last returned. */
  get now(): number { return this.time; }
  /** Seq the next record will get. */
  get nextSeq(): number { return this.startSeq + this.emitted; }
  /** True once every symbol holds restingTarget live orders (the warm-up is over). */
  get warmedUp(): boolean { return this.warm; }

  /** The records the stream starts with: the admin prelude, then the instrument definitions. */
  preludeCommands(): Command[] {
    return this.prelude.map((d) => ({ ...d }));
  }

  /** Records (not counting clock ticks) from the start to the end of the warm-up. */
  warmup(): number {
    return this.prelude.length + this.symbols * this.restingTarget;
  }

  /** Live ids the generator holds for a symbol (some may have traded away already). */
  poolSize(symbol: number): number {
    return this.pools[symbol]?.n ?? 0;
  }

  /**
   * Feed back the engine's events for records this flow produced (call after each apply, before
   * `out.clear()`), as a trader reads execution reports: ids that traded away, were cancelled by
   * the engine (self-trade, IOC remainder), never rested or were rejected leave the pool
   * `feedbackDelay` records later, so cancels miss only when they race a fill. Without it the
   * flow estimates how many pooled ids are dead instead. Same events -> same stream.
   */
  observe(log: EventLog): void {
    if (!this.observed) {
      this.observed = true;
      this.dead.fill(0);
    }
    const i32 = log.i32;
    const f64 = log.f64;
    let input = -1;
    let cand = -1;
    let candSym = 0;
    let rested = false;
    for (let k = 0; k < log.count; k++) {
      const s = k * EVENT_SLOTS;
      const head = evHead(i32, k);
      const type = headType(head);
      const sym = evSymbol(i32, k);
      const id = f64[s + EvSlot.orderId]!;
      if (f64[s + EvSlot.inputSeq] !== input) {
        if (cand >= 0 && !rested) this.gone(candSym, cand);
        cand = -1;
        input = f64[s + EvSlot.inputSeq]!;
      }
      const code = headCode(head);
      if (type === Ev.Accepted || (type === Ev.Modified && code === Priority.Lost)) {
        cand = id; // entered the matcher: live only if a RESTING for it follows
        candSym = sym;
        rested = false;
      } else if (type === Ev.Resting) rested ||= id === cand;
      else if (type === Ev.Trade) {
        if ((code & TradeCode.MakerFilled) !== 0) this.gone(sym, id);
        // An uncross fills resting buy orders too (the taker, issue 14).
        if ((code & TradeCode.TakerFilled) !== 0) this.gone(sym, f64[s + TradeEv.taker]!);
      }
      else if (type === Ev.Cancelled) this.gone(sym, id);
      else if (type === Ev.Rejected && f64[s + RejectedEv.command] === Cmd.NewOrder) this.gone(sym, id);
    }
    if (cand >= 0 && !rested) this.gone(candSym, cand);
  }

  private gone(sym: number, id: number): void {
    if (sym < 1 || sym > this.symbols) return;
    if (this.feedbackDelay === 0) this.pools[sym]!.removeId(id);
    else this.goneQ.push(this.emitted + this.feedbackDelay, sym, id);
  }

  private retireGone(): void {
    const q = this.goneQ;
    let h = this.goneHead;
    while (h < q.length && q[h]! <= this.emitted) {
      this.pools[q[h + 1]!]!.removeId(q[h + 2]!);
      h += 3;
    }
    if (h > 3 * 4096 && h * 2 > q.length) {
      q.splice(0, h);
      h = 0;
    }
    this.goneHead = h;
  }

  /**
   * Virtual time of the record `next()` will write (draws its arrival if not drawn yet: the
   * stream is the same whether or not this is asked). A calendar driver compares it with the
   * next phase change.
   */
  nextTime(): number {
    if (this.emitted < this.symbols) return this.time;
    if (!this.hasPending) {
      this.timeF += -Math.log(1 - this.rng.float()) * this.meanGapUs;
      this.pendingTime = Math.max(this.time, Math.floor(this.timeF));
      this.hasPending = true;
    }
    const boundary = (Math.floor(this.time / this.clockTickUs) + 1) * this.clockTickUs;
    return Math.min(boundary, this.pendingTime);
  }

  /**
   * Jump virtual time forward to `time` (a night, a weekend, a call phase: no orders, no clock
   * ticks in between; the sequencer sees one input at the far side, which the MDP handles in
   * constant work). The arrival drawn for the next order, if any, is redrawn from `time`.
   */
  skipTo(time: number): void {
    if (!(time >= this.time) || !Number.isSafeInteger(time)) throw new BourseError('INVARIANT', `flow skipTo ${time} before ${this.time}`);
    this.time = time;
    this.timeF = time;
    this.hasPending = false;
  }

  /**
   * Write a command that is not the flow's own (a calendar SET_PHASE) at the current virtual
   * time: it takes the next seq, so the flow's order ids stay right. Returns its size.
   */
  external(cmd: Command, buf: Uint8Array, at: number): number {
    const seq = this.startSeq + this.emitted;
    this.emitted++;
    return encodeCommand({ ...cmd, seq, time: this.time } as Stamped, buf, at);
  }

  /**
   * Write one order of an auction call (tradingDay) at the current virtual time, for a random
   * symbol: a market or limit at-open / at-close order (MOO/LOO in the opening call, MOC/LOC in
   * the closing one), or a DAY or GTC limit order, priced around the mid so the call crosses.
   * Takes the next seq like `next()`. Returns its size.
   */
  callOrder(buf: Uint8Array, at: number, opening: boolean): number {
    if (buf !== this.lastBuf) {
      this.lastBuf = buf;
      this.dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    const seq = this.startSeq + this.emitted;
    this.emitted++;
    const s = 1 + (this.rng.u32() % this.symbols);
    const kind = this.rng.u32() % 4;
    const tif = kind < 2 ? (opening ? TimeInForce.AtOpen : TimeInForce.AtClose) : kind === 2 ? TimeInForce.DAY : TimeInForce.GTC;
    this.auctionOrder(at, seq, s, kind === 0 ? OrdType.Market : OrdType.Limit, tif);
    return CMD_SIZE;
  }

  /** A crossing order for an auction (limit: up to 5 ticks through the mid, or 2 short of it). */
  private auctionOrder(at: number, seq: number, s: number, ordType: number, tif: number): void {
    const side = (this.rng.u32() & 1) === 1 ? Side.Buy : Side.Sell;
    const d = (this.rng.u32() % 8) - 2;
    const ticks = side === Side.Buy ? this.mid[s]! + d : this.mid[s]! - 1 - d;
    const price = ordType === OrdType.Market ? 0 : Math.max(1, ticks) * TICK;
    const qty = this.size(s, 45);
    const acct = this.account();
    const cid = this.nextCid[acct]!++;
    this.order(at, Cmd.NewOrder, side, ordType, tif, s, 0, price, qty, acct, cid, 0, seq);
    // DAY and GTC orders rest past the call: cancellable later. At-auction orders are left to their auction.
    if (tif === TimeInForce.DAY || tif === TimeInForce.GTC) this.pools[s]!.add(seq, side, price, qty, acct, cid);
    this.counts.auction++;
  }

  /** Write the next record at `at`; returns its size (64, or 96 for DEFINE_INSTRUMENT). */
  next(buf: Uint8Array, at: number): number {
    if (buf !== this.lastBuf) {
      this.lastBuf = buf;
      this.dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    const seq = this.startSeq + this.emitted;
    if (this.emitted < this.prelude.length) {
      const c = this.prelude[this.emitted]!;
      const size = encodeCommand({ ...c, seq, time: this.time }, buf, at);
      this.emitted++;
      if (c.type === Cmd.DefineInstrument) this.counts.instrument++;
      else this.counts.admin++;
      return size;
    }
    if (!this.hasPending) {
      this.timeF += -Math.log(1 - this.rng.float()) * this.meanGapUs;
      this.pendingTime = Math.max(this.time, Math.floor(this.timeF));
      this.hasPending = true;
    }
    if (this.goneHead < this.goneQ.length) this.retireGone();
    const boundary = (Math.floor(this.time / this.clockTickUs) + 1) * this.clockTickUs;
    this.emitted++;
    if (this.pendingTime >= boundary) {
      this.time = boundary;
      this.counts.clock++;
      this.order(at, Cmd.ClockTick, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, seq);
      return CMD_SIZE;
    }
    this.time = this.pendingTime;
    this.hasPending = false;
    if (this.warm) this.steady(at, seq);
    else this.warmStep(at, seq);
    return CMD_SIZE;
  }

  // ---- generation -------------------------------------------------------------------------

  private warmStep(at: number, seq: number): void {
    let s = 1 + (this.rng.u32() % this.symbols);
    for (let k = 0; this.pools[s]!.n >= this.restingTarget; k++) {
      if (k === this.symbols) {
        // Every pool is full already (auction calls rested orders before the warm-up ended).
        this.warm = true;
        this.steady(at, seq);
        return;
      }
      s = s === this.symbols ? 1 : s + 1;
    }
    this.passive(at, seq, s, TimeInForce.GTC);
    if (++this.warmTotal >= this.symbols * this.restingTarget) this.warm = true;
  }

  private steady(at: number, seq: number): void {
    if (this.haltedSym !== 0 && this.emitted >= this.resumeAt) {
      this.order(at, Cmd.SetStatus, 0, 0, 0, this.haltedSym, 0, 0, 0, 0, 0, TradingStatus.Open, seq);
      this.haltedSym = 0;
      this.counts.resume++;
      return;
    }
    const s = 1 + (this.rng.u32() % this.symbols);
    if (this.rng.u32() < this.stepThreshold) this.mid[s] = Math.max(100, this.mid[s]! + ((this.rng.u32() & 1) === 1 ? 1 : -1));
    if (this.haltedSym === 0 && this.rng.u32() < this.haltThreshold) {
      this.order(at, Cmd.SetStatus, 0, 0, 0, s, 0, 0, 0, 0, 0, TradingStatus.Halted, seq);
      this.haltedSym = s;
      this.resumeAt = this.emitted + this.haltRecords;
      this.counts.halt++;
      return;
    }
    if (this.badRate > 0 && this.rng.float() < this.badRate) {
      this.bad(at, seq, s);
      return;
    }
    if (this.tradingDay && this.rng.u32() % 100 === 0) {
      // An at-close order, held off the book until the closing call.
      this.auctionOrder(at, seq, s, (this.rng.u32() & 1) === 1 ? OrdType.Market : OrdType.Limit, TimeInForce.AtClose);
      return;
    }
    const pool = this.pools[s]!;
    const u = this.rng.float();
    if (u < 0.02) this.marketable(at, seq, s, OrdType.Market, TimeInForce.IOC);
    else if (u < 0.04) this.marketable(at, seq, s, OrdType.Limit, TimeInForce.IOC);
    else if (u < 0.065) this.marketable(at, seq, s, OrdType.Limit, TimeInForce.GTC);
    else if (u < 0.165 && pool.n > 0) this.modify(at, seq, s);
    else {
      // Aim the live (not merely pooled) count at the target: ids that traded away stay in the
      // pool until a cancel misses them, so discount the expected number of them.
      const r = (pool.n - this.dead[s]!) / Math.max(1, this.restingTarget);
      const pNew = Math.min(0.98, Math.max(0.05, 0.5 + 4 * (1 - r)));
      if (pool.n === 0 || this.rng.float() < pNew) {
        const tif = this.rng.u32() % 50 === 0 ? TimeInForce.IOC : this.tradingDay && this.rng.u32() % 4 === 0 ? TimeInForce.DAY : TimeInForce.GTC;
        this.passive(at, seq, s, tif);
      }
      else this.cancel(at, seq, s);
    }
  }

  private passive(at: number, seq: number, s: number, tif: number): void {
    const side = (this.rng.u32() & 1) === 1 ? Side.Buy : Side.Sell;
    const price = this.passivePrice(s, side);
    const qty = this.size(s);
    const acct = this.account();
    const cid = this.nextCid[acct]!++;
    this.order(at, Cmd.NewOrder, side, OrdType.Limit, tif, s, 0, price, qty, acct, cid, 0, seq);
    if (tif === TimeInForce.GTC || tif === TimeInForce.DAY) {
      this.pools[s]!.add(seq, side, price, qty, acct, cid);
      this.counts.passive++;
    } else this.counts.passiveIoc++;
  }

  private marketable(at: number, seq: number, s: number, ordType: number, tif: number): void {
    const side = (this.rng.u32() & 1) === 1 ? Side.Buy : Side.Sell;
    const cross = this.rng.u32() % 6;
    const ticks = side === Side.Buy ? this.mid[s]! + cross : this.mid[s]! - 1 - cross;
    const price = ordType === OrdType.Market ? 0 : Math.max(1, ticks) * TICK;
    const qty = this.size(s, 45);
    const acct = this.account();
    const cid = this.nextCid[acct]!++;
    this.order(at, Cmd.NewOrder, side, ordType, tif, s, 0, price, qty, acct, cid, 0, seq);
    const pool = this.pools[s]!;
    if (!this.observed) this.dead[s] = Math.min(pool.n, this.dead[s]! + qty / KILL_SHARES);
    // A GTC remainder may rest: keep the id, so a later cancel may (or may not) find it.
    if (tif === TimeInForce.GTC) pool.add(seq, side, price, qty, acct, cid);
    if (ordType === OrdType.Market) this.counts.market++;
    else this.counts.marketableLimit++;
  }

  private cancel(at: number, seq: number, s: number): void {
    const pool = this.pools[s]!;
    const i = this.rng.u32() % pool.n;
    this.order(at, Cmd.Cancel, 0, 0, 0, s, pool.get(i, F_ID), 0, 0, pool.get(i, F_ACCT), 0, 0, seq);
    this.dead[s] = this.dead[s]! * (1 - 1 / pool.n); // the expected dead share leaves with it
    pool.remove(i);
    this.counts.cancel++;
  }

  private modify(at: number, seq: number, s: number): void {
    const pool = this.pools[s]!;
    const i = this.rng.u32() % pool.n;
    const lot = this.lot[s]!;
    const qty = pool.get(i, F_QTY);
    let price = pool.get(i, F_PRICE);
    let newQty: number;
    if ((this.rng.u32() & 1) === 1 && qty > lot) {
      newQty = Math.max(lot, Math.floor(qty / 2 / lot) * lot); // keeps time priority
    } else {
      price = this.passivePrice(s, pool.get(i, F_SIDE));
      newQty = this.size(s);
    }
    pool.set(i, F_PRICE, price);
    pool.set(i, F_QTY, newQty);
    this.order(at, Cmd.Modify, 0, 0, 0, s, pool.get(i, F_ID), price, newQty, pool.get(i, F_ACCT), 0, 0, seq);
    this.counts.modify++;
  }

  /** One deliberately bad input; the engine must reject each with its own code. */
  private bad(at: number, seq: number, s: number): void {
    this.counts.bad++;
    const side = (this.rng.u32() & 1) === 1 ? Side.Buy : Side.Sell;
    const lot = this.lot[s]!;
    let price = this.passivePrice(s, side);
    let qty = this.size(s);
    let sym = s;
    const acct = this.account();
    let cid = this.nextCid[acct]!++;
    const pool = this.pools[s]!;
    switch (this.rng.u32() % 9) {
      case 0: qty = 0; break;
      case 1: qty = -qty; break;
      case 2: qty = lot > 1 ? qty + 1 : qty + 0.5; break;
      case 3: price += 1 + (this.rng.u32() % (TICK - 1)); break;
      case 4: price = -price; break;
      case 5: sym = this.symbols + 1 + (this.rng.u32() % 1000); break;
      case 6: {
        // Cancel an id no one owns: this record's own seq, or a live id under another account.
        if (pool.n > 0 && (this.rng.u32() & 1) === 1) {
          const i = this.rng.u32() % pool.n;
          const other = (pool.get(i, F_ACCT) % this.accounts) + 1;
          this.order(at, Cmd.Cancel, 0, 0, 0, s, pool.get(i, F_ID), 0, 0, other === pool.get(i, F_ACCT) ? other + 1 : other, 0, 0, seq);
        } else this.order(at, Cmd.Cancel, 0, 0, 0, s, seq, 0, 0, acct, 0, 0, seq);
        return;
      }
      case 7: {
        if (pool.n === 0) break;
        const i = this.rng.u32() % pool.n;
        cid = pool.get(i, F_CID);
        this.order(at, Cmd.NewOrder, side, OrdType.Limit, TimeInForce.GTC, s, 0, price, qty, pool.get(i, F_ACCT), cid, 0, seq);
        // Accepted if the original is gone: then it rests, so keep it cancellable.
        pool.add(seq, side, price, qty, pool.get(i, F_ACCT), cid);
        return;
      }
      default: qty = this.maxQty[s]! + lot; break;
    }
    this.order(at, Cmd.NewOrder, side, OrdType.Limit, TimeInForce.GTC, sym, 0, price, qty, acct, cid, 0, seq);
  }

  private passivePrice(s: number, side: number): number {
    const r = this.rng.u32();
    // 90%: d = 4*G + U(0..3), G geometric(1/2) from leading zeros; 10%: 20..199 ticks away.
    let d = r % 10 === 0 ? 20 + (this.rng.u32() % 180) : (Math.clz32(this.rng.u32() | 3) << 2) + (r & 3);
    const mid = this.mid[s]!;
    // Stay well inside the engine's protection band (5% around the last trade): at most 3%.
    const cap = Math.floor(mid * 0.03);
    if (d > cap) d = cap;
    const ticks = side === Side.Buy ? mid - 1 - d : mid + d;
    return Math.max(1, ticks) * TICK;
  }

  /** Heavy-tailed size: (10 .. 10+spread-1) * 2^G shares, rounded down to the lot. */
  private size(s: number, spread = 90): number {
    const r = this.rng.u32();
    const g = Math.min(8, Math.clz32(r | 1));
    const shares = (10 + (this.rng.u32() % spread)) * 2 ** g;
    const lot = this.lot[s]!;
    return Math.max(lot, Math.floor(shares / lot) * lot);
  }

  private account(): number {
    return 1 + (this.rng.u32() % this.accounts);
  }

  /** Write a 64-byte record, every field (the buffer may hold an older record). */
  private order(at: number, type: number, side: number, ordType: number, tif: number, symbol: number, orderId: number, price: number, qty: number, account: number, cid: number, status: number, seq: number): void {
    const dv = this.dv;
    dv.setUint8(at + CmdOff.type, type);
    dv.setUint8(at + CmdOff.side, side);
    dv.setUint8(at + CmdOff.ordType, ordType);
    dv.setUint8(at + CmdOff.tif, tif);
    dv.setUint32(at + CmdOff.symbol, symbol, true);
    dv.setFloat64(at + CmdOff.seq, seq, true);
    dv.setFloat64(at + CmdOff.time, this.time, true);
    dv.setFloat64(at + CmdOff.orderId, orderId, true);
    dv.setFloat64(at + CmdOff.price, price, true);
    dv.setFloat64(at + CmdOff.qty, qty, true);
    dv.setUint32(at + CmdOff.account, account, true);
    dv.setUint32(at + CmdOff.clientOrderId, cid, true);
    dv.setUint32(at + CmdOff.status, status, true);
    dv.setUint32(at + CmdOff.session, 0, true);
  }
}

/** Size of the record at `at` (for walking a buffer of generated records). */
export function recordSize(buf: Uint8Array, at: number): number {
  return cmdSize(buf[at + CmdOff.type]!);
}
