import { describe, expect, it } from 'vitest';
import { teamCalendarSchema } from '../schemas/team-calendar.js';
import { formatInZone, resolveWallTime } from '../time/wall-time.js';
import { moveOffRestDay, teamClockInstant } from './team-clock.js';

const LA = 'America/Los_Angeles';
const SH = 'Asia/Shanghai';
const weekdays = teamCalendarSchema.parse({});

describe('the team clock', () => {
  it('puts 10:00 team time inside the platform day: the next Beijing morning, the same day for teams west of Beijing', () => {
    const day = { year: 2026, month: 10, day: 31 };
    expect(formatInZone(teamClockInstant(day, 10, 0, LA, SH), SH, 'yyyy-MM-dd HH:mm')).toBe('2026-11-01 10:00');
    expect(formatInZone(teamClockInstant(day, 10, 0, LA, 'America/New_York'), 'America/New_York', 'yyyy-MM-dd HH:mm')).toBe('2026-10-31 10:00');
    expect(formatInZone(teamClockInstant(day, 10, 0, LA, 'UTC'), 'UTC', 'yyyy-MM-dd HH:mm')).toBe('2026-10-31 10:00');
    // On the platform day US DST ends (25 hours long) the Beijing hour is still 10:00.
    expect(formatInZone(teamClockInstant({ year: 2026, month: 11, day: 1 }, 10, 0, LA, SH), SH, 'yyyy-MM-dd HH:mm')).toBe('2026-11-02 10:00');
  });

  it('moves work off a weekend to the previous working day, or the next one when earlier leaves its window', () => {
    const saturday = resolveWallTime('2026-10-17 10:00', SH);
    const wide = { earliest: resolveWallTime('2026-10-01 00:00', SH), latest: resolveWallTime('2026-10-31 00:00', SH) };
    const earlier = moveOffRestDay(saturday, SH, weekdays, wide)!;
    expect([earlier.direction, formatInZone(earlier.to, SH, 'EEE MM-dd HH:mm'), earlier.teamDay]).toEqual(['earlier', 'Fri 10-16 10:00', '2026-10-17']);
    const narrow = { earliest: resolveWallTime('2026-10-16 12:00', SH), latest: wide.latest };
    const later = moveOffRestDay(saturday, SH, weekdays, narrow)!;
    expect([later.direction, formatInZone(later.to, SH, 'EEE MM-dd HH:mm')]).toEqual(['later', 'Mon 10-19 10:00']);
    const boxed = moveOffRestDay(saturday, SH, weekdays, { earliest: narrow.earliest, latest: resolveWallTime('2026-10-19 00:00', SH) })!;
    expect([boxed.direction, boxed.to]).toEqual(['kept', saturday]);
    expect(moveOffRestDay(resolveWallTime('2026-10-16 10:00', SH), SH, weekdays, wide)).toBeUndefined();
  });
});
