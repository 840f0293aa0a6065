// A task's RRULE body rewritten for a calendar whose DTSTART carries a TZID.
import type { Plan } from '../../schemas/plan.js';
import type { Task } from '../../schemas/task.js';
import { taskOccurrences } from '../../plan/occurrences.js';
import { expandRecurrence } from '../../time/recurrence.js';
import { resolveWallTime } from '../../time/wall-time.js';
import { formatIcsUtc } from './datetime.js';

const FLOATING_UNTIL = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?$/;

/** A floating (wall-time) UNTIL read in `zone`, in UTC form; a UTC UNTIL as it is. */
function untilToUtc(value: string, zone: string): string {
  if (/Z$/i.test(value)) return value.toUpperCase();
  const m = FLOATING_UNTIL.exec(value);
  if (!m) return value;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  const wall = { year: +y!, month: +mo!, day: +d!, hour: +h, minute: +mi, second: +s };
  return formatIcsUtc(resolveWallTime(wall, zone));
}

/**
 * The RRULE value to write beside `DTSTART;TZID=<platform zone>:<due>` so that a calendar shows exactly
 * the occurrences `taskOccurrences` gives:
 * - a floating `UNTIL` (a wall time in the platform zone, as plans write it) becomes UTC with `Z`, which
 *   RFC 5545 §3.3.10 requires when DTSTART has a TZID (a date-only UNTIL means 00:00 that day, as in the plan);
 * - a series the plan cuts at the end of the campaign (no COUNT or UNTIL, or one reaching beyond it) is
 *   bounded by an `UNTIL` at its last occurrence, since a calendar knows nothing of the campaign.
 * Returns `undefined` for a one-off task.
 *
 * @example
 * icsRecurrenceRule(plan, { due, recurrence: 'FREQ=DAILY;UNTIL=20261112T235959' })
 * //=> 'FREQ=DAILY;UNTIL=20261113T075959Z'
 */
export function icsRecurrenceRule(plan: Pick<Plan, 'phases' | 'platformTimeZone'>, task: Pick<Task, 'due' | 'recurrence'>): string | undefined {
  if (!task.recurrence) return undefined;
  const zone = plan.platformTimeZone;
  const parts = task.recurrence
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  const occurrences = taskOccurrences(plan, task);
  const unbounded = expandRecurrence(task.recurrence, task.due, zone, { limit: occurrences.length + 1 });
  if (unbounded.length > occurrences.length && occurrences.length > 0) {
    const kept = parts.filter((part) => !/^(COUNT|UNTIL)=/i.test(part));
    return [...kept, `UNTIL=${formatIcsUtc(occurrences.at(-1)!)}`].join(';');
  }
  return parts
    .map((part) => {
      const m = /^UNTIL=(.*)$/i.exec(part);
      return m ? `UNTIL=${untilToUtc(m[1]!, zone)}` : part;
    })
    .join(';');
}
