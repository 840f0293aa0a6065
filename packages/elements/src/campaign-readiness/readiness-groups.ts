// Derived figures of the readiness view: whether work has started, blocked split by cause, per person or role.
import { ROLE_LABELS, localize, type Locale, type Plan } from '@campaign-planner/core';
import { UNASSIGNED, readiness, type GroupReadiness, type Readiness, type StatusState } from '@campaign-planner/core/readiness';
import { planWithTasks } from '../shared/plan-filter.js';
import { t } from '../shared/ui-text.js';

/**
 * Whether any work has begun: an item done, in progress or skipped. Before that a score says nothing (it
 * would read 0); the view says "not started" and what is due first.
 *
 * @example
 * hasStarted(readiness(plan, createStatusState(plan), now)) //=> false
 */
export function hasStarted(report: Readiness): boolean {
  const c = report.overall.counts;
  return c.done + c['in-progress'] + c.skipped > 0;
}

/**
 * Open blocked items split by cause: waiting on an open dependency, or marked `blocked` by someone
 * (an item can be both).
 *
 * @example
 * blockedSplit(report) //=> { waiting: 3, marked: 1 }
 */
export function blockedSplit(report: Readiness): { waiting: number; marked: number } {
  let waiting = 0;
  let marked = 0;
  for (const i of report.blocked) {
    if (i.blockedBy.length > 0) waiting++;
    if (i.status === 'blocked') marked++;
  }
  return { waiting, marked };
}

/**
 * Readiness per person: owners named in the plan (core's `byOwner`), then team roles for tasks without an
 * owner, then what is left unassigned. Labels are localized.
 *
 * @example
 * byPersonOrRole(plan, report, state, now, 'en').map(([label]) => label) //=> ['Li', 'Designer', 'Unassigned']
 */
export function byPersonOrRole(plan: Plan, report: Readiness, state: StatusState, now: Date, locale: Locale): Array<[string, GroupReadiness]> {
  const out: Array<[string, GroupReadiness]> = Object.entries(report.byOwner)
    .filter(([owner]) => owner !== UNASSIGNED)
    .sort(([a], [b]) => a.localeCompare(b));
  const byRole = new Map<string, Set<string>>();
  const nobody = new Set<string>();
  for (const task of plan.tasks) {
    if (task.owner) continue;
    if (!task.role) nobody.add(task.id);
    else byRole.set(task.role, (byRole.get(task.role) ?? new Set()).add(task.id));
  }
  for (const [role, ids] of byRole) {
    out.push([localize(ROLE_LABELS[role as keyof typeof ROLE_LABELS], locale), readiness(planWithTasks(plan, ids), state, now).overall]);
  }
  if (nobody.size > 0) out.push([t(locale, 'unassigned'), readiness(planWithTasks(plan, nobody), state, now).overall]);
  return out;
}
