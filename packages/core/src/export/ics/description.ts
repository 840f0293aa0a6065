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
  const lines = [
    task.title[locale === 'en' ? 'zh-CN' : 'en'],
    `${t.due}: ${wallText(task.due, zone)} (${t.platform} ${zone}) · ${wallText(task.due, team)} (${t.team} ${team})`,
  ];
  if (task.dueSource?.kind === 'estimate') lines.push(t.estimate);
  if (task.owner) lines.push(`${t.owner}: ${task.owner}`);
  else if (task.role) lines.push(`${t.role}: ${ROLE_LABELS[task.role][locale]}`);
  if (task.dependsOn.length) lines.push(`${t.dependsOn}: ${task.dependsOn.join(', ')}`);
  if (task.notes) lines.push('', bilingualNotes(task.notes));
  // Escaped line by line and joined with the escaped break: the same text as escaping the joined
  // description, without sending every description down escaping's slow path. A line ending in CR would
  // join with the break into one CRLF, so such text takes the plain way.
  if (lines.some((l) => l.endsWith('\r'))) return escapeText(lines.join('\n'));
  return lines.map(escapeText).join('\\n');
}
