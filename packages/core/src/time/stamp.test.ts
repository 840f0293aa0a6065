import { describe, expect, it } from 'vitest';
import { formatUtcStamp, formatWallStamp, parseStamp, utcStampInstant } from './stamp.js';

describe('stamps', () => {
  it('writes UTC and floating stamps', () => {
    expect(formatUtcStamp(new Date('2026-11-01T08:30:00.900Z'))).toBe('20261101T083000Z');
    expect(formatWallStamp({ year: 2026, month: 11, day: 12, hour: 23, minute: 59, second: 59 })).toBe('20261112T235959');
    expect(formatWallStamp({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 })).toBe('20260308T023000');
  });

  it('reads dates, floating and UTC date-times, and refuses days and times that do not exist', () => {
    expect(parseStamp('20261112')).toEqual({ wall: { year: 2026, month: 11, day: 12, hour: 0, minute: 0, second: 0 }, utc: false, dateOnly: true });
    expect(parseStamp('20261112T235959')?.utc).toBe(false);
    expect(utcStampInstant(parseStamp('20261112T170000Z')!).toISOString()).toBe('2026-11-12T17:00:00.000Z');
    expect(parseStamp('20280229')).toBeDefined();
    for (const bad of ['20260229', '20261301', '20261100', '20261112T240000', '20261112T006000', '2026-11-12', '20261112T1700Z', '20261112t170000z'])
      expect(parseStamp(bad), bad).toBeUndefined();
  });

  it('round-trips instants through the UTC stamp (whole seconds)', () => {
    const d = new Date('2026-03-08T10:00:01Z');
    expect(utcStampInstant(parseStamp(formatUtcStamp(d))!)).toEqual(d);
  });
});
