import { z } from 'zod/mini';
import { idSchema, localizedTextSchema, rejectProtoKey } from './common.js';
import { DEFAULT_PLATFORM_TIME_ZONE } from './plan.js';
import { ROLES, TASK_STATUSES, WORKSTREAMS } from './task.js';
import { rosterSchema } from './roster.js';
import { offersSchema } from './offers.js';
import { teamCalendarSchema } from './team-calendar.js';
import { timeZoneSchema } from './time-zone.js';

// rejectProtoKey's pipe infers `unknown`; the record's own type is what it outputs.
const noProto = <T extends z.ZodMiniType>(schema: T): T => rejectProtoKey(schema) as unknown as T;

const dayOffset = z.number().check(z.int('expected a whole number of days'));

/**
 * A deadline relative to the campaign, as a wall-clock time in the platform zone (or, with `clock: 'team'`,
 * in the team's zone: the first time the team's clock reads `time` on or after the start of that platform day):
 * `days` calendar days from the anchor day (the sale day), from the first day of a phase (`phase-start`),
 * or from the day the phase ends (`phase-end`: the day after its last day, so `days: -1` is its last day),
 * at `time` (`HH:mm`).
 *
 * @example
 * { from: 'phase-end', phase: 'build-up', days: -1, time: '23:59' } // 23:59 on the last day of the build-up
 * { from: 'phase-start', phase: 'warm-up', days: -3, unit: 'team-working-days', time: '18:00' } // 3 team working days before
 */
export const relativeTimeSchema = z.strictObject({
  from: z.enum(['anchor', 'phase-start', 'phase-end']),
  phase: z.optional(idSchema),
  days: z._default(dayOffset, 0),
  time: z._default(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:mm')), '23:59'),
  /** What `days` counts: calendar days (default) or the team's working days (see `teamCalendar` of `instantiate`). */
  unit: z.optional(z.enum(['days', 'team-working-days'])),
  /**
   * Whose clock `time` is read on: `platform` (default; platform deadlines never move) or `team` (internal work:
   * kick-offs, daily checks, reviews; moved to the team's previous working day when it falls on a rest day).
   */
  clock: z.optional(z.enum(['platform', 'team'])),
});
/** A deadline relative to the campaign. */
export type RelativeTime = z.infer<typeof relativeTimeSchema>;

/** A phase of a template: its first and last day as calendar-day offsets from the anchor day. */
export const templatePhaseSchema = z.strictObject({
  id: idSchema,
  label: localizedTextSchema,
  firstDay: dayOffset,
  lastDay: dayOffset,
});
/** A phase of a template. */
export type TemplatePhase = z.infer<typeof templatePhaseSchema>;

/** A task of a template; its times are relative (see {@link relativeTimeSchema}). */
export const templateTaskSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  phase: idSchema,
  workstream: z.enum(WORKSTREAMS),
  due: relativeTimeSchema,
  start: z.optional(relativeTimeSchema),
  /**
   * An RRULE body (checked part by part by `parseTemplate`, no finer than `HOURLY`); without COUNT or UNTIL
   * it repeats until the end of `within` (default: the task's phase).
   */
  recurrence: z.optional(z.strictObject({ rule: z.string().check(z.minLength(1)), within: z._default(z.enum(['phase', 'campaign']), 'phase') })),
  /**
   * The working window before `due` when there is no `start`: the task starts this long before its due (wall
   * time in its clock's zone), but not before its dependencies are due nor before the campaign opens.
   */
  duration: z.optional(
    z.strictObject({
      days: z._default(z.int().check(z.gte(0), z.lte(120)), 0),
      hours: z._default(z.int().check(z.gte(0), z.lte(23)), 0),
    }),
  ),
  /** A point in time, not work (a registration closes, the sale opens): no start, no window. */
  milestone: z.optional(z.boolean()),
  /** The team role doing the work; a roster maps it to a person (`owner`). */
  role: z.optional(z.enum(ROLES)),
  /**
   * True when no source gives this date (it is the template's own rule, e.g. 11.11 registration deadlines):
   * the plan marks it `estimate` for every year until a published calendar gives it.
   */
  estimate: z.optional(z.boolean()),
  dependsOn: z._default(z.array(idSchema), () => []),
  owner: z.optional(z.string().check(z.minLength(1))),
  status: z._default(z.enum(TASK_STATUSES), 'todo'),
  weight: z._default(z.number().check(z.positive(), z.lte(1000)), 1),
  critical: z._default(z.boolean(), false),
  tags: z._default(z.array(z.string().check(z.minLength(1))), () => []),
  /** Why and how, in English and Chinese (a plain string is accepted too). */
  notes: z.optional(z.union([z.string(), localizedTextSchema])),
});
/** A task of a template. */
export type TemplateTask = z.infer<typeof templateTaskSchema>;

/**
 * A campaign described relative to its sale day, for any year. The anchor is an RRULE whose first
 * occurrence in a year is the sale day (`FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=11`), checked like a task's rule.
 */
export const templateSchema = z.strictObject({
  id: idSchema,
  version: z.number().check(z.int(), z.positive()),
  name: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  platform: z.string().check(z.minLength(1)),
  platformTimeZone: z._default(timeZoneSchema, DEFAULT_PLATFORM_TIME_ZONE),
  anchor: z
    .strictObject({
      /** A yearly RRULE whose first occurrence in the year is the sale day. */
      rule: z.optional(z.string().check(z.minLength(1))),
      /** A day of another calendar (Ramadan: month 9, day 1 of `islamic-umalqura`), its first in the Gregorian year. */
      calendar: z.optional(
        z.strictObject({
          system: z.enum(['islamic-umalqura']),
          month: z.int().check(z.gte(1), z.lte(12)),
          day: z.int().check(z.gte(1), z.lte(30)),
        }),
      ),
      /** The seller gives the day (a store anniversary): `instantiate` needs `anchorDate`. */
      sellerGiven: z.optional(z.boolean()),
      description: z.optional(localizedTextSchema),
    })
    .check(
      z.refine((a) => [a.rule, a.calendar, a.sellerGiven].filter((x) => x !== undefined && x !== false).length === 1, {
        message: 'expected exactly one of rule, calendar or sellerGiven',
      }),
    ),
  /**
   * The year whose dates the template reproduces from its playbook (2020 for 11.11): plans for that year say
   * `playbook`, other years `estimate` (the rule extended). Without it every date is an estimate.
   */
  playbookYear: z.optional(z.int().check(z.gte(2000), z.lte(2100))),
  /** Where the template's dates and tasks come from, with their trust and year. */
  sources: z._default(
    z.array(
      z.strictObject({
        title: z.string().check(z.minLength(1)),
        trust: z.enum(['official', 'article', 'weak', 'playbook', 'estimate']),
        year: z.optional(z.int()),
        covers: z.optional(z.string()),
      }),
    ),
    () => [],
  ),
  phases: z.array(templatePhaseSchema).check(z.minLength(1, 'expected at least one phase')),
  tasks: z.array(templateTaskSchema),
  /** Example coupon ladders, discount schedules and product tiers, carried into the plan (windows tied to phases). */
  offers: z.optional(offersSchema),
});
/** A campaign template (after parsing). */
export type Template = z.infer<typeof templateSchema>;
/** A campaign template as written in JSON or code. */
export type TemplateInput = z.input<typeof templateSchema>;

/**
 * A platform's published calendar for one year, overriding the template's phase days.
 * Days are calendar dates in the platform zone, `first` and `last` inclusive, as platforms publish them
 * ("sale Nov 11 - Nov 13 PT"). Neighbouring phases shrink or grow so that phases still tile.
 *
 * @example
 * { note: '11.11 2021 seller notice', phases: { 'warm-up': { first: '2021-11-01', last: '2021-11-10' }, peak: { first: '2021-11-11', last: '2021-11-13' } } }
 */
export const publishedCalendarSchema = z.strictObject({
  note: z.optional(z.string()),
  published: z.optional(z.iso.date()),
  anchor: z.optional(z.iso.date()),
  phases: z._default(noProto(z.record(idSchema, z.strictObject({ first: z.iso.date(), last: z.iso.date() }))), () => ({})),
  /** Deadlines the notice gives, by task id, as platform wall times (`2026-10-20T23:59`); they replace the template's estimates. */
  deadlines: z._default(
    noProto(z.record(idSchema, z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'expected a platform wall time YYYY-MM-DDTHH:mm')))),
    () => ({}),
  ),
});
/** A platform's published calendar for one year. */
export type PublishedCalendar = z.infer<typeof publishedCalendarSchema>;
export type PublishedCalendarInput = z.input<typeof publishedCalendarSchema>;

/** Options of `instantiate`. */
export const instantiateOptionsSchema = z.strictObject({
  year: z.number().check(z.int('expected a whole year'), z.gte(1970), z.lte(2200)),
  teamTimeZone: timeZoneSchema,
  calendar: z.optional(publishedCalendarSchema),
  /** The team's working days: offsets in `team-working-days` count them, deadlines on team holidays move earlier. */
  teamCalendar: z.optional(teamCalendarSchema),
  id: z.optional(idSchema),
  /** Maps the template's roles to people: each task of a mapped role gets that person as owner. */
  roster: z.optional(rosterSchema),
  /**
   * The sale day when the seller gives it (a store anniversary, `sellerGiven` templates): `MM-DD` for any
   * year, or a full `YYYY-MM-DD`.
   */
  anchorDate: z.optional(z.string().check(z.regex(/^(\d{4}-)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a day MM-DD or YYYY-MM-DD'))),
});
/** Options of `instantiate`. */
export type InstantiateOptions = z.input<typeof instantiateOptionsSchema>;
