import type { Issue } from '../../errors/issue.js';
import type { Plan } from '../../schemas/plan.js';
import type { EditOf, SingleEdit } from '../edit-schema.js';
import type { Applied, Transform } from '../transform.js';

/**
 * `batch`: applies the edits in order, all or nothing (the plan is checked once, after the last). Its inverse
 * is the inverses of its edits in reverse order.
 */
export function batch(plan: Plan, edit: EditOf<'batch'>, applyOne: (plan: Plan, edit: SingleEdit) => Transform): Transform {
  let current = plan;
  const inverses: SingleEdit[][] = [];
  const moved: Applied['moved'] = [];
  const conflicts: Applied['conflicts'] = [];
  for (const [k, e] of edit.edits.entries()) {
    const r = applyOne(current, e);
    if ('issues' in r) return { issues: r.issues.map((i): Issue => ({ ...i, path: ['edits', k, ...i.path] })) };
    current = r.plan;
    inverses.unshift(r.inverse);
    moved.push(...r.moved);
    conflicts.push(...r.conflicts);
  }
  return { plan: current, inverse: inverses.flat(), moved, conflicts };
}
