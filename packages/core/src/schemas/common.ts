import { z } from 'zod/mini';

/** Locales every user-facing text is given in. */
export const LOCALES = ['en', 'zh-CN'] as const;
/** A supported locale: `en` or `zh-CN`. */
export type Locale = (typeof LOCALES)[number];

/** A text in English and Simplified Chinese. */
export const localizedTextSchema = z.strictObject({
  en: z.string().check(z.minLength(1, 'expected a non-empty English text')),
  'zh-CN': z.string().check(z.minLength(1, 'expected a non-empty Chinese (zh-CN) text')),
});
/** A text in English and Simplified Chinese. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** An identifier: letters, digits, `.`, `_`, `-`; no spaces. */
export const idSchema = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected an id of letters, digits, ".", "_" or "-"'));

/**
 * The earliest instant a plan may hold: 1883-11-19 UTC, the day after North American railways moved to standard
 * time. Before it zones ran on local mean time, with offsets in seconds (-07:52:58) that ISO 8601 cannot write,
 * so such an instant could be read but never written back.
 */
export const MIN_INSTANT = new Date(Date.UTC(1883, 10, 19));

function toDate(value: string | Date): Date {
  return new Date(value instanceof Date ? value.getTime() : Date.parse(value));
}

/**
 * An instant. In files: an ISO 8601 date-time carrying its offset (`2026-10-21T23:59:00-07:00` or `...Z`);
 * in memory: a `Date`. A string without an offset is rejected, since it would be read in the machine's zone;
 * so is an instant before {@link MIN_INSTANT}.
 */
export const instantSchema = z.pipe(
  z.union([
    z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date-time with an offset, e.g. 2026-10-21T23:59:00-07:00' }),
    z.date({ error: 'expected an ISO 8601 date-time with an offset, e.g. 2026-10-21T23:59:00-07:00' }),
  ]),
  z.pipe(
    z.transform(toDate),
    z.date().check(
      z.refine((d) => !Number.isNaN(d.getTime()), 'expected a valid date-time'),
      z.refine((d) => Number.isNaN(d.getTime()) || d >= MIN_INSTANT, {
        message: 'expected a date-time on or after 1883-11-19 (earlier times used local mean time offsets that cannot be written in ISO 8601)',
        abort: true,
      }),
    ),
  ),
);

/**
 * `schema` (an object or record schema) that also refuses an own `__proto__` key. JSON.parse makes
 * `{"__proto__": ...}` an ordinary key, which zod drops silently (it would replace the result's prototype):
 * a strict schema must report it like any other unknown key instead.
 *
 * @example
 * const phases = rejectProtoKey(z.record(idSchema, daysSchema));
 * phases.safeParse(JSON.parse('{"__proto__": {}}')).success //=> false
 */
export function rejectProtoKey<T extends z.ZodMiniType>(schema: T) {
  // The generic T hides that its input is z.input<T>; say so, so that the pipe's two ends line up.
  const inner = schema as unknown as z.ZodMiniType<z.output<T>, z.input<T>>;
  return z.pipe(
    z.custom<z.input<T>>().check(
      z.superRefine((input, ctx) => {
        if (input !== null && typeof input === 'object' && Object.prototype.hasOwnProperty.call(input, '__proto__'))
          ctx.issues.push({ code: 'custom', input, path: ['__proto__'], message: 'unknown key "__proto__"' });
      }),
    ),
    inner,
  );
}
