import { expandRecurrence } from '../time/recurrence.js';
import type { Plan } from '../schemas/plan.js';
import type { Task } from '../schemas/task.js';

/** The first instant of the campaign (start of the first phase). */
export function campaignStart(plan: Pick<Plan, 'phases'>): Date {
  return plan.phases[0]!.start;
}

/** The end of the campaign (end of the last phase, exclusive). */
export function campaignEnd(plan: Pick<Plan, 'phases'>): Date {
  return plan.phases[plan.phases.length - 1]!.end;
}

/**
 * The due instants of a task: `[task.due]` for a one-off task, every occurrence of its recurrence
 * (up to the end of the campaign) for a recurring one, each at the same wall-clock time in the platform zone
 * (in the team zone for a `clock: 'team'` task). Only the span from `due` to the campaign's end is expanded,
 * so the work is bounded by the campaign whatever the rule (at most `MAX_OCCURRENCES`, which `checkPlan`
 * refuses to exceed).
 *
 * @example
 * taskOccurrences(plan, plan.tasks.find((t) => t.id === 'peak-daily-data-check')!)
 * //=> [2020-11-11T17:00:00.000Z, 2020-11-12T17:00:00.000Z]
 */
export function taskOccurrences(
  plan: Pick<Plan, 'phases' | 'platformTimeZone'> & Partial<Pick<Plan, 'teamTimeZone'>>,
  task: Pick<Task, 'due' | 'recurrence' | 'clock'>,
): Date[] {
  if (!task.recurrence) return [task.due];
  return expandRecurrence(task.recurrence, task.due, clockZone(plan, task), { until: campaignEnd(plan) });
}

/**
 * The zone whose wall clock a task's due and recurrence keep: the team's for `clock: 'team'` (internal work),
 * else the platform's.
 *
 * @example
 * clockZone(plan, { clock: 'team' }) //=> 'Asia/Shanghai'
 */
export function clockZone(plan: Pick<Plan, 'platformTimeZone'> & Partial<Pick<Plan, 'teamTimeZone'>>, task: Pick<Task, 'clock'>): string {
  return task.clock === 'team' && plan.teamTimeZone ? plan.teamTimeZone : plan.platformTimeZone;
}

/** The phase whose half-open interval `[start, end)` holds `instant`, or `undefined` outside the campaign. */
export function phaseAt<P extends { start: Date; end: Date }>(phases: readonly P[], instant: Date): P | undefined {
  const t = instant.getTime();
  return phases.find((p) => p.start.getTime() <= t && t < p.end.getTime());
}
