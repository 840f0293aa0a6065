import type { Issue } from '../errors/issue.js';
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

/** Applies one event at the end of `f` (it must sort after every event already folded). */
function step(f: Folded, event: LogEvent): AppendResult {
  const events = [...f.events, event];
  if (isMetricEvent(event)) return { folded: { ...f, events, metrics: [...f.metrics, event] }, moved: [], issues: [] };
  const status = isEditEvent(event) ? asStatus(event) : event;
  if (status) {
    const issues = checkStatusEvent(f.plan, status, isEditEvent(event) ? ['edit'] : []);
    if (issues.length > 0) return { folded: { ...f, events, conflicts: [...f.conflicts, { event, issues }] }, moved: [], issues };
    const before = statusOf(f.state, status.taskId, status.occurrence);
    const inverse: Edit = { op: 'set-status', taskId: status.taskId, status: before, ...(status.occurrence ? { occurrence: status.occurrence } : {}) };
    return { folded: { ...f, events, statuses: [...f.statuses, status], state: applyStatus(f.state, status) }, inverse, moved: [], issues: [] };
  }
  const edit = (event as EditEvent).edit;
  const r = applyEdit(f.plan, edit);
  if (!r.ok) {
    const issues = r.issues.map((i) => ({ ...i, path: ['edit', ...i.path] }));
    return { folded: { ...f, events, conflicts: [...f.conflicts, { event, issues }] }, moved: [], issues };
  }
  const folded: Folded = {
    ...f,
    events,
    plan: r.plan,
    state: createStatusState(r.plan, f.statuses),
    dependencyConflicts: [...f.dependencyConflicts, ...r.conflicts],
  };
  return { folded, inverse: r.inverse, moved: r.moved, issues: [] };
}

/**
 * The current campaign from a base plan and its log: events merged and ordered (time, actor, id), edits
 * applied in that order, statuses last-writer-wins. Never throws for an event that does not apply: it stays
 * in `events` and is listed in `conflicts` with its issues, so nothing is lost and a merge can be replayed.
 *
 * @example
 * const { plan, state, conflicts } = foldLog(basePlan, mergeEventLogs(mine, theirs));
 */
export function foldLog(base: Plan, log: readonly LogEvent[]): Folded {
  let f: Folded = { base, events: [], plan: base, state: createStatusState(base), statuses: [], metrics: [], conflicts: [], dependencyConflicts: [] };
  for (const event of mergeEventLogs(log)) f = step(f, event).folded;
  return f;
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
  const order = last ? compareLogEvents(last, event) : -1;
  if (order < 0) return step(f, event);
  const again = foldLog(f.base, [...f.events, event]);
  const conflict = again.conflicts.find((c) => c.event === event);
  return { folded: again, moved: [], issues: conflict?.issues ?? [] };
}
