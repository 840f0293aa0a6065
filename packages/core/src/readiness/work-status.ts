import type { Plan } from '../schemas/plan.js';
import type { TaskStatus } from '../schemas/task.js';
import { indexPlan, type WorkItem } from './plan-index.js';
import { isClosed, type StatusState } from './status-state.js';
import { neededIn } from './needed.js';

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
  return neededIn(Float64Array.from(dependency, (item) => item.due.getTime()), 0, dependency.length, due.getTime());
}

export { neededIn } from './needed.js';

const scans = new WeakMap<StatusState, { plan: Plan; scan: ItemScan }>();

/** Statuses and blockers of every work item, as arrays parallel to `indexPlan(plan).items`. */
export interface ItemScan {
  readonly items: readonly WorkItem[];
  readonly statuses: readonly TaskStatus[];
  readonly blockedBy: ReadonlyArray<readonly string[]>;
}

/**
 * The status of every work item of `plan` in `state`, with the dependencies it still waits for: a
 * dependency blocks an item while one of its needed occurrences ({@link neededOccurrences}) is open.
 * Arrays rather than objects per item, so that a 10,000-task plan costs a few allocations, not 10,000.
 *
 * @example
 * const scan = scanItems(plan, state);
 * scan.statuses[0] //=> 'todo' (the status of indexPlan(plan).items[0])
 */
export function scanItems(plan: Plan, state: StatusState): ItemScan {
  // Plans and states are immutable, so the scan of a pair is kept: refreshing readiness as the clock
  // moves (same plan, same state, new `now`) costs no lookups.
  const cached = scans.get(state);
  if (cached?.plan === plan) return cached.scan;
  const scan = computeScan(plan, state);
  scans.set(state, { plan, scan });
  return scan;
}

function computeScan(plan: Plan, state: StatusState): ItemScan {
  const index = indexPlan(plan);
  const { items, taskStart, dueMs, dependencyPositions } = index;
  const statuses = new Array<TaskStatus>(items.length);
  // Per task: the position in `items` of its first open occurrence (its end when all are closed).
  const firstOpen = new Int32Array(plan.tasks.length);
  for (let t = 0; t < plan.tasks.length; t++) {
    const end = taskStart[t + 1]!;
    let first = end;
    const fallback = state.initial.get(plan.tasks[t]!.id) ?? 'todo';
    for (let i = taskStart[t]!; i < end; i++) {
      const s = state.latest.get(items[i]!.key)?.status ?? fallback;
      statuses[i] = s;
      if (first === end && !isClosed(s)) first = i;
    }
    firstOpen[t] = first;
  }
  const blockedBy = new Array<readonly string[]>(items.length).fill(NONE);
  for (let t = 0; t < plan.tasks.length; t++) {
    const deps = dependencyPositions[t]!;
    if (deps.length === 0) continue;
    for (let i = taskStart[t]!; i < taskStart[t + 1]!; i++) {
      let list = NONE;
      for (const d of deps) {
        const start = taskStart[d]!;
        if (firstOpen[d]! >= start + neededIn(dueMs, start, taskStart[d + 1]!, dueMs[i]!)) continue;
        if (list === NONE) list = [];
        (list as string[]).push(plan.tasks[d]!.id);
      }
      blockedBy[i] = list;
    }
  }
  return { items, statuses, blockedBy };
}

/**
 * The {@link ItemStatus} of the item at position `i` of a scan.
 *
 * @example
 * itemAt(scanItems(plan, state), 0).status //=> 'todo'
 */
export function itemAt(scan: ItemScan, i: number): ItemStatus {
  const item = scan.items[i]!;
  return { task: item.task, key: item.key, occurrence: item.occurrence, due: item.due, weight: item.weight, status: scan.statuses[i]!, blockedBy: scan.blockedBy[i]! };
}

/**
 * The status of every work item of `plan` in `state`, with the dependencies it still waits for (see
 * {@link scanItems}).
 *
 * @example
 * itemStatuses(plan, state).filter((i) => i.blockedBy.length > 0)
 */
export function itemStatuses(plan: Plan, state: StatusState): ItemStatus[] {
  const scan = scanItems(plan, state);
  return scan.items.map((_, i) => itemAt(scan, i));
}
