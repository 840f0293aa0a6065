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
  if (/^[A-Za-z]+(?:[/_+-][A-Za-z0-9_+-]+)*$/.test(zone) && (zone.includes('/') || zone.toUpperCase() === 'UTC')) {
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

const canonical = new Map<string, string>();
let supported: ReadonlyMap<string, string> | undefined;

// Zone names as the database spells them, by lower case (Intl.supportedValuesOf lists the canonical ones).
function supportedByLowerCase(): ReadonlyMap<string, string> {
  supported ??= new Map(Intl.supportedValuesOf('timeZone').map((z) => [z.toLowerCase(), z]));
  return supported;
}

// `asia/kolkata` -> `Asia/Kolkata`, `us/pacific` -> `US/Pacific`: the last resort for names Intl does not list.
const titleCase = (zone: string) =>
  zone
    .toLowerCase()
    .split('/')
    .map((part) =>
      /^[a-z]{2,3}$/.test(part) && part !== 'etc'
        ? part.toUpperCase()
        : part.replace(/(^|[_-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase()),
    )
    .join('/');

/**
 * The spelling of a valid zone name as the zone database has it: zone names are matched without regard to
 * case (`asia/shanghai` works), so a plan stores the one spelling every tool and calendar app expects. Only the
 * case changes: an alias such as `Asia/Calcutta` stays itself. Unknown names are returned unchanged.
 *
 * @example
 * canonicalTimeZone('asia/shanghai') //=> 'Asia/Shanghai'
 * canonicalTimeZone('utc') //=> 'UTC'
 */
export function canonicalTimeZone(zone: string): string {
  const known = canonical.get(zone);
  if (known !== undefined) return known;
  let result = zone;
  if (isValidTimeZone(zone)) {
    const lower = zone.toLowerCase();
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    const listed = supportedByLowerCase().get(lower);
    const guess = titleCase(zone);
    if (resolved.toLowerCase() === lower) result = resolved;
    else if (listed) result = listed;
    // A mixed-case name was typed with care: keep it (Etc/UTC, America/Argentina/ComodRivadavia).
    else if ((zone === lower || zone === zone.toUpperCase()) && isValidTimeZone(guess)) result = guess;
  }
  canonical.set(zone, result);
  return result;
}

/**
 * An IANA time zone name, checked against the runtime's zone database and stored in its canonical spelling
 * ({@link canonicalTimeZone}: `asia/shanghai` is read as `Asia/Shanghai`).
 */
export const timeZoneSchema = z.string().check(
  z.refine(isValidTimeZone, { message: 'expected an IANA time zone name such as "America/Los_Angeles"', abort: true }),
  // An overwrite keeps the schema a plain string (and its JSON Schema, default included) while fixing the spelling.
  z.overwrite(canonicalTimeZone),
);
