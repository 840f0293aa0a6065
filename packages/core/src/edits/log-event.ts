import { issuesFromZod } from '../errors/from-zod.js';
import type { Issue } from '../errors/issue.js';
import { eventIdentity } from '../readiness/index.js';
import { statusEventSchema, type StatusEvent } from '../schemas/status-event.js';
import { metricEventSchema, type MetricEvent } from '../schemas/targets.js';
import { formatISOInZone } from '../time/wall-time.js';
import { editEventSchema, type EditEvent } from './edit-schema.js';

/**
 * One line of a campaign's log: a status event (no `type`, as status logs have always been written), an
 * edit event (`type: 'edit'`) or a metric event (`type: 'metric'`).
 */
export type LogEvent = StatusEvent | EditEvent | MetricEvent;

/** The result of {@link safeParseLogEvent}. */
export type ParseLogEventResult = { success: true; event: LogEvent } | { success: false; issues: Issue[] };

/** Whether a log event is an edit. */
export function isEditEvent(e: LogEvent): e is EditEvent {
  return 'type' in e && e.type === 'edit';
}

/** Whether a log event is a metric actual. */
export function isMetricEvent(e: LogEvent): e is MetricEvent {
  return 'type' in e && e.type === 'metric';
}

/**
 * Validates the shape of one log line (parsed JSON). Whether its task exists is a question for the fold,
 * since an earlier edit in the log may add it.
 *
 * @example
 * safeParseLogEvent({ type: 'edit', id: 'li-1', at: '2026-10-20T10:00:00Z', by: 'li', edit: { op: 'remove-task', taskId: 'x' } })
 */
export function safeParseLogEvent(input: unknown): ParseLogEventResult {
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  const schema = type === 'edit' ? editEventSchema : type === 'metric' ? metricEventSchema : statusEventSchema;
  const r = schema.safeParse(input);
  return r.success ? { success: true, event: r.data } : { success: false, issues: issuesFromZod(r.error) };
}

const SEP = '\u0000';

function json(e: unknown, zone = 'UTC'): string {
  // Dates are written with the offset of `zone`; the replacer sees the Date itself through `this`.
  return JSON.stringify(e, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? formatISOInZone(raw, zone) : value;
  });
}

/**
 * A string identifying a log event by its whole content: the same event copied into two logs is kept once
 * by a merge. Status events keep the identity `mergeLogs` gives them.
 */
export function logEventIdentity(e: LogEvent): string {
  if (isEditEvent(e)) return ['edit', e.at.getTime(), e.by, e.id, json(e.edit)].join(SEP);
  if (isMetricEvent(e)) return ['metric', e.at.getTime(), e.by, e.id ?? '', json(e)].join(SEP);
  return eventIdentity(e);
}

/**
 * One log line: the event as JSON, instants with the offset of `timeZone` (default UTC).
 *
 * @example
 * serializeLogEvent({ type: 'edit', id: 'li-1', at, by: 'li', edit }, 'America/Los_Angeles')
 */
export function serializeLogEvent(e: LogEvent, timeZone = 'UTC'): string {
  return json(e, timeZone);
}
