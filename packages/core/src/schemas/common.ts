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
export const idSchema = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected an id of letters, digits, ".", "_" or "-"'),
);

function toDate(value: string | Date): Date {
  return new Date(value instanceof Date ? value.getTime() : Date.parse(value));
}

/**
 * An instant. In files: an ISO 8601 date-time carrying its offset (`2026-10-21T23:59:00-07:00` or `...Z`);
 * in memory: a `Date`. A string without an offset is rejected, since it would be read in the machine's zone.
 */
export const instantSchema = z.pipe(
  z.union([
    z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date-time with an offset, e.g. 2026-10-21T23:59:00-07:00' }),
    z.date({ error: 'expected an ISO 8601 date-time with an offset, e.g. 2026-10-21T23:59:00-07:00' }),
  ]),
  z.pipe(
    z.transform(toDate),
    z.date().check(z.refine((d) => !Number.isNaN(d.getTime()), 'expected a valid date-time')),
  ),
);
