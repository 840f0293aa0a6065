// `--roster FILE` for the commands that print per person: who does what, and each person's language and zone.
import type { Roster } from '../schemas/roster.js';
import { parseRoster } from '../templates/roster.js';
import { rosterPersonOptions, type PersonOptions } from '../export/person-options.js';
import { stringOption, type Parsed } from './args.js';
import { readJsonFileWith } from './plan-file.js';

/** The `parseArgs` option of {@link rosterOption}. */
export const ROSTER_ARG = { roster: { type: 'string' } } as const;

/** The help line of {@link ROSTER_ARG} for commands that read a made plan (`export`, `today`). */
export const ROSTER_USAGE = `  --roster <file>        who does what (examples/roster.json): role tasks without an owner go to the
                         roster's person; each person's files and brief in their language and zone
                         (roster "people"; --locale and --zone win over it)`;

/**
 * The roster `--roster FILE` names, validated, or `undefined` without the option.
 *
 * @throws InputError naming the file and the field (`roster.json: people["Li Wei"].timeZone: ...`).
 */
export function rosterOption(parsed: Parsed): Roster | undefined {
  const file = stringOption(parsed, 'roster');
  return file === undefined ? undefined : readJsonFileWith(file, parseRoster);
}

/**
 * Each person's language and zone from the roster, less what the command line sets explicitly: `--locale`
 * and `--zone` apply to everyone and win over the roster.
 *
 * @example
 * writePlanOutput(plan, options, parsed, io, rosterPersonOptionsFor(roster, parsed));
 */
export function rosterPersonOptionsFor(roster: Roster | undefined, parsed: Parsed): (person: string) => PersonOptions {
  if (roster === undefined) return () => ({});
  const fromRoster = rosterPersonOptions(roster);
  const keepLocale = parsed.values.locale === undefined;
  const keepZone = parsed.values.zone === undefined;
  return (person) => {
    const o = fromRoster(person);
    return {
      ...(keepLocale && o.locale !== undefined ? { locale: o.locale } : {}),
      ...(keepZone && o.readerTimeZone !== undefined ? { readerTimeZone: o.readerTimeZone } : {}),
    };
  };
}
