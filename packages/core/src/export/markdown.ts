import type { Plan } from '../schemas/plan.js';
import type { Roster } from '../schemas/roster.js';
import { peopleOf } from '../query/apply-query.js';
import { withRoster } from '../query/person.js';
import { explicitPersonOptions, rosterPersonOptions, type PersonOptions } from './person-options.js';
import { lookupStatus } from './status-lookup.js';
import { buildChecklist, TEXT, type ChecklistLine, type ChecklistOptions, type Checklist } from './checklist.js';

/** Options of {@link toMarkdown}: a query, a grouping, the reader's zone, statuses (see `ChecklistOptions`). */
export type MarkdownOptions = ChecklistOptions;

// Markdown control characters in titles would turn text into links or emphasis.
const escapeMd = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\r?\n/g, ' ');

function line(c: Checklist, l: ChecklistLine, showPerson: boolean): string {
  const t = TEXT[c.locale];
  const due = `${t.due} ${l.duePlatform} (${t.platform} ${c.platformTimeZone}) · ${l.dueReader} (${c.readerLabel} ${c.readerTimeZone})`;
  const extra = [
    l.critical ? `**${t.critical}**` : '',
    l.estimated ? `*${t.estimate}*` : '',
    showPerson && l.person ? `${t.owner}: ${escapeMd(l.person)}` : '',
    l.repeats ? `${t.repeats}: ${escapeMd(l.repeats)}` : '',
  ].filter(Boolean);
  // Notes continue the list item on indented lines, one per language.
  const notes = (l.notes ?? '')
    .split('\n')
    .filter((n) => n.trim() !== '')
    .map((n) => `\n  ${escapeMd(n)}`);
  return `- [${l.done ? 'x' : ' '}] ${escapeMd(l.title)} — ${due}${extra.length ? ` · ${extra.join(' · ')}` : ''}${notes.join('')}`;
}

function render(c: Checklist, showPerson: boolean): string {
  const t = TEXT[c.locale];
  const lines: string[] = [`# ${escapeMd(c.title)}`, '', `${t.platform}: ${c.platformTimeZone} · ${c.readerLabel}: ${c.readerTimeZone}`, ''];
  for (const g of c.groups) {
    lines.push(`## ${escapeMd(g.title)}`, '');
    for (const s of g.sections) {
      if (s.title) lines.push(`### ${escapeMd(s.title)}`, '');
      for (const l of s.lines) lines.push(line(c, l, showPerson));
      lines.push('');
    }
  }
  return lines.join('\n');
}

/**
 * A GitHub / Obsidian task-list checklist of the plan: one `- [ ]` line per work item (each occurrence of a
 * recurring task has its own), ticked `- [x]` when done, with the due time in the platform zone and the
 * reader's zone (the team's by default), critical and estimated deadlines marked. Grouped by phase then
 * workstream, by workstream, or by person; only the items a `query` selects when one is given.
 *
 * @example
 * toMarkdown(plan, { locale: 'zh-CN', statuses: { 'register-platform-activities': 'done' } })
 * //=> '# 2026 速卖通双11\n\n...\n- [x] 报名平台活动 — 截止 2026-10-21 23:59 (平台 America/Los_Angeles) · 2026-10-22 14:59 (团队 Asia/Shanghai)'
 * toMarkdown(plan, { query: { workstreams: ['marketing'], dueTo: { day: 'today+7' } }, groupBy: 'person' })
 */
export function toMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  return render(buildChecklist(plan, options), options.groupBy !== 'person');
}

/** Options of {@link markdownByPerson}: those of `toMarkdown`, and a roster. */
export interface MarkdownByPersonOptions extends MarkdownOptions {
  /**
   * Who does what, and in which language and zone (see `rosterSchema`): tasks with a role but no owner go to
   * the person it maps the role to (`withRoster`), and each person's checklist is written in their `locale`
   * and `timeZone`. An explicit `locale` or `readerTimeZone` in these options wins over the roster.
   */
  readonly roster?: Roster;
}

/**
 * One Markdown checklist per person (see `personOf`) of the items a query selects, keyed by person, each
 * in that person's locale and zone when the `roster` gives them. `personOptions`, when given, wins over
 * both the roster and the shared options for the fields it returns.
 *
 * @example
 * const roster = { roles: { designer: 'Chen Jing' }, people: { 'Chen Jing': { locale: 'zh-CN', timeZone: 'Asia/Shanghai' } } };
 * for (const [person, md] of markdownByPerson(plan, { query: { dueTo: { day: 'tomorrow' } }, roster })) send(person, md);
 */
export function markdownByPerson(
  plan: Plan,
  options: MarkdownByPersonOptions = {},
  personOptions: (person: string) => PersonOptions = () => ({}),
): Map<string, string> {
  const { roster, ...shared } = options;
  const assigned = roster ? withRoster(plan, roster) : plan;
  const fromRoster = roster ? rosterPersonOptions(roster) : () => ({});
  const explicit = explicitPersonOptions(shared);
  const out = new Map<string, string>();
  for (const person of peopleOf(assigned, { ...shared, statusOf: (i) => lookupStatus(i.task, shared.statuses, i.occurrence) })) {
    out.set(person, toMarkdown(assigned, { ...shared, ...fromRoster(person), ...explicit, ...personOptions(person), person }));
  }
  return out;
}
