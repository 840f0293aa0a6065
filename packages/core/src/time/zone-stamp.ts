// An instant's wall time in a zone as fixed-width text, for writers that format tens of thousands of
// instants (the ICS export): the same text as `formatWallStamp(toWallTime(…))` and `formatInZone(…)`, without
// a WallTime object or a pattern parser per call. The offset comes from `zoneOffset` (Intl); the calendar day
// from a Date, once per day seen.
import { zoneOffset } from './zone-offset.js';

const DAY = 86_400_000;
const MAX_DAYS = 20_000;
const TWO = Array.from({ length: 60 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

// Day number (days since the epoch, on the zone's clock) -> the day as text, per layout.
const compactDays = new Map<number, string>();
const dashedDays = new Map<number, string>();

function dayText(cache: Map<number, string>, day: number, sep: string): string {
  let text = cache.get(day);
  if (text === undefined) {
    const d = new Date(day * DAY);
    text = `${String(d.getUTCFullYear()).padStart(4, '0')}${sep}${TWO[d.getUTCMonth() + 1]}${sep}${TWO[d.getUTCDate()]}`;
    if (cache.size >= MAX_DAYS) cache.clear();
    cache.set(day, text);
  }
  return text;
}

/**
 * Milliseconds on the zone's clock (epoch-based, read as UTC): what `shifted` gives, as a number, truncated as
 * a Date truncates it (an offset of 19 min 32 s is not a whole number of milliseconds in binary).
 */
const onClock = (ms: number, zone: string) => Math.trunc(ms + zoneOffset(zone, ms) * 60_000);

/**
 * The wall time of `ms` (epoch milliseconds) in `zone` as a floating stamp, `YYYYMMDDTHHMMSS` (seconds
 * truncated): `formatWallStamp(toWallTime(new Date(ms), zone))`, faster.
 *
 * @example
 * wallStampIn(Date.parse('2026-10-22T06:59:30Z'), 'America/Los_Angeles') //=> '20261021T235930'
 */
export function wallStampIn(ms: number, zone: string): string {
  const t = onClock(ms, zone);
  const day = Math.floor(t / DAY);
  const rem = Math.floor((t - day * DAY) / 1000);
  return `${dayText(compactDays, day, '')}T${TWO[Math.floor(rem / 3600)]}${TWO[Math.floor(rem / 60) % 60]}${TWO[rem % 60]}`;
}

/**
 * The wall time of `ms` in `zone` as `yyyy-MM-dd HH:mm`: `formatInZone(new Date(ms), zone)`, faster.
 *
 * @example
 * wallMinuteText(Date.parse('2026-11-11T07:59:00Z'), 'Asia/Shanghai') //=> '2026-11-11 15:59'
 */
export function wallMinuteText(ms: number, zone: string): string {
  const t = onClock(ms, zone);
  const day = Math.floor(t / DAY);
  const minutes = Math.floor((t - day * DAY) / 60_000);
  return `${dayText(dashedDays, day, '-')} ${TWO[Math.floor(minutes / 60)]}:${TWO[minutes % 60]}`;
}
