import { describe, expect, it } from 'vitest';
import { instantiate, parseTemplate } from './instantiate.js';
import { PlanValidationError } from '../errors/validation-error.js';
import { formatPath } from '../errors/issue.js';
import type { TemplateInput } from '../schemas/template.js';

function template(rule: string, anchor = 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=11'): TemplateInput {
  return {
    id: 'mini',
    version: 1,
    name: { en: 'Mini', 'zh-CN': '迷你' },
    platform: 'test',
    anchor: { rule: anchor },
    phases: [{ id: 'peak', label: { en: 'Peak', 'zh-CN': '正式期' }, firstDay: 0, lastDay: 2 }],
    tasks: [
      {
        id: 'check',
        title: { en: 'Check', 'zh-CN': '检查' },
        phase: 'peak',
        workstream: 'operations',
        due: { from: 'phase-start', time: '09:00' },
        recurrence: { rule },
      },
    ],
  };
}

const issues = (input: TemplateInput) => {
  try {
    parseTemplate(input);
    return [];
  } catch (e) {
    if (!(e instanceof PlanValidationError)) throw e;
    return e.issues.map((i) => `${formatPath(i.path)} ${i.code}: ${i.message}`);
  }
};

describe('template RRULEs', () => {
  it("are checked part by part, like a plan's, with the path of the rule", () => {
    expect(issues(template('FREQ=DAILY;INTERVAL=-1'))).toEqual([
      expect.stringMatching(/^tasks\[0\]\.recurrence\.rule invalid_rrule: invalid RRULE .*INTERVAL/),
    ]);
    expect(issues(template('FREQ=MINUTELY'))).toEqual([expect.stringMatching(/finer than a campaign task may repeat/)]);
    expect(issues(template('FREQ=DAILY', 'FREQ=YEARLY;BYMONTH=13;BYMONTHDAY=11'))).toEqual([expect.stringMatching(/^anchor\.rule invalid_anchor: .*BYMONTH/)]);
  });

  it('get an UNTIL at the end of their window when they have none, through the rule-text helper', () => {
    const plan = instantiate(template('RRULE:FREQ=DAILY'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
    expect(plan.tasks[0]!.recurrence).toBe('FREQ=DAILY;UNTIL=20261113T235959');
    const counted = instantiate(template('FREQ=DAILY;COUNT=2'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
    expect(counted.tasks[0]!.recurrence).toBe('FREQ=DAILY;COUNT=2');
  });
});
