import type { Plan } from '../schemas/plan.js';
import { TASK_STATUSES, type TaskStatus } from '../schemas/task.js';
import { phaseAt } from '../plan/occurrences.js';
import { effectiveWeight, readinessScore } from './score.js';
import { isClosed, type StatusState } from './status-state.js';
import { indexPlan } from './plan-index.js';
import { itemAt, scanItems, type ItemStatus } from './work-status.js';

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

function add(a: Acc, status: TaskStatus, weight: number, f: Facts): void {
  a.total++;
  a.counts[status]++;
  if (status === 'skipped') return;
  a.weight += weight;
  a.score.total += f.effective;
  if (status === 'done') {
    a.weightDone += weight;
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

  const scan = scanItems(plan, state);
  const { taskStart, dueMs } = indexPlan(plan);
  // Positions of listed items; objects are made only for them, after sorting.
  const listed = { overdue: [] as number[], dueSoon: [] as number[], blocked: [] as number[], criticalOpen: [] as number[] };
  for (let ti = 0; ti < plan.tasks.length; ti++) {
    const task = plan.tasks[ti]!;
    const groups = [overall, accIn(phases, task.phase), accIn(workstreams, task.workstream), accIn(owners, task.owner ?? UNASSIGNED)];
    for (let i = taskStart[ti]!; i < taskStart[ti + 1]!; i++) {
      const status = scan.statuses[i]!;
      const weight = scan.items[i]!.weight;
      const due = dueMs[i]!;
      const open = !isClosed(status);
      const f: Facts = {
        open,
        overdue: open && due < t,
        soon: open && due >= t && due < t + horizonMs,
        blocked: open && (status === 'blocked' || scan.blockedBy[i]!.length > 0),
        critical: open && task.critical,
        effective: effectiveWeight(task, weight),
      };
      for (const acc of groups) add(acc, status, weight, f);
      if (f.overdue) listed.overdue.push(i);
      if (f.soon) listed.dueSoon.push(i);
      if (f.blocked) listed.blocked.push(i);
      if (f.critical) listed.criticalOpen.push(i);
    }
  }
  const keyOf = (i: number) => scan.items[i]!.key;
  const byDue = (a: number, b: number) => dueMs[a]! - dueMs[b]! || (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);
  const items = (positions: number[]) => positions.sort(byDue).map((i) => itemAt(scan, i));

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
    overdue: items(listed.overdue),
    dueSoon: items(listed.dueSoon),
    blocked: items(listed.blocked),
    criticalOpen: items(listed.criticalOpen),
  };
}
