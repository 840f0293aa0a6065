// Derived figures of the readiness view: whether work has started, blocked split by cause, per person or role.
import { ROLES, ROLE_LABELS, localize, type Locale, type Role } from '@campaign-planner/core';
import { UNASSIGNED, type GroupReadiness, type Readiness } from '@campaign-planner/core/readiness';
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
 * Readiness per person from core's `byOwner` (keyed by owner, else by the English label of the task's role):
 * owners first, then roles (labels in `locale`), then what is left unassigned.
 *
 * @example
 * byPersonOrRole(report, 'en').map(([label]) => label) //=> ['Li', 'Designer', 'Unassigned']
 */
export function byPersonOrRole(report: Readiness, locale: Locale): Array<[string, GroupReadiness]> {
  const roleOf = new Map<string, Role>(ROLES.map((r) => [ROLE_LABELS[r].en, r]));
  const owners: Array<[string, GroupReadiness]> = [];
  const roles: Array<[string, GroupReadiness]> = [];
  let unassigned: GroupReadiness | undefined;
  for (const [key, group] of Object.entries(report.byOwner)) {
    const role = roleOf.get(key);
    if (key === UNASSIGNED) unassigned = group;
    else if (role) roles.push([localize(ROLE_LABELS[role], locale), group]);
    else owners.push([key, group]);
  }
  owners.sort(([a], [b]) => a.localeCompare(b));
  return [...owners, ...roles, ...(unassigned ? [[t(locale, 'unassigned'), unassigned] as [string, GroupReadiness]] : [])];
}
