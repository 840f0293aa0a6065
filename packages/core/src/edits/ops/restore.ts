import type { Plan } from '../../schemas/plan.js';
import type { SingleEdit } from '../edit-schema.js';

/**
 * Edits that put tasks back exactly where `before` had them (due and start as instants, dependents left
 * alone): the inverse of any operation that moves tasks.
 */
export function restoreMoves(before: Plan, taskIds: Iterable<string>): SingleEdit[] {
  const byId = new Map(before.tasks.map((t) => [t.id, t] as const));
  const out: SingleEdit[] = [];
  for (const id of new Set(taskIds)) {
    const t = byId.get(id);
    if (t) out.push({ op: 'move-task', taskId: id, due: t.due, start: t.start ?? null, dependents: 'stay' });
  }
  return out;
}
