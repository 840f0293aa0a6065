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
  /**
   * Where each task's items sit in `items`: task `i` of `plan.tasks` owns `items[taskStart[i] .. taskStart[i + 1])`
   * (one more entry than tasks).
   */
  readonly taskStart: Int32Array;
  /** The due instant of each item in ms, parallel to `items` (sorting on numbers, not Dates). */
  readonly dueMs: Float64Array;
  /** For each task, the positions in `plan.tasks` of the tasks it depends on. */
  readonly dependencyPositions: ReadonlyArray<readonly number[]>;
  /** Positions in `items`, by due time (ties in plan order): lists come out sorted without sorting. */
  readonly byDue: Int32Array;
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

/**
 * The work items of one task: the task itself when it does not repeat, else one item per occurrence, each
 * weighing an equal share of the task's weight. What {@link indexPlan} builds for every task; a view that
 * draws only some tasks (a virtualised Gantt) builds them per task with this.
 *
 * @example
 * workItemsOf(plan, dailyCheck).map((i) => i.key) //=> ['peak-daily-data-check@2026-11-11T17:00:00.000Z', ...]
 */
export function workItemsOf(plan: Plan, task: Task): WorkItem[] {
  if (!task.recurrence) return [{ task, key: task.id, occurrence: undefined, due: task.due, weight: task.weight }];
  const dates = taskOccurrences(plan, task);
  return dates.map((d) => ({ task, key: statusKey(task.id, d), occurrence: d, due: d, weight: task.weight / dates.length }));
}

/**
 * Task id -> ids of the tasks that depend on it, in plan order.
 *
 * @example
 * taskDependents(plan.tasks).get('register-platform-activities') //=> ['submit-products', ...]
 */
export function taskDependents(tasks: readonly Pick<Task, 'id' | 'dependsOn'>[]): Map<string, string[]> {
  const dependents = new Map<string, string[]>();
  for (const task of tasks)
    for (const dep of task.dependsOn) {
      const list = dependents.get(dep);
      if (list) list.push(task.id);
      else dependents.set(dep, [task.id]);
    }
  return dependents;
}

// Plans are values: built once, never mutated (parsePlan and instantiate return new objects). Expanding
// recurrences is the costly part, so the index is kept per plan object.
const cache = new WeakMap<Plan, PlanIndex>();

function build(plan: Plan): PlanIndex {
  const n = plan.tasks.length;
  const tasks = new Map<string, Task>();
  const position = new Map<string, number>();
  const items: WorkItem[] = [];
  const itemsByTask = new Map<string, WorkItem[]>();
  const dependents = taskDependents(plan.tasks);
  const taskStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const task = plan.tasks[i]!;
    tasks.set(task.id, task);
    position.set(task.id, i);
    taskStart[i] = items.length;
    const own = workItemsOf(plan, task);
    itemsByTask.set(task.id, own);
    for (const item of own) items.push(item);
  }
  taskStart[n] = items.length;
  const dueMs = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) dueMs[i] = items[i]!.due.getTime();
  const dependencyPositions = plan.tasks.map((task) => {
    const out: number[] = [];
    for (const dep of task.dependsOn) {
      const p = position.get(dep);
      if (p !== undefined) out.push(p);
    }
    return out;
  });
  const byDue = Int32Array.from(items.keys()).sort((a, b) => dueMs[a]! - dueMs[b]! || a - b);
  return { tasks, position, items, itemsByTask, dependents, taskStart, dueMs, dependencyPositions, byDue };
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
