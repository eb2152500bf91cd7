/**
 * Live `bourse start --calendar FILE` (issue 14): the core follows a trading calendar on the wall
 * clock, sped up 60 times (`--calendar-speed 60`: a calendar minute per second), with a calendar
 * written here whose phases start a few calendar minutes from now (in a fixed-offset time zone
 * where it is about noon, so the day never wraps). The API shows every STATUS transition in
 * order and the calendar itself; the simulator trades in the session; at the close each symbol's
 * end-of-day summary reaches the bars store and GET /api/v1/summary, and its 1d bar the bars API.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBourse } from '../faults/edge-support.ts';
import { until } from '../support/wait.ts';

type Inst = { name: string; status: string | null; calendar: { name: string; time_zone: string; today: { phase: string; at_ms: number }[]; next: { phase: string; at_ms: number } | null } | null };

test('bourse start --calendar FILE --calendar-speed 60: SET_PHASE at each transition, the API follows, the close publishes the day', { timeout: 240_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-start-cal-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const now = new Date();
  const k = Math.max(-12, Math.min(14, 12 - now.getUTCHours())); // local hour about 12
  const tz = k === 0 ? 'Etc/GMT' : k > 0 ? `Etc/GMT-${k}` : `Etc/GMT+${-k}`;
  const m0 = (now.getUTCHours() * 60 + now.getUTCMinutes() + 60 * k + 1440) % 1440;
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const phases = [['pre-open', 10], ['opening-auction', 12], ['continuous', 14], ['closing-auction', 20], ['closed', 22]] as const;
  const file = join(dir, 'fast.json');
  writeFileSync(file, JSON.stringify({
    name: 'test-fast', timeZone: tz, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], holidays: [],
    phases: phases.map(([phase, dm]) => ({ phase, at: hhmm(m0 + dm) })),
  }));
  const x = runBourse(['start', '--data', join(dir, 'data'), '--port', '0', '--feed', 'false', '--rate', '2000', '--symbols', '2', '--fsync', 'false', '--show', '0',
    '--seconds', '200', '--calendar', file, '--calendar-speed', '60']);
  try {
    const url = (await x.waitFor(/dashboard (http:\/\/127\.0\.0\.1:\d+)\//))[1]!;
    const get = async <T>(path: string): Promise<T> => (await (await fetch(url + path)).json()) as T;
    const seen: string[] = [];
    let first: Inst | undefined;
    await until(async () => {
      const l = (await get<{ instruments: Inst[] }>('/api/v1/instruments')).instruments;
      const i = l[0];
      if (!i || i.status === null) return false;
      first ??= i;
      if (seen[seen.length - 1] !== i.status) seen.push(i.status);
      return i.status === 'closed' && seen.includes('closing-auction');
    }, 120_000, () => `the close; statuses so far ${seen.join(' > ')}; ${x.err}`, 50);
    // Every phase in calendar order (the start may fall before pre-open: closed first).
    const order = ['closed', 'pre-open', 'opening-auction', 'open', 'closing-auction', 'closed'];
    assert.deepEqual(seen, order.slice(order.length - seen.length), `statuses ${seen.join(' > ')}`);
    assert.ok(seen.length >= 5, `statuses ${seen.join(' > ')}`);
    // The calendar as the API shows it: name, zone, today's phase changes (wall ms, 2 s apart at 60x), the next one.
    const cal = first!.calendar!;
    assert.equal(cal.name, 'test-fast');
    assert.equal(cal.time_zone, tz);
    assert.deepEqual(cal.today.map((p) => p.phase), phases.map(([p]) => p));
    const gaps = cal.today.slice(1).map((p, i) => p.at_ms - cal.today[i]!.at_ms);
    assert.deepEqual(gaps.map((g) => Math.round(g / 1000)), [2, 2, 6, 2]);
    assert.ok(cal.next !== null);

    // The day's summary per symbol, stored and served; the session's 1d bar.
    const names = (await get<{ instruments: Inst[] }>('/api/v1/instruments')).instruments.map((i) => i.name);
    for (const n of names) {
      const s = await until(async () => {
        const b = await get<{ summaries: { close_time_ms: number; trades: number; open_from_auction: boolean }[] }>(`/api/v1/summary?symbol=${n}`);
        return b.summaries.length > 0 && b.summaries;
      }, 30_000, `the summary of ${n}`);
      assert.equal(s.length, 1);
      assert.ok(s[0]!.trades > 0, `${n} traded in the session`);
      assert.ok(Math.abs(s[0]!.close_time_ms - cal.today[4]!.at_ms) < 2000, `${n} closed at the calendar's close`);
      const bars = await get<{ status: string; calendar: string; bars: { open_time_ms: number; trades: number }[] }>(`/api/v1/bars?symbol=${n}&interval=1d`);
      assert.equal(bars.status, 'closed');
      assert.equal(bars.calendar, 'test-fast');
      assert.equal(bars.bars.length, 1);
      assert.equal(bars.bars[0]!.trades, s[0]!.trades, 'the 1d bar is the session');
    }
    assert.deepEqual(await x.stop(), { code: 0, signal: null }, x.err);
  } finally {
    await x.stop();
  }
});
