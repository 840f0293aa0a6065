import type { Plan } from '../schemas/plan.js';
import type { TaskStatus } from '../schemas/task.js';
import { indexPlan, type WorkItem } from './plan-index.js';
import type { StatusState } from './status-state.js';
import { neededIn } from './needed.js';
import { readinessIndex } from './readiness-index.js';

/** A work item with its current status and the open dependencies that hold it up. */
export interface ItemStatus extends WorkItem {
  readonly status: TaskStatus;
  /** Ids of the tasks it depends on whose needed occurrences are not all closed (done or skipped). */
  readonly blockedBy: readonly string[];
}

/**
 * How many of a dependency's occurrences (sorted by due) an item due at `due` needs: those due no later
 * than it, and at least the first. A one-off dependency is needed whole; a daily check is needed up to the
 * day of the dependent, not for the days after it.
 *
 * @example
 * neededOccurrences([nov11, nov12], nov11noon) //=> 1
 */
export function neededOccurrences(dependency: readonly WorkItem[], due: Date): number {
  return neededIn(
    Float64Array.from(dependency, (item) => item.due.getTime()),
    0,
    dependency.length,
    due.getTime(),
  );
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
  // The readiness model already follows the state event by event; the scan is a copy of its arrays.
  const { model } = readinessIndex(plan);
  model.syncState(state);
  const snap = model.snapshot();
  const scan = { items: indexPlan(plan).items, statuses: snap.statuses, blockedBy: snap.blockedBy };
  scans.set(state, { plan, scan });
  return scan;
}

/**
 * The {@link ItemStatus} of the item at position `i` of a scan.
 *
 * @example
 * itemAt(scanItems(plan, state), 0).status //=> 'todo'
 */
export function itemAt(scan: ItemScan, i: number): ItemStatus {
  const item = scan.items[i]!;
  return {
    task: item.task,
    key: item.key,
    occurrence: item.occurrence,
    due: item.due,
    weight: item.weight,
    status: scan.statuses[i]!,
    blockedBy: scan.blockedBy[i]!,
  };
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
