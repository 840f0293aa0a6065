import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatWallStamp } from './stamp.js';
import { formatInZone, toWallTime } from './wall-time.js';
import { wallMinuteText, wallStampIn } from './zone-stamp.js';

// Zones with DST both ways, half-hour and 45-minute offsets, and offsets in seconds before 1937 (Amsterdam +00:19:32).
const ZONES = ['America/Los_Angeles', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Europe/Amsterdam', 'Africa/Monrovia', 'UTC'];

describe('wallStampIn and wallMinuteText', () => {
  it('give the text of formatWallStamp(toWallTime) and formatInZone, from 1890 to 2100 and across DST changes', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...ZONES), (t, zone) => {
        expect(wallStampIn(t, zone)).toBe(formatWallStamp(toWallTime(new Date(t), zone)));
        expect(wallMinuteText(t, zone)).toBe(formatInZone(new Date(t), zone));
      }),
      { numRuns: 2000, seed: 18 },
    );
  });
  it('write both passes of the repeated hour and the hour after the spring gap', () => {
    expect(wallStampIn(Date.parse('2026-11-01T08:30:00Z'), 'America/Los_Angeles')).toBe('20261101T013000');
    expect(wallStampIn(Date.parse('2026-11-01T09:30:59.999Z'), 'America/Los_Angeles')).toBe('20261101T013059');
    expect(wallMinuteText(Date.parse('2026-03-08T10:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-08 03:00');
    expect(wallMinuteText(Date.parse('1969-12-31T23:59:59Z'), 'UTC')).toBe('1969-12-31 23:59');
  });
});
