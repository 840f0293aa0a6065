import type { Plan } from '../schemas/plan.js';
import { MinHeap } from '../collections/min-heap.js';
import { isClosed, type StatusState } from './status-state.js';
import { neededIn } from './needed.js';
import type { ItemStatus } from './work-status.js';
import { readinessIndex } from './readiness-index.js';
import type { ItemIndex, ReadinessModel } from './readiness-model.js';

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

/**
 * One listing in progress: the items listed so far, and per dependency task how far its released prefix
 * (closed or listed items, in due order) reaches, and per waiting item how many dependencies it still waits
 * for. Sparse: an entry exists only for what the listing has touched, so listing `limit` items costs what
 * they unlock, not the plan.
 */
class Listing {
  private readonly listed = new Set<number>();
  private readonly prefix = new Map<number, number>();
  private readonly waiting = new Map<number, number>();

  constructor(
    private readonly index: ItemIndex,
    private readonly model: ReadinessModel,
  ) {}

  /** Marks item `i` listed; calls `ready` for each item that now waits for nothing. */
  release(i: number, ready: (j: number) => void): void {
    const { taskOf, taskStart, dependentPositions } = this.index;
    const t = taskOf[i]!;
    this.listed.add(i);
    const from = this.prefix.get(t) ?? this.model.firstOpen[t]!;
    if (i !== from) return;
    const end = taskStart[t + 1]!;
    let to = from + 1;
    while (to < end && (isClosed(this.model.statuses[to]!) || this.listed.has(to))) to++;
    this.prefix.set(t, to);
    // An item of a dependent task waits for t until t's prefix reaches the occurrences it needs: those whose
    // need lies in (from, to] wait no more. Need grows with the item's due time, so they are one run.
    for (const u of dependentPositions[t]!) {
      const first = this.firstNeeding(u, t, from);
      const last = this.firstNeeding(u, t, to);
      for (let j = first; j < last; j++) {
        if (isClosed(this.model.statuses[j]!)) continue;
        const left = (this.waiting.get(j) ?? this.model.blockedBy[j]!.length) - 1;
        this.waiting.set(j, left);
        if (left === 0) ready(j);
      }
    }
  }

  /** The first item of task `u` that needs more of task `d` than its first `p - taskStart[d]` items. */
  private firstNeeding(u: number, d: number, p: number): number {
    const { taskStart, dueMs } = this.index;
    const need = (j: number) => taskStart[d]! + neededIn(dueMs, taskStart[d]!, taskStart[d + 1]!, dueMs[j]!);
    let lo = taskStart[u]!;
    let hi = taskStart[u + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (need(mid) <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
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
  const { model } = readinessIndex(plan);
  model.syncState(state);
  let waits = 0;
  for (let i = 0; i < model.statuses.length; i++) if (!isClosed(model.statuses[i]!)) waits += model.blockedBy[i]!.length;
  return waits;
}

/**
 * What to do next: every open item (not done or skipped), ordered by deadline, then criticality, then weight;
 * an item whose dependencies are open comes after the open occurrences of them it needs (see
 * `neededOccurrences`), even when its own deadline is earlier. The order is topological and picks the most
 * urgent ready item at each step. Incremental: the ready items are kept by rank in the readiness model,
 * which follows the state event by event, so `{ limit: 5 }` after one new event costs what the event and
 * the five items touch, not the plan; without a limit it is linear in occurrences plus dependencies.
 *
 * @example
 * nextActions(plan, state, new Date(), { limit: 5 }).map((a) => `${a.task.id}${a.blocked ? ' (blocked)' : ''}`)
 */
export function nextActions(plan: Plan, state: StatusState, now: Date, options: NextActionsOptions = {}): NextAction[] {
  const index = readinessIndex(plan);
  const model = index.model;
  model.syncState(state);
  const { byRank, rankOf, ready } = model.actionOrder();
  const listing = new Listing(index, model);
  // Items the listing has unlocked, by rank; the ready set is walked in rank order beside them.
  const unlocked = new MinHeap<number>((a, b) => a < b);
  const unlock = (j: number) => unlocked.push(rankOf[j]!);
  const limit = options.limit ?? Infinity;
  const t = now.getTime();
  const out: NextAction[] = [];
  let cursor = ready.next(0);
  while (out.length < limit) {
    let rank: number;
    if (unlocked.size > 0 && (cursor === -1 || unlocked.peek()! < cursor)) rank = unlocked.pop()!;
    else if (cursor !== -1) {
      rank = cursor;
      cursor = ready.next(cursor + 1);
    } else break;
    const i = byRank[rank]!;
    out.push(action(plan, index, model, i, t));
    listing.release(i, unlock);
  }
  return out;
}

function action(plan: Plan, index: ItemIndex, model: ReadinessModel, i: number, t: number): NextAction {
  // With the task object of `plan`, not of the plan object the index was first built from.
  const task = plan.tasks[index.taskOf[i]!]!;
  const occurrence = index.occurrence[i];
  const due = occurrence ?? task.due;
  const status = model.statuses[i]!;
  const blockedBy = model.blockedBy[i]!;
  return {
    task,
    key: index.keys[i]!,
    occurrence,
    due,
    weight: index.weight[i]!,
    status,
    blockedBy,
    overdue: due.getTime() < t,
    blocked: status === 'blocked' || blockedBy.length > 0,
  };
}
