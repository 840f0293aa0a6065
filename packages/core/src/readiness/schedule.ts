import type { Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import type { Task } from '../schemas/task.js';
import { campaignStart } from '../plan/occurrences.js';
import { formatISOInZone } from '../time/wall-time.js';
import { indexPlan } from './plan-index.js';

/**
 * The duration assumed for a task without `start` and without an estimate: one day.
 *
 * @example
 * backwardSchedule(plan, { defaultDurationMs: 2 * DEFAULT_DURATION_MS })
 */
export const DEFAULT_DURATION_MS = 86_400_000;

/** Options of {@link backwardSchedule}. */
export interface ScheduleOptions {
  /** A task's duration in ms when it has no `start`; `undefined` falls back to `defaultDurationMs`. */
  readonly estimateMs?: (task: Task) => number | undefined;
  /** Default {@link DEFAULT_DURATION_MS}. */
  readonly defaultDurationMs?: number;
}

/** The backward schedule of one task. */
export interface TaskSchedule {
  readonly taskId: string;
  /** Its own hard deadline: `due` (for a recurring task its first occurrence, the least its dependents need). */
  readonly deadline: Date;
  readonly durationMs: number;
  /** The earlier of its deadline and the latest start of every task that depends on it. */
  readonly latestFinish: Date;
  readonly latestStart: Date;
  /**
   * How long its deadline could slip before a dependent could no longer start in time: the earliest
   * latest start of its dependents minus its deadline. `undefined` when nothing depends on it.
   */
  readonly slackMs: number | undefined;
  /** The dependent whose latest start leaves it no slack (slack <= 0), if any. */
  readonly bindingDependent: string | undefined;
  /** On a chain of zero (or negative) slack ending at a hard deadline. */
  readonly onCriticalChain: boolean;
}

/** The result of {@link backwardSchedule}. */
export interface Schedule {
  readonly tasks: ReadonlyMap<string, TaskSchedule>;
  /** Each critical chain as task ids, from its first task to the one whose deadline binds it. */
  readonly criticalChains: readonly (readonly string[])[];
  /** Orders that cannot work: `impossible_order` and `chain_does_not_fit`, with paths into the plan. */
  readonly warnings: readonly Issue[];
}

function duration(task: Task, options: ScheduleOptions): number {
  if (task.start) return task.due.getTime() - task.start.getTime();
  return options.estimateMs?.(task) ?? options.defaultDurationMs ?? DEFAULT_DURATION_MS;
}

/**
 * Tasks with every dependent before them, so a backward pass sees dependents first. Kahn's algorithm,
 * iterative: a 10,000-task dependency chain would overflow the stack of a recursive walk.
 */
function dependentsFirst(plan: Plan): Task[] {
  const index = indexPlan(plan);
  const waiting = new Map<string, number>();
  for (const task of plan.tasks) waiting.set(task.id, new Set(task.dependsOn).size);
  const order: Task[] = plan.tasks.filter((t) => waiting.get(t.id) === 0);
  for (let i = 0; i < order.length; i++)
    for (const d of new Set(index.dependents.get(order[i]!.id))) {
      const n = waiting.get(d)! - 1;
      waiting.set(d, n);
      if (n === 0) order.push(index.tasks.get(d)!);
    }
  return order.reverse();
}

/**
 * Backward scheduling from hard deadlines (a plan from `parsePlan` has no dependency cycle). For each task:
 * latest finish = min(own deadline, latest start of each dependent); latest start = latest finish − duration
 * (`start..due`, else `estimateMs`, else one day). Slack and the critical chain follow, and warnings say
 * where the order cannot work: a task due after a task that depends on it, or a chain whose first task would
 * have to start before it can (its `start`, or the campaign's start).
 *
 * @example
 * const s = backwardSchedule(plan, { defaultDurationMs: 2 * 86_400_000 });
 * s.tasks.get('register-platform-activities')!.latestStart
 * s.warnings.forEach((w) => console.warn(formatPath(w.path), w.message));
 */
export function backwardSchedule(plan: Plan, options: ScheduleOptions = {}): Schedule {
  const index = indexPlan(plan);
  const zone = plan.platformTimeZone;
  const tasks = new Map<string, TaskSchedule>();
  const warnings: Issue[] = [];
  for (const task of dependentsFirst(plan)) {
    const deadline = task.due.getTime();
    const durationMs = duration(task, options);
    let bound = Infinity;
    let binding: string | undefined;
    for (const d of index.dependents.get(task.id) ?? []) {
      const ds = tasks.get(d)!;
      if (ds.latestStart.getTime() < bound) {
        bound = ds.latestStart.getTime();
        binding = d;
      }
      if (deadline > ds.deadline.getTime())
        warnings.push({
          code: 'impossible_order',
          path: ['tasks', index.position.get(task.id)!, 'due'],
          message: `due ${formatISOInZone(new Date(deadline), zone)} is after the deadline ${formatISOInZone(ds.deadline, zone)} of "${d}", which depends on it`,
        });
    }
    const latestFinish = Math.min(deadline, bound);
    tasks.set(task.id, {
      taskId: task.id,
      deadline: new Date(deadline),
      durationMs,
      latestFinish: new Date(latestFinish),
      latestStart: new Date(latestFinish - durationMs),
      slackMs: binding === undefined ? undefined : bound - deadline,
      bindingDependent: bound > deadline ? undefined : binding,
      onCriticalChain: false,
    });
  }
  const chains = criticalChains(plan, tasks);
  const marked = new Set(chains.flat());
  // Returned in plan order, with the chain marks set.
  const ordered = new Map(plan.tasks.map((t) => [t.id, { ...tasks.get(t.id)!, onCriticalChain: marked.has(t.id) }] as const));
  warnings.push(...fitWarnings(plan, ordered));
  return { tasks: ordered, criticalChains: chains, warnings };
}

/** Follows binding dependents from `id` to the task whose own deadline ends the chain. */
function chainFrom(id: string, tasks: ReadonlyMap<string, TaskSchedule>): string[] {
  const chain = [id];
  for (let next = tasks.get(id)!.bindingDependent; next !== undefined; next = tasks.get(next)!.bindingDependent) chain.push(next);
  return chain;
}

/** Chains of zero or negative slack, each from a task nothing tight feeds into, to its deadline task. */
function criticalChains(plan: Plan, tasks: ReadonlyMap<string, TaskSchedule>): string[][] {
  const fed = new Set<string>();
  for (const s of tasks.values()) if (s.bindingDependent !== undefined) fed.add(s.bindingDependent);
  return plan.tasks.filter((t) => tasks.get(t.id)!.bindingDependent !== undefined && !fed.has(t.id)).map((t) => chainFrom(t.id, tasks));
}

/** Tasks whose latest start falls before they can start; reported once per chain, at its first such task. */
function fitWarnings(plan: Plan, tasks: ReadonlyMap<string, TaskSchedule>): Issue[] {
  const zone = plan.platformTimeZone;
  const index = indexPlan(plan);
  const earliest = (t: Task) => (t.start ?? campaignStart(plan)).getTime();
  const fails = (t: Task) => tasks.get(t.id)!.latestStart.getTime() < earliest(t);
  const out: Issue[] = [];
  for (const task of plan.tasks) {
    if (!fails(task) || task.dependsOn.some((d) => fails(index.tasks.get(d)!))) continue;
    const s = tasks.get(task.id)!;
    const end = tasks.get(chainFrom(task.id, tasks).at(-1)!)!;
    const target = end.taskId === task.id ? 'its own deadline' : `the deadline of "${end.taskId}"`;
    out.push({
      code: 'chain_does_not_fit',
      path: ['tasks', index.position.get(task.id)!, task.start ? 'start' : 'due'],
      message:
        `cannot fit: to meet ${target} (${formatISOInZone(end.deadline, zone)}) it must start by ` +
        `${formatISOInZone(s.latestStart, zone)}, but it cannot start before ${formatISOInZone(new Date(earliest(task)), zone)}`,
    });
  }
  return out;
}
