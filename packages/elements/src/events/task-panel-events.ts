// Which task is open in a task panel, told upward so a host (a page with team sync, say) can share it,
// and who else has it open, given back by the host. The elements know nothing of how people are found.

/** Someone else who has a task open, as a host tells the planner (for example from a sync room's presence). */
export interface TaskViewer {
  /** The name shown. */
  readonly name: string;
  /** A CSS color for their marker. */
  readonly color?: string;
}

/** `detail` of `task-panel-open`: a task panel is showing `taskId`. */
export interface TaskPanelOpenDetail {
  readonly taskId: string;
}

/** `detail` of `open-task-change`: the task open in the planner's panel, or null when none is. */
export interface OpenTaskChangeDetail {
  readonly taskId: string | null;
}

/** The `task-panel-open` event. */
export type TaskPanelOpenEvent = CustomEvent<TaskPanelOpenDetail>;
/** The `open-task-change` event. */
export type OpenTaskChangeEvent = CustomEvent<OpenTaskChangeDetail>;

/**
 * Creates a `task-panel-open` event (bubbling and composed: it leaves the Gantt's shadow root).
 *
 * @example
 * panel.dispatchEvent(taskPanelOpenEvent({ taskId: 'register' }));
 */
export function taskPanelOpenEvent(detail: TaskPanelOpenDetail): TaskPanelOpenEvent {
  return new CustomEvent('task-panel-open', { detail, bubbles: true, composed: true });
}

/**
 * Creates an `open-task-change` event (bubbling and composed).
 *
 * @example
 * planner.dispatchEvent(openTaskChangeEvent({ taskId: null }));
 */
export function openTaskChangeEvent(detail: OpenTaskChangeDetail): OpenTaskChangeEvent {
  return new CustomEvent('open-task-change', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'task-panel-open': TaskPanelOpenEvent;
    'open-task-change': OpenTaskChangeEvent;
  }
}
