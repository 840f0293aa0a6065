// Task bars and milestones of <campaign-gantt>: title label (inside when it fits, beside otherwise), owner or
// role, progress from status, estimate styling, critical-chain mark and slack.
import { html, nothing, type TemplateResult } from 'lit';
import { ROLE_LABELS, localize, type Locale, type Task, type TaskStatus } from '@campaign-planner/core';
import { formatDuration, isClosed, statusOf } from '@campaign-planner/core/readiness';
import { formatDue } from '../shared/format.js';
import { t } from '../shared/ui-text.js';
import { px, timelineWidth, xOf, type GanttContext } from './gantt-context.js';
import type { GanttBar, TaskRow } from './gantt-model.js';

// Label text is 11px: CJK glyphs are 1em wide, Latin ones at most ~0.62em on average. Over-estimating keeps
// a label that would not fit out of its bar (where it would be cut), at the price of a label placed beside.
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const LABEL_PAD = 10;

/**
 * Conservative width in px of a label in the chart's 11px font.
 *
 * @example
 * labelWidth('Sprint kickoff') //=> 96
 */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? 11 : 6.8;
  return Math.ceil(w);
}

/**
 * Who a task is for: its owner, else its role's label.
 *
 * @example
 * whoOf({ role: 'designer' }, 'en') //=> 'Designer'
 */
export function whoOf(task: Pick<Task, 'owner' | 'role'>, locale: Locale): string | undefined {
  return task.owner ?? (task.role ? localize(ROLE_LABELS[task.role], locale) : undefined);
}

// Without a state the plan's own status is the answer: no state (a map over every task) is built for it.
const barStatus = (ctx: GanttContext, bar: GanttBar): TaskStatus =>
  ctx.state ? statusOf(ctx.state, bar.item.task.id, bar.item.occurrence) : bar.item.task.status;

/** Share of a row's occurrences that are done, as "2/3" (recurring tasks only). */
function occurrenceShare(ctx: GanttContext, row: TaskRow): string {
  const done = row.bars.filter((b) => barStatus(ctx, b) === 'done').length;
  return `${done}/${row.bars.length}`;
}

function slackText(ctx: GanttContext, task: Task): string | undefined {
  const s = ctx.schedule?.tasks.get(task.id);
  if (!s || s.slackMs === undefined) return undefined;
  return `${t(ctx.locale, 'slack')}: ${s.slackMs <= 0 ? t(ctx.locale, 'noSlack') : formatDuration(s.slackMs, ctx.locale)}`;
}

/** Whether a task is on core's zero-slack critical chain. */
export function onChain(ctx: GanttContext, task: Task): boolean {
  return ctx.schedule?.tasks.get(task.id)?.onCriticalChain ?? false;
}

function sourceNote(ctx: GanttContext, task: Task): string {
  const kind = task.dueSource?.kind;
  if (kind === 'estimate') return ` — ${t(ctx.locale, 'estimate')}`;
  if (kind === 'published') return ` — ${t(ctx.locale, 'published')}`;
  if (kind === 'playbook') return ` — ${t(ctx.locale, 'playbookDue')}`;
  return '';
}

/** The label of a row's first bar: title, then owner or role, then the share done of a recurring task. */
function labelText(ctx: GanttContext, row: TaskRow): string {
  const who = whoOf(row.task, ctx.locale);
  const share = row.bars.length > 1 ? ` · ${occurrenceShare(ctx, row)}` : '';
  return `${localize(row.task.title, ctx.locale)}${who ? ` · ${who}` : ''}${share}`;
}

function barTemplate(ctx: GanttContext, row: TaskRow, bar: GanttBar, first: boolean): TemplateResult {
  const status = barStatus(ctx, bar);
  const task = row.task;
  const overdue = bar.end < ctx.now && !isClosed(status);
  const chain = onChain(ctx, task);
  const cls = [
    task.critical ? 'is-critical' : '',
    chain ? 'on-chain' : '',
    overdue ? 'is-overdue' : '',
    status === 'done' ? 'is-done' : '',
    status === 'in-progress' ? 'is-started' : '',
    task.dueSource?.kind === 'estimate' ? 'is-estimate' : '',
  ].join(' ');
  const slack = slackText(ctx, task);
  const title = `${localize(task.title, ctx.locale)} — ${formatDue(bar.item.due, ctx.zone, ctx.locale)}${sourceNote(ctx, task)}${slack ? ` — ${slack}` : ''}`;
  const x1 = xOf(ctx, bar.start);
  const x2 = xOf(ctx, bar.end);
  const milestone = bar.start === bar.end || task.milestone === true;
  const text = first ? labelText(ctx, row) : '';
  const width = labelWidth(text) + LABEL_PAD;
  const inside = !milestone && text !== '' && x2 - x1 >= width;
  // Beside the bar, on the right; on the left when the right would run off the chart.
  const gap = milestone ? 10 : 4;
  const right = x2 + gap + width <= timelineWidth(ctx);
  const beside =
    text && !inside
      ? html`<span
          class="label beside ${milestone ? 'of-milestone' : ''}"
          part="bar-label"
          style=${right ? `left:${px(x2 + gap)}` : `right:${px(timelineWidth(ctx) - (milestone ? x2 - gap : x1 - gap))}`}
          >${text}</span
        >`
      : nothing;
  const slackChip = slack ? html`<span class="slack" style="left:${px(x1)}">${slack}</span>` : nothing;
  if (milestone)
    return html`<div class="milestone ${cls}" part="milestone" style="left:${px(x2)}" title=${title}></div>
      ${beside}${slackChip}`;
  const fill = status === 'done' ? 100 : status === 'in-progress' ? 50 : 0;
  // A label that fits is the bar's own text: no element more per row in view.
  return html`<div class="bar ${cls} ${inside ? 'has-label' : ''}" part="task-bar" style="left:${px(x1)};width:${px(x2 - x1)}" title=${title}>
      ${fill > 0 ? html`<span class="fill" style="width:${fill}%"></span>` : nothing}${inside ? text : nothing}
    </div>
    ${beside}${slackChip}`;
}

/**
 * The bars of a task row (one per occurrence; only the first carries the label).
 *
 * @example
 * html`<div class="bars">${taskBars(ctx, row)}</div>`
 */
export function taskBars(ctx: GanttContext, row: TaskRow): TemplateResult[] {
  return row.bars.map((b, i) => barTemplate(ctx, row, b, i === 0));
}

/**
 * Whether any occurrence of a task row is overdue at `ctx.now`.
 *
 * @example
 * isOverdue(ctx, row) //=> true
 */
export function isOverdue(ctx: GanttContext, row: TaskRow): boolean {
  return row.bars.some((b) => b.end < ctx.now && !isClosed(barStatus(ctx, b)));
}

/**
 * A row's status for the status column: its own, or "2/3" done for a recurring task.
 *
 * @example
 * statusText(ctx, row) //=> 'in progress'
 */
export function rowStatus(ctx: GanttContext, row: TaskRow): TaskStatus | string {
  return row.bars.length > 1 ? occurrenceShare(ctx, row) : row.bars[0] ? barStatus(ctx, row.bars[0]) : row.task.status;
}
