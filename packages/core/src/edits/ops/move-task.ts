import type { Issue } from '../../errors/issue.js';
import type { Plan } from '../../schemas/plan.js';
import type { Task } from '../../schemas/task.js';
import type { EditOf } from '../edit-schema.js';
import { resolveTimeSpec, shiftWall, wallMs } from '../time-spec.js';
import { canonicalTask, unknownTask, withTask, type Transform } from '../transform.js';
import { finishMove } from './follow.js';

/** The new start: as given, cleared by `null`, or moved with the due by the same (wall-clock) amount. */
function newStart(task: Task, edit: EditOf<'move-task'>, due: Date, zone: string | undefined, issues: Issue[]): Date | undefined {
  if (edit.start === null) return undefined;
  if (edit.start !== undefined) {
    const r = resolveTimeSpec(edit.start, task.start);
    if (typeof r === 'string') issues.push({ code: 'invalid_time', path: ['start'], message: r });
    return typeof r === 'string' ? undefined : r.at;
  }
  if (!task.start) return undefined;
  if (zone) return shiftWall(task.start, zone, wallMs(due, zone) - wallMs(task.due, zone));
  return new Date(task.start.getTime() + due.getTime() - task.due.getTime());
}

/**
 * `move-task`: a new due (and start). A wall time or a shift keeps its clock reading in its zone, so 23:59
 * Pacific stays 23:59 Pacific across a DST change. Dependents follow unless `dependents: 'stay'`.
 */
export function moveTask(plan: Plan, edit: EditOf<'move-task'>): Transform {
  const index = plan.tasks.findIndex((t) => t.id === edit.taskId);
  if (index < 0) return unknownTask(edit.taskId);
  const task = plan.tasks[index]!;
  const due = resolveTimeSpec(edit.due, task.due);
  if (typeof due === 'string') return { issues: [{ code: 'invalid_time', path: ['due'], message: due }] };
  const issues: Issue[] = [];
  const start = newStart(task, edit, due.at, due.zone, issues);
  if (issues.length > 0) return { issues };
  const moved = canonicalTask({ ...task, due: due.at, start });
  const after = withTask(plan, index, moved);
  return finishMove(plan, after, [{ taskId: task.id, from: task.due, to: due.at }], edit.dependents !== 'stay', { taskId: task.id, prefix: [] });
}
