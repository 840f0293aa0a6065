import type { Plan } from '../schemas/plan.js';
import type { StatusEvent } from '../schemas/status-event.js';
import { taskOccurrences } from '../plan/occurrences.js';
import { formatCalendarDate, formatISOInZone, toWallTime } from '../time/wall-time.js';

/** A status event a re-plan could not carry over, with the reason. */
export interface UnmappedEvent {
  readonly event: StatusEvent;
  readonly reason: string;
}

/** The result of {@link carryEvents}. */
export interface CarriedEvents {
  /** The log for the new plan, in the order given; an occurrence is replaced by the new one on its day. */
  readonly events: StatusEvent[];
  /** Events that name a task or an occurrence day the new plan no longer has. */
  readonly unmapped: UnmappedEvent[];
}

const platformDay = (instant: Date, zone: string) => formatCalendarDate(toWallTime(instant, zone));

/**
 * Carries a status log from one plan to its re-planned version, by task id. An event on an occurrence of a
 * recurring task moves to the new occurrence on the same wall-clock day in the platform zone (the Nov 12
 * daily check stays the Nov 12 daily check even if its time changed); `at`, `by` and `id` are kept, so the
 * log's history is unchanged. Events whose task or day is gone are returned as `unmapped`, never dropped
 * silently.
 *
 * @example
 * const { events, unmapped } = carryEvents(before, after, log);
 * unmapped.forEach((u) => console.warn(u.reason));
 */
export function carryEvents(before: Plan, after: Plan, log: readonly StatusEvent[]): CarriedEvents {
  const tasks = new Map(after.tasks.map((t) => [t.id, t] as const));
  const days = new Map<string, Map<string, Date>>();
  const occurrencesByDay = (taskId: string): Map<string, Date> => {
    let m = days.get(taskId);
    if (!m) {
      m = new Map(taskOccurrences(after, tasks.get(taskId)!).map((d) => [platformDay(d, after.platformTimeZone), d] as const));
      days.set(taskId, m);
    }
    return m;
  };
  const events: StatusEvent[] = [];
  const unmapped: UnmappedEvent[] = [];
  for (const event of log) {
    const task = tasks.get(event.taskId);
    if (!task) {
      unmapped.push({ event, reason: `task "${event.taskId}" is not in the new plan` });
      continue;
    }
    if (!event.occurrence) {
      if (task.recurrence) unmapped.push({ event, reason: `task "${task.id}" now repeats: the event names no occurrence` });
      else events.push(event);
      continue;
    }
    const when = formatISOInZone(event.occurrence, before.platformTimeZone);
    if (!task.recurrence) {
      unmapped.push({ event, reason: `task "${task.id}" no longer repeats: occurrence ${when} has no counterpart` });
      continue;
    }
    const day = platformDay(event.occurrence, before.platformTimeZone);
    const next = occurrencesByDay(task.id).get(day);
    if (next) events.push({ ...event, occurrence: next });
    else
      unmapped.push({ event, reason: `task "${task.id}" has no occurrence on ${day} (${after.platformTimeZone}) in the new plan; the event was for ${when}` });
  }
  return { events, unmapped };
}
