import type { Plan, TaskStatus, Workstream } from '@campaign-planner/core';
import type { ItemStatus } from '@campaign-planner/core/readiness';

/** Checklist filters; an empty or missing value lets everything through. */
export interface ChecklistFilter {
  readonly phase?: string;
  readonly workstream?: Workstream | '';
  readonly owner?: string;
  readonly status?: TaskStatus | '';
}

/**
 * The items that pass every filter.
 *
 * @example
 * filterItems(items, { workstream: 'marketing', status: 'todo' }).every((i) => i.task.workstream === 'marketing') //=> true
 */
export function filterItems(items: readonly ItemStatus[], filter: ChecklistFilter): ItemStatus[] {
  return items.filter(
    (i) =>
      (!filter.phase || i.task.phase === filter.phase) &&
      (!filter.workstream || i.task.workstream === filter.workstream) &&
      (!filter.owner || i.task.owner === filter.owner) &&
      (!filter.status || i.status === filter.status),
  );
}

/**
 * The owners named in a plan, sorted, for the owner filter.
 *
 * @example
 * ownersOf(plan) //=> ['Li', 'Wang']
 */
export function ownersOf(plan: Plan): string[] {
  return [...new Set(plan.tasks.flatMap((t) => (t.owner ? [t.owner] : [])))].sort();
}
