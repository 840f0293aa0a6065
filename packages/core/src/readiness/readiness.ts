import type { Plan } from '../schemas/plan.js';
import { TASK_STATUSES, type TaskStatus } from '../schemas/task.js';
import { phaseAt } from '../plan/occurrences.js';
import { effectiveWeight, readinessScore } from './score.js';
import { isClosed, type StatusState } from './status-state.js';
import { itemStatuses, type ItemStatus } from './work-status.js';

/** The "due soon" horizon used when none is given: 48 hours. */
export const DEFAULT_HORIZON_MS = 48 * 3_600_000;

/** The key owners without a name are grouped under. */
export const UNASSIGNED = '(unassigned)';

/** Options of {@link readiness}. */
export interface ReadinessOptions {
  /** How far ahead "due soon" looks, in milliseconds (default {@link DEFAULT_HORIZON_MS}). */
  readonly horizonMs?: number;
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

/** What {@link readiness} computes. Lists hold open items sorted by due time. */
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

interface Acc {
  total: number;
  counts: Record<TaskStatus, number>;
  weight: number;
  weightDone: number;
  score: { total: number; done: number; overdue: number; criticalAtRisk: number };
  overdue: number;
  dueSoon: number;
  blocked: number;
  criticalOpen: number;
}

const newAcc = (): Acc => ({
  total: 0,
  counts: Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>,
  weight: 0,
  weightDone: 0,
  score: { total: 0, done: 0, overdue: 0, criticalAtRisk: 0 },
  overdue: 0,
  dueSoon: 0,
  blocked: 0,
  criticalOpen: 0,
});

const finish = (a: Acc): GroupReadiness => ({
  total: a.total,
  counts: a.counts,
  progress: a.weight > 0 ? a.weightDone / a.weight : 1,
  score: readinessScore(a.score),
  overdue: a.overdue,
  dueSoon: a.dueSoon,
  blocked: a.blocked,
  criticalOpen: a.criticalOpen,
});

/** Facts about one item at `now`, computed once and added to each of its groups. */
interface Facts {
  readonly open: boolean;
  readonly overdue: boolean;
  readonly soon: boolean;
  readonly blocked: boolean;
  readonly critical: boolean;
  readonly effective: number;
}

function add(a: Acc, item: ItemStatus, f: Facts): void {
  a.total++;
  a.counts[item.status]++;
  if (item.status === 'skipped') return;
  a.weight += item.weight;
  a.score.total += f.effective;
  if (item.status === 'done') {
    a.weightDone += item.weight;
    a.score.done += f.effective;
  }
  if (!f.open) return;
  if (f.overdue) {
    a.overdue++;
    a.score.overdue += f.effective;
  }
  if (f.soon) a.dueSoon++;
  if (f.blocked) a.blocked++;
  if (f.critical) {
    a.criticalOpen++;
    if (f.overdue || f.soon) a.score.criticalAtRisk += f.effective;
  }
}

function accIn(groups: Map<string, Acc>, key: string): Acc {
  let a = groups.get(key);
  if (!a) groups.set(key, (a = newAcc()));
  return a;
}

const byDue = (a: ItemStatus, b: ItemStatus) => a.due.getTime() - b.due.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Readiness of a plan at `now`: counts by status, weighted progress, overdue, due-soon, blocked and open
 * critical items, and the score, for the whole plan and per phase, workstream and owner; plus the current
 * phase and the time left in it. One pass over the work items.
 *
 * @example
 * const r = readiness(plan, createStatusState(plan, events), new Date('2026-10-25T12:00:00-07:00'));
 * r.overall.score //=> 42
 * r.overdue.map((i) => i.task.id) //=> ['register-platform-activities']
 */
export function readiness(plan: Plan, state: StatusState, now: Date, options: ReadinessOptions = {}): Readiness {
  const horizonMs = options.horizonMs ?? DEFAULT_HORIZON_MS;
  const t = now.getTime();
  const overall = newAcc();
  const phases = new Map<string, Acc>(plan.phases.map((p) => [p.id, newAcc()]));
  const workstreams = new Map<string, Acc>();
  const owners = new Map<string, Acc>();
  const lists = { overdue: [] as ItemStatus[], dueSoon: [] as ItemStatus[], blocked: [] as ItemStatus[], criticalOpen: [] as ItemStatus[] };

  for (const item of itemStatuses(plan, state)) {
    const due = item.due.getTime();
    const open = !isClosed(item.status);
    const f: Facts = {
      open,
      overdue: open && due < t,
      soon: open && due >= t && due < t + horizonMs,
      blocked: open && (item.status === 'blocked' || item.blockedBy.length > 0),
      critical: open && item.task.critical,
      effective: effectiveWeight(item.task, item.weight),
    };
    add(overall, item, f);
    add(accIn(phases, item.task.phase), item, f);
    add(accIn(workstreams, item.task.workstream), item, f);
    add(accIn(owners, item.task.owner ?? UNASSIGNED), item, f);
    if (f.overdue) lists.overdue.push(item);
    if (f.soon) lists.dueSoon.push(item);
    if (f.blocked) lists.blocked.push(item);
    if (f.critical) lists.criticalOpen.push(item);
  }

  const phase = phaseAt(plan.phases, now);
  const record = (m: Map<string, Acc>) => Object.fromEntries([...m].map(([k, a]) => [k, finish(a)]));
  return {
    now,
    horizonMs,
    overall: finish(overall),
    byPhase: record(phases),
    byWorkstream: record(workstreams),
    byOwner: record(owners),
    currentPhase: phase && { id: phase.id, start: phase.start, end: phase.end, timeLeftMs: phase.end.getTime() - t },
    overdue: lists.overdue.sort(byDue),
    dueSoon: lists.dueSoon.sort(byDue),
    blocked: lists.blocked.sort(byDue),
    criticalOpen: lists.criticalOpen.sort(byDue),
  };
}
