import type { Plan } from '../schemas/plan.js';
import type { StatusEvent } from '../schemas/status-event.js';
import type { TaskStatus } from '../schemas/task.js';
import { compareEvents } from './merge-logs.js';
import { statusKey } from './plan-index.js';
import { StatusStore, StatusVersion } from './status-versions.js';

/**
 * The current status of every task and occurrence, derived from a status log. Immutable: functions that
 * change it return a new state. Built with {@link createStatusState}; read with {@link statusOf}.
 */
export interface StatusState {
  /** The status each task has in the plan file, used where no event says otherwise. */
  readonly initial: ReadonlyMap<string, TaskStatus>;
  /** The winning ("last") event per task or occurrence, by {@link statusKey}. */
  readonly latest: ReadonlyMap<string, StatusEvent>;
}

function wins(current: StatusEvent | undefined, event: StatusEvent): boolean {
  return current === undefined || compareEvents(event, current) > 0;
}

/**
 * The state of `plan` after the events of a log. Events may come in any order: the winner per task or
 * occurrence is the last by time, then actor, then id (see `compareEvents`), so a merged log in any order
 * gives the same state. Events are trusted here; validate untrusted ones with `parseStatusEvent`.
 *
 * @example
 * const state = createStatusState(plan, events);
 * statusOf(state, 'register-platform-activities') //=> 'done'
 */
export function createStatusState(plan: Pick<Plan, 'tasks'>, events: Iterable<StatusEvent> = []): StatusState {
  const initial = new Map<string, TaskStatus>();
  for (const task of plan.tasks) initial.set(task.id, task.status);
  const winners = new Map<string, StatusEvent>();
  for (const e of events) {
    const key = statusKey(e.taskId, e.occurrence);
    if (wins(winners.get(key), e)) winners.set(key, e);
  }
  const store = new StatusStore();
  for (const [key, e] of winners) store.append(key, e);
  return { initial, latest: new StatusVersion(store, store.head) };
}

/**
 * A new state with `event` applied (the given state is not changed). An event older than the one already
 * recorded for its task or occurrence loses, and the same state is returned.
 *
 * @example
 * const next = applyStatus(state, { taskId: 'register', status: 'done', at: new Date(), by: 'li' });
 * statusOf(next, 'register') //=> 'done'
 */
export function applyStatus(state: StatusState, event: StatusEvent): StatusState {
  const key = statusKey(event.taskId, event.occurrence);
  if (!wins(state.latest.get(key), event)) return state;
  // The newest version of a store grows in place (O(1)); a branch from an older version or a state built
  // by hand starts a store of its own.
  const at = state.latest;
  let store: StatusStore;
  if (at instanceof StatusVersion && at.version === at.store.head) store = at.store;
  else {
    store = new StatusStore();
    for (const [k, e] of at) store.append(k, e);
  }
  store.append(key, event);
  return { initial: state.initial, latest: new StatusVersion(store, store.head) };
}

/**
 * The status of a task, or of one occurrence of a recurring task (a `Date` or an ISO string). Without an
 * event it is the task's status in the plan (`todo` for a task the state does not know).
 *
 * @example
 * statusOf(state, 'peak-daily-data-check', '2026-11-11T09:00:00-08:00') //=> 'in-progress'
 */
export function statusOf(state: StatusState, taskId: string, occurrence?: Date | string): TaskStatus {
  return state.latest.get(statusKey(taskId, occurrence))?.status ?? state.initial.get(taskId) ?? 'todo';
}

/**
 * Whether a status closes a task: `done` or `skipped`.
 *
 * @example
 * isClosed('skipped') //=> true
 */
export function isClosed(status: TaskStatus): boolean {
  return status === 'done' || status === 'skipped';
}
