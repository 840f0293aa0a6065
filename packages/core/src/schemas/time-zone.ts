import { z } from 'zod/mini';

const validZones = new Map<string, boolean>();

/**
 * Whether `zone` is an IANA time zone name this runtime knows (`America/Los_Angeles`, `Asia/Shanghai`, `UTC`).
 * Offsets such as `+08:00` and abbreviations such as `PST` are rejected: deadlines need a named zone so that
 * DST changes are applied.
 *
 * @example
 * isValidTimeZone('America/Los_Angeles') //=> true
 * isValidTimeZone('PST') //=> false
 */
export function isValidTimeZone(zone: string): boolean {
  const known = validZones.get(zone);
  if (known !== undefined) return known;
  let ok = false;
  // Intl accepts fixed offsets such as "+08:00" too; those carry no DST rules, so only names with a slash or UTC pass.
  if (/^[A-Za-z]+(?:[/_+-][A-Za-z0-9_+-]+)*$/.test(zone) && (zone.includes('/') || zone === 'UTC' || zone === 'Etc/UTC')) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
  }
  validZones.set(zone, ok);
  return ok;
}

/** An IANA time zone name, checked against the runtime's zone database. */
export const timeZoneSchema = z.string().check(
  z.refine(isValidTimeZone, { message: 'expected an IANA time zone name such as "America/Los_Angeles"' }),
);
