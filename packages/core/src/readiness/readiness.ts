import type { Plan } from '../schemas/plan.js';
import { TASK_STATUSES, type TaskStatus } from '../schemas/task.js';
import { phaseAt } from '../plan/occurrences.js';
import { readinessScore } from './score.js';
import type { StatusState } from './status-state.js';
import type { ItemStatus } from './work-status.js';
import { readinessIndex, type ReadinessIndex } from './readiness-index.js';
import { BLOCKED, CRITICAL, F, FIELDS, OVERDUE, SOON, type ItemIndex, type ModelSnapshot } from './readiness-model.js';

/**
 * The "due soon" horizon used when none is given: 48 hours.
 *
 * @example
 * readiness(plan, state, now, { horizonMs: DEFAULT_HORIZON_MS / 2 }) // due within 24 h
 */
export const DEFAULT_HORIZON_MS = 48 * 3_600_000;

export { ownerOrRole, UNASSIGNED } from './owner-or-role.js';

/** Options of {@link readiness}. */
export interface ReadinessOptions {
  /** How far ahead "due soon" looks, in milliseconds (default {@link DEFAULT_HORIZON_MS}). */
  readonly horizonMs?: number;
  /** Only the work items with these keys count (e.g. the keys of a task query's items); by default all. */
  readonly only?: ReadonlySet<string>;
}

/** Readiness of a group of work items (the plan, a phase, a workstream or an owner). */
export interface GroupReadiness {
  /** Work items: one-off tasks plus occurrences of recurring ones. */
  readonly total: number;
  readonly counts: Readonly<Record<TaskStatus, number>>;
  /** Done weight over the weight of items not skipped, 0-1 (1 when nothing is left). */
  readonly progress: number;
  /** The readiness score, 0-100 (see `readinessScore`). */
  readonly score: number;
  /** Open items due before now. */
  readonly overdue: number;
  /** Open items due from now to now + horizon. */
  readonly dueSoon: number;
  /** Open items with an open dependency or the status `blocked`. */
  readonly blocked: number;
  /** Open critical items. */
  readonly criticalOpen: number;
}

/** The phase `now` falls in, and the time left in it. */
export interface CurrentPhase {
  readonly id: string;
  readonly start: Date;
  readonly end: Date;
  readonly timeLeftMs: number;
}

/** What {@link readiness} computes. Lists hold open items sorted by due time (ties in plan order). */
export interface Readiness {
  readonly now: Date;
  readonly horizonMs: number;
  readonly overall: GroupReadiness;
  readonly byPhase: Readonly<Record<string, GroupReadiness>>;
  readonly byWorkstream: Readonly<Record<string, GroupReadiness>>;
  readonly byOwner: Readonly<Record<string, GroupReadiness>>;
  /** `undefined` before the campaign starts or after it ends. */
  readonly currentPhase: CurrentPhase | undefined;
  readonly overdue: readonly ItemStatus[];
  readonly dueSoon: readonly ItemStatus[];
  readonly blocked: readonly ItemStatus[];
  readonly criticalOpen: readonly ItemStatus[];
}

const finish = (s: Float64Array, slot: number): GroupReadiness => {
  const o = slot * FIELDS;
  const counts = {} as Record<TaskStatus, number>;
  TASK_STATUSES.forEach((status, k) => (counts[status] = s[o + F.counts + k]!));
  const weight = s[o + F.weight]!;
  return {
    total: s[o + F.total]!,
    counts,
    // Sums kept by adding and taking away can be a rounding error away from zero.
    progress: weight > 1e-9 ? Math.min(1, s[o + F.weightDone]! / weight) : 1,
    score: readinessScore({ total: s[o + F.scoreTotal]!, done: s[o + F.scoreDone]!, overdue: s[o + F.scoreOverdue]!, criticalAtRisk: s[o + F.scoreCritical]! }),
    overdue: s[o + F.overdue]!,
    dueSoon: s[o + F.dueSoon]!,
    blocked: s[o + F.blocked]!,
    criticalOpen: s[o + F.criticalOpen]!,
  };
};

/**
 * Readiness of a plan at `now`: counts by status, weighted progress, overdue, due-soon, blocked and open
 * critical items, and the score, for the whole plan and per phase, workstream and owner; plus the current
 * phase and the time left in it. Incremental: the figures of the last state asked for are kept (shared by
 * every plan object with the same content) and brought forward by the events since and by the items whose
 * deadline the new `now` crosses, so a new event costs what it touches, not what the plan holds. The lists
 * are built on first read.
 *
 * @example
 * const r = readiness(plan, createStatusState(plan, events), new Date('2026-10-25T12:00:00-07:00'));
 * r.overall.score //=> 42
 * r.overdue.map((i) => i.task.id) //=> ['register-platform-activities']
 */
export function readiness(plan: Plan, state: StatusState, now: Date, options: ReadinessOptions = {}): Readiness {
  const horizonMs = options.horizonMs ?? DEFAULT_HORIZON_MS;
  const t = now.getTime();
  const index = readinessIndex(plan);
  const model = index.model;
  model.sync(state, t, horizonMs);
  const sums = options.only ? model.sumsOf(options.only) : model.sums;
  const groups = (keys: readonly string[], base: number) => Object.fromEntries(keys.map((k, g) => [k, finish(sums, base + g)]));
  const phase = phaseAt(plan.phases, now);
  const result = {
    now,
    horizonMs,
    overall: finish(sums, 0),
    byPhase: groups(index.phaseKeys, 1),
    byWorkstream: groups(index.workstreamKeys, 1 + index.phaseKeys.length),
    byOwner: groups(index.ownerKeys, 1 + index.phaseKeys.length + index.workstreamKeys.length),
    currentPhase: phase && { id: phase.id, start: phase.start, end: phase.end, timeLeftMs: phase.end.getTime() - t },
  };
  // The lists are built when first read: a view that reads only the figures pays for no list, and no copy of
  // the model's arrays (the model moves on with the next state and is brought back to this one on reading).
  const lists = listsLater(plan, index, { state, t, horizonMs, only: options.only });
  for (const name of ['overdue', 'dueSoon', 'blocked', 'criticalOpen'] as const)
    Object.defineProperty(result, name, { enumerable: true, get: () => lists()[name] });
  return result as Readiness;
}

/** What a result's lists describe: a state at a clock, and optionally only some items. */
interface ListsOf {
  readonly state: StatusState;
  readonly t: number;
  readonly horizonMs: number;
  readonly only: ReadonlySet<string> | undefined;
}

function listsLater(plan: Plan, index: ReadinessIndex, of: ListsOf): () => Lists {
  let lists: Lists | undefined;
  return () => {
    if (lists) return lists;
    const model = index.model;
    model.sync(of.state, of.t, of.horizonMs);
    lists = { overdue: [], dueSoon: [], blocked: [], criticalOpen: [] };
    for (const i of index.byDue) {
      const facts = model.facts[i]!;
      if (facts === 0 || (of.only && !of.only.has(index.keys[i]!))) continue;
      const item = snapshotItem(plan, index, model, i);
      if (facts & OVERDUE) lists.overdue.push(item);
      if (facts & SOON) lists.dueSoon.push(item);
      if (facts & BLOCKED) lists.blocked.push(item);
      if (facts & CRITICAL) lists.criticalOpen.push(item);
    }
    return lists;
  };
}

interface Lists {
  overdue: ItemStatus[];
  dueSoon: ItemStatus[];
  blocked: ItemStatus[];
  criticalOpen: ItemStatus[];
}

// With the task object of `plan`, not of the plan object the index was first built from.
function snapshotItem(plan: Plan, index: ItemIndex, snap: Pick<ModelSnapshot, 'statuses' | 'blockedBy'>, i: number): ItemStatus {
  const task = plan.tasks[index.taskOf[i]!]!;
  const occurrence = index.occurrence[i];
  return {
    task,
    key: index.keys[i]!,
    occurrence,
    due: occurrence ?? task.due,
    weight: index.weight[i]!,
    status: snap.statuses[i]!,
    blockedBy: snap.blockedBy[i]!,
  };
}
