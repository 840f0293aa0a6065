import { describe, expect, it } from 'vitest';
import { instantiate } from '../templates/instantiate.js';
import { getTemplate } from '../templates/registry.js';
import { dualTime, formatDualTime, formatDuration } from '../time/dual-time.js';
import { nextActions } from './next-actions.js';
import { readiness } from './readiness.js';
import { readinessToJSON } from './report-json.js';
import { formatReadinessText } from './report-text.js';
import { createStatusState } from './status-state.js';
import { testPlan } from './__fixtures__/readiness-plan.js';

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
