/** Trading calendars (issue 14): parsing, phases and transitions in a real time zone, SET_PHASE in the engine. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/data.ts';
import { BourseError } from '../../server/kernel/errors.ts';
import { Errors } from '../../server/kernel/errors.ts';
import { TradingStatus, Side, OrdType, TimeInForce } from '../../server/kernel/types.ts';
import { nextTransition, parseCalendar, phaseAt } from '../../server/sequencer/calendar.ts';
import { Engine } from '../../server/engine/engine.ts';
import { Cmd } from '../../server/engine/commands.ts';
import { decodeEvents, Ev } from '../../server/engine/events.ts';
import { define, stream } from '../support/commands.ts';

const load = (name: string) => parseCalendar(JSON.parse(readFileSync(join(REPO_ROOT, 'config', 'calendars', `${name}.json`), 'utf8')));
const us = (iso: string) => Date.parse(iso) * 1000;

test('us-equities: phases at New York times, across DST, weekends and holidays', () => {
  const cal = load('us-equities');
  // Winter (EST, UTC-5): 2026-01-06 is a Tuesday.
  assert.equal(phaseAt(cal, us('2026-01-06T08:59:59Z')), TradingStatus.Closed);
  assert.equal(phaseAt(cal, us('2026-01-06T09:00:00Z')), TradingStatus.PreOpen);
  assert.equal(phaseAt(cal, us('2026-01-06T14:28:00Z')), TradingStatus.OpeningAuction);
  assert.equal(phaseAt(cal, us('2026-01-06T14:30:00Z')), TradingStatus.Open);
  assert.equal(phaseAt(cal, us('2026-01-06T20:50:00Z')), TradingStatus.ClosingAuction);
  assert.equal(phaseAt(cal, us('2026-01-06T21:00:00Z')), TradingStatus.Closed);
  // Summer (EDT, UTC-4): 2026-07-07 is a Tuesday; the open is 13:30Z.
  assert.equal(phaseAt(cal, us('2026-07-07T13:29:59Z')), TradingStatus.OpeningAuction);
  assert.equal(phaseAt(cal, us('2026-07-07T13:30:00Z')), TradingStatus.Open);
  // The transitions of a day, in order.
  const seen: [string, number][] = [];
  let t = us('2026-01-06T00:00:00Z');
  for (let i = 0; i < 5; i++) {
    const n = nextTransition(cal, t)!;
    seen.push([new Date(n.at / 1000).toISOString(), n.status]);
    t = n.at;
  }
  assert.deepEqual(seen, [
    ['2026-01-06T09:00:00.000Z', TradingStatus.PreOpen],
    ['2026-01-06T14:28:00.000Z', TradingStatus.OpeningAuction],
    ['2026-01-06T14:30:00.000Z', TradingStatus.Open],
    ['2026-01-06T20:50:00.000Z', TradingStatus.ClosingAuction],
    ['2026-01-06T21:00:00.000Z', TradingStatus.Closed],
  ]);
  // Friday's close to Monday's pre-open: the weekend is closed.
  assert.deepEqual(nextTransition(cal, us('2026-01-09T21:00:00Z')), { at: us('2026-01-12T09:00:00Z'), status: TradingStatus.PreOpen });
  // The day before MLK day (Monday 2026-01-19, a holiday): next is Tuesday.
  assert.deepEqual(nextTransition(cal, us('2026-01-16T21:00:00Z')), { at: us('2026-01-20T09:00:00Z'), status: TradingStatus.PreOpen });
  // Across the spring DST change (2026-03-08): Monday 2026-03-09 opens at 13:30Z.
  assert.equal(phaseAt(cal, us('2026-03-09T13:30:00Z')), TradingStatus.Open);
  assert.equal(phaseAt(cal, us('2026-03-06T14:29:00Z')), TradingStatus.OpeningAuction);
});

test('24x7: always continuous, never a transition', () => {
  const cal = load('24x7');
  assert.equal(cal.constant, true);
  assert.equal(phaseAt(cal, us('2026-01-10T03:00:00Z')), TradingStatus.Open);
  assert.equal(nextTransition(cal, us('2026-01-10T03:00:00Z')), undefined);
});

test('bad calendars are CALENDAR_BAD naming the field', () => {
  const good = JSON.parse(readFileSync(join(REPO_ROOT, 'config', 'calendars', 'us-equities.json'), 'utf8'));
  const cases: [unknown, RegExp][] = [
    [[], /JSON object/],
    [{ ...good, name: 'Bad Name' }, /name must match/],
    [{ ...good, timeZone: 'Mars/Olympus' }, /not a time zone/],
    [{ ...good, days: ['mon', 'fri', 'xyz'] }, /day "xyz"/],
    [{ ...good, phases: [{ phase: 'lunch', at: '12:00' }] }, /phase "lunch"/],
    [{ ...good, phases: [{ phase: 'closed', at: '25:00' }] }, /HH:MM/],
    [{ ...good, phases: [{ phase: 'continuous', at: '10:00' }, { phase: 'closed', at: '09:00' }] }, /increasing time order/],
    [{ ...good, holidays: ['2026-13-45'] }, /holiday/],
  ];
  for (const [spec, re] of cases) {
    assert.throws(() => parseCalendar(spec), (e: unknown) => e instanceof BourseError && e.code === 'CALENDAR_BAD' && re.test(e.message), String(re));
  }
});

test('SET_PHASE: a sequenced command; orders are refused with MARKET_CLOSED outside continuous trading, resting orders stay', () => {
  const order = (price: number, cid: number) => ({ type: Cmd.NewOrder, symbol: 1, side: Side.Buy, ordType: OrdType.Limit, tif: TimeInForce.GTC, price, qty: 1, account: 1, clientOrderId: cid }) as const;
  const { buf, offsets } = stream([
    define(1, 'AAA'),
    order(1000, 1),
    { type: Cmd.SetPhase, symbol: 1, status: TradingStatus.Closed },
    order(1000, 2),
    { type: Cmd.SetPhase, symbol: 1, status: TradingStatus.Halted },
    { type: Cmd.SetPhase, symbol: 9, status: TradingStatus.Open },
    { type: Cmd.SetPhase, symbol: 1, status: TradingStatus.Open },
    order(1000, 3),
  ]);
  const e = new Engine();
  const evs: ReturnType<typeof decodeEvents> = [];
  for (const at of offsets) {
    e.apply(buf, at);
    evs.push(...decodeEvents(e.out));
    e.out.clear();
  }
  const statuses = evs.filter((x) => x.type === Ev.Status).map((x) => x.type === Ev.Status && x.status);
  assert.deepEqual(statuses, [TradingStatus.Closed, TradingStatus.Open]);
  const rejects = evs.filter((x) => x.type === Ev.Rejected).map((x) => x.type === Ev.Rejected && x.error);
  assert.deepEqual(rejects, [Errors.MARKET_CLOSED.num, Errors.BAD_PHASE.num, Errors.UNKNOWN_SYMBOL.num]);
  assert.equal(e.restingOrders, 2);
  // The phase is engine state: in the snapshot bytes.
  const closed = new Engine();
  for (const at of offsets.slice(0, 3)) closed.apply(buf, at);
  const open = new Engine();
  for (const at of offsets.slice(0, 2)) open.apply(buf, at);
  assert.notDeepEqual(closed.stateBytes(), open.stateBytes());
});
