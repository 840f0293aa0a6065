import type { Plan } from '../../schemas/plan.js';
import type { EditOf } from '../edit-schema.js';
import { applied, unknownTask, withTask, type Transform } from '../transform.js';

/** `set-dependencies`: replaces the task's `dependsOn` (unknown ids and cycles are refused by the plan check). */
export function setDependencies(plan: Plan, edit: EditOf<'set-dependencies'>): Transform {
  const index = plan.tasks.findIndex((t) => t.id === edit.taskId);
  if (index < 0) return unknownTask(edit.taskId);
  const task = plan.tasks[index]!;
  return applied(withTask(plan, index, { ...task, dependsOn: edit.dependsOn }), [{ op: 'set-dependencies', taskId: task.id, dependsOn: task.dependsOn }], {
    taskId: task.id,
    prefix: [],
  });
}
