import type { Plan } from '../../schemas/plan.js';
import type { EditOf } from '../edit-schema.js';
import { applied, unknownTask, withTask, type Transform } from '../transform.js';

/**
 * `set-status` on a plan: the task's own status (for a recurring task, every occurrence without an event).
 * The status of one occurrence lives in the log's state, not in the plan: `foldLog` applies it; here it is
 * refused so that nothing is silently lost.
 */
export function setStatus(plan: Plan, edit: EditOf<'set-status'>): Transform {
  const index = plan.tasks.findIndex((t) => t.id === edit.taskId);
  if (index < 0) return unknownTask(edit.taskId);
  if (edit.occurrence)
    return {
      issues: [
        {
          code: 'occurrence_status_in_log',
          path: ['occurrence'],
          message: 'the status of one occurrence is kept in the log: append this edit to the log and fold it (foldLog)',
        },
      ],
    };
  const task = plan.tasks[index]!;
  return applied(withTask(plan, index, { ...task, status: edit.status }), [{ op: 'set-status', taskId: task.id, status: task.status }]);
}
