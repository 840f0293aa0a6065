import type { StatusEvent } from '../schemas/status-event.js';

/**
 * A string that identifies an event by its whole content: two events with the same identity are the same
 * event (for example one copied into two people's logs), and are kept once when logs are merged.
 *
 * @example
 * eventIdentity(event) === eventIdentity(structuredClone(event)) //=> true
 */
export function eventIdentity(e: StatusEvent): string {
  // JSON quotes and escapes every field, so no content can reach across a boundary (a joined string with a
  // separator could: by "x\0y" + id "z" and by "x" + id "y\0z" would collide). `null` keeps "no id" apart from "".
  return JSON.stringify([e.at.getTime(), e.by, e.id ?? null, e.taskId, e.occurrence?.getTime() ?? null, e.status]);
}

// Code-unit order, not localeCompare: the result must not depend on the machine's locale.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The total order of events that decides "last write wins": by `at`, then by actor (`by`), then by `id`
 * (an event without id sorts first), then by content, so distinct events never tie.
 *
 * @example
 * [later, earlier].sort(compareEvents) //=> [earlier, later]
 */
export function compareEvents(a: StatusEvent, b: StatusEvent): number {
  return a.at.getTime() - b.at.getTime() || cmp(a.by, b.by) || cmp(a.id ?? '', b.id ?? '') || cmp(eventIdentity(a), eventIdentity(b));
}

/**
 * Merges status logs (say two people worked offline, one file each): every distinct event is kept once,
 * in {@link compareEvents} order. The result is the same whatever the order of the logs or of the events in
 * them, and merging a log with itself changes nothing. The inputs are not changed.
 *
 * @example
 * const merged = mergeLogs(mine, theirs); // deep-equals mergeLogs(theirs, mine)
 */
export function mergeLogs(...logs: ReadonlyArray<readonly StatusEvent[]>): StatusEvent[] {
  // Identities are computed once per event: sorting recomputing them would cost a string per comparison.
  const seen = new Map<string, StatusEvent>();
  for (const log of logs)
    for (const e of log) {
      const key = eventIdentity(e);
      if (!seen.has(key)) seen.set(key, e);
    }
  const entries = [...seen];
  entries.sort(([ka, a], [kb, b]) => a.at.getTime() - b.at.getTime() || cmp(a.by, b.by) || cmp(a.id ?? '', b.id ?? '') || cmp(ka, kb));
  return entries.map(([, e]) => e);
}
