import type { Plan } from '@campaign-planner/core';
import type { Edit, EditInput, TaskMove } from '@campaign-planner/core/edits';

/**
 * `detail` of `plan-edit`: the edit the user made, the plan it gives (already validated by core's
 * `applyEdit`), the edit that undoes it, and the tasks that moved (dependents pushed included).
 * `cause` says whether it is a new edit, an undo or a redo.
 */
export interface PlanEditDetail {
  readonly edit: EditInput | Edit;
  readonly plan: Plan;
  readonly inverse: Edit;
  readonly moved: readonly TaskMove[];
  readonly cause: 'edit' | 'undo' | 'redo';
  /** Id of the plan edited: set by `<campaign-planner>` showing several `plans`, so a host can route the edit. */
  readonly planId?: string;
}

/** The `plan-edit` event. */
export type PlanEditEvent = CustomEvent<PlanEditDetail>;

/**
 * Creates a cancelable `plan-edit` event (bubbling, composed). Unless a listener calls `preventDefault()`,
 * the element that fired it applies `detail.plan`; a host that owns its state vetoes and applies it itself.
 *
 * @example
 * gantt.addEventListener('plan-edit', (e) => { e.preventDefault(); store.apply(e.detail.edit); });
 */
export function planEditEvent(detail: PlanEditDetail): PlanEditEvent {
  return new CustomEvent<PlanEditDetail>('plan-edit', { detail, bubbles: true, composed: true, cancelable: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-edit': PlanEditEvent;
  }
}
