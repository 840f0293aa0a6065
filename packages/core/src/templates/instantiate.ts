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
  type Template,
  type TemplateInput,
} from '../schemas/template.js';
import { anchorDay } from '../time/anchor-day.js';
import { recurrenceProblem } from '../time/recurrence.js';
import { addCalendarDays, formatCalendarDate, parseWallTime, startOfDayInZone, type CalendarDate } from '../time/wall-time.js';
import { parsePlan } from '../plan/parse-plan.js';
import { teamCalendarSchema } from '../schemas/team-calendar.js';
import { calendarAnchorDay } from '../time/calendar-anchor.js';
import { buildTask, resolveDues, type BuildExtra, type Context } from './template-tasks.js';

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
      issues.push({
        code: 'unknown_phase',
        path: ['calendar', 'phases', phaseId],
        message: `unknown phase, expected one of ${template.phases.map((p) => p.id).join(', ')}`,
      });
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

/** References a template makes to phases and tasks, checked before anything is built. */
function checkTemplateRefs(template: Template): Issue[] {
  const issues: Issue[] = [];
  const phases = new Set(template.phases.map((p) => p.id));
  template.phases.forEach((p, i) => {
    if (p.lastDay < p.firstDay)
      issues.push({ code: 'phase_empty', path: ['phases', i, 'lastDay'], message: `expected a day on or after firstDay (${p.firstDay})` });
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
  if (template.anchor.sellerGiven)
    return fail(['anchorDate'], 'this template needs the sale day from you: anchorDate MM-DD (e.g. the store anniversary)', 'options');
  const day = rule !== undefined ? anchorDay(rule, year) : calendarAnchorDay(calendar!.system, calendar!.month, calendar!.day, year);
  return day ?? fail(['anchor', rule !== undefined ? 'rule' : 'calendar'], `the anchor matches no day in ${year}`);
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
    throw new PlanValidationError(
      unknownDeadlines.map((id) => ({ code: 'unknown_task', path: ['calendar', 'deadlines', id], message: `no task "${id}" in template ${template.id}` })),
      'calendar',
    );

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
