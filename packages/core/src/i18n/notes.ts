import type { Locale, LocalizedText } from '../schemas/common.js';
import type { TaskNotes } from '../schemas/task.js';

/**
 * A task's notes in one locale: a plain string is the same in every locale.
 *
 * @example
 * noteText({ en: 'Reply within 24 h', 'zh-CN': '24小时内回复' }, 'zh-CN') //=> '24小时内回复'
 * noteText('Our note', 'zh-CN') //=> 'Our note'
 */
export function noteText(notes: TaskNotes | undefined, locale: Locale = 'en'): string {
  if (notes === undefined) return '';
  return typeof notes === 'string' ? notes : notes[locale];
}

/**
 * Notes in both languages for exports that show both: the English text, then the Chinese one when it differs.
 *
 * @example
 * bilingualNotes({ en: 'Reply within 24 h', 'zh-CN': '24小时内回复' }) //=> 'Reply within 24 h\n24小时内回复'
 */
export function bilingualNotes(notes: TaskNotes | undefined): string {
  if (notes === undefined) return '';
  if (typeof notes === 'string') return notes;
  return notes.en === notes['zh-CN'] ? notes.en : `${notes.en}\n${notes['zh-CN']}`;
}

/**
 * Notes with `line` appended (to each locale when either is localized); a line already present is not repeated.
 *
 * @example
 * appendNote('Ours', 'Team calendar: moved') //=> 'Ours\nTeam calendar: moved'
 */
export function appendNote(notes: TaskNotes | undefined, line: string | LocalizedText): TaskNotes {
  const add = (text: string | undefined, l: string) => (text === undefined || text === '' ? l : text.split('\n').includes(l) ? text : `${text}\n${l}`);
  if (typeof notes !== 'object' && typeof line === 'string') return add(notes, line);
  const pick = (locale: Locale) => (typeof line === 'string' ? line : line[locale]);
  return { en: add(noteText(notes, 'en'), pick('en')), 'zh-CN': add(noteText(notes, 'zh-CN'), pick('zh-CN')) };
}

/**
 * Notes without the lines `drop` matches (in every locale); `undefined` when nothing is left.
 *
 * @example
 * dropNoteLines('Ours\nTeam calendar: moved', (l) => l.startsWith('Team calendar: ')) //=> 'Ours'
 */
export function dropNoteLines(notes: TaskNotes | undefined, drop: (line: string) => boolean): TaskNotes | undefined {
  const keep = (text: string) =>
    text
      .split('\n')
      .filter((l) => !drop(l))
      .join('\n');
  if (notes === undefined) return undefined;
  if (typeof notes === 'string') return keep(notes) || undefined;
  const en = keep(notes.en);
  const zh = keep(notes['zh-CN']);
  return en && zh ? { en, 'zh-CN': zh } : en || zh || undefined;
}
