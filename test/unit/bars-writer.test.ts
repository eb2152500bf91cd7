/**
 * BarsWriter: MD records in, closed bars to the store in batches; bounded queue with the
 * drop-oldest policy, retries after a failed write, instruments folded from the stream.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BourseError } from '../../server/kernel/errors.ts';
import { MdWriter } from '../../server/mdp/records.ts';
import { BarKind } from '../../server/mdp/candles.ts';
import { BarsWriter } from '../../server/bars/writer.ts';
import type { BarRow, BarsStore, Instrument } from '../../server/bars/store.ts';
import { until } from '../support/wait.ts';

const T0 = 1_767_571_200_000_000; // µs, a minute boundary

/** MD records, through the MDP's own writer. */
class MdBuilder {
  readonly log = new MdWriter(16);
  instrument(sym: number, name: string, pd: number, qd: number, tick = 1, lot = 1): this {
    this.log.instrument(sym, name, pd, qd, T0, tick, lot, 0, 0);
    return this;
  }
  bar(sym: number, interval: number, kind: BarKind, openUs: number, px: number, vol = 10, trades = 2): this {
    this.log.bar(kind, sym, interval, openUs, px, px + 5, px - 5, px + 1, vol, trades, px * vol);
    return this;
  }
  trade(sym: number): this {
    this.log.trade(0, sym, T0, 0, 0, 0, 0, 0);
    return this;
  }
  feed(w: BarsWriter, first = 0, count = this.log.count - first): void {
    w.onRecords(this.log.f64, this.log.i32, first, count);
  }
}

class FakeStore implements Partial<BarsStore> {
  readonly kind = 'sqlite' as const;
  readonly location = 'fake';
  written: BarRow[] = [];
  batches: number[] = [];
  instrumentsSeen: Instrument[] = [];
  fail: Error | undefined;
  gate: Promise<void> | undefined;
  async upsertInstruments(list: readonly Instrument[]): Promise<void> {
    if (this.fail) throw this.fail;
    this.instrumentsSeen.push(...list);
  }
  async writeBars(rows: readonly BarRow[]): Promise<number> {
    if (this.gate) await this.gate;
    if (this.fail) throw this.fail;
    this.written.push(...rows);
    this.batches.push(rows.length);
    return rows.length;
  }
}
const asStore = (s: FakeStore) => s as unknown as BarsStore;
const idle = { flushMs: 3_600_000 };

test('closed bars of named symbols go to the store; updates, trades and other records do not', async () => {
  const store = new FakeStore();
  const w = new BarsWriter({ store: asStore(store), currency: 'USD', ...idle });
  const md = new MdBuilder().instrument(3, 'XRP/ETH', 8, 0, 1, 1).trade(3)
    .bar(3, 1, BarKind.Update, T0, 1000)
    .bar(3, 1, BarKind.Closed, T0, 1000)
    .bar(3, 0, BarKind.Closed, T0 + 59_000_000, 1001);
  md.feed(w, 0, 2);
  md.feed(w, 2);
  await w.flush();
  assert.deepEqual(store.instrumentsSeen, [{ name: 'XRP/ETH', priceDecimals: 8, qtyDecimals: 0, tick: 1, lot: 1, currency: 'USD' }]);
  assert.deepEqual(store.written, [
    { symbol: 'XRP/ETH', interval: '1m', openTime: T0 / 1000, open: 1000, high: 1005, low: 995, close: 1001, volume: 10, trades: 2, notional: 10_000 },
    { symbol: 'XRP/ETH', interval: '1s', openTime: T0 / 1000 + 59_000, open: 1001, high: 1006, low: 996, close: 1002, volume: 10, trades: 2, notional: 10_010 },
  ]);
  const s = w.stats();
  assert.equal(s.enqueued, 2);
  assert.equal(s.written, 2);
  assert.equal(s.queued, 0);
  assert.equal(s.storeUp, 1);
  await w.close();
});

test('batches: at most `batch` bars per write, in stream order', async () => {
  const store = new FakeStore();
  const w = new BarsWriter({ store: asStore(store), batch: 4, ...idle });
  const md = new MdBuilder().instrument(0, 'A', 2, 0);
  for (let i = 0; i < 10; i++) md.bar(0, 0, BarKind.Closed, T0 + i * 1_000_000, 100 + i);
  md.feed(w);
  await w.flush();
  assert.deepEqual(store.batches, [4, 4, 2]);
  assert.deepEqual(store.written.map((r) => r.open), [100, 101, 102, 103, 104, 105, 106, 107, 108, 109]);
  await w.close();
});

test('a full queue drops the oldest bars, counts them and keeps their time range; never blocks the caller', async () => {
  const store = new FakeStore();
  let open!: () => void;
  store.gate = new Promise((r) => (open = r));
  const w = new BarsWriter({ store: asStore(store), capacity: 4, batch: 2, ...idle });
  const md = new MdBuilder().instrument(0, 'A', 2, 0);
  md.bar(0, 0, BarKind.Closed, T0, 100).bar(0, 0, BarKind.Closed, T0 + 1e6, 101);
  md.feed(w);
  const pending = w.flush();
  await new Promise((r) => setImmediate(r)); // the write has taken the first two; the store hangs
  const md2 = new MdBuilder();
  for (let i = 2; i < 12; i++) md2.bar(0, 0, BarKind.Closed, T0 + i * 1e6, 100 + i);
  md2.feed(w); // returns at once although the store is stuck
  const s = w.stats();
  assert.equal(s.dropped, 6);
  assert.equal(s.droppedFirstMs, T0 / 1000 + 2000);
  assert.equal(s.droppedLastMs, T0 / 1000 + 7000);
  assert.equal(s.queued, 4);
  open();
  store.gate = undefined;
  await pending;
  await w.flush();
  assert.deepEqual(store.written.map((r) => r.open), [100, 101, 108, 109, 110, 111], 'the newest bars are kept');
  await w.close();
});

test("overflow 'grow' never drops", async () => {
  const store = new FakeStore();
  const w = new BarsWriter({ store: asStore(store), capacity: 2, overflow: 'grow', ...idle });
  const md = new MdBuilder().instrument(0, 'A', 2, 0);
  for (let i = 0; i < 50; i++) md.bar(0, 0, BarKind.Closed, T0 + i * 1e6, i + 1);
  md.feed(w);
  assert.equal(w.stats().dropped, 0);
  assert.equal(w.stats().queued, 50);
  await w.flush();
  assert.equal(store.written.length, 50);
  await w.close();
});

test('a failed write is kept and retried with backoff; nothing is lost or reordered', async () => {
  const store = new FakeStore();
  store.fail = new Error('disk on fire');
  const errors: BourseError[] = [];
  const w = new BarsWriter({ store: asStore(store), flushMs: 0, retryMs: 5, maxRetryMs: 20, onError: (e) => errors.push(e) });
  const md = new MdBuilder().instrument(0, 'A', 2, 0);
  for (let i = 0; i < 5; i++) md.bar(0, 0, BarKind.Closed, T0 + i * 1e6, 100 + i);
  md.feed(w);
  await until(() => errors.length >= 3, 30_000, 'three failed writes', 2);
  assert.equal(errors[0]!.code, 'STORE_UNAVAILABLE');
  assert.match(errors[0]!.message, /disk on fire/);
  const s = w.stats();
  assert.equal(s.storeUp, 0);
  assert.ok(s.writeErrors >= 3);
  assert.equal(s.queued, 5);
  store.fail = undefined;
  new MdBuilder().bar(0, 0, BarKind.Closed, T0 + 5e6, 105).feed(w);
  await until(() => w.stats().written >= 6, 30_000, 'six bars written', 2);
  assert.deepEqual(store.written.map((r) => r.open), [100, 101, 102, 103, 104, 105]);
  assert.equal(w.stats().storeUp, 1);
  await w.close();
});

test('bars of symbols never defined are counted as unnamed, unless `instruments` names them', async () => {
  const store = new FakeStore();
  const w = new BarsWriter({ store: asStore(store), ...idle });
  new MdBuilder().bar(7, 0, BarKind.Closed, T0, 100).feed(w);
  await w.flush();
  assert.equal(w.stats().unnamed, 1);
  assert.equal(store.written.length, 0);
  const w2 = new BarsWriter({ store: asStore(store), ...idle, instruments: (s) => (s === 7 ? { name: 'SEVEN', priceDecimals: 2, qtyDecimals: 0, tick: 1, lot: 1, currency: '' } : undefined) });
  new MdBuilder().bar(7, 0, BarKind.Closed, T0, 100).feed(w2);
  await w2.flush();
  assert.deepEqual(store.written.map((r) => r.symbol), ['SEVEN']);
  await w.close();
  await w2.close();
});

test('options are validated once', () => {
  const store = asStore(new FakeStore());
  for (const bad of [{ capacity: 0 }, { batch: 1.5 }, { flushMs: -1 }, { overflow: 'block' as never }, { currency: 'usd' }]) {
    assert.throws(() => new BarsWriter({ store, ...bad }), (e: BourseError) => e.code === 'BARS_WRITER_BAD_OPTION');
  }
  assert.ok(Object.isFrozen(new BarsWriter({ store }).options));
});
