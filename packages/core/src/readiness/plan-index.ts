import type { Plan } from '../schemas/plan.js';
import type { Task } from '../schemas/task.js';
import { taskOccurrences } from '../plan/occurrences.js';

/**
 * One unit of work: a one-off task, or one occurrence of a recurring task. Its `weight` is the task's
 * weight shared among its occurrences, so a task weighs the same however often it repeats.
 */
export interface WorkItem {
  readonly task: Task;
  /** The key of this item in a `StatusState` (see `statusKey`). */
  readonly key: string;
  /** The occurrence of a recurring task; `undefined` for a one-off task. */
  readonly occurrence: Date | undefined;
  readonly due: Date;
  readonly weight: number;
}

/** Lookups over a plan, computed once per plan object. */
export interface PlanIndex {
  readonly tasks: ReadonlyMap<string, Task>;
  /** Position of each task in `plan.tasks` (for issue paths). */
  readonly position: ReadonlyMap<string, number>;
  /** Every work item, in plan order, occurrences in time order. */
  readonly items: readonly WorkItem[];
  readonly itemsByTask: ReadonlyMap<string, readonly WorkItem[]>;
  /** Tasks that depend on each task. */
  readonly dependents: ReadonlyMap<string, readonly string[]>;
}

/**
 * The state key of a task or of one occurrence: the task id, plus `@` and the occurrence's ISO instant (UTC)
 * for a recurring task. Strings and Dates naming the same instant give the same key.
 *
 * @example
 * statusKey('peak-check', '2026-11-11T09:00:00-08:00') //=> 'peak-check@2026-11-11T17:00:00.000Z'
 * statusKey('register') //=> 'register'
 */
export function statusKey(taskId: string, occurrence?: Date | string): string {
  if (occurrence === undefined) return taskId;
  const t = occurrence instanceof Date ? occurrence.getTime() : Date.parse(occurrence);
  return Number.isNaN(t) ? `${taskId}@${String(occurrence)}` : `${taskId}@${new Date(t).toISOString()}`;
}

// Plans are values: built once, never mutated (parsePlan and instantiate return new objects). Expanding
// recurrences is the costly part, so the index is kept per plan object.
const cache = new WeakMap<Plan, PlanIndex>();

function build(plan: Plan): PlanIndex {
  const tasks = new Map<string, Task>();
  const position = new Map<string, number>();
  const items: WorkItem[] = [];
  const itemsByTask = new Map<string, WorkItem[]>();
  const dependents = new Map<string, string[]>();
  plan.tasks.forEach((task, i) => {
    tasks.set(task.id, task);
    position.set(task.id, i);
    const own: WorkItem[] = [];
    if (task.recurrence) {
      const dates = taskOccurrences(plan, task);
      for (const d of dates) own.push({ task, key: statusKey(task.id, d), occurrence: d, due: d, weight: task.weight / dates.length });
    } else own.push({ task, key: task.id, occurrence: undefined, due: task.due, weight: task.weight });
    itemsByTask.set(task.id, own);
    items.push(...own);
  });
  for (const task of plan.tasks)
    for (const dep of task.dependsOn) {
      const list = dependents.get(dep);
      if (list) list.push(task.id);
      else dependents.set(dep, [task.id]);
    }
  return { tasks, position, items, itemsByTask, dependents };
}

/**
 * The lookups readiness needs (tasks by id, work items, dependents), computed once per plan object.
 *
 * @example
 * indexPlan(plan).itemsByTask.get('peak-daily-data-check')!.length //=> 2
 */
export function indexPlan(plan: Plan): PlanIndex {
  let index = cache.get(plan);
  if (!index) {
    index = build(plan);
    cache.set(plan, index);
  }
  return index;
}
