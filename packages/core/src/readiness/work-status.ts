import type { Plan } from '../schemas/plan.js';
import type { TaskStatus } from '../schemas/task.js';
import { indexPlan, type WorkItem } from './plan-index.js';
import { isClosed, type StatusState } from './status-state.js';

/** A work item with its current status and the open dependencies that hold it up. */
export interface ItemStatus extends WorkItem {
  readonly status: TaskStatus;
  /** Ids of the tasks it depends on that are not closed (done or skipped); empty when none. */
  readonly blockedBy: readonly string[];
}

const NONE: readonly string[] = [];

/**
 * The status of every work item of `plan` in `state`, with the dependencies not yet closed. A recurring
 * task counts as closed when all its occurrences are. One pass over items and dependencies.
 *
 * @example
 * itemStatuses(plan, state).filter((i) => i.blockedBy.length > 0)
 */
export function itemStatuses(plan: Plan, state: StatusState): ItemStatus[] {
  const index = indexPlan(plan);
  const statuses = index.items.map((item) => state.latest.get(item.key)?.status ?? state.initial.get(item.task.id) ?? 'todo');
  const openTasks = new Set<string>();
  index.items.forEach((item, i) => {
    if (!isClosed(statuses[i]!)) openTasks.add(item.task.id);
  });
  const blockers = new Map<string, readonly string[]>();
  for (const task of plan.tasks) {
    const open = task.dependsOn.filter((d) => openTasks.has(d));
    blockers.set(task.id, open.length > 0 ? open : NONE);
  }
  return index.items.map((item, i) => ({ ...item, status: statuses[i]!, blockedBy: blockers.get(item.task.id)! }));
}
