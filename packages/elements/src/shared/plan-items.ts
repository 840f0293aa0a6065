import { WORKSTREAMS, type Phase, type Plan, type Task, type Workstream } from '@campaign-planner/core';
import { sortForDisplay } from '@campaign-planner/core/readiness';

/** Tasks of one workstream inside a phase. */
export interface WorkstreamGroup<T> {
  readonly workstream: Workstream;
  readonly entries: readonly T[];
}

/** A phase with its workstream groups (only non-empty ones). */
export interface PhaseGroup<T> {
  readonly phase: Phase;
  readonly workstreams: readonly WorkstreamGroup<T>[];
}

/**
 * Groups entries by phase (plan order) then workstream (the standard order), keeping each group sorted by
 * due then task id. Entries whose phase the plan lacks are left out (a parsed plan has none).
 *
 * @example
 * groupByPhase(plan, plan.tasks, (t) => t)[0].phase.id //=> 'build-up'
 */
export function groupByPhase<T>(
  plan: Plan,
  entries: readonly T[],
  taskOf: (entry: T) => Task,
  dueOf: (entry: T) => Date = (e) => taskOf(e).due,
): PhaseGroup<T>[] {
  const buckets = new Map<string, Map<Workstream, T[]>>(plan.phases.map((p) => [p.id, new Map()]));
  for (const entry of entries) {
    const task = taskOf(entry);
    const byStream = buckets.get(task.phase);
    if (!byStream) continue;
    let list = byStream.get(task.workstream);
    if (!list) byStream.set(task.workstream, (list = []));
    list.push(entry);
  }
  return plan.phases.map((phase) => {
    const byStream = buckets.get(phase.id)!;
    const workstreams = WORKSTREAMS.filter((w) => byStream.has(w)).map((workstream) => ({
      workstream,
      // Core's display order: within one phase and workstream it is due, then task id.
      entries: sortForDisplay(plan, byStream.get(workstream)!, taskOf, dueOf),
    }));
    return { phase, workstreams };
  });
}

/**
 * The first `limit` entries of grouped entries, in display order; groups left empty are dropped.
 *
 * @example
 * limitGroups(groupByPhase(plan, items, (i) => i.task), 100).flatMap((g) => g.workstreams).length
 */
export function limitGroups<T>(groups: readonly PhaseGroup<T>[], limit: number): PhaseGroup<T>[] {
  let left = limit;
  const out: PhaseGroup<T>[] = [];
  for (const g of groups) {
    const workstreams: WorkstreamGroup<T>[] = [];
    for (const w of g.workstreams) {
      if (left <= 0) break;
      const entries = w.entries.length <= left ? w.entries : w.entries.slice(0, left);
      left -= entries.length;
      workstreams.push(entries === w.entries ? w : { ...w, entries });
    }
    if (workstreams.length > 0) out.push({ ...g, workstreams });
  }
  return out;
}
