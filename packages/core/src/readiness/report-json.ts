import { formatPath, type Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import { dualTime, type DualTime } from '../time/dual-time.js';
import type { NextAction } from './next-actions.js';
import type { GroupReadiness, Readiness } from './readiness.js';
import type { ItemStatus } from './work-status.js';

/** A work item as plain JSON, every time in both zones. */
export interface ItemJSON {
  readonly taskId: string;
  readonly title: string;
  readonly occurrence?: DualTime;
  readonly due: DualTime;
  readonly status: string;
  readonly critical: boolean;
  readonly phase: string;
  readonly workstream: string;
  readonly owner?: string;
  readonly blockedBy: readonly string[];
}

/** {@link Readiness} and next actions as plain JSON (what `campaign-planner status --format json` prints). */
export interface ReadinessJSON {
  readonly plan: string;
  readonly platformTimeZone: string;
  readonly teamTimeZone: string;
  readonly now: DualTime;
  readonly horizonHours: number;
  readonly currentPhase: { id: string; start: DualTime; end: DualTime; timeLeftMs: number } | null;
  readonly overall: GroupReadiness;
  readonly byPhase: Readonly<Record<string, GroupReadiness>>;
  readonly byWorkstream: Readonly<Record<string, GroupReadiness>>;
  readonly byOwner: Readonly<Record<string, GroupReadiness>>;
  readonly overdue: readonly ItemJSON[];
  readonly dueSoon: readonly ItemJSON[];
  readonly blocked: readonly ItemJSON[];
  readonly criticalOpen: readonly ItemJSON[];
  readonly nextActions: readonly ItemJSON[];
  /** Schedule warnings (`impossible_order`, `chain_does_not_fit`), each with the task id and plan path. */
  readonly scheduleWarnings: ReadonlyArray<{ code: string; taskId: string; path: string; message: string }>;
}

/**
 * A work item as JSON, with due and occurrence in the platform and team zones.
 *
 * @example
 * itemToJSON(r.overdue[0]!, plan).due //=> { platform: '2026-10-21T23:59:00-07:00', team: '2026-10-22T14:59:00+08:00' }
 */
export function itemToJSON(item: ItemStatus, plan: Plan): ItemJSON {
  return {
    taskId: item.task.id,
    title: item.task.title.en,
    ...(item.occurrence ? { occurrence: dualTime(item.occurrence, plan) } : {}),
    due: dualTime(item.due, plan),
    status: item.status,
    critical: item.task.critical,
    phase: item.task.phase,
    workstream: item.task.workstream,
    ...(item.task.owner ? { owner: item.task.owner } : {}),
    blockedBy: item.blockedBy,
  };
}

/**
 * Readiness as plain JSON data, ready for `JSON.stringify`; `warnings` from `backwardSchedule` are listed too.
 *
 * @example
 * JSON.stringify(readinessToJSON(plan, readiness(plan, state, now), nextActions(plan, state, now, { limit: 10 })))
 */
export function readinessToJSON(plan: Plan, r: Readiness, actions: readonly NextAction[], warnings: readonly Issue[] = []): ReadinessJSON {
  const items = (list: readonly ItemStatus[]) => list.map((i) => itemToJSON(i, plan));
  const p = r.currentPhase;
  return {
    plan: plan.id,
    platformTimeZone: plan.platformTimeZone,
    teamTimeZone: plan.teamTimeZone,
    now: dualTime(r.now, plan),
    horizonHours: r.horizonMs / 3_600_000,
    currentPhase: p ? { id: p.id, start: dualTime(p.start, plan), end: dualTime(p.end, plan), timeLeftMs: p.timeLeftMs } : null,
    overall: r.overall,
    byPhase: r.byPhase,
    byWorkstream: r.byWorkstream,
    byOwner: r.byOwner,
    overdue: items(r.overdue),
    dueSoon: items(r.dueSoon),
    blocked: items(r.blocked),
    criticalOpen: items(r.criticalOpen),
    nextActions: items(actions),
    scheduleWarnings: warnings.map((w) => ({
      code: w.code,
      taskId: plan.tasks[w.path[1] as number]?.id ?? '',
      path: formatPath(w.path),
      message: w.message,
    })),
  };
}
