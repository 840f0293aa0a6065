import { followDependencies } from '../../replanning/follow-dependencies.js';
import { isClosed } from '../../readiness/index.js';
import type { Plan } from '../../schemas/plan.js';
import type { Applied, TaskMove } from '../transform.js';
import { restoreMoves } from './restore.js';

/**
 * Finishes a move: open dependents follow by the re-plan rule (pushed only when they would now be due
 * before a dependency; critical and recurring ones are reported instead), and the inverse restores every
 * task that moved.
 */
export function finishMove(before: Plan, after: Plan, moved: TaskMove[], follow: boolean, focus?: Applied['focus']): Applied {
  if (!follow)
    return {
      plan: after,
      inverse: restoreMoves(
        before,
        moved.map((m) => m.taskId),
      ),
      moved,
      conflicts: [],
      ...(focus ? { focus } : {}),
    };
  const open = new Map(after.tasks.map((t) => [t.id, !isClosed(t.status)] as const));
  const r = followDependencies(before, after, (id) => open.get(id) ?? true);
  const all = [...moved, ...r.pushed.map((p) => ({ taskId: p.taskId, from: p.from, to: p.to }))];
  return {
    plan: r.plan,
    inverse: restoreMoves(
      before,
      all.map((m) => m.taskId),
    ),
    moved: all,
    conflicts: r.conflicts,
    ...(focus ? { focus } : {}),
  };
}
