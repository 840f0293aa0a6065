import { formatInZone, type Locale } from '@campaign-planner/core';

type Style = 'due' | 'day' | 'month';

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  due: { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' },
  day: { month: 'short', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
};

// Intl formatters are costly to build and a chart asks for hundreds of labels per frame: keep them.
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(style: Style, zone: string, locale: Locale): Intl.DateTimeFormat {
  const key = `${style}|${zone}|${locale}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { ...OPTIONS[style], timeZone: zone })));
  return f;
}

/**
 * A deadline as people read it in `zone`: date, 24-hour time and the zone's short name.
 *
 * @example
 * formatDue(new Date('2026-10-22T06:59:00Z'), 'America/Los_Angeles', 'en') //=> 'Oct 21, 23:59 PDT'
 */
export function formatDue(instant: Date, zone: string, locale: Locale): string {
  return formatter('due', zone, locale).format(instant);
}

/**
 * A short day label in `zone`.
 *
 * @example
 * formatDay(new Date('2026-11-01T07:00:00Z'), 'America/Los_Angeles', 'zh-CN') //=> '11月1日'
 */
export function formatDay(instant: Date, zone: string, locale: Locale): string {
  return formatter('day', zone, locale).format(instant);
}

/**
 * A month and year label in `zone`.
 *
 * @example
 * formatMonth(new Date('2026-11-01T07:00:00Z'), 'America/Los_Angeles', 'en') //=> 'November 2026'
 */
export function formatMonth(instant: Date, zone: string, locale: Locale): string {
  return formatter('month', zone, locale).format(instant);
}

/**
 * The zone's UTC offset at an instant.
 *
 * @example
 * formatOffset(new Date('2026-10-22T06:59:00Z'), 'America/Los_Angeles') //=> 'UTC-07:00'
 */
export function formatOffset(instant: Date, zone: string): string {
  return `UTC${formatInZone(instant, zone, 'xxx')}`;
}
