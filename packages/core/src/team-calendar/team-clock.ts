// Internal work runs on the team's clock and calendar; platform deadlines never do. These helpers place a
// team-clock time inside a platform day and move it off the team's rest days.
import type { TeamCalendar } from '../schemas/team-calendar.js';
import { addCalendarDays, formatCalendarDate, resolveWallTime, startOfDayInZone, toWallTime, type CalendarDate } from '../time/wall-time.js';
import { dayInZone, isTeamWorkingDay, teamHoliday } from './working-days.js';

/**
 * The first instant at or after the start of platform day `day` when the team's clock reads `hour:minute`:
 * a template's "10:00 team time" on a platform day. For a Shanghai team and a Pacific platform that is the
 * next Beijing morning (the platform day starts at 15:00 or 16:00 Beijing time); for a team west of the
 * platform, the same date.
 *
 * @example
 * teamClockInstant({ year: 2026, month: 10, day: 28 }, 10, 0, 'America/Los_Angeles', 'Asia/Shanghai').toISOString()
 * //=> '2026-10-29T02:00:00.000Z' (Oct 29 10:00 Beijing time)
 */
export function teamClockInstant(day: CalendarDate, hour: number, minute: number, platformZone: string, teamZone: string): Date {
  const opens = startOfDayInZone(day, platformZone);
  const teamDay = dayInZone(opens, teamZone);
  const same = resolveWallTime({ ...teamDay, hour, minute, second: 0 }, teamZone);
  return same >= opens ? same : resolveWallTime({ ...addCalendarDays(teamDay, 1), hour, minute, second: 0 }, teamZone);
}

/** Where {@link moveOffRestDay} put a team-clock deadline that fell on a team rest day. */
export interface RestDayMove {
  readonly from: Date;
  readonly to: Date;
  /** `earlier` (the previous working day), `later` (the next one, when earlier would leave the window) or `kept`. */
  readonly direction: 'earlier' | 'later' | 'kept';
  /** The team's day (`YYYY-MM-DD`) the deadline fell on. */
  readonly teamDay: string;
  /** The holiday's name when it is one (`''` unnamed); absent for a weekly rest day. */
  readonly holiday?: string;
}

function sameTimeOn(day: CalendarDate, due: Date, zone: string): Date {
  const w = toWallTime(due, zone);
  return resolveWallTime({ ...day, hour: w.hour, minute: w.minute, second: w.second ?? 0 }, zone);
}

/**
 * A team-clock deadline on a team rest day (a weekend or holiday of `calendar`, judged in `teamZone`) moved to
 * the same team time on the previous working day, or, when that is not after `window.earliest` (the phase's
 * opening or a dependency's due), on the next working day before `window.latest`; `undefined` when the day is a working day. With `forward` the next
 * working day is tried first (the first run of a recurring check). Never more than 14 days away.
 *
 * @example
 * moveOffRestDay(saturday1000, 'Asia/Shanghai', mondayToFriday, { earliest, latest })?.to // Friday 10:00 Beijing time
 */
export function moveOffRestDay(
  due: Date,
  teamZone: string,
  calendar: TeamCalendar,
  window: { earliest: Date; latest: Date },
  forward = false,
): RestDayMove | undefined {
  const day = dayInZone(due, teamZone);
  if (isTeamWorkingDay(calendar, day)) return undefined;
  const holiday = teamHoliday(calendar, day);
  const base = { from: due, teamDay: formatCalendarDate(day), ...(holiday !== undefined ? { holiday } : {}) };
  const find = (step: 1 | -1): Date | undefined => {
    for (let k = 1; k <= 14; k++) {
      const d = addCalendarDays(day, step * k);
      if (!isTeamWorkingDay(calendar, d)) continue;
      const t = sameTimeOn(d, due, teamZone);
      return t > window.earliest && t < window.latest ? t : undefined;
    }
    return undefined;
  };
  const order: Array<1 | -1> = forward ? [1, -1] : [-1, 1];
  for (const step of order) {
    const to = find(step);
    if (to) return { ...base, to, direction: step < 0 ? 'earlier' : 'later' };
  }
  return { ...base, to: due, direction: 'kept' };
}
