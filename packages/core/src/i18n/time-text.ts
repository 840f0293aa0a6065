// Times, durations and repetitions as sentences a seller reads: 美西时间 / 北京时间 rather than zone ids or GMT+8,
// "每天 10:00（北京时间），至 11月12日" rather than RRULE text. Reads the rule's parts as text: no rrule here.
import type { Locale } from '../schemas/common.js';
import { formatInZone } from '../time/wall-time.js';
import { zoneName } from './zone-names.js';

const WEEKDAY = {
  en: { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' },
  'zh-CN': { MO: '周一', TU: '周二', WE: '周三', TH: '周四', FR: '周五', SA: '周六', SU: '周日' },
} as const;
type Day = keyof (typeof WEEKDAY)['en'];
const DAY_ORDER: readonly Day[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * A day and time as people in `zone` read it, with the zone's name.
 *
 * @example
 * formatZonedTime(new Date('2026-10-22T06:59:00Z'), 'America/Los_Angeles', 'zh-CN') //=> '10月21日 23:59（美西时间）'
 * formatZonedTime(new Date('2026-10-22T06:59:00Z'), 'Asia/Shanghai', 'en') //=> 'Oct 22 14:59 Beijing time'
 */
export function formatZonedTime(instant: Date, zone: string, locale: Locale): string {
  return locale === 'zh-CN'
    ? `${formatInZone(instant, zone, "M'月'd'日' HH:mm")}（${zoneName(zone, locale)}）`
    : `${formatInZone(instant, zone, 'MMM d HH:mm')} ${zoneName(zone, locale)}`;
}

/**
 * An instant as the platform and the team see it, named for people.
 *
 * @example
 * formatDualTimeText(new Date('2026-10-22T06:59:00Z'), plan, 'zh-CN') //=> '10月21日 23:59（美西时间） · 10月22日 14:59（北京时间）'
 */
export function formatDualTimeText(instant: Date, zones: { platformTimeZone: string; teamTimeZone: string }, locale: Locale): string {
  const platform = formatZonedTime(instant, zones.platformTimeZone, locale);
  if (zones.teamTimeZone === zones.platformTimeZone) return platform;
  return `${platform} · ${formatZonedTime(instant, zones.teamTimeZone, locale)}`;
}

function parts(rule: string): Map<string, string> {
  return new Map(
    rule
      .replace(/^RRULE:/i, '')
      .split(';')
      .filter(Boolean)
      .map((p) => p.split('=') as [string, string])
      .map(([k, v]) => [k.toUpperCase(), v ?? ''] as const),
  );
}

function repeat(p: Map<string, string>, locale: Locale, firstDay: Day | undefined): string {
  const freq = p.get('FREQ') ?? 'DAILY';
  const n = Number(p.get('INTERVAL') ?? '1');
  const given = (p.get('BYDAY') ?? '').split(',').filter((d): d is Day => d in WEEKDAY.en);
  const zh = locale === 'zh-CN';
  if (given.length === 5 && DAY_ORDER.slice(0, 5).every((d) => given.includes(d))) return zh ? '每个工作日（周一至周五）' : 'every weekday (Mon-Fri)';
  if (freq === 'WEEKLY') {
    // Without BYDAY a weekly rule repeats on its first occurrence's weekday.
    const days = given.length > 0 ? given : firstDay ? [firstDay] : [];
    if (zh) return `${n > 1 ? `每${n}周` : '每周'}${days.map((d) => WEEKDAY['zh-CN'][d].slice(1)).join('、')}`;
    return `${n > 1 ? `every ${n} weeks` : 'weekly'}${days.length ? ` on ${days.map((d) => WEEKDAY.en[d]).join(', ')}` : ''}`;
  }
  const unit = { HOURLY: ['hour', '小时'], DAILY: ['day', '天'], MONTHLY: ['month', '个月'], YEARLY: ['year', '年'] }[freq] ?? ['day', '天'];
  if (zh) return n > 1 ? `每${n}${unit[1]}` : `每${unit[1] === '个月' ? '月' : unit[1]}`;
  if (n > 1) return `every ${n} ${unit[0]}s`;
  return { hour: 'hourly', day: 'daily', month: 'monthly', year: 'yearly' }[unit[0]!]!;
}

/**
 * A recurring task's repetition as a sentence, at the wall time of its first occurrence in `zone` (the zone its
 * clock keeps), up to its last occurrence.
 *
 * @example
 * recurrenceSentence('FREQ=DAILY;UNTIL=20261112T235959', occurrences, 'Asia/Shanghai', 'zh-CN') //=> '每天 10:00（北京时间），至 11月12日'
 * recurrenceSentence('FREQ=DAILY;UNTIL=20261112T235959', occurrences, 'Asia/Shanghai', 'en') //=> 'daily at 10:00 Beijing time until Nov 12'
 */
export function recurrenceSentence(rule: string, occurrences: readonly Date[], zone: string, locale: Locale): string {
  const p = parts(rule);
  const first = occurrences[0];
  const last = occurrences.at(-1);
  const firstDay = first ? (formatInZone(first, zone, 'EEE').slice(0, 2).toUpperCase() as Day) : undefined;
  const how = repeat(p, locale, firstDay);
  const name = zoneName(zone, locale);
  if (!first || !last) return how;
  const time = formatInZone(first, zone, 'HH:mm');
  if (locale === 'zh-CN') return `${how} ${time}（${name}），至 ${formatInZone(last, zone, "M'月'd'日'")}`;
  return `${how} at ${time} ${name} until ${formatInZone(last, zone, 'MMM d')}`;
}
