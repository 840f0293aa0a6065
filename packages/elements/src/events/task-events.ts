import type { TaskStatus } from '@campaign-planner/core';

/** `detail` of `task-select`: the user picked a task (click, Enter or Space). */
export interface TaskSelectDetail {
  readonly taskId: string;
  /** Id of the plan the task belongs to: set by `<campaign-planner>` showing several `plans`. */
  readonly planId?: string;
}

/**
 * `detail` of `task-status-change`: the user changed a task's status. `occurrence` (an ISO instant) names
 * one occurrence of a recurring task; it is absent for one-off tasks.
 */
export interface TaskStatusChangeDetail {
  readonly taskId: string;
  readonly occurrence?: string;
  readonly status: TaskStatus;
  /** Id of the plan the task belongs to: set by `<campaign-planner>` showing several `plans`. */
  readonly planId?: string;
}

/** `detail` of `time-zone-change`: the user switched the display zone (`platform`, `team` or an IANA zone). */
export interface TimeZoneChangeDetail {
  readonly timeZone: string;
}

/** The `task-select` event. */
export type TaskSelectEvent = CustomEvent<TaskSelectDetail>;
/** The `task-status-change` event. */
export type TaskStatusChangeEvent = CustomEvent<TaskStatusChangeDetail>;
/** The `time-zone-change` event. */
export type TimeZoneChangeEvent = CustomEvent<TimeZoneChangeDetail>;

// Bubbling and composed, so a listener on any ancestor (also outside a host's shadow root) hears them.
function create<T>(type: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable });
}

/**
 * Creates a `task-select` event.
 *
 * @example
 * element.dispatchEvent(taskSelectEvent({ taskId: 'register-activities' }));
 */
export function taskSelectEvent(detail: TaskSelectDetail): TaskSelectEvent {
  return create('task-select', detail);
}

/**
 * Creates a cancelable `task-status-change` event: a listener calling `preventDefault()` keeps the
 * element's state unchanged.
 *
 * @example
 * element.dispatchEvent(taskStatusChangeEvent({ taskId: 'kickoff', status: 'done' }));
 */
export function taskStatusChangeEvent(detail: TaskStatusChangeDetail): TaskStatusChangeEvent {
  return create('task-status-change', detail, true);
}

/**
 * Creates a `time-zone-change` event.
 *
 * @example
 * element.dispatchEvent(timeZoneChangeEvent({ timeZone: 'team' }));
 */
export function timeZoneChangeEvent(detail: TimeZoneChangeDetail): TimeZoneChangeEvent {
  return create('time-zone-change', detail);
}

declare global {
  // Global handlers' map: typed listeners on elements, document and window alike.
  interface GlobalEventHandlersEventMap {
    'task-select': TaskSelectEvent;
    'task-status-change': TaskStatusChangeEvent;
    'time-zone-change': TimeZoneChangeEvent;
  }
}
