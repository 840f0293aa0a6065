import { z } from 'zod/mini';
import { idSchema, instantSchema, localizedTextSchema } from './common.js';

/** Workstreams: the rows inside every phase. */
export const WORKSTREAMS = ['operations', 'product', 'traffic', 'marketing', 'visual', 'logistics-service'] as const;
/** A workstream id. */
export type Workstream = (typeof WORKSTREAMS)[number];

/** Task statuses. `done` and `skipped` close a task. */
export const TASK_STATUSES = ['todo', 'in-progress', 'done', 'blocked', 'skipped'] as const;
/** A task status. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * Team roles a template assigns work to. A plan's roster maps them to people; an unmapped role is shown as
 * the role itself.
 */
export const ROLES = ['operations-lead', 'product', 'traffic', 'marketing', 'designer', 'logistics-service'] as const;
/** A team role id. */
export type Role = (typeof ROLES)[number];

/**
 * Where a deadline's date comes from: `published` (a platform notice for that year), `playbook` (the seed
 * playbook's rule for that year) or `estimate` (a rule extended to another year: confirm it in the seller centre).
 */
export const DUE_SOURCES = ['published', 'playbook', 'estimate'] as const;
/** The kind of a deadline's source. */
export type DueSourceKind = (typeof DUE_SOURCES)[number];

/** The source of a task's deadline, with the year it was read for and an optional note (the notice's title). */
export const dueSourceSchema = z.strictObject({
  kind: z.enum(DUE_SOURCES),
  year: z.optional(z.int().check(z.gte(2000), z.lte(2100))),
  note: z.optional(z.string().check(z.minLength(1))),
});
/** The source of a task's deadline. */
export type DueSource = z.infer<typeof dueSourceSchema>;

/**
 * A task of a plan. `due` is an instant; templates define it as a wall-clock time in the platform zone.
 * `recurrence` is an RFC 5545 RRULE body (`FREQ=DAILY;COUNT=3`, no `DTSTART`): its first occurrence is
 * `due`, and every occurrence keeps `due`'s wall-clock time in the platform zone across DST changes.
 * An `UNTIL` without `Z` is a wall time in the platform zone; with `Z` it is a UTC instant.
 */
export const taskSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  phase: idSchema,
  workstream: z.enum(WORKSTREAMS),
  due: instantSchema,
  start: z.optional(instantSchema),
  /**
   * An RRULE body, checked part by part by `parsePlan` (`parseRuleText`): uppercase RFC 5545 parts, no
   * `DTSTART` or `TZID`, no finer than `HOURLY`; expanded only up to the campaign's end.
   */
  recurrence: z.optional(z.string().check(z.minLength(1))),
  dependsOn: z._default(z.array(idSchema), () => []),
  owner: z.optional(z.string().check(z.minLength(1))),
  role: z.optional(z.enum(ROLES)),
  milestone: z.optional(z.boolean()),
  dueSource: z.optional(dueSourceSchema),
  status: z._default(z.enum(TASK_STATUSES), 'todo'),
  weight: z._default(z.number().check(z.positive('expected a weight above 0'), z.lte(1000)), 1),
  critical: z._default(z.boolean(), false),
  tags: z._default(z.array(z.string().check(z.minLength(1))), () => []),
  /**
   * The wall clock `due` and `recurrence` are kept in: `platform` (default: platform deadlines, sale hours)
   * or `team` (internal work: a daily 10:00 check stays at 10:00 in the team's zone across DST changes).
   */
  clock: z.optional(z.enum(['platform', 'team'])),
  /** Free text, or the same text in English and Chinese (`{ en, 'zh-CN' }`). */
  notes: z.optional(z.union([z.string(), localizedTextSchema])),
});
/** A task's notes: one text, or the same text in each locale. */
export type TaskNotes = NonNullable<Task['notes']>;
/** A task of a plan (after parsing: defaults filled in). */
export type Task = z.infer<typeof taskSchema>;
/** A task as written in a file (defaults optional). */
export type TaskInput = z.input<typeof taskSchema>;
