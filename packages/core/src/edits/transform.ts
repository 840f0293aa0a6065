import type { Issue, IssuePath } from '../errors/issue.js';
import type { DependencyConflict } from '../replanning/follow-dependencies.js';
import type { Plan } from '../schemas/plan.js';
import { taskSchema, type Task } from '../schemas/task.js';
import type { SingleEdit } from './edit-schema.js';

/** A task whose due moved: the one an edit moved, or a dependent pushed after it. */
export interface TaskMove {
  readonly taskId: string;
  readonly from: Date;
  readonly to: Date;
}

/**
 * What one operation did to a plan, before the plan's rules are checked. `inverse` is a list of edits that,
 * applied in order, give back the plan the operation started from. `focus` says which task the edit is
 * about, so the plan's issues on that task are reported at the edit's own fields.
 */
export interface Applied {
  readonly plan: Plan;
  readonly inverse: SingleEdit[];
  readonly moved: TaskMove[];
  readonly conflicts: DependencyConflict[];
  readonly focus?: { readonly taskId: string; readonly prefix: IssuePath };
}

/** The outcome of one operation: applied, or refused with issues at paths into the edit. */
export type Transform = Applied | { readonly issues: Issue[] };

/** An `unknown_task` refusal at `path`. */
export function unknownTask(taskId: string, path: IssuePath = ['taskId']): { issues: Issue[] } {
  return { issues: [{ code: 'unknown_task', path, message: `unknown task "${taskId}"` }] };
}

/** A result with nothing moved and no conflict. */
export function applied(plan: Plan, inverse: SingleEdit[], focus?: Applied['focus']): Applied {
  return { plan, inverse, moved: [], conflicts: [], ...(focus ? { focus } : {}) };
}

/** `plan` with task `index` replaced. */
export function withTask(plan: Plan, index: number, task: Plan['tasks'][number]): Plan {
  const tasks = plan.tasks.slice();
  tasks[index] = task;
  return { ...plan, tasks };
}

const TASK_KEYS = Object.keys(taskSchema.shape);

/**
 * A task with its keys in the schema's order (as parsing gives them), absent fields left out: an edit and its
 * inverse then give back a task that serialises byte for byte as before, not only deep-equal.
 */
export function canonicalTask(fields: Record<string, unknown>): Task {
  const out: Record<string, unknown> = {};
  for (const key of TASK_KEYS) if (fields[key] !== undefined) out[key] = fields[key];
  return out as Task;
}
