import type { Plan } from '../schemas/plan.js';
import type { Task } from '../schemas/task.js';

/**
 * The person a task is for: its `owner`. Queries, per-person checklists and the morning brief all read the
 * person through this one function, so a roster (role -> person) plugs in here.
 *
 * @example
 * personOf(plan, { ...task, owner: 'li' }) //=> 'li'
 */
export function personOf(_plan: Pick<Plan, 'tasks'>, task: Pick<Task, 'owner' | 'role'>): string | undefined {
  return task.owner;
}
