import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  addTeamWorkingDays,
  dayInZone,
  deadlineMustMove,
  isTeamWorkingDay,
  lastTeamWorkingDay,
  parseTeamCalendar,
  teamHoliday,
  weekdayOf,
} from './working-days.js';
import { PlanValidationError } from '../errors/validation-error.js';
import { formatPath } from '../errors/issue.js';
import { formatCalendarDate } from '../time/wall-time.js';

const example = JSON.parse(readFileSync(new URL('../../../../examples/calendars/team-china-2026.json', import.meta.url), 'utf8'));
const china = parseTeamCalendar(example);
const day = formatCalendarDate;

describe('team working days', () => {
  it('reads the example China calendar: Golden Week off, its make-up Saturday worked', () => {
    expect(china.timeZone).toBe('Asia/Shanghai');
    expect(weekdayOf('2026-10-01')).toBe('thu');
    expect(weekdayOf('2026-10-10')).toBe('sat');
    expect(teamHoliday(china, '2026-10-03')).toMatch(/National Day/);
    expect(['2026-09-30', '2026-10-01', '2026-10-07', '2026-10-08', '2026-10-10', '2026-10-11', '2026-09-20'].map((d) => isTeamWorkingDay(china, d))).toEqual([
      true,
      false,
      false,
      true,
      true,
      false,
      true,
    ]);
  });

  it('counts offsets in working days, skipping holidays and weekends, counting make-up days', () => {
    expect(day(addTeamWorkingDays(china, '2026-09-30', 1))).toBe('2026-10-08');
    expect(day(addTeamWorkingDays(china, '2026-10-12', -2))).toBe('2026-10-09');
    expect(day(addTeamWorkingDays(china, '2026-09-28', -1))).toBe('2026-09-24'); // Mid-Autumn and a weekend in between
    expect(day(addTeamWorkingDays(china, '2026-10-03', 0))).toBe('2026-10-03');
    expect(day(lastTeamWorkingDay(china, '2026-10-05'))).toBe('2026-09-30');
    expect(day(lastTeamWorkingDay(china, '2026-10-08'))).toBe('2026-10-08');
  });

  it('moves deadlines off holidays only, unless the calendar says every rest day', () => {
    expect(deadlineMustMove(china, '2026-10-02')).toBe(true);
    expect(deadlineMustMove(china, '2026-10-11')).toBe(false); // a Sunday
    const strict = parseTeamCalendar({ ...example, moveDeadlines: 'non-working-days' });
    expect(deadlineMustMove(strict, '2026-10-11')).toBe(true);
    expect(deadlineMustMove(strict, '2026-10-10')).toBe(false);
  });

  it('takes the day of an instant in the team zone', () => {
    // 23:59 Pacific on Sep 30 is already Oct 1 in Shanghai.
    expect(day(dayInZone(new Date('2026-10-01T06:59:00Z'), 'Asia/Shanghai'))).toBe('2026-10-01');
    expect(day(dayInZone(new Date('2026-10-01T06:59:00Z'), 'America/Los_Angeles'))).toBe('2026-09-30');
  });

  it('rejects a contradicting or malformed calendar with paths', () => {
    let error: unknown;
    try {
      parseTeamCalendar({
        workingWeekdays: ['monday'],
        holidays: [
          { first: '2026-10-07', last: '2026-10-01' },
          { first: '2026-10-01', last: '2026-10-07' },
        ],
        workdays: [{ date: '2026-10-03' }],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanValidationError);
    const paths = (error as PlanValidationError).issues.map((i) => formatPath(i.path));
    expect(paths).toEqual(expect.arrayContaining(['workingWeekdays[0]', 'holidays[0].last']));
    expect(() => parseTeamCalendar({ holidays: [{ first: '2026-10-01', last: '2026-10-07' }], workdays: [{ date: '2026-10-03' }] })).toThrow(
      /workdays\[0\]\.date|also listed as a holiday/,
    );
    expect(() => parseTeamCalendar({ workingWeekdays: [] })).toThrow();
  });
});
