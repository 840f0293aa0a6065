// The text of a task's DESCRIPTION in the ICS export, and the export's fixed words in each language.
import type { Locale } from '../../schemas/common.js';
import type { Plan } from '../../schemas/plan.js';
import type { Task } from '../../schemas/task.js';
import { ROLE_LABELS } from '../../i18n/labels.js';
import { bilingualNotes } from '../../i18n/notes.js';
import { wallText } from './datetime.js';
import { escapeText } from './text.js';

/** The fixed words of the calendar's texts, per locale. */
export const ICS_TEXT = {
  en: {
    due: 'Due',
    platform: 'platform',
    team: 'team',
    owner: 'Owner',
    dependsOn: 'Depends on',
    critical: 'Critical deadline',
    estimate: 'estimate: confirm in the seller centre',
    role: 'Role',
  },
  'zh-CN': {
    due: '截止',
    platform: '平台',
    team: '团队',
    owner: '负责人',
    dependsOn: '依赖',
    critical: '关键截止',
    estimate: '预估日期：请在卖家后台确认',
    role: '角色',
  },
} as const;

/**
 * A task's description, escaped for a TEXT value: its title in the other language, the deadline in platform
 * and team time, the estimate warning, owner or role, dependencies and notes, one per line.
 *
 * @example
 * taskDescription(plan, 'en', task) //=> '报名平台活动\\nDue: 2026-10-21 23:59 (platform America/Los_Angeles) · …'
 */
export function taskDescription(plan: Pick<Plan, 'platformTimeZone' | 'teamTimeZone'>, locale: Locale, task: Task): string {
  const t = ICS_TEXT[locale];
  const { platformTimeZone: zone, teamTimeZone: team } = plan;
  const title = task.title[locale === 'en' ? 'zh-CN' : 'en'];
  const owner = task.owner ? `${t.owner}: ${task.owner}` : task.role ? `${t.role}: ${ROLE_LABELS[task.role][locale]}` : undefined;
  const notes = task.notes ? bilingualNotes(task.notes) : undefined;
  // The due line, the estimate and the dependency ids (idSchema) hold no CR; only user text can end in one.
  if (title.endsWith('\r') || owner?.endsWith('\r') || notes?.endsWith('\r'))
    return escapeText(descriptionLines(plan, t, task, title, owner, notes).join('\n'));
  // Escaped line by line and joined with the escaped break: the same text as escaping the joined
  // description, without sending every description down escaping's slow path. A line ending in CR would
  // join with the break into one CRLF, so such text takes the plain way above.
  let text = `${escapeText(title)}\\n${t.due}: ${wallText(task.due, zone)} (${t.platform} ${zone}) · ${wallText(task.due, team)} (${t.team} ${team})`;
  if (task.dueSource?.kind === 'estimate') text += `\\n${escapeText(t.estimate)}`;
  if (owner !== undefined) text += `\\n${escapeText(owner)}`;
  if (task.dependsOn.length) text += `\\n${escapeText(`${t.dependsOn}: ${task.dependsOn.join(', ')}`)}`;
  if (notes !== undefined) text += `\\n\\n${escapeText(notes)}`;
  return text;
}

/** The description's lines, unescaped. */
function descriptionLines(
  plan: Pick<Plan, 'platformTimeZone' | 'teamTimeZone'>,
  t: (typeof ICS_TEXT)[Locale],
  task: Task,
  title: string,
  owner: string | undefined,
  notes: string | undefined,
): string[] {
  const { platformTimeZone: zone, teamTimeZone: team } = plan;
  const lines = [title, `${t.due}: ${wallText(task.due, zone)} (${t.platform} ${zone}) · ${wallText(task.due, team)} (${t.team} ${team})`];
  if (task.dueSource?.kind === 'estimate') lines.push(t.estimate);
  if (owner !== undefined) lines.push(owner);
  if (task.dependsOn.length) lines.push(`${t.dependsOn}: ${task.dependsOn.join(', ')}`);
  if (notes !== undefined) lines.push('', notes);
  return lines;
}
