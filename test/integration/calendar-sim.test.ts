/**
 * Issue 14: `bourse sim` under a trading calendar, in virtual time: several trading days with
 * nights and a weekend, every phase change a sequenced SET_PHASE in the journal, orders in the
 * auction calls (MOO/LOO, MOC/LOC, DAY) so every call uncrosses, and a replay byte-identical
 * (the same state, event and MD hashes, run after run).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { replayResult } from '../support/fs-faults.ts';
import { Journal } from '../../server/sequencer/journal.ts';
import { Cmd, decodeCommand } from '../../server/engine/commands.ts';
import { TradingStatus, TimeInForce } from '../../server/kernel/types.ts';
import { Engine } from '../../server/engine/engine.ts';
import { decodeEvents, Ev, AuctionCode, CancelReason } from '../../server/engine/events.ts';
import { Errors } from '../../server/kernel/errors.ts';
import { Mdp } from '../../server/mdp/mdp.ts';
import { decodeMd, Md } from '../../server/mdp/records.ts';
import { phaseAt } from '../../server/sequencer/calendar.ts';
import { loadCalendar } from '../../server/apps/runtime/calendars.ts';

const SIM = ['--orders', '4000', '--seed', '11', '--symbols', '3', '--resting', '100', '--calendar', 'us-equities', '--days', '8', '--fsync', 'false'];

test('sim --calendar us-equities --days 8: five sessions, nights and a weekend, phases journaled; replays byte-identically', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-calsim-'));
  try {
    const a = bourse(['sim', ...SIM, '--journal', join(dir, 'a')]);
    assert.equal(a.code, 0, a.stderr);
    assert.match(a.stdout, /calendar=us-equities days=8 phase_changes=\d+/);
    const b = bourse(['sim', ...SIM, '--journal', join(dir, 'b')]);
    assert.equal(b.code, 0, b.stderr);
    const ra = replayResult(bourse(['replay', '--journal', join(dir, 'a')]).stdout);
    const ra2 = replayResult(bourse(['replay', '--journal', join(dir, 'a')]).stdout);
    const rb = replayResult(bourse(['replay', '--journal', join(dir, 'b')]).stdout);
    assert.ok(ra.md, 'replay prints the MD hash');
    assert.deepEqual(ra2, ra, 'the same journal replays to the same hashes');
    assert.deepEqual(rb, ra, 'the same seed and calendar write the same journal');

    // What the journal holds: SET_PHASE per symbol at New York's times, orders only in continuous trading.
    const j = Journal.open({ dir: join(dir, 'a'), readOnly: true });
    const phases: [string, number][] = [];
    const engine = new Engine();
    const mdp = new Mdp();
    const cal = loadCalendar('us-equities');
    const inSession = (us: number) => {
      const p = phaseAt(cal, us);
      return p !== TradingStatus.Closed && p !== TradingStatus.PreOpen;
    };
    let emptyInSession = 0;
    const emptyOutside: string[] = [];
    let closedRejects = 0;
    let orders = 0;
    let lastTime = 0;
    let phase = 0;
    let ordersOutside = 0;
    let callOrders = 0;
    const tifs = new Set<number>();
    const uncrosses: { status: number; volume: number }[] = [];
    const cancels = new Map<number, number>();
    let mdAuctions = 0;
    j.replay(1, (rec) => {
      const c = decodeCommand(rec);
      if (c.type === Cmd.NewOrder && 'tif' in c) tifs.add(c.tif);
      lastTime = c.time;
      if (c.type === Cmd.SetPhase && 'symbol' in c && c.symbol === 1) {
        phases.push([new Date(c.time / 1000).toISOString(), (c as { status: number }).status]);
        phase = (c as { status: number }).status;
      }
      if (c.type === Cmd.NewOrder) {
        orders++;
        if (phase === TradingStatus.OpeningAuction || phase === TradingStatus.ClosingAuction) callOrders++;
        else if (phase !== TradingStatus.Open && phases.length > 0) ordersOutside++;
      }
      engine.apply(rec, 0);
      for (const e of decodeEvents(engine.out)) {
        if (e.type === Ev.Rejected && e.error === Errors.MARKET_CLOSED.num) closedRejects++;
        if (e.type === Ev.Auction && e.auction === AuctionCode.Uncross) uncrosses.push({ status: e.callStatus, volume: e.matchedQty });
        if (e.type === Ev.Cancelled) cancels.set(e.reason, (cancels.get(e.reason) ?? 0) + 1);
      }
      mdp.consumeLog(engine.out);
      engine.out.clear();
      for (let k = 0; k < mdp.out.count; k++) {
        const r = decodeMd(mdp.out.f64, mdp.out.i32, k);
        if (r.type === Md.Auction) mdAuctions++;
        // 1s and 1m bars: an empty one (or a run of them) opens only inside a session.
        if (r.type === Md.Bar && r.closed && r.trades === 0 && r.interval <= 1) {
          if (inSession(r.openTime)) emptyInSession++;
          else emptyOutside.push(`bar ${r.interval} ${new Date(r.openTime / 1000).toISOString()}`);
        }
        if (r.type === Md.EmptyRun && r.interval <= 1) {
          if (inSession(r.from) && inSession(r.to - 1)) emptyInSession += r.bars;
          else emptyOutside.push(`run ${r.interval} ${new Date(r.from / 1000).toISOString()}..${new Date(r.to / 1000).toISOString()}`);
        }
      }
      mdp.out.clear();
    });
    j.close();
    assert.equal(ordersOutside, 0, 'no order is sent outside continuous trading and the auction calls');
    // Real auctions: every opening and closing call of every symbol uncrosses with volume.
    const days = phases.filter(([, s]) => s === TradingStatus.Open).length;
    assert.ok(callOrders >= (2 * days - 1) * 3 * 20, `${callOrders} orders in the auction calls (the last day ends before its close)`);
    assert.equal(uncrosses.filter((u) => u.status === TradingStatus.OpeningAuction).length, days * 3);
    assert.ok(uncrosses.every((u) => u.volume > 0), 'each uncross executes');
    for (const tif of [TimeInForce.GTC, TimeInForce.IOC, TimeInForce.DAY, TimeInForce.AtOpen, TimeInForce.AtClose]) assert.ok(tifs.has(tif), `time in force ${tif} sent`);
    assert.ok((cancels.get(CancelReason.Expired) ?? 0) > 0, 'DAY orders expire at the close');
    assert.ok((cancels.get(CancelReason.AuctionEnd) ?? 0) > 0, 'at-auction leftovers are cancelled');
    assert.ok(mdAuctions > uncrosses.length, 'AUCTION records on the MD stream: indicatives and uncrosses');
    assert.deepEqual(emptyOutside.slice(0, 5), [], 'no empty 1s/1m bar while closed or in pre-open');
    assert.ok(emptyInSession > 1000, `${emptyInSession} empty 1s/1m bars inside the sessions (the rule still holds there)`);
    assert.equal(closedRejects, 0);
    assert.ok(orders > 5 * 1000, `${orders} new orders (the rest of --orders are cancels and modifies)`);
    // Mon 2026-01-05 .. Fri 01-09: five sessions; Sat and Sun closed; Mon 01-12 opens again.
    const opens = phases.filter(([, s]) => s === TradingStatus.Open).map(([t]) => t);
    assert.deepEqual(opens.slice(0, 6), ['2026-01-05T14:30:00.000Z', '2026-01-06T14:30:00.000Z', '2026-01-07T14:30:00.000Z', '2026-01-08T14:30:00.000Z', '2026-01-09T14:30:00.000Z', '2026-01-12T14:30:00.000Z']);
    assert.deepEqual(phases.slice(0, 6), [
      ['2026-01-05T00:00:00.000Z', TradingStatus.Closed], // the phase at the start (Sunday evening in New York)
      ['2026-01-05T09:00:00.000Z', TradingStatus.PreOpen],
      ['2026-01-05T14:28:00.000Z', TradingStatus.OpeningAuction],
      ['2026-01-05T14:30:00.000Z', TradingStatus.Open],
      ['2026-01-05T20:50:00.000Z', TradingStatus.ClosingAuction],
      ['2026-01-05T21:00:00.000Z', TradingStatus.Closed],
    ]);
    assert.ok(lastTime >= Date.UTC(2026, 0, 13) * 1000, `virtual time reached ${new Date(lastTime / 1000).toISOString()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sim --calendar: a bad calendar is CALENDAR_BAD or INPUT_FILE, with a non-zero exit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-calsim-bad-'));
  try {
    const r = bourse(['sim', '--orders', '10', '--calendar', join(dir, 'missing.json'), '--journal', join(dir, 'j')]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /INPUT_FILE/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
