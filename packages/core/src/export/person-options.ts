import type { Locale } from '../schemas/common.js';
import type { Roster } from '../schemas/roster.js';
import { personSettings } from '../query/person.js';

/** What may differ between the files of a per-person split: the reader's language and zone. */
export interface PersonOptions {
  readonly locale?: Locale;
  readonly readerTimeZone?: string;
}

/**
 * The per-person options a roster gives (`roster.people`): each person's `locale` and zone (as
 * `readerTimeZone`), only the fields it sets. The hook of `markdownByPerson`, and what the CLI's
 * `--split-by owner --roster FILE` writes each file with.
 *
 * @example
 * const options = rosterPersonOptions({ roles: {}, people: { 'Li Wei': { locale: 'zh-CN', timeZone: 'Asia/Shanghai' } } });
 * options('Li Wei') //=> { locale: 'zh-CN', readerTimeZone: 'Asia/Shanghai' }
 * options('Wang Fang') //=> {}
 */
export function rosterPersonOptions(roster: Pick<Roster, 'people'>): (person: string) => PersonOptions {
  return (person) => {
    const s = personSettings(roster, person);
    return { ...(s.locale !== undefined ? { locale: s.locale } : {}), ...(s.timeZone !== undefined ? { readerTimeZone: s.timeZone } : {}) };
  };
}

/**
 * The fields of `options` that are set: what a caller chose explicitly, which wins over a roster.
 *
 * @example
 * explicitPersonOptions({ locale: 'en', readerTimeZone: undefined }) //=> { locale: 'en' }
 */
export function explicitPersonOptions(options: { readonly locale?: Locale | undefined; readonly readerTimeZone?: string | undefined }): PersonOptions {
  return {
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
    ...(options.readerTimeZone !== undefined ? { readerTimeZone: options.readerTimeZone } : {}),
  };
}
