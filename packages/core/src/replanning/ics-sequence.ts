import type { Plan } from '../schemas/plan.js';
import { diffPlans } from './diff-plans.js';

/** iCalendar `SEQUENCE` numbers per phase id and task id (the `sequence` option of `toICS`). */
export interface IcsSequence {
  readonly phases: Readonly<Record<string, number>>;
  readonly tasks: Readonly<Record<string, number>>;
}

function record(entries: Iterable<readonly [string, number]>): Record<string, number> {
  // A null prototype: ids such as "constructor" are plain keys.
  return Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(entries));
}

const own = (map: Readonly<Record<string, number>> | undefined, id: string) => (map && Object.hasOwn(map, id) ? (map[id] ?? 0) : 0);

/**
 * The `SEQUENCE` of every phase and task for re-exporting `after` as iCalendar, when `before` was exported
 * with `previous` (all 0 for a first export). An entry whose times, title or status changed (RFC 5545's
 * "significant revision": start, due, end, recurrence, status) goes up by one; the others keep theirs. With
 * the UIDs kept by `toICS`, calendar apps then update each entry in place instead of duplicating it.
 *
 * @example
 * const seq = nextIcsSequence(before, replanned.plan);
 * writeFileSync('11-11.ics', toICS(replanned.plan, { sequence: seq }));
 * // keep `seq` and pass it as `previous` next time
 */
export function nextIcsSequence(before: Plan, after: Plan, previous?: IcsSequence): IcsSequence {
  const changedPhases = new Set<string>();
  const changedTasks = new Set<string>();
  for (const c of diffPlans(before, after).changes) {
    if (c.kind === 'phase-moved' || c.kind === 'phase-retitled') changedPhases.add(c.id);
    if (c.kind === 'task-moved' || c.kind === 'task-retitled') changedTasks.add(c.id);
  }
  const status = new Map(before.tasks.map((t) => [t.id, t.status] as const));
  for (const t of after.tasks) if (status.has(t.id) && status.get(t.id) !== t.status) changedTasks.add(t.id);
  return {
    phases: record(after.phases.map((p) => [p.id, own(previous?.phases, p.id) + (changedPhases.has(p.id) ? 1 : 0)] as const)),
    tasks: record(after.tasks.map((t) => [t.id, own(previous?.tasks, t.id) + (changedTasks.has(t.id) ? 1 : 0)] as const)),
  };
}
