/**
 * LOBSTER oracle: replays NASDAQ order-level messages through the sequencer and the engine and
 * compares the book with LOBSTER's own top-N book after every message.
 *
 * LOBSTER leaves out events at prices outside its N-level window, so a level is known only
 * while it stays inside the window. After each message:
 *   - levels that left the row's window are forgotten (their orders cancelled in the engine);
 *   - levels that enter it (always beyond every known level) are taken from the row as one
 *     anonymous resting order each: a "refill";
 *   - every known level must equal the row exactly, or the row counts as a mismatch.
 * Order mapping: type 1 -> resting limit order (account LOB); 2 -> size decrease (keeps
 * priority); 3 -> cancel; 4 -> a marketable IOC from account EXEC that must trade first against
 * the named order; 5 -> hidden execution, nothing visible; 7 -> halt / resume. A message naming
 * an order we do not know (sent before the sample, or forgotten) acts on the anonymous
 * liquidity at its price.
 */
import { Side, TimeInForce, OrdType, TradingStatus } from '../../kernel/types.ts';
import { Engine } from '../../engine/engine.ts';
import { Cmd, encodeCommand, type Command } from '../../engine/commands.ts';
import { Ev, EVENT_SLOTS, TradeEv, evType, type EventLog } from '../../engine/events.ts';
import type { JournalSink } from '../../sequencer/sequencer.ts';
import { CoreAgent } from '../../sequencer/core-agent.ts';
import type { LobsterMessage, LobsterRow } from './files.ts';
import { lobsterMicros, EMPTY_PRICE } from './files.ts';

export const ACCOUNT_LOB = 1;
export const ACCOUNT_ANON = 2;
export const ACCOUNT_EXEC = 3;
const SYMBOL = 1;

/** The book being checked: the engine's, or (issue 3) the market-data publisher's L2 book. */
export interface BookView {
  levels(side: Side, max: number): { price: number; qty: number }[];
}

export interface LobsterOptions {
  symbol: string;
  levels: number;
  /** Midnight of the trading day in exchange local time, as µs since the epoch. */
  dayStartMicros: number;
  tick?: number;
  journal?: JournalSink;
  /** Committed engine events, in order (feeds the MDP when checking through it). */
  onEvents?: (events: EventLog, lastSeq: number) => void;
  /** Which book to compare; default the engine's. */
  view?: (engine: Engine) => BookView;
  /** Called with the compared book after every message (for --out). */
  onRow?: (row: { asks: { price: number; qty: number }[]; bids: { price: number; qty: number }[] }) => void;
}

export interface LobsterResult {
  rows: number;
  mismatches: number;
  refills: number;
  /** Executions whose first trade was not against the order LOBSTER named (0 expected). */
  wrongMaker: number;
  /** Orders moved behind the order an execution names (see requeueAhead). */
  requeues: number;
  inputs: number;
  firstMismatch?: string;
}

export function replayLobster(messages: LobsterMessage[], rows: LobsterRow[], opts: LobsterOptions): LobsterResult {
  const N = opts.levels;
  const engine = new Engine({ expectedOrders: 1 << 16 });
  let now = opts.dayStartMicros;
  // The oracle is a producer of the core agent like any other: it submits and commits per message.
  const core = CoreAgent.sync({ engine, clock: () => now, journal: opts.journal, onDurable: opts.onEvents });
  const view = opts.view ? opts.view(engine) : { levels: (side: Side, max: number) => engine.depth(SYMBOL, side, max) };
  const buf = new Uint8Array(96);
  const known = new Map<number, number>(); // LOBSTER order id -> engine order id
  const anon = new Map<number, number>(); // side*1e11 + price -> engine order id of the anonymous order
  let clId = 0;
  const result: LobsterResult = { rows: 0, mismatches: 0, refills: 0, wrongMaker: 0, requeues: 0, inputs: 0 };

  const submit = (c: Command): number => {
    encodeCommand(c, buf, 0);
    result.inputs++;
    return core.submit(buf, 0);
  };
  const live = (id: number | undefined) => (id === undefined ? undefined : engine.order(id));
  const levelKey = (side: Side, price: number) => side * 1e11 + price;
  const newOrder = (side: Side, price: number, qty: number, account: number, tif: TimeInForce) =>
    submit({ type: Cmd.NewOrder, symbol: SYMBOL, side, ordType: OrdType.Limit, tif, price, qty, account, clientOrderId: clId++ >>> 0 });
  const reduce = (id: number, by: number) => {
    const o = engine.order(id)!;
    if (o.qty > by) submit({ type: Cmd.Modify, symbol: SYMBOL, orderId: id, account: o.account, price: o.price, qty: o.qty - by });
    else submit({ type: Cmd.Cancel, symbol: SYMBOL, orderId: id, account: o.account });
  };
  const addAnon = (side: Side, price: number, qty: number) => {
    anon.set(levelKey(side, price), newOrder(side, price, qty, ACCOUNT_ANON, TimeInForce.GTC));
  };

  // Seed from row 0: the book as it stood after message 0.
  const row0 = rows[0]!;
  const refPrice = row0.bids[0]?.price ?? row0.asks[0]?.price ?? 100;
  now = lobsterMicros(opts.dayStartMicros, messages[0]?.time ?? '0');
  submit({ type: Cmd.DefineInstrument, symbol: SYMBOL, name: opts.symbol, tick: opts.tick ?? 100, lot: 1, maxQty: 1e9, refPrice, bandBps: 10000, priceDecimals: 4, qtyDecimals: 0, currency: 'USD' });
  for (const l of row0.bids) addAnon(Side.Buy, l.price, l.size);
  for (const l of row0.asks) addAnon(Side.Sell, l.price, l.size);
  core.commit();
  opts.onRow?.({ asks: view.levels(Side.Sell, N), bids: view.levels(Side.Buy, N) });

  const limit = Math.min(messages.length, rows.length);
  for (let i = 1; i < limit; i++) {
    const m = messages[i]!;
    now = lobsterMicros(opts.dayStartMicros, m.time);
    const side = m.direction === 1 ? Side.Buy : Side.Sell;
    const mine = live(known.get(m.orderId));
    const anonId = anon.get(levelKey(side, m.price));
    switch (m.type) {
      case 1:
        known.set(m.orderId, newOrder(side, m.price, m.size, ACCOUNT_LOB, TimeInForce.GTC));
        break;
      case 2:
      case 3:
        if (mine) {
          if (m.type === 3) submit({ type: Cmd.Cancel, symbol: SYMBOL, orderId: mine.orderId, account: ACCOUNT_LOB });
          else reduce(mine.orderId, m.size);
        } else if (live(anonId)) reduce(anonId!, m.size);
        break;
      case 4: {
        const expectMaker = mine ? mine.orderId : live(anonId) ? anonId! : -1;
        if (expectMaker >= 0) requeueAhead(side, m.price, expectMaker);
        const from = engine.out.count;
        newOrder(side === Side.Buy ? Side.Sell : Side.Buy, m.price, m.size, ACCOUNT_EXEC, TimeInForce.IOC);
        if (firstMaker(engine.out, from) !== expectMaker) result.wrongMaker++;
        break;
      }
      case 5:
        break;
      case 7:
        submit({ type: Cmd.SetStatus, symbol: SYMBOL, status: m.price === -1 ? TradingStatus.Halted : TradingStatus.Open });
        break;
    }
    applyWindow(rows[i]!);
    core.commit(); // the compared book (engine or MDP) sees every input of this message
    const problem = compare(rows[i]!);
    result.rows++;
    if (problem) {
      result.mismatches++;
      result.firstMismatch ??= `row ${i} (message ${m.type} order ${m.orderId}): ${problem}`;
    }
    opts.onRow?.({ asks: view.levels(Side.Sell, N), bids: view.levels(Side.Buy, N) });
  }
  core.commit();
  return result;

  /**
   * LOBSTER sometimes executes an order that our queue holds behind others (executions of one
   * sweep listed out of queue order at the same timestamp, or priority we cannot see). The
   * orders ahead are moved behind it with two ordinary modifies (size up: loses priority;
   * size back down: keeps it), so the engine stays strictly FIFO and the book is unchanged.
   */
  function requeueAhead(side: Side, price: number, target: number): void {
    const queue = engine.ordersAt(SYMBOL, side, price);
    for (const id of queue) {
      if (id === target) return;
      const o = engine.order(id)!;
      submit({ type: Cmd.Modify, symbol: SYMBOL, orderId: id, account: o.account, price, qty: o.qty + 1 });
      submit({ type: Cmd.Modify, symbol: SYMBOL, orderId: id, account: o.account, price, qty: o.qty });
      result.requeues++;
    }
  }

  /** The window rule: forget levels that left the row's window, refill the ones that entered. */
  function applyWindow(row: LobsterRow): void {
    for (const side of [Side.Buy, Side.Sell] as const) {
      const want = side === Side.Buy ? row.bids : row.asks;
      const worse = (a: number, b: number) => (side === Side.Buy ? a < b : a > b);
      if (want.length >= N) {
        const edge = want[N - 1]!.price;
        for (const l of engine.depth(SYMBOL, side)) {
          if (!worse(l.price, edge)) continue;
          for (const id of engine.ordersAt(SYMBOL, side, l.price)) {
            submit({ type: Cmd.Cancel, symbol: SYMBOL, orderId: id, account: engine.order(id)!.account });
          }
          anon.delete(levelKey(side, l.price));
        }
      }
      const have = engine.depth(SYMBOL, side);
      let worst = have.length ? have[have.length - 1]!.price : undefined;
      for (const l of want) {
        if (have.some((h) => h.price === l.price)) continue;
        if (worst === undefined || worse(l.price, worst)) {
          addAnon(side, l.price, l.size);
          result.refills++;
          worst = l.price;
        }
      }
    }
  }

  /** Every known level must equal the row; returns a description of the first difference. */
  function compare(row: LobsterRow): string | undefined {
    let problem: string | undefined;
    for (const side of [Side.Buy, Side.Sell] as const) {
      const want = side === Side.Buy ? row.bids : row.asks;
      const got = view.levels(side, N + 1);
      const cmp = Math.max(got.length, want.length);
      for (let k = 0; k < cmp && !problem; k++) {
        const g = got[k];
        const w = want[k];
        if (!g || !w || g.price !== w.price || g.qty !== w.size) {
          problem = `${side === Side.Buy ? 'bid' : 'ask'} level ${k + 1}: book ${g ? `${g.qty}@${g.price}` : 'empty'}, LOBSTER ${w ? `${w.size}@${w.price}` : 'empty'}`;
        }
      }
    }
    return problem;
  }
}

/** Maker order id of the first trade at or after record `from`, or -1. */
function firstMaker(out: EventLog, from: number): number {
  for (let k = from; k < out.count; k++) {
    if (evType(out.i32, k) === Ev.Trade) return out.f64[k * EVENT_SLOTS + TradeEv.maker]!;
  }
  return -1;
}

/** One LOBSTER orderbook line for a compared book (empty levels as LOBSTER writes them). */
export function formatRow(row: { asks: { price: number; qty: number }[]; bids: { price: number; qty: number }[] }, levels: number): string {
  const f: (number | string)[] = [];
  for (let k = 0; k < levels; k++) {
    const a = row.asks[k];
    const b = row.bids[k];
    f.push(a ? a.price : EMPTY_PRICE, a ? a.qty : 0, b ? b.price : -EMPTY_PRICE, b ? b.qty : 0);
  }
  return f.join(',');
}
