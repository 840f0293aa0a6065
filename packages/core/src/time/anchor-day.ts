import { expandRecurrence } from './recurrence.js';
import { toWallTime, type CalendarDate } from './wall-time.js';

/**
 * The first day of `year` matched by a yearly anchor rule, or `undefined` when the rule matches no day that
 * year. Computed on calendar days (UTC fields), so no zone is involved.
 *
 * @example
 * anchorDay('FREQ=YEARLY;BYMONTH=11;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29', 2020) //=> { year: 2020, month: 11, day: 27 } (Black Friday)
 */
export function anchorDay(rule: string, year: number): CalendarDate | undefined {
  const jan1 = new Date(Date.UTC(year, 0, 1));
  const dec31 = new Date(Date.UTC(year, 11, 31, 23, 59, 59));
  const [first] = expandRecurrence(rule, jan1, 'UTC', { until: dec31, limit: 1 });
  if (!first) return undefined;
  const w = toWallTime(first, 'UTC');
  return { year: w.year, month: w.month, day: w.day };
}
