// A task's RRULE body rewritten for a calendar whose DTSTART carries a TZID.
import type { Plan } from '../../schemas/plan.js';
import type { Task } from '../../schemas/task.js';
import { taskOccurrences } from '../../plan/occurrences.js';
import { ruleEndingAt } from '../../time/rrule-text.js';
import { formatUtcStamp } from '../../time/stamp.js';

/**
 * The RRULE value to write beside `DTSTART;TZID=<platform zone>:<due>` so that a calendar shows exactly
 * the occurrences `taskOccurrences` gives: the plan's rule with its `COUNT` or `UNTIL` replaced by an
 * `UNTIL` in UTC (RFC 5545 §3.3.10 requires `Z` when DTSTART has a TZID) at its last occurrence in the
 * campaign (`occurrences`: the task's, when the caller has them). Every series is so bounded at the campaign's end, since a calendar knows nothing of the
 * campaign, and a floating UNTIL never reaches the file. Returns `undefined` for a one-off task.
 *
 * @example
 * icsRecurrenceRule(plan, { due, recurrence: 'FREQ=DAILY;UNTIL=20261112T235959' })
 * //=> 'FREQ=DAILY;UNTIL=20261112T170000Z' (the last 09:00 Pacific occurrence)
 */
export function icsRecurrenceRule(
  plan: Pick<Plan, 'phases' | 'platformTimeZone'>,
  task: Pick<Task, 'due' | 'recurrence'>,
  occurrences: readonly Date[] = taskOccurrences(plan, task),
): string | undefined {
  if (!task.recurrence) return undefined;
  // A plan that passed `checkPlan` always has an occurrence; otherwise the series is its DTSTART alone.
  const last = occurrences.at(-1) ?? task.due;
  return ruleEndingAt(task.recurrence, formatUtcStamp(last));
}
