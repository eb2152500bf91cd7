/**
 * Issue 14: a gap in sequenced time (a weekend, a restart months after the last input) costs the
 * MDP constant work and memory. The candle builder reports the empty bars it jumps over as one
 * run per (symbol, interval); the MDP emits one EMPTY_RUN record for it; the bars writer stores
 * it as one row; the bars API expands it within the page. Expanded, the output is exactly the
 * empty-bar convention (one bar with volume 0 per empty interval).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BarKind, CandleBuilder, INTERVALS, expandRuns, intervalIndex, type CandleSink } from '../../server/mdp/candles.ts';
import { Engine } from '../../server/engine/engine.ts';
import { Cmd, encodeCommand, cmdSize, type Command, type Stamped } from '../../server/engine/commands.ts';
import { Mdp } from '../../server/mdp/mdp.ts';
import { decodeMd, Md } from '../../server/mdp/records.ts';
import { OrdType, Side, TimeInForce } from '../../server/kernel/types.ts';
import { SqliteStore } from '../../server/bars/sqlite-store.ts';
import { BarsWriter } from '../../server/bars/writer.ts';
import { mergedPage } from '../../server/bars/runs.ts';
import { BAR_FIELDS } from '../../server/bars/store.ts';
import { define } from '../support/commands.ts';
import { Packetizer } from '../../server/multicast/packetizer.ts';
import { decodePacket } from '../../server/feed-client/decoder.ts';
import * as pb from '../../proto/gen/feed.js';

const S = 1_000_000;
const DAY = 86_400 * S;
const YEAR = 365 * DAY;
const T0 = 1_767_625_800_000_000 + 123; // 2026-01-05T15:10:00.000123Z

type Call = [kind: 'bar' | 'run', ...rest: number[]];

function rawRecorder(): { sink: CandleSink; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    sink: {
      bar: (kind, sym, iv, t, o, h, l, c, v, n) => void calls.push(['bar', kind, sym, iv, t, o, h, l, c, v, n]),
      emptyRun: (sym, iv, from, to, price) => void calls.push(['run', sym, iv, from, to, price]),
    },
  };
}

/** Every closed bar the old rule emits, one by one: the reference the expanded runs must equal. */
function naiveClosed(trades: [sym: number, price: number, time: number][], until: number, ivs: number[]): string[] {
  const out: string[] = [];
  const last = new Map<string, { open: number; o: number; h: number; l: number; c: number; v: number; n: number }>();
  const close = (time: number) => {
    for (const [key, b] of [...last.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const [sym, iv] = key.split('/').map(Number) as [number, number];
      const len = INTERVALS[iv]!.len;
      while (b.open + len <= time) {
        out.push(`${sym}/${iv}@${b.open}:${b.o},${b.h},${b.l},${b.c},${b.v},${b.n}`);
        Object.assign(b, { open: b.open + len, o: b.c, h: b.c, l: b.c, v: 0, n: 0 });
      }
    }
  };
  for (const [sym, price, time] of trades) {
    close(time);
    for (const iv of ivs) {
      const key = `${sym}/${iv}`;
      const len = INTERVALS[iv]!.len;
      let b = last.get(key);
      if (!b) last.set(key, (b = { open: time - (time % len), o: price, h: price, l: price, c: price, v: 0, n: 0 }));
      if (b.n === 0) Object.assign(b, { o: price, h: price, l: price });
      b.h = Math.max(b.h, price);
      b.l = Math.min(b.l, price);
      b.c = price;
      b.v += 1;
      b.n += 1;
    }
  }
  close(until);
  return out;
}

for (const [name, gap] of [['2.5 days', 2.5 * DAY], ['a year', YEAR]] as const) {
  test(`candles: a gap of ${name} costs one closed bar and at most one run per symbol and interval`, () => {
    const { sink, calls } = rawRecorder();
    const all = INTERVALS.map((_, i) => i);
    const b = new CandleBuilder(sink, all);
    b.onTrade(0, 100, 1, T0);
    b.onTrade(1, 200, 1, T0 + 5);
    calls.length = 0;
    const t1 = T0 + gap;
    b.onTrade(0, 101, 2, t1);
    const closed = calls.filter((c) => c[0] === 'bar' && c[1] === BarKind.Closed);
    const runs = calls.filter((c) => c[0] === 'run');
    // Per symbol and interval: the bar that was open closes, then the empty ones in one run (or
    // one closed empty bar when exactly one was jumped over).
    assert.ok(calls.length <= 2 * 2 * INTERVALS.length + INTERVALS.length, `${calls.length} sink calls`);
    for (const sym of [0, 1]) {
      for (const iv of all) {
        const len = INTERVALS[iv]!.len;
        const open0 = T0 - (T0 % len);
        const open1 = t1 - (t1 % len);
        const empties = (open1 - open0) / len - 1;
        const run = runs.find((r) => r[1] === sym && r[2] === iv);
        if (empties >= 2) {
          assert.deepEqual(run, ['run', sym, iv, open0 + len, open1, sym === 0 ? 100 : 200], `${sym} ${INTERVALS[iv]!.name}`);
        } else assert.equal(run, undefined);
        assert.ok(closed.some((c) => c[2] === sym && c[3] === iv && c[4] === open0 && c[10] === 1), `${sym} ${INTERVALS[iv]!.name} closes its traded bar`);
      }
    }
    // The 1s bars of the gap, all accounted for: the run holds gap/1s - 1 of them (to the second).
    const r1s = runs.find((r) => r[1] === 0 && r[2] === 0)!;
    assert.equal((r1s[4]! - r1s[3]!) / S, Math.floor((t1 - (T0 - (T0 % S))) / S) - 1);
    assert.equal(b.current(0, 0)!.openTime, t1 - (t1 % S));
    assert.equal(b.current(0, 0)!.volume, 2);
  });
}

test('candles: expanded runs equal the one-by-one empty-bar rule (2.5 days of 1m..1d, random trades)', () => {
  const ivs = [1, 2, 3, 4, 5];
  const trades: [number, number, number][] = [];
  let t = T0;
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 300; i++) {
    t += Math.floor(rnd() < 0.1 ? rnd() * 2.5 * DAY : rnd() * 120 * S);
    trades.push([Math.floor(rnd() * 3), 100 + Math.floor(rnd() * 10), t]);
  }
  const got: string[] = [];
  const b = new CandleBuilder(expandRuns({
    bar: (kind, sym, iv, open, o, h, l, c, v, n) => {
      if (kind === BarKind.Closed) got.push(`${sym}/${iv}@${open}:${o},${h},${l},${c},${v},${n}`);
    },
  }), ivs);
  for (const [sym, price, time] of trades) b.onTrade(sym, price, 1, time);
  const until = t + 3 * DAY;
  b.onClock(until);
  const want = naiveClosed(trades, until, ivs);
  assert.equal(got.length, want.length);
  assert.deepEqual([...got].sort(), [...want].sort());
});

// ---------------------------------------------------------------- the MDP on engine events

function stamped(cmds: [Command, number][]): { buf: Uint8Array; offsets: number[] } {
  const buf = new Uint8Array(cmds.reduce((n, [c]) => n + cmdSize(c.type), 0));
  const offsets: number[] = [];
  let at = 0;
  cmds.forEach(([c, time], k) => {
    offsets.push(at);
    at += encodeCommand({ ...c, seq: k + 1, time } as Stamped, buf, at);
  });
  return { buf, offsets };
}

const order = (symbol: number, side: Side, price: number, account: number): Command => ({
  type: Cmd.NewOrder, symbol, side, ordType: OrdType.Limit, tif: TimeInForce.GTC, price, qty: 10, account, clientOrderId: account,
});

/** Four symbols trade at T0, then one input arrives `gap` later: the MD records that input makes. */
function mdpAfterGap(gap: number) {
  const cmds: [Command, number][] = [];
  for (let s = 1; s <= 4; s++) cmds.push([define(s, `S${s}`), T0]);
  for (let s = 1; s <= 4; s++) cmds.push([order(s, Side.Sell, 1000 + s, 1), T0 + s], [order(s, Side.Buy, 1000 + s, 2), T0 + s]);
  cmds.push([{ type: Cmd.ClockTick }, T0 + gap]);
  cmds.push([order(1, Side.Sell, 1010, 1), T0 + gap + 1], [order(1, Side.Buy, 1010, 2), T0 + gap + 2]);
  const { buf, offsets } = stamped(cmds);
  const engine = new Engine();
  const mdp = new Mdp();
  const perInput: number[] = [];
  const records: ReturnType<typeof decodeMd>[] = [];
  for (const at of offsets) {
    engine.apply(buf, at);
    mdp.consumeLog(engine.out);
    perInput.push(mdp.out.count);
    for (let k = 0; k < mdp.out.count; k++) records.push(decodeMd(mdp.out.f64, mdp.out.i32, k));
    engine.out.clear();
    mdp.out.clear();
  }
  return { perInput, records, mdp };
}

for (const [name, gap] of [['2.5 days', 2.5 * DAY], ['a year', YEAR]] as const) {
  test(`MDP: the first input after ${name} of silence emits a bounded number of records, and no empty bar is lost`, () => {
    const { perInput, records } = mdpAfterGap(gap);
    const tickRecords = perInput[perInput.length - 3]!;
    // 4 symbols x 6 intervals: one closed bar each, and one EMPTY_RUN or one closed empty bar.
    assert.ok(tickRecords <= 4 * INTERVALS.length * 2, `${tickRecords} records for the clock tick`);
    const runs = records.filter((r) => r.type === Md.EmptyRun);
    const s1 = intervalIndex('1s');
    for (let s = 1; s <= 4; s++) {
      const run = runs.find((r) => r.symbol === s && r.type === Md.EmptyRun && r.interval === s1);
      assert.ok(run && run.type === Md.EmptyRun);
      assert.equal(run.price, 1000 + s);
      assert.equal(run.bars, (run.to - run.from) / S);
      assert.equal(run.to, T0 + gap - ((T0 + gap) % S));
      assert.equal(run.from, T0 - (T0 % S) + S);
    }
    const total = perInput.reduce((a, b) => a + b, 0);
    assert.ok(total < 200, `${total} records in all`);
  });
}

test('MDP: a year-long gap replays to the same bytes (determinism)', () => {
  const a = mdpAfterGap(YEAR).records;
  const b = mdpAfterGap(YEAR).records;
  assert.deepEqual(a, b);
});

// ---------------------------------------------------------------- store and API side

test('bars writer stores a run as one row; a page expands it within its limit, merged with real bars, no bar missing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-gaps-'));
  try {
    const store = SqliteStore.open({ path: join(dir, 'bars.sqlite') });
    const writer = new BarsWriter({ store, flushMs: 0 });
    const { records } = mdpAfterGap(YEAR);
    // The same MD records as the ring carries them, into the writer.
    const out = mdpAfterGapRaw(YEAR, new Mdp());
    writer.onRecords(out.f64, out.i32, 0, out.count);
    await writer.flush();
    const st = writer.stats();
    assert.equal(st.dropped, 0);
    assert.equal(st.runsWritten, records.filter((r) => r.type === Md.EmptyRun).length);
    assert.ok(st.written < 100, `${st.written} bar rows for a year of silence`);
    const runs = await store.emptyRuns('S1', '1m', -1, Number.MAX_SAFE_INTEGER);
    assert.equal(runs.length, 1);
    const len = 60_000;
    const firstMs = (T0 - (T0 % (60 * S))) / 1000;
    // Page 1: the traded bar, then empty bars at the carried close.
    const p1 = await mergedPage(store, { symbol: 'S1', interval: '1m' }, runs, 1000);
    assert.equal(p1.count, 1000);
    assert.equal(p1.more, true);
    for (let i = 0; i < p1.count; i++) assert.equal(p1.data[i * BAR_FIELDS]!, firstMs + i * len, `row ${i}`);
    assert.equal(p1.data[5]!, 10); // volume of the traded bar
    assert.equal(p1.data[BAR_FIELDS + 4]!, 1001); // close carried
    assert.equal(p1.data[BAR_FIELDS + 5]!, 0);
    // The last page ends on the bar before the one still open, then nothing more.
    const lastEmpty = runs[0]!.to - len;
    const pN = await mergedPage(store, { symbol: 'S1', interval: '1m', after: lastEmpty - 3 * len }, runs, 1000);
    assert.deepEqual(Array.from({ length: pN.count }, (_, i) => pN.data[i * BAR_FIELDS]!), [lastEmpty - 2 * len, lastEmpty - len, lastEmpty]);
    assert.equal(pN.more, false);
    // Bars per year of 1m: the run covers all of them (from the bar after the trade to the open one).
    assert.equal((runs[0]!.to - runs[0]!.from) / len, Math.floor((T0 + YEAR) / (60 * S)) - Math.floor(T0 / (60 * S)) - 1);
    await writer.close();
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** All MD records of mdpAfterGap in one MdWriter (as a consumer on the ring sees them). */
function mdpAfterGapRaw(gap: number, mdp: Mdp) {
  const cmds: [Command, number][] = [];
  for (let s = 1; s <= 4; s++) cmds.push([define(s, `S${s}`), T0]);
  for (let s = 1; s <= 4; s++) cmds.push([order(s, Side.Sell, 1000 + s, 1), T0 + s], [order(s, Side.Buy, 1000 + s, 2), T0 + s]);
  cmds.push([{ type: Cmd.ClockTick }, T0 + gap]);
  const { buf, offsets } = stamped(cmds);
  const engine = new Engine();
  for (const at of offsets) {
    engine.apply(buf, at);
    mdp.consumeLog(engine.out);
    engine.out.clear();
  }
  return mdp.out;
}

test('feed: an EMPTY_RUN record is one CandleEmptyRun message, read alike by protobufjs and the feed client', () => {
  const out = mdpAfterGapRaw(YEAR, new Mdp());
  const packets: Uint8Array[] = [];
  const pk = new Packetizer({ channelId: 1, sessionId: 7, maxDatagram: 1400, clock: () => T0, sink: (b) => void packets.push(b.slice()) });
  for (let k = 0; k < out.count; k++) pk.addRecord(out.f64, out.i32, k);
  pk.flush();
  const runs = Array.from({ length: out.count }, (_, k) => decodeMd(out.f64, out.i32, k)).filter((r) => r.type === Md.EmptyRun);
  const viaPb = packets.flatMap((p) => pb.bourse.feed.v1.Packet.decode(p).messages).filter((m) => m.body === 'candleEmptyRun').map((m) => m.candleEmptyRun!);
  const viaClient = packets.flatMap((p) => decodePacket(p).messages).filter((m) => m.kind === 'candleEmptyRun');
  assert.ok(runs.length >= 4 * 5, `${runs.length} runs`);
  assert.equal(viaPb.length, runs.length);
  assert.equal(viaClient.length, runs.length);
  runs.forEach((r, i) => {
    assert.ok(r.type === Md.EmptyRun);
    const want = { symbolId: r.symbol, intervalS: INTERVALS[r.interval]!.len / S, fromOpenTimeUs: r.from, toOpenTimeUs: r.to, price: r.price, barCount: r.bars };
    const p = viaPb[i]!;
    assert.deepEqual({ symbolId: p.symbolId, intervalS: p.intervalS, fromOpenTimeUs: Number(p.fromOpenTimeUs), toOpenTimeUs: Number(p.toOpenTimeUs), price: Number(p.price), barCount: Number(p.barCount) }, want);
    assert.deepEqual(viaClient[i], { kind: 'candleEmptyRun', ...want });
  });
});

test('sessions: no empty bar while closed (a night and a weekend), the empty-bar rule again from the session open', () => {
  const { sink, calls } = rawRecorder();
  const M1 = intervalIndex('1m');
  const D1 = intervalIndex('1d');
  const b = new CandleBuilder(sink, [M1, D1]);
  const fri = Date.UTC(2026, 0, 9, 20, 59, 30) * 1000; // Fri 15:59:30 New York
  b.onTrade(0, 100, 1, fri);
  b.setSession(0, false, Date.UTC(2026, 0, 9, 21, 0) * 1000); // 16:00 close
  const closedAt = calls.length;
  assert.deepEqual(calls.map((c) => c[0] === 'bar' && c[1] === BarKind.Closed && c[3] === M1 && c[4]), [false, false, fri - (fri % (60 * S)), false], 'the last traded minute closes at 16:00');
  // The 1d bar follows the session (docs/candles.md, "Sessions"): it closes with it, at 16:00.
  assert.deepEqual(calls[closedAt - 1], ['bar', BarKind.Closed, 0, D1, Date.UTC(2026, 0, 9) * 1000, 100, 100, 100, 100, 1, 1]);
  // Hourly clock ticks over the weekend: nothing at all.
  for (let t = Date.UTC(2026, 0, 9, 22) * 1000; t <= Date.UTC(2026, 0, 12, 14) * 1000; t += 3600 * S) b.onClock(t);
  const quiet = calls.slice(closedAt);
  assert.deepEqual(quiet, []);
  // Monday 09:28 the session opens; a trade at 09:31:10: the three empty minutes 09:28-09:30 come
  // out as the bar open since 09:28 (closed) and one run for the two the time jumped over.
  b.setSession(0, true, Date.UTC(2026, 0, 12, 14, 28) * 1000);
  const opened = calls.length;
  b.onTrade(0, 101, 1, Date.UTC(2026, 0, 12, 14, 31, 10) * 1000);
  const after = calls.slice(opened).filter((c) => c[0] === 'run' || c[1] === BarKind.Closed);
  assert.deepEqual(after, [
    ['bar', BarKind.Closed, 0, M1, Date.UTC(2026, 0, 12, 14, 28) * 1000, 100, 100, 100, 100, 0, 0],
    ['run', 0, M1, Date.UTC(2026, 0, 12, 14, 29) * 1000, Date.UTC(2026, 0, 12, 14, 31) * 1000, 100],
  ]);
  assert.equal(b.current(0, D1)!.openTime, Date.UTC(2026, 0, 12) * 1000);
  assert.equal(b.current(0, D1)!.volume, 1);
});
