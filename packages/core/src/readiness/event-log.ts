import type { Issue, IssuePath } from '../errors/issue.js';
import { issuesFromZod } from '../errors/from-zod.js';
import { PlanValidationError } from '../errors/validation-error.js';
import type { Plan } from '../schemas/plan.js';
import { statusEventSchema, type StatusEvent, type StatusEventInput } from '../schemas/status-event.js';
import { formatISOInZone } from '../time/wall-time.js';
import { indexPlan } from './plan-index.js';

/** The result of {@link safeParseStatusEvent}. */
export type ParseStatusEventResult = { success: true; event: StatusEvent } | { success: false; issues: Issue[] };

const LIST_MAX = 5;

function listOccurrences(dates: readonly Date[], zone: string): string {
  const shown = dates.slice(0, LIST_MAX).map((d) => formatISOInZone(d, zone));
  return shown.join(', ') + (dates.length > LIST_MAX ? ` (and ${dates.length - LIST_MAX} more)` : '');
}

/**
 * Checks an event against a plan: the task exists; a recurring task names one of its occurrences;
 * a one-off task names none. Returns every problem, with paths under `path`.
 *
 * @example
 * checkStatusEvent(plan, { taskId: 'nope', status: 'done', at: new Date(), by: 'li' })
 * //=> [{ code: 'unknown_task', path: ['taskId'], message: 'unknown task "nope"' }]
 */
export function checkStatusEvent(plan: Plan, event: StatusEvent, path: IssuePath = []): Issue[] {
  const index = indexPlan(plan);
  const task = index.tasks.get(event.taskId);
  if (!task) return [{ code: 'unknown_task', path: [...path, 'taskId'], message: `unknown task "${event.taskId}"` }];
  const zone = plan.platformTimeZone;
  const at = [...path, 'occurrence'];
  if (!task.recurrence) {
    if (event.occurrence === undefined) return [];
    return [
      {
        code: 'unexpected_occurrence',
        path: at,
        message: `task "${task.id}" does not repeat: leave out occurrence (it is due ${formatISOInZone(task.due, zone)})`,
      },
    ];
  }
  const dates = index.itemsByTask.get(task.id)!.map((item) => item.due);
  if (event.occurrence === undefined)
    return [{ code: 'missing_occurrence', path: at, message: `task "${task.id}" repeats: expected an occurrence, one of ${listOccurrences(dates, zone)}` }];
  const t = event.occurrence.getTime();
  if (dates.some((d) => d.getTime() === t)) return [];
  return [
    {
      code: 'unknown_occurrence',
      path: at,
      message: `${formatISOInZone(event.occurrence, zone)} is not an occurrence of task "${task.id}", expected one of ${listOccurrences(dates, zone)}`,
    },
  ];
}

/**
 * Validates unknown input as a status event of `plan` (shape, then task and occurrence), without throwing.
 *
 * @example
 * const r = safeParseStatusEvent(plan, JSON.parse(line));
 * if (!r.success) r.issues.forEach((i) => console.error(formatPath(i.path), i.message));
 */
export function safeParseStatusEvent(plan: Plan, input: unknown, path: IssuePath = []): ParseStatusEventResult {
  const shape = statusEventSchema.safeParse(input);
  if (!shape.success) return { success: false, issues: issuesFromZod(shape.error, path) };
  const issues = checkStatusEvent(plan, shape.data, path);
  return issues.length > 0 ? { success: false, issues } : { success: true, event: shape.data };
}

/**
 * Validates unknown input as a status event of `plan`.
 *
 * @throws PlanValidationError listing every problem with its path (`occurrence`, `status`).
 * @example
 * parseStatusEvent(plan, { taskId: 'register', status: 'done', at: '2026-10-20T10:00:00-07:00', by: 'li' })
 */
export function parseStatusEvent(plan: Plan, input: unknown): StatusEvent {
  const r = safeParseStatusEvent(plan, input);
  if (!r.success) throw new PlanValidationError(r.issues, 'status event');
  return r.event;
}

/**
 * A new log with the event appended, after validating it against `plan`. The given log is never changed;
 * an invalid event throws and nothing is appended. The input is typed (`status: 'finished'` does not compile);
 * use {@link parseStatusEvent} for data of unknown shape.
 *
 * @throws PlanValidationError for an unknown task, an occurrence the rule never yields, an unknown status...
 * @example
 * const log2 = appendEvent(plan, log, { taskId: 'register', status: 'done', at: new Date(), by: 'li' });
 */
export function appendEvent(plan: Plan, log: readonly StatusEvent[], input: StatusEventInput): StatusEvent[] {
  return [...log, parseStatusEvent(plan, input)];
}

/**
 * One log line: the event as JSON, instants as ISO 8601 with the offset of `timeZone` (default UTC).
 *
 * @example
 * serializeStatusEvent(event, 'America/Los_Angeles')
 * //=> '{"taskId":"register","status":"done","at":"2026-10-20T10:00:00-07:00","by":"li"}'
 */
export function serializeStatusEvent(event: StatusEvent, timeZone = 'UTC'): string {
  const iso = (d: Date) => formatISOInZone(d, timeZone);
  return JSON.stringify({
    taskId: event.taskId,
    ...(event.occurrence ? { occurrence: iso(event.occurrence) } : {}),
    status: event.status,
    at: iso(event.at),
    by: event.by,
    ...(event.id !== undefined ? { id: event.id } : {}),
  });
}
