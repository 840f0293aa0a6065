import { describe, expect, it } from 'vitest';
import { toMarkdown } from './markdown.js';
import { dstPlan } from './__fixtures__/dst-plan.js';

const itemOf = (md: string, title: string) => md.split('\n').find((l) => l.startsWith('- [') && l.includes(title))!;

describe('toMarkdown', () => {
  const plan = dstPlan();

  it('groups a GitHub task list by phase then workstream, with platform and team times', () => {
    const md = toMarkdown(plan);
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings[0]).toBe('# AliExpress 11.11 2026');
    expect(headings.filter((h) => h.startsWith('## ')).map((h) => h.split(' (')[0])).toEqual(['## Build-up', '## Warm-up', '## Peak', '## Review']);
    expect(itemOf(md, 'Warm-up check')).toContain('due 2026-10-31 23:59 (platform America/Los_Angeles) · 2026-11-01 14:59 (team Asia/Shanghai)');
    expect(itemOf(md, 'After the change')).toContain('2026-11-02 10:00 (platform America/Los_Angeles) · 2026-11-03 02:00 (team Asia/Shanghai)');
    expect(itemOf(md, 'After the change')).toContain('owner: Li, Wei; ops');
  });

  it('ticks done tasks from a status lookup (map, record or function), the plan status otherwise', () => {
    expect(itemOf(toMarkdown(plan), 'Second 01:30')).toMatch(/^- \[ \] /);
    expect(itemOf(toMarkdown(plan, { statuses: { 'fold-second': 'done' } }), 'Second 01:30')).toMatch(/^- \[x\] /);
    expect(itemOf(toMarkdown(plan, { statuses: new Map([['fold-second', 'done' as const]]) }), 'Second 01:30')).toMatch(/^- \[x\] /);
    const fn = toMarkdown(plan, { statuses: (id) => (id === 'counted' ? 'done' : undefined) });
    expect(itemOf(fn, 'Three ad reviews')).toMatch(/^- \[x\] /);
    expect(itemOf(fn, 'Second 01:30')).toMatch(/^- \[ \] /);
    const done = dstPlan();
    done.tasks.find((t) => t.id === 'counted')!.status = 'done';
    expect(itemOf(toMarkdown(done), 'Three ad reviews')).toMatch(/^- \[x\] /);
    expect(itemOf(toMarkdown(done, { statuses: { counted: 'todo' } }), 'Three ad reviews')).toMatch(/^- \[ \] /);
  });

  it('keeps isDone, which wins over statuses', () => {
    expect(itemOf(toMarkdown(plan, { isDone: (id) => id === 'counted', statuses: { counted: 'todo' } }), 'Three ad reviews')).toMatch(/^- \[x\] /);
  });

  it('writes Chinese headings and titles for zh-CN', () => {
    const md = toMarkdown(plan, { locale: 'zh-CN', statuses: { 'register-platform-activities': 'done' } });
    expect(md.split('\n')[0]).toBe('# 2026 速卖通双11');
    expect(md).toContain('## 预热期');
    expect(md).toContain('### 整体运营');
    expect(itemOf(md, '报名平台活动')).toMatch(
      /^- \[x\] 报名平台活动并确定利益点 — 截止 2026-10-14 23:59 \(平台 America\/Los_Angeles\) · 2026-10-15 14:59 \(团队 Asia\/Shanghai\)/,
    );
  });

  it('escapes Markdown in titles so a task cannot inject links or headings', () => {
    const md = toMarkdown(plan);
    expect(itemOf(md, 'backslashes')).toContain('Multi-line notes, commas; semicolons \\\\ backslashes');
  });
});
