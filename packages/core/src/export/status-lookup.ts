import type { Task, TaskStatus } from '../schemas/task.js';

/**
 * Current task statuses kept apart from the plan (a team's progress, a readiness status state), by task
 * id: a `Map`, a plain record, or a function, which also receives the occurrence of a recurring task when
 * an export writes one row per occurrence. A status state from the readiness API plugs in as
 * `(id, at) => statusOf(state, id, at)`. Tasks it does not name (`undefined`) keep the plan's status.
 */
export type TaskStatusLookup =
  ReadonlyMap<string, TaskStatus> | Readonly<Record<string, TaskStatus>> | ((taskId: string, occurrence?: Date) => TaskStatus | undefined);

/**
 * The status of `task` (or of one of its occurrences): from `lookup` when it names the task, else the plan's.
 *
 * @example
 * lookupStatus({ id: 'a', status: 'todo' }, { a: 'done' }) //=> 'done'
 * lookupStatus({ id: 'b', status: 'todo' }, new Map()) //=> 'todo'
 */
export function lookupStatus(task: Pick<Task, 'id' | 'status'>, lookup?: TaskStatusLookup, occurrence?: Date): TaskStatus {
  if (!lookup) return task.status;
  if (typeof lookup === 'function') return lookup(task.id, occurrence) ?? task.status;
  if (lookup instanceof Map) return (lookup as ReadonlyMap<string, TaskStatus>).get(task.id) ?? task.status;
  // Own properties only: a task id such as "constructor" must not read Object.prototype.
  const record = lookup as Readonly<Record<string, TaskStatus>>;
  return Object.prototype.hasOwnProperty.call(record, task.id) ? record[task.id]! : task.status;
}
