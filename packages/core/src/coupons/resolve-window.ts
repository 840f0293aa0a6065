import type { Phase } from '../schemas/phase.js';
import type { OfferWindow } from '../schemas/offer-window.js';
import { addCalendarDays, startOfDayInZone, toWallTime } from '../time/wall-time.js';

/** What a window needs to resolve: the plan's phases and platform zone. */
export interface WindowContext {
  readonly phases: ReadonlyArray<Pick<Phase, 'id' | 'start' | 'end'>>;
  readonly platformTimeZone: string;
}

/** A resolved window `[start, end)`, or why it cannot be resolved (with the key at fault). */
export type ResolvedWindow =
  { readonly ok: true; readonly start: Date; readonly end: Date } | { readonly ok: false; readonly key: string; readonly message: string };

const fail = (key: string, message: string): ResolvedWindow => ({ ok: false, key, message });

/**
 * Turns an offer window into instants. Phase windows follow the plan's phases; `day` counts calendar days
 * of the phase in the platform zone (day 1 starts with the phase), so "day 2 of the peak" is midnight to
 * midnight US Pacific time whatever zone the team sits in.
 *
 * @example
 * resolveWindow({ phase: 'peak', day: 2 }, plan)
 * //=> { ok: true, start: 2026-11-12T08:00:00.000Z, end: 2026-11-13T08:00:00.000Z }
 */
export function resolveWindow(window: OfferWindow, ctx: WindowContext): ResolvedWindow {
  if ('start' in window) {
    if (window.end <= window.start) return fail('end', 'expected the end after the start');
    return { ok: true, start: window.start, end: window.end };
  }
  const ids = ctx.phases.map((p) => p.id).join(', ');
  const first = ctx.phases.findIndex((p) => p.id === window.phase);
  if (first < 0) return fail('phase', `unknown phase "${window.phase}", expected one of ${ids}`);
  const phase = ctx.phases[first]!;
  if (window.day === undefined) {
    if (window.days !== undefined) return fail('days', 'expected "days" only together with "day"');
    if (window.through === undefined) return { ok: true, start: phase.start, end: phase.end };
    const last = ctx.phases.findIndex((p) => p.id === window.through);
    if (last < 0) return fail('through', `unknown phase "${window.through}", expected one of ${ids}`);
    if (last < first) return fail('through', `expected a phase on or after "${window.phase}"`);
    return { ok: true, start: phase.start, end: ctx.phases[last]!.end };
  }
  if (window.through !== undefined) return fail('through', 'expected either "day" or "through", not both');
  const zone = ctx.platformTimeZone;
  const firstDay = toWallTime(phase.start, zone);
  const start = startOfDayInZone(addCalendarDays(firstDay, window.day - 1), zone);
  const end = startOfDayInZone(addCalendarDays(firstDay, window.day - 1 + (window.days ?? 1)), zone);
  if (start >= phase.end) return fail('day', `phase "${phase.id}" has no day ${window.day}`);
  if (end > phase.end) return fail('days', `runs past the end of phase "${phase.id}"`);
  return { ok: true, start, end };
}
