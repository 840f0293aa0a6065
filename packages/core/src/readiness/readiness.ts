import type { Plan } from '../schemas/plan.js';
import { ROLE_LABELS } from '../i18n/labels.js';
import type { Locale } from '../schemas/common.js';
import { TASK_STATUSES, type Task, type TaskStatus } from '../schemas/task.js';
import { phaseAt } from '../plan/occurrences.js';
import { effectiveWeight, readinessScore } from './score.js';
import { isClosed, type StatusState } from './status-state.js';
import { indexPlan } from './plan-index.js';
import { itemAt, scanItems, type ItemStatus } from './work-status.js';

/**
 * The "due soon" horizon used when none is given: 48 hours.
 *
 * @example
 * readiness(plan, state, now, { horizonMs: DEFAULT_HORIZON_MS / 2 }) // due within 24 h
 */
export const DEFAULT_HORIZON_MS = 48 * 3_600_000;

/**
 * The key owners without a name are grouped under.
 *
 * @example
 * readiness(plan, state, now).byOwner[UNASSIGNED]?.total
 */
export const UNASSIGNED = '(unassigned)';

/**
 * Who a task's work is grouped under: its owner; without one, its role's label (a roster did not map the
 * role); without either, {@link UNASSIGNED}.
 *
 * @example
 * ownerOrRole({ role: 'designer' }) //=> 'Designer'
 * ownerOrRole({ role: 'designer' }, 'zh-CN') //=> '美工/视觉'
 */
export function ownerOrRole(task: Pick<Task, 'owner' | 'role'>, locale: Locale = 'en'): string {
  return task.owner ?? (task.role ? ROLE_LABELS[task.role][locale] : UNASSIGNED);
}

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
// What an open item is at `now`, as bits: the loop below runs once per item and allocates nothing.
const OVERDUE = 1;
const SOON = 2;
const BLOCKED = 4;
const CRITICAL = 8;

function add(a: Acc, status: TaskStatus, weight: number, effective: number, facts: number): void {
  a.total++;
  a.counts[status]++;
  if (status === 'skipped') return;
  a.weight += weight;
  a.score.total += effective;
  if (status === 'done') {
    a.weightDone += weight;
    a.score.done += effective;
  }
  if (facts & OVERDUE) {
    a.overdue++;
    a.score.overdue += effective;
  }
  if (facts & SOON) a.dueSoon++;
  if (facts & BLOCKED) a.blocked++;
  if (facts & CRITICAL) {
    a.criticalOpen++;
    if (facts & (OVERDUE | SOON)) a.score.criticalAtRisk += effective;
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
  const only = options.only;
  const t = now.getTime();
  const overall = newAcc();
  const phases = new Map<string, Acc>(plan.phases.map((p) => [p.id, newAcc()]));
  const workstreams = new Map<string, Acc>();
  const owners = new Map<string, Acc>();

  const scan = scanItems(plan, state);
  const { taskStart, dueMs, byDue } = indexPlan(plan);
  const factsOf = new Uint8Array(scan.items.length);
  for (let ti = 0; ti < plan.tasks.length; ti++) {
    const task = plan.tasks[ti]!;
    const inPhase = accIn(phases, task.phase);
    const inWorkstream = accIn(workstreams, task.workstream);
    const ofOwner = accIn(owners, ownerOrRole(task));
    for (let i = taskStart[ti]!; i < taskStart[ti + 1]!; i++) {
      if (only && !only.has(scan.items[i]!.key)) continue;
      const status = scan.statuses[i]!;
      const weight = scan.items[i]!.weight;
      const due = dueMs[i]!;
      let facts = 0;
      if (!isClosed(status)) {
        if (due < t) facts |= OVERDUE;
        else if (due < t + horizonMs) facts |= SOON;
        if (status === 'blocked' || scan.blockedBy[i]!.length > 0) facts |= BLOCKED;
        if (task.critical) facts |= CRITICAL;
      }
      const effective = effectiveWeight(task, weight);
      add(overall, status, weight, effective, facts);
      add(inPhase, status, weight, effective, facts);
      add(inWorkstream, status, weight, effective, facts);
      add(ofOwner, status, weight, effective, facts);
      factsOf[i] = facts;
    }
  }
  // Walking items by due time fills the lists in order; one object per listed item, shared between lists.
  const lists = { overdue: [] as ItemStatus[], dueSoon: [] as ItemStatus[], blocked: [] as ItemStatus[], criticalOpen: [] as ItemStatus[] };
  for (const i of byDue) {
    const facts = factsOf[i]!;
    if (facts === 0) continue;
    const item = itemAt(scan, i);
    if (facts & OVERDUE) lists.overdue.push(item);
    if (facts & SOON) lists.dueSoon.push(item);
    if (facts & BLOCKED) lists.blocked.push(item);
    if (facts & CRITICAL) lists.criticalOpen.push(item);
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
    ...lists,
  };
}
