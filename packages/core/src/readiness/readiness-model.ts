import type { TaskStatus } from '../schemas/task.js';
import { isClosed, type StatusState } from './status-state.js';
import { StatusVersion } from './status-versions.js';
import { neededIn } from './needed.js';
import { RankSet } from '../collections/rank-set.js';
import { actionRanks, type ActionOrder } from './action-order.js';

// Readiness kept up to date instead of recomputed: the statuses, blockers and facts of every item and the
// sums of every group (plan, phases, workstreams, owners) for one state at one `now`. Moving to a later
// version of the same status store re-derives only the items whose keys changed and the items of tasks
// that depend on them; moving `now` re-derives only the items whose deadline or horizon it crosses.

/** What an open item is at `now`, as bits. */
export const OVERDUE = 1;
export const SOON = 2;
export const BLOCKED = 4;
export const CRITICAL = 8;

/** Fields of one group's sums, `FIELDS` numbers per group in `ReadinessModel.sums`. */
export const F = {
  total: 0,
  counts: 1, // five counts, in TASK_STATUSES order
  weight: 6,
  weightDone: 7,
  scoreTotal: 8,
  scoreDone: 9,
  scoreOverdue: 10,
  scoreCritical: 11,
  overdue: 12,
  dueSoon: 13,
  blocked: 14,
  criticalOpen: 15,
} as const;
export const FIELDS = 16;
const STATUS_FIELD: Record<TaskStatus, number> = { todo: 1, 'in-progress': 2, done: 3, blocked: 4, skipped: 5 };
const NONE: readonly string[] = [];
// Past this many changed items a fresh pass is as cheap as following the changes.
const REBUILD_SHARE = 4;

/**
 * What readiness needs of a plan, as numbers and flat arrays (no task objects), so that it can be shared by
 * every plan object with the same content. Items are in the order of `indexPlan(plan).items`.
 */
export interface ItemIndex {
  readonly tasks: number;
  /** Task `t` owns items `[taskStart[t], taskStart[t + 1])`. */
  readonly taskStart: Int32Array;
  readonly taskOf: Int32Array;
  readonly keys: readonly string[];
  readonly itemByKey: ReadonlyMap<string, number>;
  /** The occurrence of each item (`undefined` for a one-off task). */
  readonly occurrence: ReadonlyArray<Date | undefined>;
  readonly dueMs: Float64Array;
  readonly weight: Float64Array;
  /** `effectiveWeight` of each item. */
  readonly effective: Float64Array;
  readonly critical: Uint8Array;
  readonly taskIds: readonly string[];
  readonly dependencyPositions: ReadonlyArray<readonly number[]>;
  /** Positions of the tasks that depend on each task. */
  readonly dependentPositions: ReadonlyArray<readonly number[]>;
  /** Items by due time (ties in plan order), and their due times in that order. */
  readonly byDue: Int32Array;
  readonly sortedDue: Float64Array;
  /** Group names in output order: phases (the plan's first), workstreams, owners. */
  readonly phaseKeys: readonly string[];
  readonly workstreamKeys: readonly string[];
  readonly ownerKeys: readonly string[];
  /** Per task: its slot in `sums` (0 is the whole plan; phases, workstreams, owners follow). */
  readonly phaseSlot: Int32Array;
  readonly workstreamSlot: Int32Array;
  readonly ownerSlot: Int32Array;
}

/** A copy of the per-item arrays of a model at one sync. */
export interface ModelSnapshot {
  readonly statuses: readonly TaskStatus[];
  readonly blockedBy: ReadonlyArray<readonly string[]>;
  readonly facts: Uint8Array;
}

/** Internal to the readiness layer. */
export class ReadinessModel {
  statuses: TaskStatus[] = [];
  blockedBy: Array<readonly string[]> = [];
  facts = new Uint8Array(0);
  firstOpen = new Int32Array(0);
  sums = new Float64Array(0);
  /** The ready items by action rank, kept up to date once `nextActions` has asked for them. */
  private order: ActionOrder | undefined;
  /** The state and clock the arrays describe; `undefined` before the first sync. */
  private at: { latest: ReadonlyMap<string, unknown>; initial: StatusState['initial']; t: number; horizon: number } | undefined;

  constructor(readonly index: ItemIndex) {}

  /** Brings the model to `state` at `t` with horizon `horizon`. */
  sync(state: StatusState, t: number, horizon: number): void {
    const at = this.at;
    const latest = state.latest;
    const same = at?.latest === latest;
    const follow =
      at &&
      at.initial === state.initial &&
      at.horizon === horizon &&
      (same || (latest instanceof StatusVersion && at.latest instanceof StatusVersion && at.latest.store === latest.store));
    if (!follow) return this.rebuild(state, t, horizon);
    if (!same) {
      const from = (at.latest as StatusVersion).version;
      const to = (latest as StatusVersion).version;
      const journal = (latest as StatusVersion).store.journal;
      if (Math.abs(to - from) * REBUILD_SHARE > this.statuses.length) return this.rebuild(state, t, horizon);
      this.applyKeys(state, journal.slice(Math.min(from, to), Math.max(from, to)));
    }
    if (at.t !== t) this.moveClock(at.t, t, horizon);
    this.at = { latest, initial: state.initial, t, horizon };
  }

  /**
   * The action ranks and the set of ready items (open, waiting for no dependency) as of the last sync; built on
   * first use, then kept up to date item by item along with the statuses and blockers.
   */
  actionOrder(): ActionOrder {
    return (this.order ??= this.readySet(actionRanks(this.index)));
  }

  private readySet(ranks: Omit<ActionOrder, 'ready'>): ActionOrder {
    const ready = new RankSet(this.statuses.length);
    for (let i = 0; i < this.statuses.length; i++) if (this.isReady(i)) ready.add(ranks.rankOf[i]!);
    return { ...ranks, ready };
  }

  private isReady(i: number): boolean {
    return !isClosed(this.statuses[i]!) && this.blockedBy[i]!.length === 0;
  }

  /** Brings the statuses and blockers to `state`, keeping the clock of the last sync. */
  syncState(state: StatusState): void {
    this.sync(state, this.at?.t ?? 0, this.at?.horizon ?? 0);
  }

  /** A copy of the per-item arrays as they are now. */
  snapshot(): ModelSnapshot {
    return { statuses: this.statuses.slice(), blockedBy: this.blockedBy.slice(), facts: this.facts.slice() };
  }

  /** The group sums over the items whose keys are in `only`: one pass over the model's arrays. */
  sumsOf(only: ReadonlySet<string>): Float64Array {
    const all = this.sums;
    this.sums = new Float64Array(all.length);
    try {
      this.index.keys.forEach((key, i) => only.has(key) && this.contribute(i, 1));
      return this.sums;
    } finally {
      this.sums = all;
    }
  }

  private statusIn(state: StatusState, i: number): TaskStatus {
    const { keys, taskOf, taskIds } = this.index;
    return (state.latest.get(keys[i]!) as { status: TaskStatus } | undefined)?.status ?? state.initial.get(taskIds[taskOf[i]!]!) ?? 'todo';
  }

  private rebuild(state: StatusState, t: number, horizon: number): void {
    const { taskStart, tasks, keys } = this.index;
    const m = keys.length;
    this.statuses = new Array<TaskStatus>(m);
    for (let i = 0; i < m; i++) this.statuses[i] = this.statusIn(state, i);
    this.firstOpen = new Int32Array(tasks);
    for (let d = 0; d < tasks; d++) this.firstOpen[d] = this.findFirstOpen(d);
    this.blockedBy = new Array<readonly string[]>(m).fill(NONE);
    for (let u = 0; u < tasks; u++) for (let i = taskStart[u]!; i < taskStart[u + 1]!; i++) this.blockedBy[i] = this.blockersOf(i, u);
    this.facts = new Uint8Array(m);
    this.sums = new Float64Array(FIELDS * (1 + this.index.phaseKeys.length + this.index.workstreamKeys.length + this.index.ownerKeys.length));
    this.at = { latest: state.latest, initial: state.initial, t, horizon };
    for (let i = 0; i < m; i++) {
      this.facts[i] = this.factsOf(i, t, horizon);
      this.contribute(i, 1);
    }
    if (this.order) this.order = this.readySet(this.order);
  }

  private findFirstOpen(d: number): number {
    const end = this.index.taskStart[d + 1]!;
    for (let i = this.index.taskStart[d]!; i < end; i++) if (!isClosed(this.statuses[i]!)) return i;
    return end;
  }

  /** Ids of the dependencies of task `u` whose occurrences needed by item `i` are not all closed. */
  private blockersOf(i: number, u: number): readonly string[] {
    const { dependencyPositions, taskStart, dueMs, taskIds } = this.index;
    let list = NONE;
    for (const d of dependencyPositions[u]!) {
      const start = taskStart[d]!;
      if (this.firstOpen[d]! >= start + neededIn(dueMs, start, taskStart[d + 1]!, dueMs[i]!)) continue;
      if (list === NONE) list = [];
      (list as string[]).push(taskIds[d]!);
    }
    return list;
  }

  private factsOf(i: number, t: number, horizon: number): number {
    const status = this.statuses[i]!;
    if (isClosed(status)) return 0;
    const due = this.index.dueMs[i]!;
    let facts = 0;
    if (due < t) facts |= OVERDUE;
    else if (due < t + horizon) facts |= SOON;
    if (status === 'blocked' || this.blockedBy[i]!.length > 0) facts |= BLOCKED;
    if (this.index.critical[this.index.taskOf[i]!]) facts |= CRITICAL;
    return facts;
  }

  /** Adds (`sign` 1) or takes away (-1) item `i`, with its current status and facts, in each of its groups. */
  private contribute(i: number, sign: 1 | -1): void {
    const { taskOf, phaseSlot, workstreamSlot, ownerSlot } = this.index;
    const task = taskOf[i]!;
    this.addTo(0, i, sign);
    this.addTo(phaseSlot[task]!, i, sign);
    this.addTo(workstreamSlot[task]!, i, sign);
    this.addTo(ownerSlot[task]!, i, sign);
  }

  private addTo(slot: number, i: number, sign: 1 | -1): void {
    const s = this.sums;
    const o = slot * FIELDS;
    const status = this.statuses[i]!;
    s[o + F.total]! += sign;
    s[o + STATUS_FIELD[status]]! += sign;
    if (status === 'skipped') return;
    const weight = this.index.weight[i]! * sign;
    const effective = this.index.effective[i]! * sign;
    const facts = this.facts[i]!;
    s[o + F.weight]! += weight;
    s[o + F.scoreTotal]! += effective;
    if (status === 'done') {
      s[o + F.weightDone]! += weight;
      s[o + F.scoreDone]! += effective;
    }
    if (facts & OVERDUE) {
      s[o + F.overdue]! += sign;
      s[o + F.scoreOverdue]! += effective;
    }
    if (facts & SOON) s[o + F.dueSoon]! += sign;
    if (facts & BLOCKED) s[o + F.blocked]! += sign;
    if (facts & CRITICAL) {
      s[o + F.criticalOpen]! += sign;
      if (facts & (OVERDUE | SOON)) s[o + F.scoreCritical]! += effective;
    }
  }

  /** Re-derives item `i` after its status or blockers may have changed. */
  private refresh(i: number, status: TaskStatus, blockedBy: readonly string[]): void {
    const facts = this.factsOfWith(i, status, blockedBy);
    if (status === this.statuses[i] && facts === this.facts[i] && sameList(blockedBy, this.blockedBy[i]!)) return;
    this.contribute(i, -1);
    this.statuses[i] = status;
    this.blockedBy[i] = blockedBy;
    this.facts[i] = facts;
    this.contribute(i, 1);
    if (this.order) {
      const rank = this.order.rankOf[i]!;
      if (this.isReady(i)) this.order.ready.add(rank);
      else this.order.ready.delete(rank);
    }
  }

  private factsOfWith(i: number, status: TaskStatus, blockedBy: readonly string[]): number {
    const keep = [this.statuses[i]!, this.blockedBy[i]!] as const;
    this.statuses[i] = status;
    this.blockedBy[i] = blockedBy;
    const facts = this.factsOf(i, this.at!.t, this.at!.horizon);
    [this.statuses[i], this.blockedBy[i]] = keep;
    return facts;
  }

  private applyKeys(state: StatusState, keys: readonly string[]): void {
    const { itemByKey, taskOf, taskStart, dependentPositions } = this.index;
    const tasks = new Set<number>();
    for (const key of new Set(keys)) {
      const i = itemByKey.get(key);
      if (i === undefined) continue; // an event for a task or occurrence this plan does not have
      this.refresh(i, this.statusIn(state, i), this.blockedBy[i]!);
      tasks.add(taskOf[i]!);
    }
    for (const d of tasks) {
      const first = this.findFirstOpen(d);
      if (first === this.firstOpen[d]) continue;
      this.firstOpen[d] = first;
      for (const u of dependentPositions[d]!) for (let i = taskStart[u]!; i < taskStart[u + 1]!; i++) this.refresh(i, this.statuses[i]!, this.blockersOf(i, u));
    }
  }

  /** Re-derives the items whose deadline lies between the old and new `now` (or their horizons). */
  private moveClock(from: number, to: number, horizon: number): void {
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    this.at = { ...this.at!, t: to };
    for (const [a, b] of [
      [lo, hi],
      [lo + horizon, hi + horizon],
    ] as const) {
      for (let k = lowerBound(this.index.sortedDue, a); k < this.index.sortedDue.length && this.index.sortedDue[k]! < b; k++) {
        const i = this.index.byDue[k]!;
        this.refresh(i, this.statuses[i]!, this.blockedBy[i]!);
      }
    }
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, k) => x === b[k]));
}

function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
