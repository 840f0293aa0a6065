import type { Plan } from '../schemas/plan.js';
import { formatISOInZone } from '../time/wall-time.js';

/**
 * Writes a plan as JSON. Instants are ISO 8601 with the platform zone's offset at that instant
 * (`2026-10-21T23:59:00-07:00`), so a file reads in platform time and stays exact.
 * `parsePlan(JSON.parse(serializePlan(plan)))` deep-equals `plan`.
 *
 * @example
 * writeFileSync('plan.json', serializePlan(plan));
 */
export function serializePlan(plan: Plan, space: number | string = 2): string {
  const zone = plan.platformTimeZone;
  return JSON.stringify(
    plan,
    function replacer(this: Record<string, unknown>, key: string, value: unknown) {
      // JSON.stringify hands Date.toJSON's string to the replacer; the holder still has the Date.
      const raw = this[key];
      return raw instanceof Date ? formatISOInZone(raw, zone) : value;
    },
    space,
  );
}
