import type { Plan } from '../schemas/plan.js';
import { MinHeap } from '../collections/min-heap.js';
import { effectiveWeight } from './score.js';
import { isClosed, type StatusState } from './status-state.js';
import { indexPlan, type PlanIndex } from './plan-index.js';
import { itemAt, neededIn, scanItems, type ItemScan, type ItemStatus } from './work-status.js';

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
 * Who waits for whom, by item position in `index.items`. An item needs a prefix of each dependency's
 * occurrences (`neededOccurrences`), so it waits on the dependency *task* until that prefix is released
 * (closed, or already listed): one wait per (item, dependency) instead of one per pair of occurrences,
 * which made two hourly tasks depending on each other cost millions of edges.
 */
class Waits {
  /** Per item: how many dependencies it still waits for. */
  readonly count: Int32Array;
  /** Per item: closed or listed. */
  readonly released: Uint8Array;
  /** Per task: the position of its first item not released (its end when all are). */
  readonly prefix: Int32Array;
  /** Per task: items waiting for its prefix to reach a position. */
  readonly waiters: Array<Map<number, number[]> | undefined>;
  /** Waits recorded: at most items x dependencies per task. */
  entries = 0;

  constructor(
    private readonly index: PlanIndex,
    private readonly taskOf: Int32Array,
    scan: ItemScan,
  ) {
    const n = scan.items.length;
    this.count = new Int32Array(n);
    this.released = new Uint8Array(n);
    for (let i = 0; i < n; i++) if (isClosed(scan.statuses[i]!)) this.released[i] = 1;
    const tasks = index.taskStart.length - 1;
    this.prefix = new Int32Array(tasks);
    this.waiters = new Array(tasks);
    for (let t = 0; t < tasks; t++) {
      let p = index.taskStart[t]!;
      while (p < index.taskStart[t + 1]! && this.released[p]) p++;
      this.prefix[t] = p;
    }
  }

  /** Records that item `i` needs task `d`'s occurrences due no later than it. */
  wait(i: number, d: number): void {
    const { taskStart, dueMs } = this.index;
    const need = taskStart[d]! + neededIn(dueMs, taskStart[d]!, taskStart[d + 1]!, dueMs[i]!);
    if (this.prefix[d]! >= need) return;
    this.count[i]!++;
    this.entries++;
    const map = (this.waiters[d] ??= new Map());
    const list = map.get(need);
    if (list) list.push(i);
    else map.set(need, [i]);
  }

  /** Marks item `i` listed; calls `ready` for each item that now waits for nothing. */
  release(i: number, ready: (j: number) => void): void {
    this.released[i] = 1;
    const t = this.taskOf[i]!;
    const end = this.index.taskStart[t + 1]!;
    const map = this.waiters[t];
    let p = this.prefix[t]!;
    while (p < end && this.released[p]) {
      p++;
      for (const j of map?.get(p) ?? []) if (--this.count[j]! === 0) ready(j);
    }
    this.prefix[t] = p;
  }
}

function taskOfItems(index: PlanIndex): Int32Array {
  const out = new Int32Array(index.items.length);
  for (let t = 0; t + 1 < index.taskStart.length; t++) out.fill(t, index.taskStart[t]!, index.taskStart[t + 1]!);
  return out;
}

function buildWaits(plan: Plan, state: StatusState): { scan: ItemScan; waits: Waits } {
  const scan = scanItems(plan, state);
  const index = indexPlan(plan);
  const waits = new Waits(index, taskOfItems(index), scan);
  for (let i = 0; i < scan.items.length; i++) {
    if (waits.released[i]) continue;
    for (const dep of scan.blockedBy[i]!) waits.wait(i, index.position.get(dep)!);
  }
  return { scan, waits };
}

/**
 * How many (item, dependency) waits {@link nextActions} tracks for `plan` in `state`: at most the open
 * items times their tasks' dependencies, so its work grows with occurrences plus dependencies, never with
 * occurrences squared. Exposed so that tests can bound that work by counting rather than timing.
 *
 * @example
 * nextActionsWaits(plan, createStatusState(plan)) //=> 3
 */
export function nextActionsWaits(plan: Plan, state: StatusState): number {
  return buildWaits(plan, state).waits.entries;
}

/**
 * What to do next: every open item (not done or skipped), ordered by deadline, then criticality, then weight;
 * an item whose dependencies are open comes after the open occurrences of them it needs (see
 * `neededOccurrences`), even when its own deadline is earlier. The order is topological and picks the most
 * urgent ready item at each step. Linear in occurrences plus dependencies (plus the heap's log factor).
 *
 * @example
 * nextActions(plan, state, new Date(), { limit: 5 }).map((a) => `${a.task.id}${a.blocked ? ' (blocked)' : ''}`)
 */
export function nextActions(plan: Plan, state: StatusState, now: Date, options: NextActionsOptions = {}): NextAction[] {
  const { scan, waits } = buildWaits(plan, state);
  const items = new Map<number, ItemStatus>();
  const statusOf = (i: number) => {
    let item = items.get(i);
    if (!item) items.set(i, (item = itemAt(scan, i)));
    return item;
  };
  const heap = new MinHeap<number>((a, b) => before(statusOf(a), statusOf(b)));
  for (let i = 0; i < scan.items.length; i++) if (!waits.released[i] && waits.count[i] === 0) heap.push(i);

  const limit = options.limit ?? Infinity;
  const t = now.getTime();
  const out: NextAction[] = [];
  while (heap.size > 0 && out.length < limit) {
    const i = heap.pop()!;
    const item = statusOf(i);
    out.push({ ...item, overdue: item.due.getTime() < t, blocked: item.status === 'blocked' || item.blockedBy.length > 0 });
    waits.release(i, (j) => heap.push(j));
  }
  return out;
}
