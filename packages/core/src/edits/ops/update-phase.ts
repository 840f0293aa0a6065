import type { Issue } from '../../errors/issue.js';
import type { Plan } from '../../schemas/plan.js';
import type { Phase } from '../../schemas/phase.js';
import type { Task } from '../../schemas/task.js';
import type { EditOf, SingleEdit } from '../edit-schema.js';
import { resolveTimeSpec, shiftWall, wallMs } from '../time-spec.js';
import type { Applied, TaskMove, Transform } from '../transform.js';
import { finishMove } from './follow.js';

/** The new phases: this one with its dates, its neighbours' shared boundaries moved so phases still tile. */
function retile(phases: readonly Phase[], i: number, start: Date, end: Date, label: Phase['label'] | undefined): Phase[] {
  return phases.map((p, j) => {
    if (j === i) return { ...p, start, end, ...(label ? { label } : {}) };
    if (j === i - 1) return { ...p, end: start };
    if (j === i + 1) return { ...p, start: end };
    return p;
  });
}

/**
 * A task of the phase moves with the boundary nearer its due, by the wall-clock amount that boundary moved in
 * the platform zone (as a template task anchored to `phase-start` or `phase-end` does when a published
 * calendar moves its phase).
 */
function followPhase(task: Task, old: Phase, dStart: number, dEnd: number, zone: string): Task {
  const t = task.due.getTime();
  const delta = t - old.start.getTime() <= old.end.getTime() - t ? dStart : dEnd;
  if (delta === 0) return task;
  const due = shiftWall(task.due, zone, delta);
  return task.start ? { ...task, due, start: shiftWall(task.start, zone, delta) } : { ...task, due };
}

/**
 * `update-phase`: new dates (and label) for a phase; neighbours shrink or grow so the phases still tile;
 * with `tasks: 'follow'` (default) the phase's tasks move with it and their dependents follow.
 */
export function updatePhase(plan: Plan, edit: EditOf<'update-phase'>): Transform {
  const i = plan.phases.findIndex((p) => p.id === edit.phaseId);
  if (i < 0)
    return {
      issues: [
        { code: 'unknown_phase', path: ['phaseId'], message: `unknown phase "${edit.phaseId}", expected one of ${plan.phases.map((p) => p.id).join(', ')}` },
      ],
    };
  const old = plan.phases[i]!;
  const issues: Issue[] = [];
  const resolve = (field: 'start' | 'end') => {
    const spec = edit[field];
    if (spec === undefined) return old[field];
    const r = resolveTimeSpec(spec, old[field]);
    if (typeof r === 'string') issues.push({ code: 'invalid_time', path: [field], message: r });
    return typeof r === 'string' ? old[field] : r.at;
  };
  const start = resolve('start');
  const end = resolve('end');
  if (issues.length > 0) return { issues };
  const phases = retile(plan.phases, i, start, end, edit.label);
  const undo: SingleEdit = { op: 'update-phase', phaseId: old.id, start: old.start, end: old.end, ...(edit.label ? { label: old.label } : {}), tasks: 'stay' };
  if (edit.tasks === 'stay') return { plan: { ...plan, phases }, inverse: [undo], moved: [], conflicts: [] };
  const zone = plan.platformTimeZone;
  const dStart = wallMs(start, zone) - wallMs(old.start, zone);
  const dEnd = wallMs(end, zone) - wallMs(old.end, zone);
  const moved: TaskMove[] = [];
  const tasks = plan.tasks.map((t) => {
    if (t.phase !== old.id) return t;
    const next = followPhase(t, old, dStart, dEnd, zone);
    if (next !== t) moved.push({ taskId: t.id, from: t.due, to: next.due });
    return next;
  });
  const r: Applied = finishMove(plan, { ...plan, phases, tasks }, moved, true);
  return { ...r, inverse: [undo, ...r.inverse] };
}
