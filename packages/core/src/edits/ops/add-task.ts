import type { Plan } from '../../schemas/plan.js';
import type { EditOf } from '../edit-schema.js';
import { applied, type Transform } from '../transform.js';

/** `add-task`: inserts the task at `index` (default: last). Undone by removing it. */
export function addTask(plan: Plan, edit: EditOf<'add-task'>): Transform {
  const tasks = plan.tasks.slice();
  tasks.splice(Math.min(edit.index ?? tasks.length, tasks.length), 0, edit.task);
  return applied({ ...plan, tasks }, [{ op: 'remove-task', taskId: edit.task.id }], { taskId: edit.task.id, prefix: ['task'] });
}
