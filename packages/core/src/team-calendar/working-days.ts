import { PlanValidationError } from '../errors/validation-error.js';
import { issuesFromZod } from '../errors/from-zod.js';
import { teamCalendarSchema, WEEKDAYS, type TeamCalendar, type Weekday } from '../schemas/team-calendar.js';
import { addCalendarDays, formatCalendarDate, parseWallTime, toWallTime, type CalendarDate } from '../time/wall-time.js';

/** How far the working-day helpers look for a working day before giving up (ten years). */
const SEARCH_LIMIT = 3660;

interface Index {
  readonly weekdays: ReadonlySet<Weekday>;
  /** Holiday name (or '') by `YYYY-MM-DD`. */
  readonly holidays: ReadonlyMap<string, string>;
  readonly workdays: ReadonlySet<string>;
}

// Calendars are values; the day sets are built once per calendar object.
const indexes = new WeakMap<TeamCalendar, Index>();

function indexOf(calendar: TeamCalendar): Index {
  let index = indexes.get(calendar);
  if (!index) {
    const holidays = new Map<string, string>();
    for (const h of calendar.holidays) {
      const last = h.last ?? h.first;
      for (let d = toDay(h.first); formatCalendarDate(d) <= last; d = addCalendarDays(d, 1)) holidays.set(formatCalendarDate(d), h.name ?? '');
    }
    index = { weekdays: new Set(calendar.workingWeekdays), holidays, workdays: new Set(calendar.workdays.map((w) => w.date)) };
    indexes.set(calendar, index);
  }
  return index;
}

function toDay(day: CalendarDate | string): CalendarDate {
  if (typeof day !== 'string') return day;
  const w = parseWallTime(day);
  return { year: w.year, month: w.month, day: w.day };
}

/**
 * The weekday of a calendar day, computed on the calendar alone (no zone).
 *
 * @example
 * weekdayOf('2026-10-10') //=> 'sat'
 */
export function weekdayOf(day: CalendarDate | string): Weekday {
  const d = toDay(day);
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7]!;
}

/**
 * Validates a team calendar (from a JSON file or code) and fills in defaults.
 *
 * @throws PlanValidationError with paths such as `holidays[0].last`.
 * @example
 * const cal = parseTeamCalendar(JSON.parse(readFileSync('examples/calendars/team-china-2026.json', 'utf8')));
 */
export function parseTeamCalendar(input: unknown): TeamCalendar {
  const r = teamCalendarSchema.safeParse(input);
  if (!r.success) throw new PlanValidationError(issuesFromZod(r.error), 'team calendar');
  return r.data;
}

/**
 * The holiday a day falls in: its name (`''` when the file gives none), or `undefined` on other days.
 *
 * @example
 * teamHoliday(chinaTeam, '2026-10-03') //=> 'National Day'
 */
export function teamHoliday(calendar: TeamCalendar, day: CalendarDate | string): string | undefined {
  return indexOf(calendar).holidays.get(formatCalendarDate(toDay(day)));
}

/**
 * Whether the team works on a day: a make-up working day always; a holiday never; otherwise when its
 * weekday is one of `workingWeekdays`.
 *
 * @example
 * isTeamWorkingDay(chinaTeam, '2026-10-10') //=> true  (a Saturday, but a make-up working day)
 * isTeamWorkingDay(chinaTeam, '2026-10-05') //=> false (National Day)
 */
export function isTeamWorkingDay(calendar: TeamCalendar, day: CalendarDate | string): boolean {
  const d = toDay(day);
  const key = formatCalendarDate(d);
  const index = indexOf(calendar);
  if (index.workdays.has(key)) return true;
  if (index.holidays.has(key)) return false;
  return index.weekdays.has(weekdayOf(d));
}

/**
 * Whether a deadline on this day must move earlier, by the calendar's `moveDeadlines` rule: on a holiday
 * (default), or on any day the team does not work (`non-working-days`).
 *
 * @example
 * deadlineMustMove(chinaTeam, '2026-10-02') //=> true (National Day)
 * deadlineMustMove(chinaTeam, '2026-10-11') //=> false (a Sunday; true with moveDeadlines: 'non-working-days')
 */
export function deadlineMustMove(calendar: TeamCalendar, day: CalendarDate | string): boolean {
  if (calendar.moveDeadlines === 'non-working-days') return !isTeamWorkingDay(calendar, day);
  return teamHoliday(calendar, day) !== undefined && !isTeamWorkingDay(calendar, day);
}

/**
 * Counts `count` team working days from `day`: forward for a positive count, backward for a negative one;
 * `0` is the day itself, working or not. Days in between that the team does not work are skipped.
 *
 * @throws RangeError when no working day is found within ten years (a calendar with every day off).
 * @example
 * addTeamWorkingDays(chinaTeam, '2026-09-30', 1) //=> { year: 2026, month: 10, day: 8 } (after Golden Week)
 * addTeamWorkingDays(chinaTeam, '2026-10-12', -2) //=> { year: 2026, month: 10, day: 9 } (Oct 10 is a make-up day)
 */
export function addTeamWorkingDays(calendar: TeamCalendar, day: CalendarDate | string, count: number): CalendarDate {
  let d = toDay(day);
  const step = count < 0 ? -1 : 1;
  let left = Math.abs(Math.trunc(count));
  let scanned = 0;
  while (left > 0) {
    d = addCalendarDays(d, step);
    if (isTeamWorkingDay(calendar, d)) left--;
    if (++scanned > SEARCH_LIMIT) throw new RangeError('no team working day found within ten years: check workingWeekdays and holidays');
  }
  return d;
}

/**
 * The last day on or before `day` that the team works.
 *
 * @throws RangeError when there is none within ten years.
 * @example
 * lastTeamWorkingDay(chinaTeam, '2026-10-05') //=> { year: 2026, month: 9, day: 30 }
 */
export function lastTeamWorkingDay(calendar: TeamCalendar, day: CalendarDate | string): CalendarDate {
  const d = toDay(day);
  return isTeamWorkingDay(calendar, d) ? d : addTeamWorkingDays(calendar, d, -1);
}

/**
 * The calendar day an instant falls on in a zone: the team's day of a platform deadline.
 *
 * @example
 * dayInZone(new Date('2026-10-01T06:59:00Z'), 'Asia/Shanghai') //=> { year: 2026, month: 10, day: 1 } (Sep 30 23:59 in Los Angeles)
 */
export function dayInZone(instant: Date, timeZone: string): CalendarDate {
  const w = toWallTime(instant, timeZone);
  return { year: w.year, month: w.month, day: w.day };
}
