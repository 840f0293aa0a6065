// Boundary cases of the shared schemas: early instants, zone spelling, a smuggled __proto__ key.
import { describe, expect, it } from 'vitest';
import { instantSchema, MIN_INSTANT } from './common.js';
import { canonicalTimeZone, timeZoneSchema } from './time-zone.js';
import { publishedCalendarSchema } from './template.js';
import { safeParsePlan } from '../plan/parse-plan.js';
import { serializePlan } from '../plan/serialize-plan.js';
import { planFixture } from '../__fixtures__/plan.js';

describe('instantSchema', () => {
  it('refuses instants before 1883-11-19 with a clear message (local mean time offsets cannot be written back)', () => {
    for (const text of ['1800-01-01T00:00:00Z', '1883-11-18T12:00:00-08:00'])
      expect(instantSchema.safeParse(text).error?.issues[0]?.message).toMatch(/on or after 1883-11-19/);
    expect(instantSchema.safeParse(new Date(Date.UTC(1700, 0, 1))).success).toBe(false);
    expect(instantSchema.safeParse(MIN_INSTANT).success).toBe(true);
    expect(instantSchema.safeParse('not a date').error?.issues).toHaveLength(1);
  });

  it('so parsePlan names the path of an early instant', () => {
    const plan = planFixture();
    plan.tasks[0].start = '1850-01-01T00:00:00Z';
    const r = safeParsePlan(plan);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.path.join('.'))).toContain('tasks.0.start');
  });
});

describe('time zone names', () => {
  it('are read without regard to case and stored in the database spelling', () => {
    expect(canonicalTimeZone('asia/shanghai')).toBe('Asia/Shanghai');
    expect(canonicalTimeZone('AMERICA/LOS_ANGELES')).toBe('America/Los_Angeles');
    expect(canonicalTimeZone('utc')).toBe('UTC');
    expect(canonicalTimeZone('america/port-au-prince')).toBe('America/Port-au-Prince');
    // Correctly spelt names (aliases included) are kept as they are.
    expect(canonicalTimeZone('Etc/UTC')).toBe('Etc/UTC');
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Calcutta');
    expect(timeZoneSchema.parse('asia/shanghai')).toBe('Asia/Shanghai');
    expect(timeZoneSchema.safeParse('Mars/Base').success).toBe(false);
  });

  it('a plan written with a lower-case zone is stored canonical', () => {
    const plan = planFixture();
    plan.teamTimeZone = 'asia/shanghai';
    plan.platformTimeZone = 'america/los_angeles';
    const r = safeParsePlan(plan);
    expect(r.success).toBe(true);
    if (r.success) {
      expect([r.plan.teamTimeZone, r.plan.platformTimeZone]).toEqual(['Asia/Shanghai', 'America/Los_Angeles']);
      expect(JSON.parse(serializePlan(r.plan)).teamTimeZone).toBe('Asia/Shanghai');
    }
  });
});

describe('published calendar', () => {
  it('rejects a __proto__ phase like any unknown key instead of dropping it', () => {
    const r = publishedCalendarSchema.safeParse(JSON.parse('{"phases":{"__proto__":{"first":"2021-11-01","last":"2021-11-02"}}}'));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['phases.__proto__', 'unknown key "__proto__"']]);
    expect(publishedCalendarSchema.safeParse(JSON.parse('{"deadlines":{"__proto__":"2021-11-01T10:00"}}')).success).toBe(false);
    expect(publishedCalendarSchema.safeParse({ phases: { peak: { first: '2021-11-11', last: '2021-11-13' } } }).success).toBe(true);
  });
});
