import { z } from 'zod/mini';
import { PlanValidationError } from '../errors/validation-error.js';
import { issuesFromZod } from '../errors/from-zod.js';
import { idSchema, instantSchema } from '../schemas/common.js';
import { ROLES, TASK_STATUSES, WORKSTREAMS } from '../schemas/task.js';
import { timeZoneSchema } from '../schemas/time-zone.js';

/** Days a {@link DayBound} can name relative to now: `today`, `tomorrow`, `yesterday`, `today+N`, `today-N`. */
const RELATIVE_DAY = /^(today|tomorrow|yesterday|today[+-]\d{1,4})$/;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(text: string): boolean {
  if (RELATIVE_DAY.test(text)) return true;
  if (!CALENDAR_DAY.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A whole wall-clock day in a named zone, as a bound of a due window: a calendar day (`2026-11-11`) or a day
 * relative to now (`today`, `tomorrow`, `yesterday`, `today+3`, `today-1`). Without `zone`, the plan's team zone.
 * As `dueFrom` it starts at that day's 00:00; as `dueTo` it ends at the next day's 00:00 (the whole day counts).
 */
export const dayBoundSchema = z.strictObject({
  day: z.string().check(z.refine(isDay, 'expected a day: YYYY-MM-DD, today, tomorrow, yesterday, today+N or today-N')),
  zone: z.optional(timeZoneSchema),
});
/** A whole wall-clock day in a zone (see {@link dayBoundSchema}). */
export type DayBound = z.infer<typeof dayBoundSchema>;

/** A bound of a due window: an instant (inclusive) or a whole day in a zone. */
export const dueBoundSchema = z.union([instantSchema, dayBoundSchema]);
/** A bound of a due window. */
export type DueBound = z.infer<typeof dueBoundSchema>;

const list = <T extends z.core.SomeType>(item: T) => z.optional(z.array(item));

/**
 * A selection of work items: every field narrows it, a list matches any of its values, and an absent or
 * empty list does not narrow at all. `owners` and `roles` together match a task that has one of the owners
 * OR one of the roles. `text` is a case-insensitive search of the id, both titles, notes and tags. The due
 * window is `dueFrom <= due <= dueTo` for instants; a day bound covers its whole day. Recurring tasks are
 * selected per occurrence (by the occurrence's due time and status).
 */
export const taskQuerySchema = z.strictObject({
  phases: list(idSchema),
  workstreams: list(z.enum(WORKSTREAMS)),
  owners: list(z.string().check(z.minLength(1))),
  roles: list(z.enum(ROLES)),
  statuses: list(z.enum(TASK_STATUSES)),
  critical: z.optional(z.boolean()),
  tags: list(z.string().check(z.minLength(1))),
  text: z.optional(z.string()),
  dueFrom: z.optional(dueBoundSchema),
  dueTo: z.optional(dueBoundSchema),
});
/** A validated task query (instants as `Date`s). */
export type TaskQuery = z.infer<typeof taskQuerySchema>;
/** A task query as written in code or JSON (instants may be ISO strings). */
export type TaskQueryInput = z.input<typeof taskQuerySchema>;

/**
 * Validates a task query.
 *
 * @throws PlanValidationError naming each bad field (`workstreams[0]: expected "operations" or ...`).
 * @example
 * parseTaskQuery({ workstreams: ['marketing'], dueTo: { day: 'today+7', zone: 'Asia/Shanghai' } })
 */
export function parseTaskQuery(input: unknown): TaskQuery {
  const r = taskQuerySchema.safeParse(input ?? {});
  if (!r.success) throw new PlanValidationError(issuesFromZod({ issues: r.error.issues.map(closestBranch) } as z.core.$ZodError), 'task query');
  return r.data;
}

type ZodIssue = z.core.$ZodIssue;

// A due bound is an instant or a day: report the branch of the right kind (a bad zone inside a day object),
// not "expected an ISO date-time" for an object.
function wrongKind(issue: ZodIssue): boolean {
  if (issue.path.length > 0) return false;
  return issue.code === 'invalid_type' || (issue.code === 'invalid_union' && issue.errors.every((b) => b.some(wrongKind)));
}

function closestBranch(issue: ZodIssue): ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const fit = issue.errors.find((branch) => branch.length > 0 && !branch.some(wrongKind));
  return fit ? { ...fit[0]!, path: [...issue.path, ...fit[0]!.path] } : issue;
}

/**
 * Reads a due bound as people type it: an ISO instant with an offset, or a day (`2026-11-11`, `today`,
 * `tomorrow`, `today+3`) optionally followed by `in <IANA zone>`. Returns `undefined` when the text is neither;
 * the zone is checked when the query is parsed.
 *
 * @example
 * parseDueBound('tomorrow in Asia/Shanghai') //=> { day: 'tomorrow', zone: 'Asia/Shanghai' }
 * parseDueBound('2026-11-11T00:00:00-08:00') //=> '2026-11-11T00:00:00-08:00'
 */
export function parseDueBound(text: string): string | { day: string; zone?: string } | undefined {
  const t = text.trim();
  if (instantSchema.safeParse(t).success) return t;
  const m = /^(\S+)(?:\s+in\s+(\S+))?$/.exec(t);
  if (!m || !isDay(m[1]!)) return undefined;
  return m[2] ? { day: m[1]!, zone: m[2] } : { day: m[1]! };
}
