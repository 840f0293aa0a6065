import { issuesFromZod } from '../errors/from-zod.js';
import type { Issue, IssuePath } from '../errors/issue.js';
import { checkPlan } from '../plan/check-plan.js';
import type { DependencyConflict } from '../replanning/follow-dependencies.js';
import type { Plan } from '../schemas/plan.js';
import { editSchema, type Edit, type EditInput, type SingleEdit } from './edit-schema.js';
import { addTask } from './ops/add-task.js';
import { batch } from './ops/batch.js';
import { moveTask } from './ops/move-task.js';
import { removeTask } from './ops/remove-task.js';
import { setDependencies } from './ops/set-dependencies.js';
import { setStatus } from './ops/set-status.js';
import { updatePhase } from './ops/update-phase.js';
import { updateTask } from './ops/update-task.js';
import type { Applied, TaskMove, Transform } from './transform.js';

/**
 * The result of {@link applyEdit}: the new plan, the edit that undoes it, the tasks that moved and any
 * dependency order that could not be kept; or every problem, with paths into the edit (`['due']`,
 * `['changes', 'owner']`) or, for other parts of the plan, into the plan (`['tasks', 4, 'due']`).
 */
export type EditResult = { ok: true; plan: Plan; inverse: Edit; moved: TaskMove[]; conflicts: DependencyConflict[] } | { ok: false; issues: Issue[] };

function applyOne(plan: Plan, edit: SingleEdit): Transform {
  switch (edit.op) {
    case 'add-task':
      return addTask(plan, edit);
    case 'update-task':
      return updateTask(plan, edit);
    case 'move-task':
      return moveTask(plan, edit);
    case 'remove-task':
      return removeTask(plan, edit);
    case 'set-dependencies':
      return setDependencies(plan, edit);
    case 'set-status':
      return setStatus(plan, edit);
    case 'update-phase':
      return updatePhase(plan, edit);
  }
}

/** A plan issue about the edited task, re-rooted at the edit's field (`tasks[3].due` -> `due`). */
function focusPath(path: IssuePath, plan: Plan, focus: Applied['focus']): IssuePath {
  if (!focus || path[0] !== 'tasks' || typeof path[1] !== 'number') return path;
  return plan.tasks[path[1]]?.id === focus.taskId && path.length > 2 ? [...focus.prefix, ...path.slice(2)] : path;
}

function inverseOf(edits: SingleEdit[]): Edit {
  return edits.length === 1 ? edits[0]! : { op: 'batch', edits };
}

/**
 * Applies one edit to a valid plan (as `parsePlan` returns it): the edit is validated (zod), applied, and the
 * new plan checked with the plan's rules. The input plan is never changed, and a refused edit changes nothing.
 * Applying `inverse` to the new plan gives back a plan deep-equal to the input.
 *
 * @example
 * const r = applyEdit(plan, { op: 'move-task', taskId: 'register', due: { days: 3, zone: 'America/Los_Angeles' } });
 * if (r.ok) { plan = r.plan; undoStack.push(r.inverse); } else r.issues.forEach((i) => show(i.path, i.message));
 */
export function applyEdit(plan: Plan, edit: EditInput | Edit): EditResult {
  const parsed = editSchema.safeParse(edit);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const e = parsed.data;
  const r = e.op === 'batch' ? batch(plan, e, applyOne) : applyOne(plan, e);
  if ('issues' in r) return { ok: false, issues: r.issues };
  const issues = checkPlan(r.plan).map((i) => ({ ...i, path: focusPath(i.path, r.plan, r.focus) }));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, plan: r.plan, inverse: inverseOf(r.inverse), moved: r.moved, conflicts: r.conflicts };
}
