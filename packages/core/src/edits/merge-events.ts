import { logEventIdentity, type LogEvent } from './log-event.js';

// Code-unit order, not localeCompare: the result must not depend on the machine's locale.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The total order of log events that decides "last writer wins": by `at`, then actor (`by`), then `id`, then
 * content, so distinct events never tie. For status events it is the order `compareEvents` gives.
 *
 * @example
 * [later, earlier].sort(compareLogEvents) //=> [earlier, later]
 */
export function compareLogEvents(a: LogEvent, b: LogEvent): number {
  return a.at.getTime() - b.at.getTime() || cmp(a.by, b.by) || cmp(a.id ?? '', b.id ?? '') || cmp(logEventIdentity(a), logEventIdentity(b));
}

/**
 * Merges campaign logs (statuses, edits, metrics): every distinct event kept once, in
 * {@link compareLogEvents} order. The same result whatever the order of the logs or of their events; merging
 * a log with itself changes nothing; the inputs are not changed.
 *
 * @example
 * const merged = mergeEventLogs(mine, theirs); // deep-equals mergeEventLogs(theirs, mine)
 */
export function mergeEventLogs(...logs: ReadonlyArray<readonly LogEvent[]>): LogEvent[] {
  const seen = new Map<string, LogEvent>();
  for (const log of logs)
    for (const e of log) {
      const key = logEventIdentity(e);
      if (!seen.has(key)) seen.set(key, e);
    }
  const entries = [...seen];
  entries.sort(([ka, a], [kb, b]) => a.at.getTime() - b.at.getTime() || cmp(a.by, b.by) || cmp(a.id ?? '', b.id ?? '') || cmp(ka, kb));
  return entries.map(([, e]) => e);
}
