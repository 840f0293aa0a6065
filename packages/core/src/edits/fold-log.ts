import type { Issue } from '../errors/issue.js';
import { scopeIssues } from '../plan/metric-value.js';
import { applyStatus, checkStatusEvent, createStatusState, statusOf, type StatusState } from '../readiness/index.js';
import type { DependencyConflict } from '../replanning/follow-dependencies.js';
import type { Plan } from '../schemas/plan.js';
import type { StatusEvent } from '../schemas/status-event.js';
import type { MetricEvent } from '../schemas/targets.js';
import { applyEdit } from './apply-edit.js';
import type { Edit, EditEvent } from './edit-schema.js';
import { isEditEvent, isMetricEvent, type LogEvent } from './log-event.js';
import { compareLogEvents, mergeEventLogs } from './merge-events.js';
import type { TaskMove } from './transform.js';

/** An event of the log that did not apply (its task was removed, a merge made it invalid...): kept, reported. */
export interface FoldConflict {
  readonly event: LogEvent;
  readonly issues: Issue[];
}

/** What a log makes of a base plan. Immutable; extend it with {@link appendToFold}. */
export interface Folded {
  readonly base: Plan;
  /** Every event, merged and in order (the log as a merge would write it). */
  readonly events: readonly LogEvent[];
  /** The current plan: the base with every edit that applied. */
  readonly plan: Plan;
  /** Status per task and occurrence: status events and `set-status` edits, last writer wins. */
  readonly state: StatusState;
  readonly statuses: readonly StatusEvent[];
  /** Metric actuals in log order; one scoped to a phase or product the plan lacks is in `conflicts` instead. */
  readonly metrics: readonly MetricEvent[];
  /** Events that did not apply, with why. Never dropped from `events`. */
  readonly conflicts: readonly FoldConflict[];
  /** Dependency orders edits could not keep (a critical dependent, a push past the campaign end...). */
  readonly dependencyConflicts: readonly DependencyConflict[];
}

/** The outcome of appending one event: the new fold, and for an edit that applied, its inverse and moves. */
export interface AppendResult {
  readonly folded: Folded;
  /** The edit that undoes this event (absent when the event did not apply or is not an edit). */
  readonly inverse?: Edit;
  readonly moved: TaskMove[];
  readonly issues: Issue[];
}

function asStatus(e: EditEvent): StatusEvent | undefined {
  if (e.edit.op !== 'set-status') return undefined;
  const { taskId, status, occurrence } = e.edit;
  return { taskId, status, ...(occurrence ? { occurrence } : {}), at: e.at, by: e.by, id: e.id };
}

/** A fold being built: arrays owned by the fold in progress, so appending is a push, not a copy. */
interface Acc {
  plan: Plan;
  readonly events: LogEvent[];
  readonly statuses: StatusEvent[];
  readonly metrics: MetricEvent[];
  readonly conflicts: FoldConflict[];
  readonly dependencyConflicts: DependencyConflict[];
}

type StepResult = { kind: 'status'; status: StatusEvent } | { kind: 'edit'; inverse: Edit; moved: TaskMove[] } | { kind: 'other'; issues: Issue[] };

/** Applies one event at the end of `acc` (it must sort after every event already folded). */
function step(acc: Acc, event: LogEvent): StepResult {
  acc.events.push(event);
  if (isMetricEvent(event)) {
    // An actual for a phase or product the plan (as edited so far) lacks counts towards no target.
    const issues = scopeIssues(acc.plan, event.scope, ['scope']);
    if (issues.length > 0) {
      acc.conflicts.push({ event, issues });
      return { kind: 'other', issues };
    }
    acc.metrics.push(event);
    return { kind: 'other', issues: [] };
  }
  const status = isEditEvent(event) ? asStatus(event) : event;
  if (status) {
    const issues = checkStatusEvent(acc.plan, status, isEditEvent(event) ? ['edit'] : []);
    if (issues.length > 0) {
      acc.conflicts.push({ event, issues });
      return { kind: 'other', issues };
    }
    acc.statuses.push(status);
    return { kind: 'status', status };
  }
  const r = applyEdit(acc.plan, (event as EditEvent).edit);
  if (!r.ok) {
    const issues = r.issues.map((i) => ({ ...i, path: ['edit', ...i.path] }));
    acc.conflicts.push({ event, issues });
    return { kind: 'other', issues };
  }
  acc.plan = r.plan;
  acc.dependencyConflicts.push(...r.conflicts);
  return { kind: 'edit', inverse: r.inverse, moved: r.moved };
}

const accOf = (f: Folded): Acc => ({
  plan: f.plan,
  events: [...f.events],
  statuses: [...f.statuses],
  metrics: [...f.metrics],
  conflicts: [...f.conflicts],
  dependencyConflicts: [...f.dependencyConflicts],
});

const folded = (base: Plan, acc: Acc, state: StatusState): Folded => ({ base, ...acc, state });

/**
 * The current campaign from a base plan and its log: events merged and ordered (time, actor, id), edits
 * applied in that order, statuses last-writer-wins. Never throws for an event that does not apply: it stays
 * in `events` and is listed in `conflicts` with its issues, so nothing is lost and a merge can be replayed.
 *
 * @example
 * const { plan, state, conflicts } = foldLog(basePlan, mergeEventLogs(mine, theirs));
 */
export function foldLog(base: Plan, log: readonly LogEvent[]): Folded {
  const acc: Acc = { plan: base, events: [], statuses: [], metrics: [], conflicts: [], dependencyConflicts: [] };
  for (const event of mergeEventLogs(log)) step(acc, event);
  // The state once, at the end: its winners do not depend on when each status was seen.
  return folded(base, acc, createStatusState(acc.plan, acc.statuses));
}

/**
 * Appends one event. A new event from this device sorts last and is applied in place (cost of one edit);
 * one that sorts earlier (a merge brought it in) refolds the log from the base. An event already in the log
 * changes nothing.
 *
 * @example
 * const r = appendToFold(folded, { type: 'edit', id: 'li-8', at: new Date(), by: 'li', edit });
 * if (r.inverse) history = history.record(edit, r.inverse);
 */
export function appendToFold(f: Folded, event: LogEvent): AppendResult {
  const last = f.events[f.events.length - 1];
  if (last && compareLogEvents(last, event) >= 0) {
    const again = foldLog(f.base, [...f.events, event]);
    const conflict = again.conflicts.find((c) => c.event === event);
    return { folded: again, moved: [], issues: conflict?.issues ?? [] };
  }
  const acc = accOf(f);
  const r = step(acc, event);
  if (r.kind === 'status') {
    const before = statusOf(f.state, r.status.taskId, r.status.occurrence);
    const inverse: Edit = { op: 'set-status', taskId: r.status.taskId, status: before, ...(r.status.occurrence ? { occurrence: r.status.occurrence } : {}) };
    return { folded: folded(f.base, acc, applyStatus(f.state, r.status)), inverse, moved: [], issues: [] };
  }
  if (r.kind === 'edit') {
    // The plan changed: statuses without an event come from the new plan; recorded winners stay.
    const state: StatusState = { initial: createStatusState(acc.plan).initial, latest: f.state.latest };
    return { folded: folded(f.base, acc, state), inverse: r.inverse, moved: r.moved, issues: [] };
  }
  return { folded: folded(f.base, acc, f.state), moved: [], issues: r.issues };
}
