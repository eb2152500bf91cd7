/**
 * Trading calendars (issue 14): per instrument group, a time zone, the phases of a trading day
 * with their local start times, the trading weekdays and the holidays. The sequencer side (a
 * driver: `bourse sim`, the live core) asks `nextTransition` for the next instant the phase
 * changes and injects a SET_PHASE command stamped with it; the engine and the MDP only ever see
 * the sequenced commands, never this file's time-zone maths (Intl, no clock read here either:
 * every function takes the time it is asked about).
 *
 * Days: on a trading weekday that is not a holiday, phase i holds from its local `at` to the
 * next phase's `at`; the last phase of a day holds until the first phase of the next trading
 * day. A calendar whose only phase is `continuous` (the 24/7 demo) never changes phase.
 */
import { BourseError } from '../kernel/errors.ts';
import { TradingStatus } from '../kernel/types.ts';

export const PHASES = {
  'pre-open': TradingStatus.PreOpen,
  'opening-auction': TradingStatus.OpeningAuction,
  continuous: TradingStatus.Open,
  'closing-auction': TradingStatus.ClosingAuction,
  closed: TradingStatus.Closed,
} as const;
export type PhaseName = keyof typeof PHASES;

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export interface CalendarSpec {
  readonly name: string;
  readonly timeZone: string;
  /** Trading weekdays: 'mon'..'sun'. */
  readonly days: readonly string[];
  readonly phases: readonly { readonly phase: string; readonly at: string }[];
  /** Local dates with no trading (YYYY-MM-DD). */
  readonly holidays: readonly string[];
}

export interface Calendar {
  readonly name: string;
  readonly timeZone: string;
  /** Bit d set: weekday d (0 = Sunday) trades. */
  readonly dayMask: number;
  /** Phases of a trading day: minute of the local day, TradingStatus value, name. */
  readonly phases: readonly { readonly minute: number; readonly status: number; readonly phase: PhaseName }[];
  readonly holidays: ReadonlySet<string>;
  /** True when the phase never changes (one phase every day, every weekday). */
  readonly constant: boolean;
}

const bad = (name: string, what: string) => new BourseError('CALENDAR_BAD', `calendar ${JSON.stringify(name)}: ${what}`);

/** Validates a parsed JSON calendar (CALENDAR_BAD names the field). */
export function parseCalendar(spec: unknown): Calendar {
  const o = spec as Partial<CalendarSpec> | null;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw bad('?', 'must be a JSON object');
  const name = o.name;
  if (typeof name !== 'string' || !/^[a-z0-9][a-z0-9_-]{0,31}$/.test(name)) throw bad(String(name), 'name must match [a-z0-9][a-z0-9_-]{0,31}');
  const tz = o.timeZone;
  if (typeof tz !== 'string') throw bad(name, 'timeZone must be an IANA time zone name');
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    throw bad(name, `timeZone ${JSON.stringify(tz)} is not a time zone this Node knows`);
  }
  if (!Array.isArray(o.days) || o.days.length === 0) throw bad(name, 'days must list trading weekdays (mon..sun)');
  let dayMask = 0;
  for (const d of o.days) {
    const i = DAYS.indexOf(d as (typeof DAYS)[number]);
    if (i < 0) throw bad(name, `day ${JSON.stringify(d)} is not one of ${DAYS.join(', ')}`);
    dayMask |= 1 << i;
  }
  if (!Array.isArray(o.phases) || o.phases.length === 0) throw bad(name, 'phases must list at least one {phase, at}');
  const phases: { minute: number; status: number; phase: PhaseName }[] = [];
  for (const p of o.phases) {
    const ph = (p as { phase?: unknown })?.phase;
    const at = (p as { at?: unknown })?.at;
    if (typeof ph !== 'string' || !(ph in PHASES)) throw bad(name, `phase ${JSON.stringify(ph)} is not one of ${Object.keys(PHASES).join(', ')}`);
    const m = typeof at === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(at) : null;
    if (!m) throw bad(name, `phase ${ph}: at ${JSON.stringify(at)} must be HH:MM (local time)`);
    const minute = Number(m[1]) * 60 + Number(m[2]);
    if (phases.length > 0 && minute <= phases[phases.length - 1]!.minute) throw bad(name, `phase ${ph} at ${at}: phases must be in increasing time order`);
    phases.push({ minute, status: PHASES[ph as PhaseName], phase: ph as PhaseName });
  }
  const holidays = new Set<string>();
  for (const h of o.holidays ?? []) {
    if (typeof h !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(h) || Number.isNaN(Date.parse(`${h}T00:00:00Z`))) throw bad(name, `holiday ${JSON.stringify(h)} must be a date YYYY-MM-DD`);
    holidays.add(h);
  }
  const constant = phases.length === 1 && dayMask === 0x7f && holidays.size === 0;
  return { name, timeZone: tz, dayMask, phases, holidays, constant };
}

// ------------------------------------------------------------------ time-zone maths (Intl)

const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(tz, f);
  }
  return f;
}

/** Local wall time of a UTC ms instant, as the UTC ms of the same wall-clock reading. */
function wallMs(tz: string, ms: number): number {
  const parts = fmt(tz).formatToParts(ms);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** UTC ms of a local wall-clock time (a time in a DST gap moves forward by the gap). */
function zonedMs(tz: string, y: number, mo: number, d: number, minute: number): number {
  const wall = Date.UTC(y, mo, d, 0, minute);
  let guess = wall - (wallMs(tz, wall) - wall);
  // Re-check at the guess (the offset may differ there: DST changes).
  const off = wallMs(tz, guess) - guess;
  guess = wall - off;
  return guess;
}

const DAY_MS = 86_400_000;

function isoDate(y: number, mo: number, d: number): string {
  return new Date(Date.UTC(y, mo, d)).toISOString().slice(0, 10);
}

/** Phase changes of one local day (UTC µs, status), empty on a non-trading day. */
function dayTransitions(cal: Calendar, dayUtcMs: number): { at: number; status: number }[] {
  const dt = new Date(dayUtcMs);
  const y = dt.getUTCFullYear();
  const mo = dt.getUTCMonth();
  const d = dt.getUTCDate();
  if ((cal.dayMask & (1 << dt.getUTCDay())) === 0 || cal.holidays.has(isoDate(y, mo, d))) return [];
  return cal.phases.map((p) => ({ at: zonedMs(cal.timeZone, y, mo, d, p.minute) * 1000, status: p.status }));
}

/** Local midnight (as a UTC-ms day key) of the local day holding `us`. */
function localDay(cal: Calendar, us: number): number {
  const w = wallMs(cal.timeZone, Math.floor(us / 1000));
  return w - (((w % DAY_MS) + DAY_MS) % DAY_MS);
}

/** Days searched for a transition: a year and a half of holidays and weekends. */
const HORIZON_DAYS = 550;

/** The phase (TradingStatus value) in force at `us` (µs since the epoch). */
export function phaseAt(cal: Calendar, us: number): number {
  if (cal.constant) return cal.phases[0]!.status;
  const day = localDay(cal, us);
  for (let k = 0; k <= HORIZON_DAYS; k++) {
    const ts = dayTransitions(cal, day - k * DAY_MS);
    for (let i = ts.length - 1; i >= 0; i--) if (ts[i]!.at <= us) return ts[i]!.status;
  }
  return TradingStatus.Closed;
}

/**
 * The first instant after `us` at which the phase changes, and the phase from then on;
 * undefined when it never does (a constant calendar). Work: a few days of Intl calls.
 */
export function nextTransition(cal: Calendar, us: number): { at: number; status: number } | undefined {
  if (cal.constant) return undefined;
  let cur = phaseAt(cal, us);
  const day = localDay(cal, us);
  for (let k = 0; k <= HORIZON_DAYS; k++) {
    for (const t of dayTransitions(cal, day + k * DAY_MS)) {
      if (t.at <= us) continue;
      if (t.status !== cur) return t;
      cur = t.status;
    }
  }
  return undefined;
}

/**
 * The phase changes of the local trading day holding `us` (UTC µs, phase name), in order; empty
 * on a weekend or holiday and for a constant calendar.
 */
export function dayPhases(cal: Calendar, us: number): { at: number; phase: PhaseName }[] {
  if (cal.constant) return [];
  const names = new Map(cal.phases.map((p) => [p.status, p.phase] as const));
  return dayTransitions(cal, localDay(cal, us)).map((t) => ({ at: t.at, phase: names.get(t.status)! }));
}

/** The calendars shipped in config/calendars/ (read by the apps; the file I/O lives there). */
export const SHIPPED_CALENDARS = ['24x7', 'us-equities'] as const;
