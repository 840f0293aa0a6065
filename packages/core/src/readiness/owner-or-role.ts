import { ROLE_LABELS } from '../i18n/labels.js';
import type { Locale } from '../schemas/common.js';
import type { Task } from '../schemas/task.js';

/**
 * The key owners without a name are grouped under.
 *
 * @example
 * readiness(plan, state, now).byOwner[UNASSIGNED]?.total
 */
export const UNASSIGNED = '(unassigned)';

/**
 * Who a task's work is grouped under: its owner; without one, its role's label (a roster did not map the
 * role); without either, {@link UNASSIGNED}.
 *
 * @example
 * ownerOrRole({ role: 'designer' }) //=> 'Designer'
 * ownerOrRole({ role: 'designer' }, 'zh-CN') //=> '美工/视觉'
 */
export function ownerOrRole(task: Pick<Task, 'owner' | 'role'>, locale: Locale = 'en'): string {
  return task.owner ?? (task.role ? ROLE_LABELS[task.role][locale] : UNASSIGNED);
}
