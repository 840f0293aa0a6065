import type { Plan } from '../../schemas/plan.js';
import type { EditOf, SingleEdit } from '../edit-schema.js';
import { applied, unknownTask, type Transform } from '../transform.js';

/**
 * `remove-task`: refused while other tasks depend on it, unless `dropEdges` removes those dependencies too.
 * Undone by adding the task back at its place and restoring the dependents' lists.
 */
export function removeTask(plan: Plan, edit: EditOf<'remove-task'>): Transform {
  const index = plan.tasks.findIndex((t) => t.id === edit.taskId);
  if (index < 0) return unknownTask(edit.taskId);
  const dependents = plan.tasks.filter((t) => t.dependsOn.includes(edit.taskId));
  if (dependents.length > 0 && !edit.dropEdges) {
    const names = dependents.map((t) => `"${t.id}"`).join(', ');
    return {
      issues: [
        {
          code: 'task_has_dependents',
          path: ['taskId'],
          message: `${names} depend${dependents.length === 1 ? 's' : ''} on "${edit.taskId}": remove those dependencies first, or set dropEdges`,
        },
      ],
    };
  }
  const tasks = plan.tasks
    .filter((_, i) => i !== index)
    .map((t) => (t.dependsOn.includes(edit.taskId) ? { ...t, dependsOn: t.dependsOn.filter((d) => d !== edit.taskId) } : t));
  const inverse: SingleEdit[] = [
    { op: 'add-task', task: plan.tasks[index]!, index },
    ...dependents.map((t): SingleEdit => ({ op: 'set-dependencies', taskId: t.id, dependsOn: t.dependsOn })),
  ];
  return applied({ ...plan, tasks }, inverse);
}
