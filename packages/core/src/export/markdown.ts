import type { Locale } from '../schemas/common.js';
import type { Plan } from '../schemas/plan.js';
import { WORKSTREAMS } from '../schemas/task.js';
import { WORKSTREAM_LABELS } from '../i18n/labels.js';
import { formatInZone } from '../time/wall-time.js';
import { lookupStatus, type TaskStatusLookup } from './status-lookup.js';

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /** Language of headings and titles (default `en`). */
  readonly locale?: Locale;
  /** Whether a task is done; wins over `statuses`. By default its status says. */
  readonly isDone?: (taskId: string) => boolean;
  /**
   * Current statuses by task id (a `Map`, a record, or a function such as `(id) => statusOf(state, id)` over
   * a readiness status state): a `done` task is ticked `[x]`. Tasks it does not name keep the plan's status.
   */
  readonly statuses?: TaskStatusLookup;
}

const TEXT = {
  en: { due: 'due', platform: 'platform', team: 'team', owner: 'owner', repeats: 'repeats', critical: 'critical' },
  'zh-CN': { due: '截止', platform: '平台', team: '团队', owner: '负责人', repeats: '重复', critical: '关键' },
} as const;

// Markdown control characters in titles would turn text into links or emphasis.
const escapeMd = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\r?\n/g, ' ');

/**
 * A GitHub task-list checklist of the plan, grouped by phase then workstream, each item with its due
 * time in the platform zone and the team zone.
 *
 * @example
 * toMarkdown(plan, { locale: 'zh-CN', statuses: { 'register-platform-activities': 'done' } })
 * //=> '# 2026 速卖通双11\n\n## 造势期 ...\n- [x] 报名平台活动 — 截止 2026-10-21 23:59 (平台 America/Los_Angeles) · 2026-10-22 14:59 (团队 Asia/Shanghai)'
 */
export function toMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const locale = options.locale ?? 'en';
  const t = TEXT[locale];
  const byId = new Map(plan.tasks.map((x) => [x.id, x] as const));
  const done =
    options.isDone ??
    ((id: string) => {
      const task = byId.get(id);
      return task !== undefined && lookupStatus(task, options.statuses) === 'done';
    });
  const p = plan.platformTimeZone;
  const team = plan.teamTimeZone;
  const lines: string[] = [`# ${escapeMd(plan.name[locale])}`, ''];
  lines.push(`${t.platform}: ${p} · ${t.team}: ${team}`, '');
  for (const phase of plan.phases) {
    const range = `${formatInZone(phase.start, p)} – ${formatInZone(phase.end, p)}`;
    lines.push(`## ${escapeMd(phase.label[locale])} (${range} ${p})`, '');
    const inPhase = plan.tasks.filter((x) => x.phase === phase.id);
    for (const ws of WORKSTREAMS) {
      const tasks = inPhase.filter((x) => x.workstream === ws).sort((a, b) => a.due.getTime() - b.due.getTime());
      if (tasks.length === 0) continue;
      lines.push(`### ${WORKSTREAM_LABELS[ws][locale]}`, '');
      for (const task of tasks) {
        const due = `${t.due} ${formatInZone(task.due, p)} (${t.platform} ${p}) · ${formatInZone(task.due, team)} (${t.team} ${team})`;
        const extra = [
          task.critical ? `**${t.critical}**` : '',
          task.owner ? `${t.owner}: ${escapeMd(task.owner)}` : '',
          task.recurrence ? `${t.repeats}: \`${task.recurrence}\`` : '',
        ].filter(Boolean);
        lines.push(`- [${done(task.id) ? 'x' : ' '}] ${escapeMd(task.title[locale])} — ${due}${extra.length ? ` · ${extra.join(' · ')}` : ''}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}
