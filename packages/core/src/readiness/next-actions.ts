import type { Plan } from '../schemas/plan.js';
import { MinHeap } from './min-heap.js';
import { effectiveWeight } from './score.js';
import { isClosed, type StatusState } from './status-state.js';
import { itemStatuses, type ItemStatus } from './work-status.js';

/** An open work item to act on, in the order {@link nextActions} gives. */
export interface NextAction extends ItemStatus {
  /** Due before `now`. */
  readonly overdue: boolean;
  /** Has an open dependency or the status `blocked`: listed after what blocks it. */
  readonly blocked: boolean;
}

/** Options of {@link nextActions}. */
export interface NextActionsOptions {
  /** At most this many actions (default: all open items). */
  readonly limit?: number;
}

// Earlier deadline first; at the same deadline critical first, then heavier, then by key for a stable order.
function before(a: ItemStatus, b: ItemStatus): boolean {
  const d = a.due.getTime() - b.due.getTime();
  if (d !== 0) return d < 0;
  if (a.task.critical !== b.task.critical) return a.task.critical;
  const w = effectiveWeight(b.task, b.weight) - effectiveWeight(a.task, a.weight);
  if (w !== 0) return w < 0;
  return a.key < b.key;
}

/**
 * What to do next: every open item (not done or skipped), ordered by deadline, then criticality, then weight;
 * an item whose dependencies are open comes after all open items of those dependencies, even when its own
 * deadline is earlier (the order is a topological order that picks the most urgent ready item each step).
 *
 * @example
 * nextActions(plan, state, new Date(), { limit: 5 }).map((a) => `${a.task.id}${a.blocked ? ' (blocked)' : ''}`)
 */
export function nextActions(plan: Plan, state: StatusState, now: Date, options: NextActionsOptions = {}): NextAction[] {
  const open = itemStatuses(plan, state).filter((i) => !isClosed(i.status));
  const byTask = new Map<string, ItemStatus[]>();
  for (const item of open) {
    const list = byTask.get(item.task.id);
    if (list) list.push(item);
    else byTask.set(item.task.id, [item]);
  }
  // Edges run from each open item of a dependency to every open item of the dependent task.
  const waiting = new Map<ItemStatus, number>();
  const heap = new MinHeap<ItemStatus>(before);
  for (const item of open) {
    let n = 0;
    for (const dep of item.blockedBy) n += byTask.get(dep)?.length ?? 0;
    waiting.set(item, n);
    if (n === 0) heap.push(item);
  }
  const dependentsOf = new Map<string, string[]>();
  for (const task of plan.tasks)
    for (const dep of task.dependsOn) {
      if (!byTask.has(dep) || !byTask.has(task.id)) continue;
      const list = dependentsOf.get(dep);
      if (list) list.push(task.id);
      else dependentsOf.set(dep, [task.id]);
    }

  const limit = options.limit ?? Infinity;
  const t = now.getTime();
  const out: NextAction[] = [];
  while (heap.size > 0 && out.length < limit) {
    const item = heap.pop()!;
    out.push({ ...item, overdue: item.due.getTime() < t, blocked: item.status === 'blocked' || item.blockedBy.length > 0 });
    for (const dependent of dependentsOf.get(item.task.id) ?? [])
      for (const next of byTask.get(dependent)!) {
        const n = waiting.get(next)! - 1;
        waiting.set(next, n);
        if (n === 0) heap.push(next);
      }
  }
  return out;
}
