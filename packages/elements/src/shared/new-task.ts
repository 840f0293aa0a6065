import type { Plan, Task } from '@campaign-planner/core';
import { et } from './edit-text.js';

const HOUR = 3_600_000;

/**
 * A new task's defaults: in the given phase (else the phase of `now`, else the first), due at the next whole
 * hour inside it, with a fresh id and "New task" in both languages.
 *
 * @example
 * commitEdit(host, { op: 'add-task', task: newTaskFor(plan, new Date(), 'peak', 'traffic') });
 */
export function newTaskFor(plan: Plan, now: Date, phaseId?: string, workstream: Task['workstream'] = 'operations') {
  const t = now.getTime();
  const phase = plan.phases.find((p) => p.id === phaseId) ?? plan.phases.find((p) => p.start.getTime() <= t && t < p.end.getTime()) ?? plan.phases[0]!;
  const due = Math.min(Math.max(Math.ceil(t / HOUR) * HOUR, phase.start.getTime() + HOUR), phase.end.getTime() - HOUR);
  let n = plan.tasks.length + 1;
  while (plan.tasks.some((x) => x.id === `task-${n}`)) n += 1;
  return {
    id: `task-${n}`,
    title: { en: et('en', 'newTask'), 'zh-CN': et('zh-CN', 'newTask') },
    phase: phase.id,
    workstream,
    due: new Date(due),
  };
}
