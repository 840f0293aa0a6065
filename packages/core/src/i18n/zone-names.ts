import type { Locale } from '../schemas/common.js';

// The names sellers use every day; Intl's generic names ("Pacific Time", "中国标准时间") read less naturally.
const KNOWN: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  'America/Los_Angeles': { en: 'US Pacific time', 'zh-CN': '美西时间' },
  'Asia/Shanghai': { en: 'Beijing time', 'zh-CN': '北京时间' },
  'Asia/Chongqing': { en: 'Beijing time', 'zh-CN': '北京时间' },
  'Asia/Hong_Kong': { en: 'Hong Kong time', 'zh-CN': '香港时间' },
  'America/New_York': { en: 'US Eastern time', 'zh-CN': '美东时间' },
  UTC: { en: 'UTC', 'zh-CN': 'UTC' },
  'Etc/UTC': { en: 'UTC', 'zh-CN': 'UTC' },
};

/**
 * A zone's name for people: 美西时间 / 北京时间 for the zones sellers live by, else the zone's own generic
 * name from `Intl` (in the locale), else the IANA id.
 *
 * @example
 * zoneName('America/Los_Angeles', 'zh-CN') //=> '美西时间'
 * zoneName('Asia/Shanghai', 'en') //=> 'Beijing time'
 * zoneName('Europe/Moscow', 'zh-CN') //=> '莫斯科标准时间'
 */
export function zoneName(zone: string, locale: Locale): string {
  const known = KNOWN[zone];
  if (known) return known[locale];
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(new Date(0));
    const name = parts.find((p) => p.type === 'timeZoneName')?.value;
    // Intl falls back to "GMT+03:00" when it has no name: the IANA id says more.
    return name && !/^(GMT|UTC)[+-]/.test(name) ? name : zone;
  } catch {
    return zone;
  }
}
