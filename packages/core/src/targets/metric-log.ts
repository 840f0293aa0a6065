import type { Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import type { MetricEvent } from '../schemas/targets.js';
import { safeParseMetricEvent } from './metric-events.js';

/** A problem on one line of a log. */
export interface MetricLogIssue extends Issue {
  /** 1-based line number. */
  readonly line: number;
}

/** The metric events of a log, or every problem found on their lines. */
export type MetricLogResult = { success: true; events: MetricEvent[] } | { success: false; issues: MetricLogIssue[] };

/**
 * The metric events (`"type":"metric"`) of a JSON Lines campaign log, validated against the plan. Lines of
 * other kinds (status events, edits) are left to their own readers; blank lines and a UTF-8 BOM are accepted.
 *
 * @example
 * metricEventsFromLog(readFileSync('events.jsonl', 'utf8'), plan) //=> { success: true, events: [...] }
 */
export function metricEventsFromLog(text: string, plan: Pick<Plan, 'phases' | 'products'>): MetricLogResult {
  const events: MetricEvent[] = [];
  const issues: MetricLogIssue[] = [];
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      issues.push({ line: i + 1, code: 'invalid_json', path: [], message: `not a JSON line (${(e as Error).message})` });
      return;
    }
    if (typeof value !== 'object' || value === null || (value as { type?: unknown }).type !== 'metric') return;
    const r = safeParseMetricEvent(value, plan);
    if (r.success) events.push(r.event);
    else issues.push(...r.issues.map((issue) => ({ ...issue, line: i + 1 })));
  });
  return issues.length > 0 ? { success: false, issues } : { success: true, events };
}

/**
 * A metric event as one JSON line (instants in UTC), ready to append to a log.
 *
 * @example
 * serializeMetricEvent(event) //=> '{"type":"metric","metric":"visitors","scope":{},"value":1200,…}'
 */
export function serializeMetricEvent(e: MetricEvent): string {
  return JSON.stringify({ ...e, refersTo: e.refersTo.toISOString(), at: e.at.toISOString() });
}
