// The id and dependency indexes of <campaign-gantt>'s rows: built once per plan, when arrows, the keyboard or
// a jump first need them, not for the first frame of a large plan.
import type { Task } from '@campaign-planner/core';

/**
 * Task id -> index into `plan.tasks`, and each task's dependents (tasks whose `dependsOn` names it) in plan
 * order, as flat arrays.
 *
 * @example
 * const links = new GanttLinks(plan.tasks);
 * links.dependentsOf(links.indexOf('brief')!) //=> Int32Array [3, 7] (indices of the tasks that depend on it)
 */
export class GanttLinks {
  private readonly ids = new Map<string, number>();
  private readonly offsets: Int32Array;
  private readonly dependents: Int32Array;

  constructor(tasks: readonly Task[]) {
    const n = tasks.length;
    for (let i = 0; i < n; i++) this.ids.set(tasks[i]!.id, i);
    // Two passes over the dependencies: count per task, then fill (compressed rows, no array per task).
    const offsets = new Int32Array(n + 1);
    let total = 0;
    for (let i = 0; i < n; i++)
      for (const dep of tasks[i]!.dependsOn) {
        const d = this.ids.get(dep);
        if (d === undefined) continue;
        offsets[d + 1]!++;
        total++;
      }
    for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
    const fill = offsets.slice(0, n);
    const dependents = new Int32Array(total);
    for (let i = 0; i < n; i++)
      for (const dep of tasks[i]!.dependsOn) {
        const d = this.ids.get(dep);
        if (d !== undefined) dependents[fill[d]!++] = i;
      }
    this.offsets = offsets;
    this.dependents = dependents;
  }

  /** Index of the task with this id in `plan.tasks`. */
  indexOf(taskId: string): number | undefined {
    return this.ids.get(taskId);
  }

  /** Indices of the tasks that depend on task `i`, in plan order. */
  dependentsOf(i: number): Int32Array {
    return this.dependents.subarray(this.offsets[i]!, this.offsets[i + 1]!);
  }
}
