import { z } from 'zod/mini';
import { timeZoneSchema } from './time-zone.js';

/** Weekday names as a team calendar file writes them, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A weekday name (`mon` .. `sun`). */
export type Weekday = (typeof WEEKDAYS)[number];

const day = z.iso.date({ error: 'expected a calendar date YYYY-MM-DD' });
const label = z.optional(z.string().check(z.minLength(1)));

/**
 * A team's own working calendar, as data: which weekdays the team works, its holidays (inclusive ranges of
 * days) and its make-up working days (days that would be rest days but are worked, as with China's 调休).
 * Days are calendar days in `timeZone` (by default the plan's team zone).
 *
 * `moveDeadlines` says which days push a deadline earlier: `holidays` (default: only listed holidays; weekends
 * are routinely worked around in a sale season) or `non-working-days` (holidays and weekly rest days).
 *
 * @example
 * teamCalendarSchema.parse({
 *   timeZone: 'Asia/Shanghai',
 *   holidays: [{ name: 'National Day', first: '2026-10-01', last: '2026-10-07' }],
 *   workdays: [{ date: '2026-10-10', name: 'National Day make-up day' }],
 * });
 */
export const teamCalendarSchema = z
  .strictObject({
    name: label,
    note: z.optional(z.string()),
    timeZone: z.optional(timeZoneSchema),
    workingWeekdays: z._default(
      z.array(z.enum(WEEKDAYS, { error: `expected one of ${WEEKDAYS.join(', ')}` })).check(z.minLength(1, 'expected at least one working weekday')),
      () => ['mon', 'tue', 'wed', 'thu', 'fri'] as Weekday[],
    ),
    holidays: z._default(
      z.array(
        z
          .strictObject({ name: label, first: day, last: z.optional(day) })
          .check(z.refine((h) => h.last === undefined || h.last >= h.first, { message: 'expected a last day on or after first', path: ['last'] })),
      ),
      () => [],
    ),
    workdays: z._default(z.array(z.strictObject({ date: day, name: label })), () => []),
    moveDeadlines: z._default(z.enum(['holidays', 'non-working-days']), 'holidays'),
  })
  .check(
    z.superRefine((cal, ctx) => {
      // A day cannot be both off and worked: the file would contradict itself.
      cal.workdays.forEach((w, i) => {
        if (cal.holidays.some((h) => h.first <= w.date && w.date <= (h.last ?? h.first)))
          ctx.issues.push({ code: 'custom', input: w.date, path: ['workdays', i, 'date'], message: `${w.date} is also listed as a holiday` });
      });
    }),
  );
/** A team's working calendar (after parsing: defaults filled in). */
export type TeamCalendar = z.infer<typeof teamCalendarSchema>;
/** A team calendar as written in a JSON file. */
export type TeamCalendarInput = z.input<typeof teamCalendarSchema>;
