import type { LogIssue } from '../readiness/index.js';
import { safeParseLogEvent, serializeLogEvent, type LogEvent } from './log-event.js';

/** The result of {@link parseLog}: every event, or every problem with its line. */
export type ParseLogResult = { success: true; events: LogEvent[] } | { success: false; issues: LogIssue[] };

/**
 * Reads a campaign log in JSON Lines (statuses, edits and metrics; blank lines ignored), checking each line's
 * shape. Nothing is returned unless every line is sound; a half-written last line is named as such.
 *
 * @example
 * const r = parseLog(readFileSync('campaign.jsonl', 'utf8'));
 * if (r.success) ({ plan, state } = foldLog(basePlan, r.events));
 */
export function parseLog(text: string): ParseLogResult {
  const lines = text.split('\n');
  const events: LogEvent[] = [];
  const issues: LogIssue[] = [];
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      const why = i === lines.length - 1 ? 'half-written line (no newline at the end, not valid JSON)' : `invalid JSON: ${(e as Error).message}`;
      issues.push({ line: i + 1, code: 'invalid_json', path: [], message: why });
      return;
    }
    const r = safeParseLogEvent(json);
    if (r.success) events.push(r.event);
    else for (const issue of r.issues) issues.push({ ...issue, line: i + 1 });
  });
  return issues.length > 0 ? { success: false, issues } : { success: true, events };
}

/**
 * A whole log as JSON Lines text, one event per line, each ending in a newline.
 *
 * @example
 * writeFileSync('campaign.jsonl', serializeLog(events, plan.platformTimeZone));
 */
export function serializeLog(events: readonly LogEvent[], timeZone = 'UTC'): string {
  return events.map((e) => `${serializeLogEvent(e, timeZone)}\n`).join('');
}
