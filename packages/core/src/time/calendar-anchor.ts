import type { CalendarDate } from './wall-time.js';

/** Calendars a template anchor may be written in besides the Gregorian one. */
export type AnchorCalendar = 'islamic-umalqura';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(system: AnchorCalendar): Intl.DateTimeFormat {
  let f = formatters.get(system);
  if (!f) {
    // Numeric parts of the date in that calendar, read on UTC calendar days so no zone is involved.
    f = new Intl.DateTimeFormat(`en-u-ca-${system}-nu-latn`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(system, f);
  }
  return f;
}

/**
 * The first Gregorian day of `year` that is day `day` of month `month` in another calendar, computed with
 * `Intl.DateTimeFormat` (no table), or `undefined` when that day does not fall in the year.
 * The Umm al-Qura calendar is the Saudi civil calendar; local moon sightings may start Ramadan a day later.
 *
 * @example
 * calendarAnchorDay('islamic-umalqura', 9, 1, 2026) //=> { year: 2026, month: 2, day: 18 } (1 Ramadan 1447)
 */
export function calendarAnchorDay(system: AnchorCalendar, month: number, day: number, year: number): CalendarDate | undefined {
  const f = formatter(system);
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const parts = f.formatToParts(new Date(t));
    const num = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    if (num('month') === month && num('day') === day) {
      const d = new Date(t);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
  }
  return undefined;
}
