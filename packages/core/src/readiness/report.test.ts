import { describe, expect, it } from 'vitest';
import { instantiate } from '../templates/instantiate.js';
import { getTemplate } from '../templates/registry.js';
import { dualTime, formatDualTime, formatDuration } from '../time/dual-time.js';
import { nextActions } from './next-actions.js';
import { ownerOrRole, readiness, UNASSIGNED } from './readiness.js';
import { readinessToJSON } from './report-json.js';
import { formatReadinessText } from './report-text.js';
import { createStatusState } from './status-state.js';
import { testPlan } from './__fixtures__/readiness-plan.js';
import { displayWidth } from '../i18n/display-width.js';

describe('dual time', () => {
  const plan = testPlan();
  it('shows an instant in platform and team time, PDT and PST told apart by the offset', () => {
    expect(dualTime(new Date('2026-11-01T08:30:00Z'), plan)).toEqual({ platform: '2026-11-01T01:30:00-07:00', team: '2026-11-01T16:30:00+08:00' });
    expect(formatDualTime(new Date('2026-11-01T09:30:00Z'), plan)).toBe('2026-11-01 01:30 -08:00 · 2026-11-01 17:30 +08:00');
  });

  it('formats durations in the two largest units', () => {
    expect(formatDuration(2 * 86_400_000 + 3 * 3_600_000 + 59_000)).toBe('2d 3h');
    expect(formatDuration(90 * 60_000)).toBe('1h 30m');
    expect(formatDuration(-5 * 60_000)).toBe('-5m');
  });
});

describe('readiness reports', () => {
  const plan = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
  const state = createStatusState(plan);
  const now = new Date('2026-10-20T09:00:00-07:00');
  const r = readiness(plan, state, now);

  it('caps each list in text and says how many more there are', () => {
    const text = formatReadinessText(plan, r, nextActions(plan, state, now, { limit: 3 }), { maxItems: 3 });
    expect(r.blocked.length).toBeGreaterThan(3);
    expect(text).toContain(`Blocked (${r.blocked.length})`);
    expect(text).toContain(`... and ${r.blocked.length - 3} more`);
    expect(text).toContain('Next actions\n  1. ');
    expect(text).not.toContain('  4. ');
  });

  it('names each task by id and title with its owner or role, in either language', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const text = formatReadinessText(plan, r, [], { locale });
      const item = r.overdue[0]!;
      const line = text.split('\n').find((l) => l.startsWith(`  ${item.task.id} `))!;
      // The id first (scripts read it), then the title.
      expect(line).toContain(`${item.task.id} ${item.task.title[locale]}`);
      const person = ownerOrRole(item.task, locale);
      expect(person).not.toBe(UNASSIGNED);
      expect(line.endsWith(`  ${person}`) || line.endsWith(` · ${person}`)).toBe(true);
    }
  });

  it('aligns the group table in terminal columns, Chinese labels counting two columns a character', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const lines = formatReadinessText(plan, r, [], { locale }).split('\n');
      const head = lines.findIndex((l) => l.includes(locale === 'en' ? 'done/total' : '完成/总数'));
      const rows = lines.slice(head, lines.indexOf('', head));
      expect(rows.length).toBeGreaterThan(8);
      // Every row, the header included, ends at the same column, and so does each number column.
      const ends = new Set(rows.map((l) => displayWidth(l)));
      expect([...ends]).toHaveLength(1);
      const firstNumberEnd = (l: string) => displayWidth(l.slice(0, l.search(/\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+\s+\S+$/)));
      expect(new Set(rows.slice(1).map(firstNumberEnd)).size).toBe(1);
    }
  });

  it('says when the campaign has not started or is over', () => {
    const before = formatReadinessText(plan, readiness(plan, state, new Date('2026-09-01T00:00:00Z')), []);
    expect(before).toContain('phase: not started (starts 2026-10-01 00:00 -07:00 · 2026-10-01 15:00 +08:00)');
    expect(formatReadinessText(plan, readiness(plan, state, new Date('2026-12-01T00:00:00Z')), [])).toContain('phase: campaign over');
  });

  it('gives JSON with every list in full and every time in both zones', () => {
    const json = readinessToJSON(plan, r, []);
    expect(json.blocked).toHaveLength(r.blocked.length);
    expect(json.now).toEqual({ platform: '2026-10-20T09:00:00-07:00', team: '2026-10-21T00:00:00+08:00' });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
