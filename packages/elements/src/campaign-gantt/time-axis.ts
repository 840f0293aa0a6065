import { addCalendarDays, formatCalendarDate, startOfDayInZone, toWallTime, type CalendarDate, type Locale } from '@campaign-planner/core';
import { formatDay, formatMonth } from '../shared/format.js';

const HOUR = 3_600_000;

/** A span of the axis (a day, week or month) in epoch milliseconds, with its label. */
export interface AxisTick {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** A calendar day in the display zone. Its length is 23 or 25 hours on a DST change day. */
export interface DayTick extends AxisTick {
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  /** Hours in this day: 24, or 23/25 when the clocks change. */
  readonly hours: number;
  /** The UTC offsets before and after a clock change on this day. */
  readonly offsets?: readonly [string, string];
}

/** The time axis of a chart in one display zone. */
export interface TimeAxis {
  readonly start: number;
  readonly end: number;
  readonly days: readonly DayTick[];
  readonly weeks: readonly AxisTick[];
  readonly months: readonly AxisTick[];
  readonly years: readonly AxisTick[];
}

// Abbreviations people read without guessing (not "T" for both Tuesday and Thursday).
const WEEKDAYS = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  'zh-CN': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
} as const;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone's UTC offset at an instant, as `UTC-08:00`: read from Intl's `longOffset` (the formatter the page
 * warmed up), not a pattern formatter that costs milliseconds on its first call in the first frame.
 */
function offsetAt(instant: number, zone: string): string {
  let f = offsetFormats.get(zone);
  if (!f) offsetFormats.set(zone, (f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const name = f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC');
}

function dayOf(instant: number, zone: string): CalendarDate {
  const w = toWallTime(new Date(instant), zone);
  return { year: w.year, month: w.month, day: w.day };
}

/** ISO weekday (1 = Monday) of a calendar day: calendar arithmetic, no zone involved. */
function isoWeekday(day: CalendarDate): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() || 7;
}

/** A day's tick; `start` is the instant it begins (the previous day's end, so each midnight is resolved once). */
function dayTick(day: CalendarDate, start: number, zone: string): DayTick & { day: CalendarDate } {
  const end = startOfDayInZone(addCalendarDays(day, 1), zone).getTime();
  const hours = Math.round((end - start) / HOUR);
  const tick = { start, end, label: String(day.day), weekday: isoWeekday(day), hours, day };
  if (hours === 24) return tick;
  return { ...tick, offsets: [offsetAt(start, zone), offsetAt(end - 1, zone)] };
}

type Day = ReturnType<typeof dayTick>;

/** Merges consecutive days into spans that share a key (a week, a month). */
function spans(days: readonly Day[], keyOf: (d: Day) => string, labelOf: (d: Day) => string): AxisTick[] {
  const out: AxisTick[] = [];
  let key = '';
  for (const d of days) {
    const k = keyOf(d);
    const last = out[out.length - 1];
    if (last && k === key) out[out.length - 1] = { ...last, end: d.end };
    else out.push({ start: d.start, end: d.end, label: labelOf(d) });
    key = k;
  }
  return out;
}

/**
 * The axis covering `[start, end]` in whole days of `zone`. Days are real spans of time, so the day the
 * clocks change is 23 or 25 hours wide, as it is.
 *
 * @example
 * buildTimeAxis(Date.parse('2026-10-31T12:00Z'), Date.parse('2026-11-02T12:00Z'), 'America/Los_Angeles', 'en')
 *   .days.map((d) => d.hours) //=> [24, 25, 24]
 */
export function buildTimeAxis(start: number, end: number, zone: string, locale: Locale): TimeAxis {
  const days: Day[] = [];
  let day = dayOf(start, zone);
  let from = startOfDayInZone(day, zone).getTime();
  // Bounded loop: a plan spans days to a few years; the guard keeps a bad range from hanging the page.
  for (let i = 0; i < 5000; i++) {
    const tick = dayTick(day, from, zone);
    days.push(tick);
    if (tick.end > end) break;
    day = addCalendarDays(day, 1);
    from = tick.end;
  }
  // A week is keyed by its Monday; a span starting mid-week is labelled by its first day.
  const weeks = spans(
    days,
    (d) => formatCalendarDate(addCalendarDays(d.day, 1 - d.weekday)),
    (d) => formatDay(new Date(d.start), zone, locale),
  );
  const months = spans(
    days,
    (d) => `${d.day.year}-${d.day.month}`,
    (d) => formatMonth(new Date(d.start), zone, locale),
  );
  const years = spans(
    days,
    (d) => String(d.day.year),
    (d) => String(d.day.year),
  );
  return { start: days[0]!.start, end: days[days.length - 1]!.end, days: days.map(({ day: _, ...tick }) => tick), weeks, months, years };
}

/**
 * A weekday abbreviation that names one day only.
 *
 * @example
 * weekdayLabel(2, 'en') //=> 'Tue'
 * weekdayLabel(7, 'zh-CN') //=> '周日'
 */
export function weekdayLabel(weekday: number, locale: Locale): string {
  return WEEKDAYS[locale][weekday - 1]!;
}
