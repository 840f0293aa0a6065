import { withRoles, type TemplateTaskInput } from '../task-kit.js';
import { buildUpTasks1111 } from './build-up-tasks.js';
import { peakTasks1111 } from './peak-tasks.js';
import { reviewTasks1111 } from './review-tasks.js';
import { warmUpTasks1111 } from './warm-up-tasks.js';

/**
 * Every task of the 11.11 playbook, phase by phase. Other AliExpress templates reuse their wording.
 *
 * @example
 * tasks1111.filter((t) => t.critical).map((t) => t.id) // registrations, replenishment, shipping
 */
export const tasks1111: readonly TemplateTaskInput[] = withRoles([...buildUpTasks1111, ...warmUpTasks1111, ...peakTasks1111, ...reviewTasks1111]);
