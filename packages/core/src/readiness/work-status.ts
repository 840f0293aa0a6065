import type { Plan } from '../schemas/plan.js';
import type { TaskStatus } from '../schemas/task.js';
import { indexPlan, type WorkItem } from './plan-index.js';
import { isClosed, type StatusState } from './status-state.js';

/** A work item with its current status and the open dependencies that hold it up. */
export interface ItemStatus extends WorkItem {
  readonly status: TaskStatus;
  /** Ids of the tasks it depends on whose needed occurrences are not all closed (done or skipped). */
  readonly blockedBy: readonly string[];
}

const NONE: readonly string[] = [];

/**
 * How many of a dependency's occurrences (sorted by due) an item due at `due` needs: those due no later
 * than it, and at least the first. A one-off dependency is needed whole; a daily check is needed up to the
 * day of the dependent, not for the days after it.
 *
 * @example
 * neededOccurrences([nov11, nov12], nov11noon) //=> 1
 */
export function neededOccurrences(dependency: readonly WorkItem[], due: Date): number {
  const t = due.getTime();
  let lo = 0;
  let hi = dependency.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dependency[mid]!.due.getTime() <= t) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(1, lo);
}

/**
 * The status of every work item of `plan` in `state`, with the dependencies it still waits for: a
 * dependency blocks an item while one of its needed occurrences ({@link neededOccurrences}) is open.
 * One pass over items, plus a binary search per dependency edge.
 *
 * @example
 * itemStatuses(plan, state).filter((i) => i.blockedBy.length > 0)
 */
export function itemStatuses(plan: Plan, state: StatusState): ItemStatus[] {
  const index = indexPlan(plan);
  const statusOf = (item: WorkItem) => state.latest.get(item.key)?.status ?? state.initial.get(item.task.id) ?? 'todo';
  // Per task: the position of its first open occurrence (its length when all are closed).
  const firstOpen = new Map<string, number>();
  const statuses = new Map<WorkItem, TaskStatus>();
  for (const [id, items] of index.itemsByTask) {
    let first = items.length;
    items.forEach((item, i) => {
      const s = statusOf(item);
      statuses.set(item, s);
      if (first === items.length && !isClosed(s)) first = i;
    });
    firstOpen.set(id, first);
  }
  return index.items.map((item) => {
    let blockedBy = NONE;
    for (const dep of item.task.dependsOn) {
      const depItems = index.itemsByTask.get(dep);
      if (!depItems || firstOpen.get(dep)! >= neededOccurrences(depItems, item.due)) continue;
      if (blockedBy === NONE) blockedBy = [];
      (blockedBy as string[]).push(dep);
    }
    return { ...item, status: statuses.get(item)!, blockedBy };
  });
}
