import { PlanValidationError } from '../errors/validation-error.js';
import { issuesFromZod } from '../errors/from-zod.js';
import type { Issue } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import type { Phase } from '../schemas/phase.js';
import type { Task } from '../schemas/task.js';
import {
  instantiateOptionsSchema,
  templateSchema,
  type InstantiateOptions,
  type PublishedCalendar,
  type RelativeTime,
  type Template,
  type TemplateInput,
} from '../schemas/template.js';
import { anchorDay } from '../time/anchor-day.js';
import { recurrenceProblem } from '../time/recurrence.js';
import { ruleBody, ruleEndingAt, ruleHasEnd } from '../time/rrule-text.js';
import { formatUtcStamp, formatWallStamp } from '../time/stamp.js';
import { addCalendarDays, formatCalendarDate, formatInZone, parseWallTime, resolveWallTime, startOfDayInZone, toWallTime, type CalendarDate } from '../time/wall-time.js';
import { parsePlan } from '../plan/parse-plan.js';
import { teamCalendarSchema, type TeamCalendar } from '../schemas/team-calendar.js';
import type { LocalizedText } from '../schemas/common.js';
import type { Roster } from '../schemas/roster.js';
import type { TaskNotes } from '../schemas/task.js';
import { addTeamWorkingDays } from '../team-calendar/working-days.js';
import { moveOffRestDay, teamClockInstant, type RestDayMove } from '../team-calendar/team-clock.js';
import { TEAM_HOLIDAY_TAG, TEAM_MOVED_TAG, TEAM_NOTE_PREFIX, TEAM_NOTE_PREFIX_ZH } from '../team-calendar/team-deadlines.js';
import { calendarAnchorDay } from '../time/calendar-anchor.js';
import { appendNote } from '../i18n/notes.js';
import { zoneName } from '../i18n/zone-names.js';
import { dueSource } from './due-source.js';

const dayKey = (d: CalendarDate) => formatCalendarDate(d);
const toDay = (iso: string): CalendarDate => {
  const w = parseWallTime(iso);
  return { year: w.year, month: w.month, day: w.day };
};

/** Phase boundaries as days: boundary i starts phase i; the last one is the day after the campaign. */
function phaseBoundaries(template: Template, anchor: CalendarDate, calendar: PublishedCalendar | undefined): CalendarDate[] {
  const n = template.phases.length;
  const days = template.phases.map((p) => addCalendarDays(anchor, p.firstDay));
  days.push(addCalendarDays(anchor, template.phases[n - 1]!.lastDay + 1));
  if (!calendar) return days;

  const issues: Issue[] = [];
  const setBy = new Map<number, string>();
  const set = (i: number, day: CalendarDate, phaseId: string, field: string) => {
    const earlier = setBy.get(i);
    if (earlier && dayKey(days[i]!) !== dayKey(day))
      issues.push({ code: 'invalid_calendar', path: ['calendar', 'phases', phaseId, field], message: `conflicts with the dates given for phase "${earlier}"` });
    days[i] = day;
    setBy.set(i, phaseId);
  };
  for (const [phaseId, range] of Object.entries(calendar.phases)) {
    const i = template.phases.findIndex((p) => p.id === phaseId);
    if (i < 0) {
      issues.push({ code: 'unknown_phase', path: ['calendar', 'phases', phaseId], message: `unknown phase, expected one of ${template.phases.map((p) => p.id).join(', ')}` });
      continue;
    }
    if (dayKey(toDay(range.last)) < range.first) {
      issues.push({ code: 'invalid_calendar', path: ['calendar', 'phases', phaseId, 'last'], message: `expected a day on or after ${range.first}` });
      continue;
    }
    set(i, toDay(range.first), phaseId, 'first');
    set(i + 1, addCalendarDays(toDay(range.last), 1), phaseId, 'last');
  }
  for (let i = 0; i < n && issues.length === 0; i++) {
    if (dayKey(days[i]!) >= dayKey(days[i + 1]!))
      issues.push({
        code: 'invalid_calendar',
        path: ['calendar', 'phases'],
        message: `phase "${template.phases[i]!.id}" would have no days left (${dayKey(days[i]!)} .. ${dayKey(days[i + 1]!)})`,
      });
  }
  if (issues.length > 0) throw new PlanValidationError(issues, 'calendar');
  return days;
}

interface Context {
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
  const base =
    spec.from === 'anchor' ? ctx.anchor : spec.from === 'phase-start' ? ctx.days[phaseIndex]! : ctx.days[phaseIndex + 1]!;
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

/** References a template makes to phases and tasks, checked before anything is built. */
function checkTemplateRefs(template: Template): Issue[] {
  const issues: Issue[] = [];
  const phases = new Set(template.phases.map((p) => p.id));
  template.phases.forEach((p, i) => {
    if (p.lastDay < p.firstDay) issues.push({ code: 'phase_empty', path: ['phases', i, 'lastDay'], message: `expected a day on or after firstDay (${p.firstDay})` });
    const next = template.phases[i + 1];
    if (next && next.firstDay !== p.lastDay + 1)
      issues.push({ code: 'phase_not_contiguous', path: ['phases', i + 1, 'firstDay'], message: `expected ${p.lastDay + 1}, the day after phase "${p.id}"` });
  });
  template.tasks.forEach((t, i) => {
    for (const key of ['due', 'start'] as const) {
      const ref = t[key]?.phase;
      if (ref !== undefined && !phases.has(ref)) issues.push({ code: 'unknown_phase', path: ['tasks', i, key, 'phase'], message: `unknown phase "${ref}"` });
    }
    if (t.recurrence) {
      const problem = recurrenceProblem(t.recurrence.rule);
      if (problem) issues.push({ code: 'invalid_rrule', path: ['tasks', i, 'recurrence', 'rule'], message: problem });
    }
  });
  const anchorProblem = template.anchor.rule === undefined ? undefined : recurrenceProblem(template.anchor.rule);
  if (anchorProblem) issues.push({ code: 'invalid_anchor', path: ['anchor', 'rule'], message: anchorProblem });
  return issues;
}

/**
 * Validates a template (from JSON or code) and returns it with defaults filled in.
 *
 * @throws PlanValidationError with paths into the template (`tasks[4].due.from`).
 */
export function parseTemplate(input: unknown): Template {
  const parsed = templateSchema.safeParse(input);
  if (!parsed.success) throw new PlanValidationError(issuesFromZod(parsed.error), 'template');
  const issues = checkTemplateRefs(parsed.data);
  if (issues.length > 0) throw new PlanValidationError(issues, 'template');
  return parsed.data;
}

/** The sale day of `year`: the seller's date, a published one, the anchor rule's or another calendar's day. */
function resolveAnchor(template: Template, year: number, options: { calendar?: PublishedCalendar; anchorDate?: string }): CalendarDate {
  const fail = (path: Array<string | number>, message: string, scope = 'template'): never => {
    throw new PlanValidationError([{ code: 'invalid_anchor', path, message }], scope);
  };
  if (options.calendar?.anchor) return toDay(options.calendar.anchor);
  if (options.anchorDate) {
    const full = options.anchorDate.length === 5 ? `${year}-${options.anchorDate}` : options.anchorDate;
    const [y, m, d] = full.split('-').map(Number) as [number, number, number];
    const day = addCalendarDays({ year: y, month: m, day: 1 }, d - 1);
    if (dayKey(day) !== full) fail(['anchorDate'], `${full} is not a calendar day`, 'options');
    return day;
  }
  const { rule, calendar } = template.anchor;
  if (template.anchor.sellerGiven) return fail(['anchorDate'], 'this template needs the sale day from you: anchorDate MM-DD (e.g. the store anniversary)', 'options');
  const day = rule !== undefined ? anchorDay(rule, year) : calendarAnchorDay(calendar!.system, calendar!.month, calendar!.day, year);
  return day ?? fail(['anchor', rule !== undefined ? 'rule' : 'calendar'], `the anchor matches no day in ${year}`);
}

type TemplateTask = Template['tasks'][number];

/** A localized note saying where a team-clock deadline moved and why. */
function moveNote(move: RestDayMove, teamZone: string): LocalizedText {
  const en = (d: Date) => formatInZone(d, teamZone, 'EEE MMM d HH:mm');
  const zh = (d: Date) => `${formatInZone(d, teamZone, 'M月d日 HH:mm')}（周${'日一二三四五六'[dayOfWeek(d, teamZone)]}）`;
  const what = { en: move.holiday !== undefined ? `a team holiday${move.holiday ? ` (${move.holiday})` : ''}` : 'a team rest day', 'zh-CN': move.holiday ? `团队假期（${move.holiday}）` : move.holiday === '' ? '团队假期' : '团队休息日' };
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
function resolveDues(ctx: Context, calendar: PublishedCalendar | undefined): Map<string, { due: Date; move?: RestDayMove }> {
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

function buildTask(ctx: Context, t: TemplateTask, dues: Map<string, { due: Date; move?: RestDayMove }>, extra: BuildExtra): Task {
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

interface BuildExtra {
  year: number;
  calendar: PublishedCalendar | undefined;
  roster: Roster | undefined;
  campaignOpens: Date;
}

/**
 * Turns a template into the concrete plan of one year: phases and deadlines become instants, recurring tasks
 * get a bounded RRULE. Platform deadlines are wall times in the platform zone (DST applied) and never move;
 * team-clock work (`clock: 'team'`) is at the team's hour on each platform day and moves off the team's rest
 * days (the team calendar's, else Saturday and Sunday) to the previous working day inside its phase (the next
 * one when none is left), tagged and noted. Tasks get their working window (`start`, from `duration`), their
 * deadline's source (`dueSource`: published, playbook or estimate), their role and, with a `roster`, the person.
 * A published calendar overrides phase days and deadlines; tasks anchored to a phase move with it.
 *
 * @throws PlanValidationError when the template, the options or the resulting plan are invalid.
 * @example
 * const plan = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai', roster: { roles: { designer: 'Chen Jing' } } });
 * plan.phases.map((p) => p.id) //=> ['build-up', 'warm-up', 'peak', 'review']
 */
export function instantiate(templateInput: Template | TemplateInput, options: InstantiateOptions): Plan {
  const template = parseTemplate(templateInput);
  const opts = instantiateOptionsSchema.safeParse(options);
  if (!opts.success) throw new PlanValidationError(issuesFromZod(opts.error), 'options');
  const { year, teamTimeZone, calendar, teamCalendar, roster, anchorDate } = opts.data;

  const anchor = resolveAnchor(template, year, { ...(calendar ? { calendar } : {}), ...(anchorDate ? { anchorDate } : {}) });
  const zone = template.platformTimeZone;
  const team = teamCalendar ?? teamCalendarSchema.parse({});
  const ctx: Context = { template, anchor, days: phaseBoundaries(template, anchor, calendar), zone, teamZone: teamTimeZone, team };
  const unknownDeadlines = Object.keys(calendar?.deadlines ?? {}).filter((id) => !template.tasks.some((t) => t.id === id));
  if (unknownDeadlines.length > 0)
    throw new PlanValidationError(unknownDeadlines.map((id) => ({ code: 'unknown_task', path: ['calendar', 'deadlines', id], message: `no task "${id}" in template ${template.id}` })), 'calendar');

  const phases: Phase[] = template.phases.map((p, i) => ({
    id: p.id,
    label: { ...p.label },
    start: startOfDayInZone(ctx.days[i]!, zone),
    end: startOfDayInZone(ctx.days[i + 1]!, zone),
  }));
  const dues = resolveDues(ctx, calendar);
  const extra: BuildExtra = { year, calendar, roster, campaignOpens: phases[0]!.start };
  const tasks: Task[] = template.tasks.map((t) => buildTask(ctx, t, dues, extra));

  const source: NonNullable<Plan['source']> = { template: { id: template.id, version: template.version }, year };
  if (calendar && (calendar.note !== undefined || calendar.published !== undefined)) {
    source.calendar = {};
    if (calendar.note !== undefined) source.calendar.note = calendar.note;
    if (calendar.published !== undefined) source.calendar.published = calendar.published;
  }
  return parsePlan({
    version: 1,
    id: opts.data.id ?? `${template.id}-${year}`,
    name: { en: `${template.name.en} ${year}`, 'zh-CN': `${year} ${template.name['zh-CN']}` },
    platform: template.platform,
    platformTimeZone: zone,
    teamTimeZone,
    source,
    phases,
    tasks,
    ...template.offers,
  });
}
