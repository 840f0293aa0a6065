import { describe, expect, it } from 'vitest';
import { parseEventLog, serializeEventLog } from './event-log-file.js';
import { ev, testPlan } from './__fixtures__/readiness-plan.js';

const plan = testPlan();
const events = [ev('register', 'done', '2026-10-20T17:00:00Z'), ev('daily-check', 'done', '2026-11-11T18:00:00Z', 'wang', '2026-11-11T17:00:00Z')];

describe('event log files (JSON Lines)', () => {
  it('round-trips, ignoring blank lines and CRLF', () => {
    const text = serializeEventLog(events, plan.platformTimeZone);
    expect(text.split('\n')).toHaveLength(3);
    const r = parseEventLog(plan, `\r\n${text.replace(/\n/g, '\r\n')}\n`);
    expect(r).toEqual({ success: true, events });
  });

  it('reports a half-written last line with its number and returns no events', () => {
    const text = serializeEventLog(events);
    const r = parseEventLog(plan, `${text}{"taskId":"banner","sta`);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([{ line: 3, code: 'invalid_json', path: [], message: expect.stringContaining('half-written') }]);
  });

  it('reports a corrupt line in the middle and an invalid event, each with its line', () => {
    const [a, b] = serializeEventLog(events).split('\n');
    const bad = JSON.stringify({ taskId: 'nope', status: 'done', at: '2026-10-20T10:00:00Z', by: 'li' });
    const r = parseEventLog(plan, [a, 'garbage', b, bad, ''].join('\n'));
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues.map((i) => [i.line, i.code, i.path])).toEqual([
        [2, 'invalid_json', []],
        [4, 'unknown_task', ['taskId']],
      ]);
  });

  it('reads an empty file as an empty log', () => {
    expect(parseEventLog(plan, '')).toEqual({ success: true, events: [] });
  });
});
