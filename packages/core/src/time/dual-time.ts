import type { Plan } from '../schemas/plan.js';
import { formatISOInZone, formatInZone } from './wall-time.js';

/** An instant as the platform's clocks and the team's clocks show it (ISO 8601 with each zone's offset). */
export interface DualTime {
  readonly platform: string;
  readonly team: string;
}

/**
 * An instant in the plan's platform zone and team zone, as ISO 8601 with offsets.
 *
 * @example
 * dualTime(new Date('2026-10-22T06:59:00Z'), plan)
 * //=> { platform: '2026-10-21T23:59:00-07:00', team: '2026-10-22T14:59:00+08:00' }
 */
export function dualTime(instant: Date, plan: Pick<Plan, 'platformTimeZone' | 'teamTimeZone'>): DualTime {
  return { platform: formatISOInZone(instant, plan.platformTimeZone), team: formatISOInZone(instant, plan.teamTimeZone) };
}

/**
 * An instant for people: platform time, then team time, each with its zone's offset at that instant
 * (the offset tells PDT from PST on the night clocks fall back).
 *
 * @example
 * formatDualTime(new Date('2026-10-22T06:59:00Z'), plan) //=> '2026-10-21 23:59 -07:00 · 2026-10-22 14:59 +08:00'
 */
export function formatDualTime(instant: Date, plan: Pick<Plan, 'platformTimeZone' | 'teamTimeZone'>): string {
  const f = (zone: string) => formatInZone(instant, zone, 'yyyy-MM-dd HH:mm xxx');
  return `${f(plan.platformTimeZone)} · ${f(plan.teamTimeZone)}`;
}

const UNITS = {
  en: { d: 'd ', h: 'h ', m: 'm' },
  'zh-CN': { d: '天', h: '小时', m: '分钟' },
} as const;

/**
 * A duration for people, in days, hours and minutes (the largest two units), in English or Chinese.
 *
 * @example
 * formatDuration(2 * 86_400_000 + 3 * 3_600_000) //=> '2d 3h'
 * formatDuration(7 * 86_400_000 + 15 * 3_600_000, 'zh-CN') //=> '7天15小时'
 */
export function formatDuration(ms: number, locale: 'en' | 'zh-CN' = 'en'): string {
  const u = UNITS[locale];
  const sign = ms < 0 ? '-' : '';
  const m = Math.floor(Math.abs(ms) / 60_000);
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const min = m % 60;
  // "2天" reads better than "2天0小时"; English keeps its fixed two units.
  if (d > 0) return locale === 'zh-CN' && h === 0 ? `${sign}${d}${u.d}` : `${sign}${d}${u.d}${h}${u.h}`.trimEnd();
  if (h > 0) return `${sign}${h}${u.h}${min}${u.m}`;
  return `${sign}${min}${u.m}`;
}
