// How one template task becomes a plan task: its due on the platform's or the team's clock (moved off the team's
// rest days), its working window, its role, owner and deadline source.
import type { LocalizedText } from '../schemas/common.js';
import type { Roster } from '../schemas/roster.js';
import type { Task, TaskNotes } from '../schemas/task.js';
import type { TeamCalendar } from '../schemas/team-calendar.js';
import type { PublishedCalendar, RelativeTime, Template } from '../schemas/template.js';
import { addTeamWorkingDays } from '../team-calendar/working-days.js';
import { moveOffRestDay, teamClockInstant, type RestDayMove } from '../team-calendar/team-clock.js';
import { TEAM_HOLIDAY_TAG, TEAM_MOVED_TAG, TEAM_NOTE_PREFIX, TEAM_NOTE_PREFIX_ZH } from '../team-calendar/team-deadlines.js';
import { appendNote } from '../i18n/notes.js';
import { zoneName } from '../i18n/zone-names.js';
import { ruleBody, ruleEndingAt, ruleHasEnd } from '../time/rrule-text.js';
import { formatUtcStamp, formatWallStamp } from '../time/stamp.js';
import { addCalendarDays, formatInZone, resolveWallTime, startOfDayInZone, toWallTime, type CalendarDate } from '../time/wall-time.js';
import { dueSource } from './due-source.js';

/** What resolving a template's times needs: the template, its anchor and phase days, both zones, the team calendar. */
export interface Context {
  template: Template;
  anchor: CalendarDate;
  days: CalendarDate[];
  zone: string;
  teamZone: string;
  /** Counts `team-working-days` offsets and places team-clock work; Monday to Friday when no team calendar is given. */
  team: TeamCalendar;
}

function resolveRelative(ctx: Context, spec: RelativeTime, taskPhase: string): Date {
  const phaseIndex = ctx.template.phases.findIndex((p) => p.id === (spec.phase ?? taskPhase));
  const base = spec.from === 'anchor' ? ctx.anchor : spec.from === 'phase-start' ? ctx.days[phaseIndex]! : ctx.days[phaseIndex + 1]!;
  // Team working days are counted on the same calendar dates as the platform's: the day label moves, the
  // due time stays a wall time of its clock.
  const day = spec.unit === 'team-working-days' ? addTeamWorkingDays(ctx.team, base, spec.days) : addCalendarDays(base, spec.days);
  const [hour, minute] = spec.time.split(':').map(Number) as [number, number];
  if (spec.clock === 'team') return teamClockInstant(day, hour, minute, ctx.zone, ctx.teamZone);
  return resolveWallTime({ ...day, hour, minute, second: 0 }, ctx.zone);
}

function recurrenceRule(ctx: Context, task: Template['tasks'][number]): string | undefined {
  if (!task.recurrence) return undefined;
  const rule = ruleBody(task.recurrence.rule);
  if (ruleHasEnd(rule)) return rule;
  const i = ctx.template.phases.findIndex((p) => p.id === task.phase);
  const endDay = task.recurrence.within === 'campaign' ? ctx.days[ctx.days.length - 1]! : ctx.days[i + 1]!;
  if (task.due.clock === 'team') {
    // A team-clock series is expanded in the team's zone: bound it by the window's last instant, in UTC.
    const last = new Date(startOfDayInZone(endDay, ctx.zone).getTime() - 1000);
    return ruleEndingAt(rule, formatUtcStamp(last));
  }
  // Bound the series by the last second of its window, as a floating wall time in the platform zone.
  const last = addCalendarDays(endDay, -1);
  return ruleEndingAt(rule, formatWallStamp({ ...last, hour: 23, minute: 59, second: 59 }));
}

type TemplateTask = Template['tasks'][number];

/** A localized note saying where a team-clock deadline moved and why. */
function moveNote(move: RestDayMove, teamZone: string): LocalizedText {
  const en = (d: Date) => formatInZone(d, teamZone, 'EEE MMM d HH:mm');
  const zh = (d: Date) => `${formatInZone(d, teamZone, 'M月d日 HH:mm')}（周${'日一二三四五六'[dayOfWeek(d, teamZone)]}）`;
  const what = {
    en: move.holiday !== undefined ? `a team holiday${move.holiday ? ` (${move.holiday})` : ''}` : 'a team rest day',
    'zh-CN': move.holiday ? `团队假期（${move.holiday}）` : move.holiday === '' ? '团队假期' : '团队休息日',
  };
  const zone = { en: zoneName(teamZone, 'en'), 'zh-CN': zoneName(teamZone, 'zh-CN') };
  if (move.direction === 'kept')
    return {
      en: `${TEAM_NOTE_PREFIX}${en(move.from)} ${zone.en} falls on ${what.en}, with no working day for it inside its phase; kept.`,
      'zh-CN': `${TEAM_NOTE_PREFIX_ZH}${zh(move.from)}（${zone['zh-CN']}）是${what['zh-CN']}，本阶段内没有可调整的工作日，保持不变。`,
    };
  const dir = move.direction === 'earlier' ? { en: 'earlier', 'zh-CN': '提前' } : { en: 'later', 'zh-CN': '顺延' };
  return {
    en: `${TEAM_NOTE_PREFIX}moved ${dir.en} from ${en(move.from)} (${what.en}) to ${en(move.to)} ${zone.en}.`,
    'zh-CN': `${TEAM_NOTE_PREFIX_ZH}由${zh(move.from)}（${what['zh-CN']}）${dir['zh-CN']}至${zh(move.to)}（${zone['zh-CN']}）。`,
  };
}

const dayOfWeek = (d: Date, zone: string) => {
  const w = toWallTime(d, zone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
};

/** `due` minus a duration, as wall-clock arithmetic in `zone` (a day is a calendar day across DST). */
function minusDuration(due: Date, duration: { days: number; hours: number }, zone: string): Date {
  const w = toWallTime(due, zone);
  const totalHours = w.hour - duration.hours;
  const borrow = Math.floor(totalHours / 24);
  const day = addCalendarDays(w, -duration.days + borrow);
  return resolveWallTime({ ...day, hour: totalHours - borrow * 24, minute: w.minute, second: 0 }, zone);
}

/**
 * Each task's due (team-clock work moved off team rest days), with the moves made. Moves are made in due order
 * and never to before the task's phase opens or a dependency is due, so moving keeps the plan's order.
 */
export function resolveDues(ctx: Context, calendar: PublishedCalendar | undefined): Map<string, { due: Date; move?: RestDayMove }> {
  const out = new Map<string, { due: Date; move?: RestDayMove }>();
  for (const t of ctx.template.tasks) {
    const published = calendar?.deadlines[t.id];
    out.set(t.id, { due: published ? resolveWallTime(published.replace('T', ' '), ctx.zone) : resolveRelative(ctx, t.due, t.phase) });
  }
  const teamWork = ctx.template.tasks.filter((t) => t.due.clock === 'team' && !calendar?.deadlines[t.id]);
  teamWork.sort((a, b) => out.get(a.id)!.due.getTime() - out.get(b.id)!.due.getTime());
  for (const t of teamWork) {
    const due = out.get(t.id)!.due;
    const i = ctx.template.phases.findIndex((p) => p.id === t.phase);
    const opens = startOfDayInZone(ctx.days[i]!, ctx.zone).getTime();
    const earliest = new Date(Math.max(opens, ...t.dependsOn.map((d) => out.get(d)?.due.getTime() ?? -Infinity)));
    const window = { earliest, latest: startOfDayInZone(ctx.days[i + 1]!, ctx.zone) };
    // A daily series runs every day of its window (sale days); a weekly one, or one by weekday, starts on a
    // working day (and so keeps to working weekdays).
    if (t.recurrence && /(^|;)FREQ=DAILY/i.test(t.recurrence.rule) && !/(^|;)BYDAY=/i.test(t.recurrence.rule)) continue;
    const move = moveOffRestDay(due, ctx.teamZone, ctx.team, window, t.recurrence !== undefined);
    if (move) out.set(t.id, { due: move.to, move });
  }
  return out;
}

/** The start of a task's working window: its own `start`, or `duration` before its due, after its dependencies. */
function resolveStart(ctx: Context, t: TemplateTask, dues: Map<string, { due: Date }>, campaignOpens: Date): Date | undefined {
  if (t.milestone) return undefined;
  const due = dues.get(t.id)!.due;
  if (t.start) return resolveRelative(ctx, t.start, t.phase);
  if (!t.duration) return undefined;
  const wanted = minusDuration(due, t.duration, t.due.clock === 'team' ? ctx.teamZone : ctx.zone);
  const after = Math.max(wanted.getTime(), campaignOpens.getTime(), ...t.dependsOn.map((d) => dues.get(d)?.due.getTime() ?? -Infinity));
  return new Date(Math.min(after, due.getTime()));
}

/** A plan task from a template task, with the dues {@link resolveDues} gave. */
export function buildTask(ctx: Context, t: TemplateTask, dues: Map<string, { due: Date; move?: RestDayMove }>, extra: BuildExtra): Task {
  const { due, move } = dues.get(t.id)!;
  const task: Task = {
    id: t.id,
    title: { ...t.title },
    phase: t.phase,
    workstream: t.workstream,
    due,
    dependsOn: [...t.dependsOn],
    status: t.status,
    weight: t.weight,
    critical: t.critical,
    tags: [...t.tags],
  };
  const start = resolveStart(ctx, t, dues, extra.campaignOpens);
  if (start) task.start = start;
  const rule = recurrenceRule(ctx, t);
  if (rule) task.recurrence = rule;
  const owner = t.owner ?? (t.role ? extra.roster?.roles[t.role] : undefined);
  if (owner) task.owner = owner;
  if (t.role) task.role = t.role;
  if (t.milestone) task.milestone = true;
  if (t.due.clock === 'team') task.clock = 'team';
  const source = dueSource(ctx.template, t, extra.year, extra.calendar);
  if (source) task.dueSource = source;
  let notes: TaskNotes | undefined = typeof t.notes === 'object' ? { ...t.notes } : t.notes;
  if (move) {
    notes = appendNote(notes, moveNote(move, ctx.teamZone));
    const tag = move.direction === 'kept' ? TEAM_HOLIDAY_TAG : TEAM_MOVED_TAG;
    if (!task.tags.includes(tag)) task.tags.push(tag);
  }
  if (notes) task.notes = notes;
  return task;
}

/** What {@link buildTask} needs beyond the context. */
export interface BuildExtra {
  year: number;
  calendar: PublishedCalendar | undefined;
  roster: Roster | undefined;
  campaignOpens: Date;
}
