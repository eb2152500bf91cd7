/**
 * Issue 14, market data over trading days: an 8-day `bourse sim --calendar us-equities` journal
 * (Monday to the next Monday, a weekend between)
 * replayed through the real engine and MDP. Each symbol gets one DAY_SUMMARY per trading day, at
 * its close, equal to what its trades that session add up to (none at the weekend); the MDP
 * snapshot carries the session so far (a restore mid-session produces the same bytes); and the
 * uncross rules (side-0 trades) set the official open / close flags.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { Journal } from '../../server/sequencer/journal.ts';
import { Engine } from '../../server/engine/engine.ts';
import { Mdp } from '../../server/mdp/mdp.ts';
import { StateReader, StateWriter } from '../../server/mdp/state-io.ts';
import { DaySummaries } from '../../server/mdp/day-summary.ts';
import { decodeMd, Md, MdWriter, MD_SIZE, DaySummaryCode, type MdView } from '../../server/mdp/records.ts';
import { TradingStatus } from '../../server/kernel/types.ts';
import { CandleBuilder, BarKind } from '../../server/mdp/candles.ts';

const SIM = ['--orders', '3000', '--seed', '5', '--symbols', '3', '--resting', '100', '--calendar', 'us-equities', '--days', '8', '--fsync', 'false'];

let journalDir: string | undefined;
function journal(): string {
  if (journalDir) return journalDir;
  const dir = mkdtempSync(join(tmpdir(), 'bourse-session-md-'));
  const r = bourse(['sim', ...SIM, '--journal', join(dir, 'j')]);
  assert.equal(r.code, 0, r.stderr);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  journalDir = join(dir, 'j');
  return journalDir;
}

/** Replay the journal through engine + MDP; `at(n, mdp)` after input n. Returns every MD record. */
function replay(dir: string, at?: (n: number, mdp: Mdp) => void, mdpIn?: Mdp, from = 1): { recs: MdView[]; hash: string } {
  const j = Journal.open({ dir, readOnly: true });
  const engine = new Engine();
  const mdp = mdpIn ?? new Mdp();
  const recs: MdView[] = [];
  const h = createHash('sha256');
  let n = 0;
  j.replay(1, (rec) => {
    n++;
    engine.apply(rec, 0);
    if (n >= from) mdp.consumeLog(engine.out);
    engine.out.clear();
    const out = mdp.out;
    for (let k = 0; k < out.count; k++) recs.push(decodeMd(out.f64, out.i32, k));
    h.update(out.u8.subarray(0, out.count * MD_SIZE));
    out.clear();
    at?.(n, mdp);
  });
  j.close();
  return { recs, hash: h.digest('hex') };
}

test('8-day us-equities sim: one DAY_SUMMARY per symbol per trading day, equal to its trades; none at the weekend', () => {
  const { recs } = replay(journal());
  const summaries = recs.filter((r) => r.type === Md.DaySummary);
  const days = [...new Set(summaries.map((s) => new Date(s.time / 1000).toISOString()))];
  assert.deepEqual(days, ['2026-01-05T21:00:00.000Z', '2026-01-06T21:00:00.000Z', '2026-01-07T21:00:00.000Z', '2026-01-08T21:00:00.000Z', '2026-01-09T21:00:00.000Z', '2026-01-12T21:00:00.000Z']);
  assert.equal(summaries.length, 6 * 3, 'three symbols, six sessions');
  // Recompute each from the TRADE records of its session (after the previous close).
  // An uncross trade (side 0) while the symbol is in its opening call (or pre-open) sets the
  // official open; one in the closing call, the official close.
  const acc = new Map<number, { o: number; h: number; l: number; c: number; v: number; n: number; x: number; oa: boolean; ca: boolean }>();
  const status = new Map<number, number>();
  let checked = 0;
  let fromAuctions = 0;
  for (let i = 0; i < recs.length; i++) {
    const r = recs[i]!;
    if (r.type === Md.Status) status.set(r.symbol, r.status);
    if (r.type === Md.Trade) {
      const a = acc.get(r.symbol);
      const st = status.get(r.symbol);
      const uncross = r.side === 0;
      const ca = uncross && st === TradingStatus.ClosingAuction;
      if (!a) acc.set(r.symbol, { o: r.price, h: r.price, l: r.price, c: r.price, v: r.qty, n: 1, x: r.price * r.qty, oa: uncross && (st === TradingStatus.OpeningAuction || st === TradingStatus.PreOpen), ca });
      else Object.assign(a, { h: Math.max(a.h, r.price), l: Math.min(a.l, r.price), c: r.price, v: a.v + r.qty, n: a.n + 1, x: a.x + r.price * r.qty, ca });
    }
    if (r.type === Md.Status && r.status === TradingStatus.Closed) {
      const a = acc.get(r.symbol);
      acc.delete(r.symbol);
      const next = recs[i + 1];
      if (!a) {
        assert.ok(!(next && next.type === Md.DaySummary && next.symbol === r.symbol), 'no summary without trades');
        continue;
      }
      assert.ok(next && next.type === Md.DaySummary && next.symbol === r.symbol, `the summary follows the close of ${r.symbol} at ${r.time}`);
      assert.deepEqual(
        [next.time, next.open, next.high, next.low, next.close, next.volume, next.trades, next.notional, next.openFromAuction, next.closeFromAuction],
        [r.time, a.o, a.h, a.l, a.c, a.v, a.n, a.x, a.oa, a.ca],
      );
      checked++;
      if (a.oa && a.ca) fromAuctions++;
    }
  }
  assert.equal(checked, 18);
  assert.ok(fromAuctions > 0, 'the sim trades the auctions: some sessions open and close on their uncross');
});

test('daily bars follow the session: one closed 1d bar per symbol per trading day, at its close, keyed by its UTC date; none at the weekend', () => {
  const { recs } = replay(journal());
  const DAY = 5; // INTERVALS index of 1d
  const closed = recs.filter((r) => r.type === Md.Bar && r.interval === DAY && r.closed);
  const runs = recs.filter((r) => r.type === Md.EmptyRun && r.interval === DAY);
  assert.deepEqual(runs, [], 'no empty run of 1d bars over nights and the weekend');
  const keys = (sym: number) => closed.filter((r) => r.symbol === sym).map((r) => new Date((r as { openTime: number }).openTime / 1000).toISOString().slice(0, 10));
  for (const sym of [1, 2, 3]) assert.deepEqual(keys(sym), ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09', '2026-01-12'], `symbol ${sym}`);
  for (let i = 0; i < recs.length; i++) {
    const b = recs[i]!;
    if (!(b.type === Md.Bar && b.interval === DAY && b.closed)) continue;
    // It closes with the session: the STATUS closed of its symbol follows, then the summary with the same OHLCV.
    const st = recs[i + 1]!;
    assert.ok(st.type === Md.Status && st.status === TradingStatus.Closed && st.symbol === b.symbol, `the 1d bar at ${i} closes at the close`);
    assert.equal(new Date(st.time / 1000).toISOString().slice(11), '21:00:00.000Z');
    const sum = recs[i + 2]!;
    assert.ok(sum.type === Md.DaySummary);
    assert.deepEqual([b.open, b.high, b.low, b.close, b.volume, b.trades, b.notional], [sum.open, sum.high, sum.low, sum.close, sum.volume, sum.trades, sum.notional]);
    // No update of that bar after its close.
    assert.ok(!recs.slice(i + 1).some((r) => r.type === Md.Bar && r.interval === DAY && r.symbol === b.symbol && r.openTime === b.openTime), 'no update after the close');
  }
});

test('the session so far is in the MDP snapshot: a restore mid-session publishes the same bytes', () => {
  const dir = journal();
  let inputs = 0;
  const whole = replay(dir, (n) => {
    inputs = n;
  });
  // Snapshot in the middle of the week (half the inputs), then a fresh MDP from it.
  const cut = Math.floor(inputs / 2);
  let saved: Uint8Array | undefined;
  let savedSeq = 0;
  replay(dir, (n, mdp) => {
    if (n !== cut) return;
    const w = new StateWriter();
    mdp.saveState(w);
    saved = w.finish();
    savedSeq = mdp.lastMdSeq;
  });
  assert.ok(saved);
  const restored = new Mdp();
  restored.loadState(new StateReader(saved));
  const tail = replay(dir, undefined, restored, cut + 1);
  assert.equal(tail.recs[0]!.mdSeq, savedSeq + 1);
  assert.ok(tail.recs.filter((r) => r.type === Md.DaySummary).length >= 6, 'the tail holds summaries of sessions that began before the cut');
  assert.deepEqual(tail.recs, whole.recs.slice(whole.recs.length - tail.recs.length), 'the same records after the restore');
  // Same journal, same bytes.
  assert.equal(replay(dir).hash, whole.hash);
});

test('official open and close come from the auctions: uncross trades (side 0) in the opening / closing call', () => {
  const d = new DaySummaries();
  const out = new MdWriter();
  d.onStatus(1, TradingStatus.OpeningAuction, 1, out);
  d.onTrade(1, 0, 100, 5); // the opening uncross
  d.onTrade(1, 0, 100, 7);
  d.onStatus(1, TradingStatus.Open, 2, out);
  d.onTrade(1, 1, 104, 1);
  d.onTrade(1, 2, 97, 2);
  d.onStatus(1, TradingStatus.ClosingAuction, 3, out);
  d.onTrade(1, 0, 101, 3); // the closing uncross
  d.onStatus(1, TradingStatus.Closed, 4, out);
  // Symbol 2: continuous only. Symbol 3: no trade at all.
  d.onStatus(2, TradingStatus.Open, 2, out);
  d.onTrade(2, 1, 50, 1);
  d.onTrade(2, 2, 51, 1);
  d.onStatus(2, TradingStatus.Closed, 4, out);
  d.onStatus(3, TradingStatus.Closed, 4, out);
  const recs = Array.from({ length: out.count }, (_, k) => decodeMd(out.f64, out.i32, k));
  assert.equal(recs.length, 2, 'nothing for a symbol with no trade');
  const a = recs[0]!;
  const b = recs[1]!;
  assert.ok(a.type === Md.DaySummary && b.type === Md.DaySummary);
  assert.deepEqual([a.symbol, a.open, a.high, a.low, a.close, a.volume, a.trades, a.notional, a.code], [1, 100, 104, 97, 101, 18, 5, 1200 + 104 + 194 + 303, DaySummaryCode.OpenFromAuction | DaySummaryCode.CloseFromAuction]);
  assert.deepEqual([b.symbol, b.open, b.close, b.code], [2, 50, 51, 0]);
  // A new session starts empty.
  d.onTrade(1, 1, 90, 1);
  assert.deepEqual(d.current(1), { open: 90, high: 90, low: 90, close: 90, volume: 1, trades: 1, notional: 90, flags: 0 });
});

test('a session across UTC midnight (Sydney-like) is one 1d bar keyed by its opening date; without a close (24x7) 1d bars keep UTC days', () => {
  const bars: { kind: number; iv: number; openTime: number; open: number; close: number; volume: number; trades: number }[] = [];
  const sink = {
    bar: (kind: number, _s: number, iv: number, openTime: number, open: number, _h: number, _l: number, close: number, volume: number, trades: number) => {
      bars.push({ kind, iv, openTime, open, close, volume, trades });
    },
    emptyRun: () => {},
  };
  const H = 3_600_000_000;
  const D = Date.UTC(2026, 0, 5) * 1000;
  const c = new CandleBuilder(sink, [5]);
  c.setSession(1, false, D - 2 * H); // the calendar starts closed
  c.setSession(1, true, D + 23 * H); // opens 23:00 UTC Monday
  c.onTrade(1, 100, 1, D + 23.5 * H);
  c.onTrade(1, 105, 2, D + 25 * H); // 01:00 UTC Tuesday: same session
  c.onClock(D + 26 * H);
  c.setSession(1, false, D + 30 * H); // closes 06:00 UTC Tuesday
  c.setSession(1, true, D + 47 * H); // Tuesday 23:00 UTC: a session without trades
  c.setSession(1, false, D + 54 * H);
  const closed = bars.filter((b) => b.kind === BarKind.Closed);
  assert.deepEqual(closed.map((b) => [new Date(b.openTime / 1000).toISOString().slice(0, 10), b.open, b.close, b.volume, b.trades]), [
    ['2026-01-05', 100, 105, 3, 2],
    ['2026-01-06', 105, 105, 0, 0], // the empty session: one empty bar at the last close
  ]);
  // 24x7: never closed, so UTC days.
  bars.length = 0;
  const u = new CandleBuilder(sink, [5]);
  u.setSession(1, true, D);
  u.onTrade(1, 100, 1, D + 23.5 * H);
  u.onTrade(1, 105, 2, D + 25 * H);
  assert.deepEqual(bars.filter((b) => b.kind === BarKind.Closed).map((b) => [new Date(b.openTime / 1000).toISOString().slice(0, 10), b.volume]), [['2026-01-05', 1]]);
});
