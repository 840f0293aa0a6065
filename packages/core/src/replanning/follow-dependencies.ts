import type { Plan } from '../schemas/plan.js';
import type { Task } from '../schemas/task.js';
import { campaignEnd } from '../plan/occurrences.js';

/** A dependent task pushed later so that it is not due before a task it depends on. */
export interface DependentPush {
  readonly taskId: string;
  /** The dependency that pushed it (the one due last). */
  readonly dependency: string;
  readonly from: Date;
  readonly to: Date;
}

/** A task left due before one of its dependencies, and why it was not pushed. */
export interface DependencyConflict {
  readonly taskId: string;
  readonly dependency: string;
  readonly due: Date;
  readonly dependencyDue: Date;
  /**
   * `critical`: a platform deadline cannot be pushed; `recurring`: a series follows its phase;
   * `campaign-end`: pushing would pass the end of the campaign; `moved`: the task itself was moved by the new
   * calendar (its own anchor), so the calendar's date stands.
   */
  readonly why: 'critical' | 'recurring' | 'campaign-end' | 'moved';
}

/** The result of {@link followDependencies}. */
export interface FollowResult {
  readonly plan: Plan;
  readonly pushed: DependentPush[];
  readonly conflicts: DependencyConflict[];
}

/** Task ids, every task after the tasks it depends on (plans have no cycles: `parsePlan` checks). */
function topologicalOrder(tasks: readonly Task[]): string[] {
  const byId = new Map(tasks.map((t) => [t.id, t] as const));
  const seen = new Set<string>();
  const out: string[] = [];
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const dep of byId.get(id)?.dependsOn ?? []) visit(dep);
    if (byId.has(id)) out.push(id);
  };
  tasks.forEach((t) => visit(t.id));
  return out;
}

/**
 * The dependent-task rule of a re-plan: **push only on overlap** (finish-to-start, as soon as possible).
 * A task whose dependency moved later is left where its own anchor puts it, unless it would now be due before
 * that dependency; then it is pushed to the dependency's due (its start moves by the same amount, keeping
 * its length). Pushes carry on down the chain. We chose this over "keep the gap" because every task already
 * gets its own date from the published calendar; keeping the gap would move tasks whose own platform date did
 * not change. Not pushed, but returned as conflicts: critical tasks (a platform deadline does not move because
 * ours did), recurring tasks, pushes past the end of the campaign, and tasks the calendar itself moved before
 * a dependency. Closed tasks (`isOpen` false) are left alone.
 *
 * @example
 * const { plan: pushedPlan, pushed, conflicts } = followDependencies(before, after, (id) => true);
 */
export function followDependencies(before: Plan, after: Plan, isOpen: (taskId: string) => boolean): FollowResult {
  const oldDue = new Map(before.tasks.map((t) => [t.id, t.due.getTime()] as const));
  const tasks = new Map(after.tasks.map((t) => [t.id, t] as const));
  const end = campaignEnd(after).getTime();
  const pushed: DependentPush[] = [];
  const conflicts: DependencyConflict[] = [];
  const movedLater = (id: string) => {
    const was = oldDue.get(id);
    return was !== undefined && tasks.get(id)!.due.getTime() > was;
  };
  for (const id of topologicalOrder(after.tasks)) {
    const task = tasks.get(id)!;
    const blocking = task.dependsOn.map((d) => tasks.get(d)!).filter((d) => d.due.getTime() > task.due.getTime());
    if (blocking.length === 0 || !isOpen(id)) continue;
    const last = blocking.reduce((a, b) => (b.due.getTime() > a.due.getTime() ? b : a));
    const conflict = (why: DependencyConflict['why']) => conflicts.push({ taskId: id, dependency: last.id, due: task.due, dependencyDue: last.due, why });
    const was = oldDue.get(id);
    if (!blocking.some((d) => movedLater(d.id))) {
      // Not caused by a dependency moving later: report it only if the calendar moved this task itself.
      if (was !== undefined && was !== task.due.getTime()) conflict('moved');
      continue;
    }
    if (task.critical) conflict('critical');
    else if (task.recurrence) conflict('recurring');
    else if (last.due.getTime() > end) conflict('campaign-end');
    else {
      const shift = last.due.getTime() - task.due.getTime();
      const moved: Task = { ...task, due: last.due, ...(task.start ? { start: new Date(task.start.getTime() + shift) } : {}) };
      tasks.set(id, moved);
      pushed.push({ taskId: id, dependency: last.id, from: task.due, to: moved.due });
    }
  }
  return { plan: { ...after, tasks: after.tasks.map((t) => tasks.get(t.id)!) }, pushed, conflicts };
}
