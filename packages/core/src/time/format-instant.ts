import { shifted, zoneOffset } from './zone-offset.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

// Longest tokens first so "yyyy" wins over "yy", "SSS" over a lone "S".
const TOKEN = /'([^']*)'|yyyy|yy|MMM|MM|M|dd|d|EEE|HH|H|mm|ss|SSS|xxx|XXX/g;

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function offsetText(minutes: number, zulu: boolean): string {
  if (zulu && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * Formats `instant` as clocks in `timeZone` show it. The pattern uses a small subset of the Unicode /
 * date-fns tokens, enough for deadlines and file formats, so core ships no locale data:
 * `yyyy yy MMM MM M dd d EEE HH H mm ss SSS xxx XXX` and `'quoted text'`.
 * For localized display (month names in Chinese, 12-hour clocks) use `Intl.DateTimeFormat` with `timeZone`.
 *
 * @example
 * formatInZone(new Date('2026-11-11T07:59:00Z'), 'Asia/Shanghai') //=> '2026-11-11 15:59'
 * formatInZone(new Date('2026-11-11T07:59:00Z'), 'America/Los_Angeles', "EEE MMM d HH:mm xxx") //=> 'Tue Nov 10 23:59 -08:00'
 */
export function formatInZone(instant: Date, timeZone: string, pattern = 'yyyy-MM-dd HH:mm'): string {
  const t = shifted(instant.getTime(), timeZone);
  return pattern.replace(TOKEN, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal === '' ? "'" : literal;
    switch (token) {
      case 'yyyy':
        return pad(t.getUTCFullYear(), 4);
      case 'yy':
        return pad(t.getUTCFullYear() % 100);
      case 'MMM':
        return MONTHS[t.getUTCMonth()]!;
      case 'MM':
        return pad(t.getUTCMonth() + 1);
      case 'M':
        return String(t.getUTCMonth() + 1);
      case 'dd':
        return pad(t.getUTCDate());
      case 'd':
        return String(t.getUTCDate());
      case 'EEE':
        return DAYS[t.getUTCDay()]!;
      case 'HH':
        return pad(t.getUTCHours());
      case 'H':
        return String(t.getUTCHours());
      case 'mm':
        return pad(t.getUTCMinutes());
      case 'ss':
        return pad(t.getUTCSeconds());
      case 'SSS':
        return pad(t.getUTCMilliseconds(), 3);
      case 'xxx':
        return offsetText(zoneOffset(timeZone, instant.getTime()), false);
      default:
        return offsetText(zoneOffset(timeZone, instant.getTime()), true);
    }
  });
}

/**
 * ISO 8601 with the zone's offset at that instant, e.g. `2026-10-21T23:59:00-07:00`: readable in the
 * platform's time and exact as an instant. Milliseconds appear only when present.
 *
 * @example
 * formatISOInZone(new Date('2026-10-22T06:59:00Z'), 'America/Los_Angeles') //=> '2026-10-21T23:59:00-07:00'
 */
export function formatISOInZone(instant: Date, timeZone: string): string {
  // Local mean time (Shanghai before 1901, Monrovia before 1972) is not a whole number of minutes from UTC,
  // which ISO 8601 offsets cannot write: such an instant is written in UTC, still exact.
  if (!Number.isInteger(zoneOffset(timeZone, instant.getTime()))) return instant.toISOString().replace(instant.getUTCMilliseconds() ? /Z$/ : /\.000Z$/, 'Z');
  return formatInZone(instant, timeZone, instant.getUTCMilliseconds() ? "yyyy-MM-dd'T'HH:mm:ss.SSSxxx" : "yyyy-MM-dd'T'HH:mm:ssxxx");
}
