import { z } from 'zod/mini';
import { LOCALES, rejectProtoKey } from './common.js';
import { ROLES } from './task.js';
import { timeZoneSchema } from './time-zone.js';

/**
 * How one person reads their checklist, brief and calendar: their language and their IANA zone. Both are
 * optional; what is missing falls back to the command's options (English, the plan's team zone).
 *
 * @example
 * personSettingsSchema.parse({ locale: 'zh-CN', timeZone: 'asia/shanghai' }) //=> { locale: 'zh-CN', timeZone: 'Asia/Shanghai' }
 */
export const personSettingsSchema = z.strictObject({
  locale: z.optional(z.enum(LOCALES, { error: `expected a locale: ${LOCALES.join(', ')}` })),
  timeZone: z.optional(timeZoneSchema),
});
/** A person's language and zone (after parsing). */
export type PersonSettings = z.infer<typeof personSettingsSchema>;

// rejectProtoKey's pipe infers `unknown`; the record's own type is what it outputs.
const noProto = <T extends z.ZodMiniType>(schema: T): T => rejectProtoKey(schema) as unknown as T;

/**
 * Who does what: the people behind a template's roles. A task assigned to a role gets the person as its
 * `owner` when the plan is made; a role left out stays unassigned and shows as the role itself. `people`
 * optionally gives each person (by the name used in `roles` or as a task's owner) a language and a zone:
 * per-person checklists, feeds and morning briefs are written in them.
 *
 * @example
 * rosterSchema.parse({
 *   name: 'Shenzhen store team',
 *   roles: { 'operations-lead': 'Li Wei', designer: 'Chen Jing' },
 *   people: { 'Li Wei': { locale: 'zh-CN', timeZone: 'Asia/Shanghai' }, 'Chen Jing': { timeZone: 'America/Los_Angeles' } },
 * })
 */
export const rosterSchema = z.strictObject({
  name: z.optional(z.string()),
  roles: z.partialRecord(z.enum(ROLES, { error: `expected a role: ${ROLES.join(', ')}` }), z.string().check(z.minLength(1, 'expected the name of a person'))),
  people: z.optional(
    noProto(
      z.record(z.string().check(z.minLength(1)), personSettingsSchema, {
        // A bad key is reported by the record (code invalid_key), not by the key's own check.
        error: (issue) => (issue.code === 'invalid_key' ? 'expected the name of a person' : 'expected an object of people by name'),
      }),
    ),
  ),
});
/** A roster (after parsing). */
export type Roster = z.infer<typeof rosterSchema>;
/** A roster as written in a JSON file. */
export type RosterInput = z.input<typeof rosterSchema>;
