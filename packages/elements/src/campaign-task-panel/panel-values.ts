// Conversions between a task's instants and the panel's wall-time inputs, in the display zone.
import { formatInZone, type Plan } from '@campaign-planner/core';
import type { TimeSpecInput } from '@campaign-planner/core/edits';

/**
 * The value of a `datetime-local` input for an instant, as clocks in `zone` show it.
 *
 * @example
 * inputValue(new Date('2026-10-31T06:59:00Z'), 'America/Los_Angeles') //=> '2026-10-30T23:59'
 */
export function inputValue(instant: Date | undefined, zone: string): string {
  return instant ? formatInZone(instant, zone, "yyyy-MM-dd'T'HH:mm") : '';
}

/** A `datetime-local` value read as a wall time in `zone` (kept as wall time, so the edit says what was typed). */
export function wallSpec(value: string, zone: string): TimeSpecInput {
  return { wall: value.replace('T', ' '), zone };
}

/** The other clock of the plan: team time when showing platform time, else platform time. */
export function otherZone(plan: Plan, zone: string): string {
  return zone === plan.platformTimeZone ? plan.teamTimeZone : plan.platformTimeZone;
}
