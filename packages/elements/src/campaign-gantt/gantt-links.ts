// The id and dependency indexes of <campaign-gantt>'s rows: built once per plan, when arrows, the keyboard or
// a jump first need them, and for a large plan in slices while the page is idle (a million tasks take
// seconds on a slow machine: no single task may hold the page that long).
import type { Task } from '@campaign-planner/core';

/**
 * Task id -> index into `plan.tasks`, and each task's dependents (tasks whose `dependsOn` names it) in plan
 * order, as flat arrays. Build it with {@link LinksBuilder}.
 *
 * @example
 * const links = new LinksBuilder(plan.tasks).finish();
 * links.dependentsOf(links.indexOf('brief')!) //=> Int32Array [3, 7] (indices of the tasks that depend on it)
 */
export class GanttLinks {
  constructor(
    private readonly ids: ReadonlyMap<string, number>,
    private readonly offsets: Int32Array,
    private readonly dependents: Int32Array,
  ) {}

  /** Index of the task with this id in `plan.tasks`. */
  indexOf(taskId: string): number | undefined {
    return this.ids.get(taskId);
  }

  /** Indices of the tasks that depend on task `i`, in plan order. */
  dependentsOf(i: number): Int32Array {
    return this.dependents.subarray(this.offsets[i]!, this.offsets[i + 1]!);
  }
}

/** Tasks handled between two checks of the time left. */
const SLICE = 2048;

/**
 * Builds {@link GanttLinks} in three passes over the tasks (ids; dependents counted; dependents filled, as
 * compressed rows with no array per task), in slices: `step` works while `more()` says so and returns the
 * links once done.
 *
 * @example
 * const builder = new LinksBuilder(plan.tasks);
 * requestIdleCallback(function work(deadline) {
 *   const links = builder.step(() => deadline.timeRemaining() > 1);
 *   if (!links) requestIdleCallback(work);
 * });
 */
export class LinksBuilder {
  private readonly ids = new Map<string, number>();
  private readonly offsets: Int32Array;
  private dependents = new Int32Array(0);
  private fill = new Int32Array(0);
  private pass = 0;
  private next = 0;
  private done: GanttLinks | undefined;

  constructor(private readonly tasks: readonly Task[]) {
    this.offsets = new Int32Array(tasks.length + 1);
  }

  /** Works until `more()` is false (checked every few thousand tasks) or the links are done. */
  step(more: () => boolean): GanttLinks | undefined {
    const { tasks, ids, offsets } = this;
    const n = tasks.length;
    while (!this.done) {
      const end = Math.min(n, this.next + SLICE);
      if (this.pass === 0) for (let i = this.next; i < end; i++) ids.set(tasks[i]!.id, i);
      else if (this.pass === 1)
        for (let i = this.next; i < end; i++)
          for (const dep of tasks[i]!.dependsOn) {
            const d = ids.get(dep);
            if (d !== undefined) offsets[d + 1]!++;
          }
      else
        for (let i = this.next; i < end; i++)
          for (const dep of tasks[i]!.dependsOn) {
            const d = ids.get(dep);
            if (d !== undefined) this.dependents[this.fill[d]!++] = i;
          }
      this.next = end;
      if (end === n) this.nextPass();
      if (!more()) break;
    }
    return this.done;
  }

  /** Builds whatever is left at once. */
  finish(): GanttLinks {
    return this.step(() => true)!;
  }

  private nextPass(): void {
    const n = this.tasks.length;
    this.next = 0;
    this.pass++;
    if (this.pass === 2) {
      for (let i = 0; i < n; i++) this.offsets[i + 1]! += this.offsets[i]!;
      this.dependents = new Int32Array(this.offsets[n]!);
      this.fill = this.offsets.slice(0, n);
    } else if (this.pass === 3) this.done = new GanttLinks(this.ids, this.offsets, this.dependents);
  }
}
