import { describe, expect, it } from 'vitest';
import { formatISOInZone } from './format-instant.js';

describe('formatISOInZone', () => {
  it('writes the zone offset when it is whole minutes, across both 2026 US changes', () => {
    expect(formatISOInZone(new Date('2026-03-08T10:30:00Z'), 'America/Los_Angeles')).toBe('2026-03-08T03:30:00-07:00');
    expect(formatISOInZone(new Date('2026-11-01T08:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-01T01:30:00-07:00');
    expect(formatISOInZone(new Date('2026-11-01T09:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-01T01:30:00-08:00');
  });
  it('writes local mean time instants in UTC, so they read back exactly', () => {
    for (const [iso, zone] of [
      ['1900-06-01T00:00:00.000Z', 'Asia/Shanghai'],
      ['1960-01-01T12:00:00.250Z', 'Africa/Monrovia'],
    ] as const) {
      const text = formatISOInZone(new Date(iso), zone);
      expect(text).toMatch(/Z$/);
      expect(new Date(text).toISOString()).toBe(iso);
    }
  });
});
