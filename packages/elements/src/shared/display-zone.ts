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

/**
 * The zone name a display zone cannot use (not `platform`, `team` nor a zone the browser knows), so an
 * element can say so instead of silently drawing in another zone; `undefined` when the zone is fine.
 *
 * @example
 * zoneProblem('Mars/Olympus') //=> 'Mars/Olympus'
 * zoneProblem('team') //=> undefined
 */
export function zoneProblem(zone: DisplayZone): string | undefined {
  return zone === 'platform' || zone === 'team' || isValidTimeZone(zone) ? undefined : zone;
}

/** The zone of the browser the page runs in (the viewer's clock). */
export function viewerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
