import type { Issue, Plan } from '@campaign-planner/core';
import { applyEdit, type Edit, type EditInput } from '@campaign-planner/core/edits';
import { planEditEvent, type PlanEditDetail } from '../events/plan-edit-event.js';

/** An element that holds a plan and can apply edits to it. */
export interface EditTarget extends HTMLElement {
  plan?: Plan;
}

/** The outcome of {@link commitEdit}. */
export type CommitResult =
  | { readonly status: 'applied'; readonly detail: PlanEditDetail }
  | { readonly status: 'vetoed'; readonly detail: PlanEditDetail }
  | { readonly status: 'refused'; readonly issues: readonly Issue[] };

/**
 * Validates an edit with core's `applyEdit` against `target.plan`, fires the cancelable `plan-edit` event
 * from `target` and, unless a listener vetoed it, sets `target.plan` to the result. A refused edit fires
 * nothing and returns core's issues (shown beside the field by the caller).
 *
 * @example
 * const r = commitEdit(this, { op: 'update-task', taskId, changes: { owner: 'Mei' } });
 * if (r.status === 'refused') this.errors = r.issues;
 */
export function commitEdit(target: EditTarget, edit: EditInput | Edit, cause: PlanEditDetail['cause'] = 'edit'): CommitResult {
  if (!target.plan) return { status: 'refused', issues: [{ code: 'no_plan', path: [], message: 'no plan to edit' }] };
  const r = applyEdit(target.plan, edit);
  if (!r.ok) return { status: 'refused', issues: r.issues };
  const detail: PlanEditDetail = { edit, plan: r.plan, inverse: r.inverse, moved: r.moved, cause };
  if (!target.dispatchEvent(planEditEvent(detail))) return { status: 'vetoed', detail };
  target.plan = r.plan;
  return { status: 'applied', detail };
}

/** The first issue whose path starts with `field` (`due`, `changes.owner`...), for a message beside it. */
export function issueAt(issues: readonly Issue[], ...field: Array<string | number>): Issue | undefined {
  return issues.find((i) => field.every((f, k) => i.path[k] === f));
}
