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
import { addCalendarDays, formatCalendarDate, parseWallTime, resolveWallTime, startOfDayInZone, type CalendarDate } from '../time/wall-time.js';
import { parsePlan } from '../plan/parse-plan.js';
import { teamCalendarSchema, type TeamCalendar } from '../schemas/team-calendar.js';
import { addTeamWorkingDays } from '../team-calendar/working-days.js';
import { applyTeamCalendar } from '../team-calendar/team-deadlines.js';

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
  /** Counts `team-working-days` offsets; Monday to Friday when no team calendar is given. */
  team: TeamCalendar;
}

function resolveRelative(ctx: Context, spec: RelativeTime, taskPhase: string): Date {
  const phaseIndex = ctx.template.phases.findIndex((p) => p.id === (spec.phase ?? taskPhase));
  const base =
    spec.from === 'anchor' ? ctx.anchor : spec.from === 'phase-start' ? ctx.days[phaseIndex]! : ctx.days[phaseIndex + 1]!;
  // Team working days are counted on the same calendar dates as the platform's: the day label moves, the
  // due time stays a platform wall time (a holiday in the team's zone is then handled by applyTeamCalendar).
  const day = spec.unit === 'team-working-days' ? addTeamWorkingDays(ctx.team, base, spec.days) : addCalendarDays(base, spec.days);
  const [hour, minute] = spec.time.split(':').map(Number) as [number, number];
  return resolveWallTime({ ...day, hour, minute, second: 0 }, ctx.zone);
}

function recurrenceRule(ctx: Context, task: Template['tasks'][number]): string | undefined {
  if (!task.recurrence) return undefined;
  const rule = task.recurrence.rule.trim().replace(/^RRULE:/i, '');
  if (/(^|;)(COUNT|UNTIL)=/i.test(rule)) return rule;
  // Bound the series by the last second of its window, as a floating wall time in the platform zone.
  const i = ctx.template.phases.findIndex((p) => p.id === task.phase);
  const endDay = task.recurrence.within === 'campaign' ? ctx.days[ctx.days.length - 1]! : ctx.days[i + 1]!;
  const last = addCalendarDays(endDay, -1);
  return `${rule};UNTIL=${dayKey(last).replaceAll('-', '')}T235959`;
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
  const anchorProblem = recurrenceProblem(template.anchor.rule);
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

/**
 * Turns a template into the concrete plan of one year: phases and deadlines become instants
 * (wall-clock times in the platform zone, DST applied), recurring tasks get a bounded RRULE.
 * A published calendar overrides phase days; tasks anchored to a phase move with it.
 * A team calendar (`teamCalendar`) counts `team-working-days` offsets and moves deadlines that fall on a team
 * holiday earlier, tagging and noting each one (see `applyTeamCalendar`, which also lists them).
 *
 * @throws PlanValidationError when the template, the options or the resulting plan are invalid.
 * @example
 * const plan = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
 * plan.phases.map((p) => p.id) //=> ['build-up', 'warm-up', 'peak', 'review']
 */
export function instantiate(templateInput: Template | TemplateInput, options: InstantiateOptions): Plan {
  const template = parseTemplate(templateInput);
  const opts = instantiateOptionsSchema.safeParse(options);
  if (!opts.success) throw new PlanValidationError(issuesFromZod(opts.error), 'options');
  const { year, teamTimeZone, calendar, teamCalendar } = opts.data;

  const ruleAnchor = anchorDay(template.anchor.rule, year);
  const anchor = calendar?.anchor ? toDay(calendar.anchor) : ruleAnchor;
  if (!anchor)
    throw new PlanValidationError([{ code: 'invalid_anchor', path: ['anchor', 'rule'], message: `the rule matches no day in ${year}` }], 'template');
  const zone = template.platformTimeZone;
  const team = teamCalendar ?? teamCalendarSchema.parse({});
  const ctx: Context = { template, anchor, days: phaseBoundaries(template, anchor, calendar), zone, team };

  const phases: Phase[] = template.phases.map((p, i) => ({
    id: p.id,
    label: { ...p.label },
    start: startOfDayInZone(ctx.days[i]!, zone),
    end: startOfDayInZone(ctx.days[i + 1]!, zone),
  }));
  const tasks: Task[] = template.tasks.map((t) => {
    const task: Task = {
      id: t.id,
      title: { ...t.title },
      phase: t.phase,
      workstream: t.workstream,
      due: resolveRelative(ctx, t.due, t.phase),
      dependsOn: [...t.dependsOn],
      status: t.status,
      weight: t.weight,
      critical: t.critical,
      tags: [...t.tags],
    };
    if (t.start) task.start = resolveRelative(ctx, t.start, t.phase);
    const rule = recurrenceRule(ctx, t);
    if (rule) task.recurrence = rule;
    if (t.owner) task.owner = t.owner;
    if (t.notes) task.notes = t.notes;
    return task;
  });

  const source: NonNullable<Plan['source']> = { template: { id: template.id, version: template.version }, year };
  if (calendar && (calendar.note !== undefined || calendar.published !== undefined)) {
    source.calendar = {};
    if (calendar.note !== undefined) source.calendar.note = calendar.note;
    if (calendar.published !== undefined) source.calendar.published = calendar.published;
  }
  const plan = parsePlan({
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
  return teamCalendar ? applyTeamCalendar(plan, teamCalendar).plan : plan;
}
