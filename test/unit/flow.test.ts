import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { OrderFlow, DEFAULT_START_TIME, SIM_ADMIN_RECORDS, recordSize, type FlowOptions } from '../../server/sim/flow.ts';
import { Cmd, decodeCommand, type Stamped } from '../../server/engine/commands.ts';
import { Ev, EVENT_SLOTS, RejectedEv, evType, type EventLog } from '../../server/engine/events.ts';
import { OrdType, TimeInForce, TradingStatus, Side } from '../../server/kernel/types.ts';
import { BourseError } from '../../server/kernel/errors.ts';

/** Generate `n` records into one buffer; returns the bytes and each record's offset. */
function generate(opts: FlowOptions, n: number, observe?: (buf: Uint8Array, at: number) => EventLog): { bytes: Uint8Array; offsets: number[]; flow: OrderFlow } {
  const flow = new OrderFlow(opts);
  const buf = new Uint8Array(n * 96);
  const offsets: number[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets.push(at);
    const size = flow.next(buf, at);
    assert.equal(size, recordSize(buf, at));
    if (observe) flow.observe(observe(buf, at));
    at += size;
  }
  return { bytes: buf.subarray(0, at), offsets, flow };
}

function decodeAll(g: { bytes: Uint8Array; offsets: number[] }): Stamped[] {
  return g.offsets.map((o) => decodeCommand(g.bytes, o) as Stamped);
}

test('same seed gives a byte-identical stream; another seed a different one', () => {
  const opts = { seed: 42, symbols: 5, restingTarget: 200 };
  const a = generate(opts, 30_000);
  const b = generate(opts, 30_000);
  assert.equal(Buffer.compare(a.bytes, b.bytes), 0);
  const c = generate({ ...opts, seed: 43 }, 30_000);
  assert.notEqual(Buffer.compare(a.bytes, c.bytes), 0);
  // Instruments of the listed tickers (the first 100 symbols) do not depend on the seed.
  assert.deepEqual(new OrderFlow(opts).instruments(), new OrderFlow({ ...opts, seed: 43 }).instruments());
});

test('instrument records come first, one per symbol, valid and named', () => {
  const symbols = 105;
  const g = generate({ seed: 1, symbols, restingTarget: 10 }, 5_000);
  const recs = decodeAll(g);
  const names = new Set<string>();
  // The admin prelude (firm, accounts) comes first: docs/accounts.md.
  assert.deepEqual(recs.slice(0, SIM_ADMIN_RECORDS).map((r) => r.type), [Cmd.FirmAdd, Cmd.AccountAdd]);
  for (let i = 0; i < symbols; i++) {
    const r = recs[SIM_ADMIN_RECORDS + i]!;
    assert.equal(r.type, Cmd.DefineInstrument);
    if (r.type !== Cmd.DefineInstrument) continue;
    assert.equal(r.symbol, i + 1);
    assert.equal(r.currency, 'USD');
    assert.ok(r.tick > 0 && r.lot > 0 && r.refPrice % r.tick === 0 && r.maxQty % r.lot === 0, JSON.stringify(r));
    assert.ok(r.bandBps > 0 && r.bandBps <= 10000);
    names.add(r.name);
  }
  assert.equal(names.size, symbols);
  assert.ok(names.has('AAPL') && names.has('MSFT') && names.has('SYM101') && names.has('SYM105'));
  assert.equal(recs.slice(SIM_ADMIN_RECORDS + symbols).filter((r) => r.type === Cmd.DefineInstrument).length, 0);
  assert.deepEqual(new OrderFlow({ seed: 1, symbols }).instruments().map((d) => d.type === Cmd.DefineInstrument && d.name).slice(0, 3), ['AAPL', 'MSFT', 'NVDA']);
});

test('seq is contiguous from startSeq; time starts at startTime, is integer and never decreases', () => {
  const g = generate({ seed: 9, symbols: 3, startSeq: 1000, restingTarget: 100 }, 20_000);
  const recs = decodeAll(g);
  let last = DEFAULT_START_TIME;
  recs.forEach((r, i) => {
    assert.equal(r.seq, 1000 + i);
    assert.ok(Number.isInteger(r.time) && r.time >= last, `record ${i}: time ${r.time} after ${last}`);
    last = r.time;
  });
  assert.equal(recs[0]!.time, DEFAULT_START_TIME);
  assert.equal(g.flow.now, last);
  assert.equal(g.flow.nextSeq, 1000 + recs.length);
  // Mean inter-arrival close to 1/ratePerS (200k/s -> 5 µs).
  const gap = (last - DEFAULT_START_TIME) / recs.length;
  assert.ok(gap > 4 && gap < 6, `mean gap ${gap} µs`);
});

test('a CLOCK_TICK at every clockTickUs boundary, and only there', () => {
  const tickUs = 10_000;
  // 1000 inputs/s: a tick every ~10 inputs, several boundaries crossed by some gaps.
  const g = generate({ seed: 3, symbols: 2, restingTarget: 50, ratePerS: 1000, clockTickUs: tickUs }, 5_000);
  const recs = decodeAll(g);
  let expectNext = DEFAULT_START_TIME + tickUs;
  for (const r of recs) {
    if (r.type === Cmd.ClockTick) {
      assert.equal(r.time, expectNext, 'ticks are consecutive boundaries');
      expectNext += tickUs;
    } else {
      assert.ok(r.time < expectNext, `record at ${r.time} came before the tick at ${expectNext}`);
    }
  }
  const ticks = recs.filter((r) => r.type === Cmd.ClockTick).length;
  assert.equal(ticks, (expectNext - tickUs - DEFAULT_START_TIME) / tickUs);
  assert.ok(ticks > 300, `${ticks} ticks`);
  assert.equal(g.flow.counts.clock, ticks);
});

test('warm-up: only passive GTC limits that never cross, until every symbol holds the target', () => {
  const symbols = 4;
  const target = 500;
  const flow = new OrderFlow({ seed: 5, symbols, restingTarget: target });
  const buf = new Uint8Array(96);
  const bestBid = new Map<number, number>();
  const bestAsk = new Map<number, number>();
  let orders = 0;
  let records = 0;
  while (!flow.warmedUp) {
    flow.next(buf, 0);
    records++;
    const r = decodeCommand(buf) as Stamped;
    if (r.type === Cmd.DefineInstrument || r.type === Cmd.ClockTick || r.type === Cmd.FirmAdd || r.type === Cmd.AccountAdd) continue;
    assert.equal(r.type, Cmd.NewOrder);
    if (r.type !== Cmd.NewOrder) continue;
    orders++;
    assert.equal(r.ordType, OrdType.Limit);
    assert.equal(r.tif, TimeInForce.GTC);
    if (r.side === Side.Buy) bestBid.set(r.symbol, Math.max(bestBid.get(r.symbol) ?? 0, r.price));
    else bestAsk.set(r.symbol, Math.min(bestAsk.get(r.symbol) ?? Infinity, r.price));
  }
  assert.equal(orders, symbols * target);
  assert.equal(records - flow.counts.clock, flow.warmup());
  for (let s = 1; s <= symbols; s++) {
    assert.equal(flow.poolSize(s), target);
    assert.ok(bestBid.get(s)! < bestAsk.get(s)!, `symbol ${s} crossed during warm-up`);
  }
});

test('steady-state mix stays within sane bounds', () => {
  const symbols = 10;
  const target = 300;
  const n = 200_000;
  const g = generate({ seed: 11, symbols, restingTarget: target }, symbols + symbols * target + n);
  const recs = decodeAll(g).slice(symbols + symbols * target + 1000);
  const count = (f: (r: Stamped) => boolean): number => recs.filter(f).length / recs.length;
  const news = count((r) => r.type === Cmd.NewOrder);
  const cancels = count((r) => r.type === Cmd.Cancel);
  const modifies = count((r) => r.type === Cmd.Modify);
  const markets = count((r) => r.type === Cmd.NewOrder && r.ordType === OrdType.Market);
  const iocs = count((r) => r.type === Cmd.NewOrder && r.tif === TimeInForce.IOC);
  const c = g.flow.counts;
  const total = c.passive + c.passiveIoc + c.marketableLimit + c.market + c.cancel + c.modify + c.bad + c.halt + c.resume;
  const marketable = (c.marketableLimit + c.market) / total;
  const bad = c.bad / total;
  assert.ok(news > 0.35 && news < 0.6, `new orders ${news}`);
  assert.ok(cancels > 0.25 && cancels < 0.5, `cancels ${cancels}`);
  assert.ok(modifies > 0.07 && modifies < 0.13, `modifies ${modifies}`);
  assert.ok(marketable > 0.05 && marketable < 0.1, `marketable ${marketable}`);
  assert.ok(markets > 0.01 && markets < 0.03, `market orders ${markets}`);
  assert.ok(iocs > 0.02 && iocs < 0.06, `IOC ${iocs}`);
  assert.ok(bad > 0.001 && bad < 0.004, `bad ${bad}`);
  // Uses many accounts and every symbol.
  assert.ok(new Set(recs.filter((r) => r.type === Cmd.NewOrder).map((r) => r.type === Cmd.NewOrder && r.account)).size >= 95);
  assert.equal(new Set(recs.filter((r) => r.type === Cmd.Cancel).map((r) => r.type === Cmd.Cancel && r.symbol)).size, symbols);
});

test('cancels and modifies name an order the flow placed on that symbol, under its account', () => {
  const g = generate({ seed: 21, symbols: 3, restingTarget: 200, badRate: 0 }, 60_000);
  const placed = new Map<number, { symbol: number; account: number }>();
  let refs = 0;
  for (const r of decodeAll(g)) {
    if (r.type === Cmd.NewOrder) placed.set(r.seq, { symbol: r.symbol, account: r.account });
    if (r.type === Cmd.Cancel || r.type === Cmd.Modify) {
      refs++;
      const p = placed.get(r.orderId);
      assert.ok(p, `order ${r.orderId} never placed`);
      assert.equal(p.symbol, r.symbol);
      assert.equal(p.account, r.account);
    }
  }
  assert.ok(refs > 10_000);
});

test('every kind of bad input appears, and halts are followed by a resume of the same symbol', () => {
  const symbols = 3;
  const g = generate({ seed: 8, symbols, restingTarget: 100, badRate: 0.05, haltRate: 2e-4, haltRecords: 300 }, 60_000);
  const recs = decodeAll(g);
  const seen = new Set<string>();
  const cids = new Map<string, number>();
  for (const r of recs) {
    if (r.type === Cmd.NewOrder) {
      if (r.qty === 0) seen.add('zero qty');
      if (r.qty < 0) seen.add('negative qty');
      if (r.qty > 0 && !Number.isInteger(r.qty)) seen.add('fractional qty');
      if (r.qty > 1_000_000) seen.add('qty above max');
      if (r.price < 0) seen.add('negative price');
      if (r.price > 0 && r.price % 100 !== 0) seen.add('off-tick price');
      if (r.symbol > symbols) seen.add('unknown symbol');
      const key = `${r.account}/${r.clientOrderId}`;
      if (cids.has(key)) seen.add('duplicate client order id');
      cids.set(key, r.seq);
    }
    if (r.type === Cmd.Cancel && r.orderId === r.seq) seen.add('cancel of an unknown id');
  }
  const lots = new OrderFlow({ seed: 8, symbols }).instruments().map((d) => (d.type === Cmd.DefineInstrument ? d.lot : 0));
  assert.deepEqual(lots, [1, 10, 100]);
  for (const r of recs) if (r.type === Cmd.NewOrder && r.symbol <= symbols && lots[r.symbol - 1]! > 1 && r.qty > 0 && r.qty % lots[r.symbol - 1]! !== 0) seen.add('off-lot qty');
  for (const k of ['zero qty', 'negative qty', 'fractional qty', 'off-lot qty', 'qty above max', 'negative price', 'off-tick price', 'unknown symbol', 'duplicate client order id', 'cancel of an unknown id']) {
    assert.ok(seen.has(k), `no ${k} in the stream`);
  }
  let halted = 0;
  let halts = 0;
  for (const r of recs) {
    if (r.type !== Cmd.SetStatus) continue;
    if (r.status === TradingStatus.Halted) {
      assert.equal(halted, 0, 'one halt at a time');
      halted = r.symbol;
      halts++;
    } else {
      assert.equal(r.status, TradingStatus.Open);
      assert.equal(r.symbol, halted);
      halted = 0;
    }
  }
  assert.ok(halts >= 2, `${halts} halts`);
});

test('bad options are refused with a registered error', () => {
  for (const bad of [{ symbols: 0 }, { symbols: 1.5 }, { symbols: 70_000 }, { badRate: 2 }, { ratePerS: 0 }, { restingTarget: -1 }, { clockTickUs: 0 }]) {
    assert.throws(() => new OrderFlow({ seed: 1, symbols: 1, ...bad }), (e: unknown) => e instanceof BourseError && e.code === 'CLI_BAD_VALUE', JSON.stringify(bad));
  }
});

// ---- through the real engine ----------------------------------------------------------------

const enginePath = new URL('../../server/engine/engine.ts', import.meta.url);
const noEngine = existsSync(enginePath) ? false : 'server/engine/engine.ts does not exist yet';

async function runThroughEngine(observe: boolean): Promise<{ resting: number; target: number; ev: Map<number, number>; rejectedCancels: number; cancels: number }> {
  const { Engine } = (await import(enginePath.href)) as typeof import('../../server/engine/engine.ts');
  const symbols = 4;
  const target = 1000;
  const engine = new Engine();
  const flow = new OrderFlow({ seed: 2026, symbols, restingTarget: target });
  const buf = new Uint8Array(96);
  const ev = new Map<number, number>();
  let rejectedCancels = 0;
  let cancels = 0;
  const total = symbols + symbols * target + 200_000;
  for (let i = 0; i < total; i++) {
    flow.next(buf, 0);
    if (buf[0] === Cmd.Cancel) cancels++;
    engine.apply(buf, 0);
    const out = engine.out;
    for (let k = 0; k < out.count; k++) {
      const type = evType(out.i32, k);
      ev.set(type, (ev.get(type) ?? 0) + 1);
      if (type === Ev.Rejected && out.f64[k * EVENT_SLOTS + RejectedEv.command] === Cmd.Cancel) rejectedCancels++;
    }
    if (observe) flow.observe(out);
    out.clear();
  }
  return { resting: engine.restingOrders, target: symbols * target, ev, rejectedCancels, cancels };
}

test('200k inputs through the engine, with feedback: resting stays near target; trades, rejects, cancels happen', { skip: noEngine }, async () => {
  const r = await runThroughEngine(true);
  assert.ok(r.resting > r.target * 0.85 && r.resting < r.target * 1.15, `resting ${r.resting} vs target ${r.target}`);
  assert.ok((r.ev.get(Ev.Trade) ?? 0) > 10_000, `trades ${r.ev.get(Ev.Trade)}`);
  assert.ok((r.ev.get(Ev.Rejected) ?? 0) > 300, `rejects ${r.ev.get(Ev.Rejected)}`);
  assert.ok((r.ev.get(Ev.Cancelled) ?? 0) > 50_000, `cancels ${r.ev.get(Ev.Cancelled)}`);
  assert.ok(r.rejectedCancels < r.cancels * 0.05, `${r.rejectedCancels} of ${r.cancels} cancels missed`);
});

test('200k inputs through the engine, without feedback: resting still near target (estimated)', { skip: noEngine }, async () => {
  const r = await runThroughEngine(false);
  assert.ok(r.resting > r.target * 0.75 && r.resting < r.target * 1.25, `resting ${r.resting} vs target ${r.target}`);
  assert.ok((r.ev.get(Ev.Trade) ?? 0) > 10_000);
  assert.ok(r.rejectedCancels > r.cancels * 0.05, 'without feedback some cancels race fills and miss');
});
