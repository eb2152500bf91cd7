/**
 * Loading a trading calendar for a driver: a shipped name (config/calendars/NAME.json: 24x7,
 * us-equities) or a path to a JSON file. The maths is server/sequencer/calendar.ts.
 */
import { readFileSync } from 'node:fs';
import { BourseError } from '../../kernel/errors.ts';
import { parseCalendar, nextTransition, dayPhases, SHIPPED_CALENDARS, type Calendar } from '../../sequencer/calendar.ts';
import type { CalendarInfo } from '../../http/routes/instruments.ts';

export function loadCalendar(nameOrPath: string): Calendar {
  const shipped = (SHIPPED_CALENDARS as readonly string[]).includes(nameOrPath);
  const url = shipped ? new URL(`../../../config/calendars/${nameOrPath}.json`, import.meta.url) : undefined;
  let text: string;
  try {
    text = readFileSync(url ?? nameOrPath, 'utf8');
  } catch (e) {
    throw new BourseError('INPUT_FILE', `calendar ${nameOrPath}: ${(e as Error).message} (shipped: ${SHIPPED_CALENDARS.join(', ')})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BourseError('CALENDAR_BAD', `calendar ${nameOrPath}: not JSON: ${(e as Error).message}`);
  }
  return parseCalendar(json);
}

/** Seconds of continuous trading in one trading day of `cal` (86,400 for a constant calendar). */
export function sessionSeconds(cal: Calendar): number {
  if (cal.constant) return 86_400;
  let s = 0;
  cal.phases.forEach((p, i) => {
    if (p.phase !== 'continuous') return;
    const end = i + 1 < cal.phases.length ? cal.phases[i + 1]!.minute : 24 * 60 + cal.phases[0]!.minute;
    s += (end - p.minute) * 60;
  });
  if (s === 0) throw new BourseError('CALENDAR_BAD', `calendar ${cal.name} has no continuous phase: nothing would ever trade`);
  return s;
}

const PHASE_OF: Record<number, string> = { 1: 'continuous', 3: 'pre-open', 4: 'opening-auction', 5: 'closing-auction', 6: 'closed' };

/**
 * What the API shows of a calendar at `nowUs` (default: the wall clock, scaled by `clock` when the
 * driver runs calendar time faster): name, time zone, today's phase changes and the next one.
 */
export function calendarInfo(cal: Calendar, nowUs: number = Date.now() * 1000, toWallUs: (calUs: number) => number = (u) => u): CalendarInfo {
  const nx = nextTransition(cal, nowUs);
  return {
    name: cal.name, timeZone: cal.timeZone,
    today: dayPhases(cal, nowUs).map((t) => ({ phase: t.phase, atMs: Math.floor(toWallUs(t.at) / 1000) })),
    next: nx ? { phase: PHASE_OF[nx.status] ?? 'continuous', atMs: Math.floor(toWallUs(nx.at) / 1000) } : null,
  };
}
