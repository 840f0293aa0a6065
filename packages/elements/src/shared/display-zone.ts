import { isValidTimeZone, type Plan } from '@campaign-planner/core';

/**
 * The display zone of an element: `platform` (the plan's platform zone), `team` (the plan's team zone)
 * or any IANA zone name.
 */
export type DisplayZone = 'platform' | 'team' | (string & {});

/**
 * The IANA zone to draw and print times in. An unknown zone name falls back to the platform zone,
 * since deadlines are published there.
 *
 * @example
 * resolveDisplayZone(plan, 'team') //=> 'Asia/Shanghai'
 */
export function resolveDisplayZone(plan: Pick<Plan, 'platformTimeZone' | 'teamTimeZone'>, zone: DisplayZone): string {
  if (zone === 'team') return plan.teamTimeZone;
  if (zone === 'platform' || !isValidTimeZone(zone)) return plan.platformTimeZone;
  return zone;
}
