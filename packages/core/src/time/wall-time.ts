import { shifted, zoneOffset } from './zone-offset.js';

/** A wall-clock reading: what a clock on the wall in some zone shows. Months are 1-12. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
}

/** A calendar day, months 1-12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Epoch milliseconds of a wall time's fields read as UTC (years before 100 stay as given). */
function utcFields(w: WallTime): number {
  const d = new Date(Date.UTC(2000, 0, 1, w.hour, w.minute, w.second ?? 0));
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  return d.getTime();
}

const WALL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Throws a RangeError naming the field when a wall time cannot exist on any calendar. */
function checkWallTime(w: WallTime): void {
  const bad = (field: string, expected: string) => {
    throw new RangeError(`Invalid wall time: ${field} ${String(w[field as keyof WallTime])}, expected ${expected}`);
  };
  if (!Number.isInteger(w.year) || w.year < 1 || w.year > 9999) bad('year', 'an integer 1-9999');
  if (!Number.isInteger(w.month) || w.month < 1 || w.month > 12) bad('month', 'an integer 1-12');
  if (!Number.isInteger(w.day) || w.day < 1 || w.day > daysInMonth(w.year, w.month)) bad('day', `an integer 1-${daysInMonth(w.year, w.month)}`);
  if (!Number.isInteger(w.hour) || w.hour < 0 || w.hour > 23) bad('hour', 'an integer 0-23');
  if (!Number.isInteger(w.minute) || w.minute < 0 || w.minute > 59) bad('minute', 'an integer 0-59');
  const s = w.second ?? 0;
  if (!Number.isInteger(s) || s < 0 || s > 59) bad('second', 'an integer 0-59');
}

/**
 * Reads `YYYY-MM-DD HH:mm[:ss]` (or with `T`, or a bare date meaning 00:00) as a wall time.
 *
 * @example
 * parseWallTime('2026-10-21 23:59') //=> { year: 2026, month: 10, day: 21, hour: 23, minute: 59, second: 0 }
 */
export function parseWallTime(text: string): WallTime {
  const m = WALL_RE.exec(text.trim());
  if (!m) throw new RangeError(`Invalid wall time "${text}": expected YYYY-MM-DD HH:mm`);
  const wall = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  };
  checkWallTime(wall);
  return wall;
}

/**
 * The instant at which clocks in `timeZone` show `wall`.
 *
 * Rule for the two DST edges (the same as Temporal's `compatible` and RFC 5545):
 * - a wall time that does not exist (skipped at spring-forward) moves forward by the gap:
 *   2026-03-08 02:30 in Los Angeles is 03:30 PDT;
 * - a wall time that happens twice (repeated at fall-back) takes the earlier instant:
 *   2026-11-01 01:30 in Los Angeles is 01:30 PDT (08:30Z), not PST.
 *
 * @example
 * resolveWallTime('2026-10-21 23:59', 'America/Los_Angeles').toISOString() //=> '2026-10-22T06:59:00.000Z'
 */
export function resolveWallTime(wall: WallTime | string, timeZone: string): Date {
  const w = typeof wall === 'string' ? parseWallTime(wall) : wall;
  if (typeof wall !== 'string') checkWallTime(w);
  // The wall time read as if it were UTC; the real instant is that minus the zone's offset then. A day
  // either side holds the offsets before and after any change near it (zones change at most once a day).
  const local = utcFields(w);
  const before = zoneOffset(timeZone, local - DAY);
  const after = zoneOffset(timeZone, local + DAY);
  let earliest: number | undefined;
  for (const offset of before === after ? [before] : [before, after]) {
    const t = local - offset * MINUTE;
    if (zoneOffset(timeZone, t) === offset && (earliest === undefined || t < earliest)) earliest = t;
  }
  // No offset shows this wall time: it is in a gap, and the offset before the gap moves it forward by the gap.
  return new Date(earliest ?? local - before * MINUTE);
}

/**
 * What clocks in `timeZone` show at `instant`.
 *
 * @example
 * toWallTime(new Date('2026-10-22T06:59:00Z'), 'Asia/Shanghai') //=> { year: 2026, month: 10, day: 22, hour: 14, minute: 59, second: 0 }
 */
export function toWallTime(instant: Date, timeZone: string): WallTime {
  const t = shifted(instant.getTime(), timeZone);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
  };
}

export { formatInZone, formatISOInZone } from './format-instant.js';

/**
 * Calendar arithmetic on a day, independent of any zone.
 *
 * @example
 * addCalendarDays({ year: 2020, month: 11, day: 11 }, -41) //=> { year: 2020, month: 10, day: 1 }
 */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Formats a calendar day as `YYYY-MM-DD`. */
export function formatCalendarDate(date: CalendarDate): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(date.year, 4)}-${p(date.month)}-${p(date.day)}`;
}

/** The start of `date` (00:00 wall time) in `timeZone`, as an instant. */
export function startOfDayInZone(date: CalendarDate, timeZone: string): Date {
  return resolveWallTime({ ...date, hour: 0, minute: 0, second: 0 }, timeZone);
}
