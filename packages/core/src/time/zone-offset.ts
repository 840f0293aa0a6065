import { tzOffset } from '@date-fns/tz';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MAX_ENTRIES = 200_000;
// zone -> UTC day (or hour) -> the zone's offset (minutes) through that whole span, or NaN when it changes
// inside it. Zones change offset at most once a day, so a span whose two ends agree has one offset.
const days = new Map<string, Map<number, number>>();
const hours = new Map<string, Map<number, number>>();

function spanOffset(store: Map<string, Map<number, number>>, timeZone: string, ms: number, size: number): number {
  let cache = store.get(timeZone);
  if (!cache) store.set(timeZone, (cache = new Map()));
  const span = Math.floor(ms / size);
  let offset = cache.get(span);
  if (offset === undefined) {
    const start = tzOffset(timeZone, new Date(span * size));
    offset = start === tzOffset(timeZone, new Date(span * size + size - 1)) ? start : NaN;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(span, offset);
  }
  return offset;
}

/**
 * The offset of `timeZone` from UTC at `ms` (epoch milliseconds), in minutes (`-420` for PDT), as
 * `@date-fns/tz`'s `tzOffset` reads it from `Intl`. Memoised per zone and UTC day, then hour: asking `Intl`
 * costs a few microseconds, and planning asks for the same days again and again (every occurrence of a
 * recurring task, every tick of a chart's axis). A span whose two ends disagree holds a DST change and is
 * looked at more closely, down to the exact instant, so the cache never answers across a change.
 *
 * @throws RangeError when `timeZone` is not a zone this runtime knows.
 * @example
 * zoneOffset('America/Los_Angeles', Date.parse('2026-11-01T12:00:00Z')) //=> -480
 */
export function zoneOffset(timeZone: string, ms: number): number {
  const day = spanOffset(days, timeZone, ms, DAY);
  if (!Number.isNaN(day)) return day;
  const hour = spanOffset(hours, timeZone, ms, HOUR);
  if (!Number.isNaN(hour)) return hour;
  const exact = tzOffset(timeZone, new Date(ms));
  if (Number.isNaN(exact)) throw new RangeError(`Invalid time zone "${timeZone}": expected an IANA name such as "America/Los_Angeles"`);
  return exact;
}

/**
 * A Date whose UTC fields are the wall time in `timeZone` at `ms`: the zone's clock, read with getUTC*.
 * Internal to time/: such a Date is not the instant itself.
 */
export function shifted(ms: number, timeZone: string): Date {
  return new Date(ms + zoneOffset(timeZone, ms) * 60_000);
}
