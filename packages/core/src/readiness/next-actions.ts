import type { Plan } from '../schemas/plan.js';
import { MinHeap } from '../collections/min-heap.js';
import { effectiveWeight } from './score.js';
import { isClosed, type StatusState } from './status-state.js';
import { indexPlan } from './plan-index.js';
import { itemAt, neededOccurrences, scanItems, type ItemStatus } from './work-status.js';

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
 * an item whose dependencies are open comes after the open occurrences of them it needs (see
 * `neededOccurrences`), even when its own deadline is earlier. The order is topological and picks the most
 * urgent ready item at each step.
 *
 * @example
 * nextActions(plan, state, new Date(), { limit: 5 }).map((a) => `${a.task.id}${a.blocked ? ' (blocked)' : ''}`)
 */
export function nextActions(plan: Plan, state: StatusState, now: Date, options: NextActionsOptions = {}): NextAction[] {
  const scan = scanItems(plan, state);
  const index = indexPlan(plan);
  // One object per open item, found by key when it blocks another.
  const byKey = new Map<string, ItemStatus>();
  scan.statuses.forEach((s, i) => {
    if (!isClosed(s)) byKey.set(scan.items[i]!.key, itemAt(scan, i));
  });
  const open = [...byKey.values()];
  // Edges run from each open, needed occurrence of a dependency to the dependent item.
  const waiting = new Map<ItemStatus, number>();
  const dependentsOf = new Map<ItemStatus, ItemStatus[]>();
  for (const item of open) {
    let n = 0;
    for (const dep of item.blockedBy) {
      const depItems = index.itemsByTask.get(dep)!;
      const needed = neededOccurrences(depItems, item.due);
      for (let i = 0; i < needed; i++) {
        const blocker = byKey.get(depItems[i]!.key);
        if (!blocker) continue;
        n++;
        const list = dependentsOf.get(blocker);
        if (list) list.push(item);
        else dependentsOf.set(blocker, [item]);
      }
    }
    waiting.set(item, n);
  }
  const heap = new MinHeap<ItemStatus>(before);
  for (const item of open) if (waiting.get(item) === 0) heap.push(item);

  const limit = options.limit ?? Infinity;
  const t = now.getTime();
  const out: NextAction[] = [];
  while (heap.size > 0 && out.length < limit) {
    const item = heap.pop()!;
    out.push({ ...item, overdue: item.due.getTime() < t, blocked: item.status === 'blocked' || item.blockedBy.length > 0 });
    for (const next of dependentsOf.get(item) ?? []) {
      const n = waiting.get(next)! - 1;
      waiting.set(next, n);
      if (n === 0) heap.push(next);
    }
  }
  return out;
}
