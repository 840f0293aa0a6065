import { issuesFromZod } from '../errors/from-zod.js';
import { PlanValidationError } from '../errors/validation-error.js';
import { rosterSchema, type Roster } from '../schemas/roster.js';

/**
 * Validates a roster (from a JSON file or code).
 *
 * @throws PlanValidationError with paths such as `roles.designr` (an unknown role) or `roles.designer`.
 * @example
 * parseRoster({ roles: { 'operations-lead': 'Li Wei', designer: 'Chen Jing' } }).roles.designer //=> 'Chen Jing'
 */
export function parseRoster(input: unknown): Roster {
  const r = rosterSchema.safeParse(input);
  if (!r.success) throw new PlanValidationError(issuesFromZod(r.error), 'roster');
  return r.data;
}
