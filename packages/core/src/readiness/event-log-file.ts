import type { Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import type { StatusEvent } from '../schemas/status-event.js';
import { safeParseStatusEvent, serializeStatusEvent } from './event-log.js';

/** A problem in a status log file: an {@link Issue} plus the 1-based line it is on. */
export interface LogIssue extends Issue {
  readonly line: number;
}

/** The result of {@link parseEventLog}: every event, or every problem. */
export type ParseEventLogResult = { success: true; events: StatusEvent[] } | { success: false; issues: LogIssue[] };

/**
 * Reads a status log in JSON Lines (one event per line; blank lines and a leading UTF-8 byte order mark are
 * ignored) and validates every event
 * against `plan`. Nothing is returned unless every line is sound; a corrupt or half-written line is reported
 * with its line number.
 *
 * @example
 * const r = parseEventLog(plan, readFileSync('events.jsonl', 'utf8'));
 * if (!r.success) r.issues.forEach((i) => console.error(`line ${i.line}: ${i.message}`));
 */
export function parseEventLog(plan: Plan, text: string): ParseEventLogResult {
  // A byte order mark (Windows editors add one) is no part of the first event.
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split('\n');
  const events: StatusEvent[] = [];
  const issues: LogIssue[] = [];
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    // Only the last line can lack its newline; if it is also not JSON, a writer most likely stopped mid-line.
    const unterminated = i === lines.length - 1;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      const why = unterminated ? 'half-written line (no newline at the end, not valid JSON)' : `invalid JSON: ${(e as Error).message}`;
      issues.push({ line: i + 1, code: 'invalid_json', path: [], message: why });
      return;
    }
    const r = safeParseStatusEvent(plan, json);
    if (r.success) events.push(r.event);
    else for (const issue of r.issues) issues.push({ ...issue, line: i + 1 });
  });
  return issues.length > 0 ? { success: false, issues } : { success: true, events };
}

/**
 * A whole log as JSON Lines text, one event per line, each line ending in a newline.
 *
 * @example
 * writeFileSync('events.jsonl', serializeEventLog(events, plan.platformTimeZone));
 */
export function serializeEventLog(events: readonly StatusEvent[], timeZone = 'UTC'): string {
  return events.map((e) => `${serializeStatusEvent(e, timeZone)}\n`).join('');
}
