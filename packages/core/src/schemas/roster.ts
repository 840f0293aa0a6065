import { z } from 'zod/mini';
import { ROLES } from './task.js';

/**
 * Who does what: the people behind a template's roles. A task assigned to a role gets the person as its
 * `owner` when the plan is made; a role left out stays unassigned and shows as the role itself.
 *
 * @example
 * rosterSchema.parse({ name: 'Shenzhen store team', roles: { 'operations-lead': 'Li Wei', designer: 'Chen Jing' } })
 */
export const rosterSchema = z.strictObject({
  name: z.optional(z.string()),
  roles: z.partialRecord(z.enum(ROLES, { error: `expected a role: ${ROLES.join(', ')}` }), z.string().check(z.minLength(1, 'expected the name of a person'))),
});
/** A roster (after parsing). */
export type Roster = z.infer<typeof rosterSchema>;
/** A roster as written in a JSON file. */
export type RosterInput = z.input<typeof rosterSchema>;
