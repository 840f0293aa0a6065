import type { Plan } from '../../schemas/plan.js';
import type { EditOf, TaskChanges } from '../edit-schema.js';
import { applied, canonicalTask, unknownTask, withTask, type Transform } from '../transform.js';

/** `update-task`: sets the given fields; `null` clears an optional one. Undone by setting the old values. */
export function updateTask(plan: Plan, edit: EditOf<'update-task'>): Transform {
  const index = plan.tasks.findIndex((t) => t.id === edit.taskId);
  if (index < 0) return unknownTask(edit.taskId);
  const before = plan.tasks[index]!;
  const next: Record<string, unknown> = { ...before };
  const undo: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(edit.changes)) {
    if (value === undefined) continue;
    undo[key] = (before as Record<string, unknown>)[key] ?? null;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return applied(withTask(plan, index, canonicalTask(next)), [{ op: 'update-task', taskId: edit.taskId, changes: undo as TaskChanges }], {
    taskId: edit.taskId,
    prefix: ['changes'],
  });
}
