import { PlanValidationError } from '../errors/validation-error.js';
import type { Plan } from '../schemas/plan.js';
import type { StatusEvent } from '../schemas/status-event.js';
import type { PublishedCalendar, PublishedCalendarInput, Template, TemplateInput } from '../schemas/template.js';
import type { TeamCalendar, TeamCalendarInput } from '../schemas/team-calendar.js';
import { parsePlan } from '../plan/parse-plan.js';
import { campaignEnd, campaignStart, taskOccurrences } from '../plan/occurrences.js';
import { instantiate, parseTemplate } from '../templates/instantiate.js';
import { getTemplate } from '../templates/registry.js';
import { createStatusState, isClosed, statusOf } from '../readiness/index.js';
import { formatInZone } from '../time/wall-time.js';
import { carryEvents, type UnmappedEvent } from './carry-events.js';
import { diffPlans, type PlanDiff } from './diff-plans.js';
import { followDependencies, type DependentPush } from './follow-dependencies.js';
import { mergeCarried } from './merge-carried.js';

/** Options of {@link replan}. */
export interface ReplanOptions {
  /** The platform's new published calendar for the plan's year. */
  readonly calendar: PublishedCalendar | PublishedCalendarInput;
  /** The template the plan came from; by default the built-in named by `plan.source.template`. */
  readonly template?: Template | TemplateInput;
  /** The plan's status log, carried over to the new plan. */
  readonly events?: readonly StatusEvent[];
  /** What counts as the past (default: now). */
  readonly now?: Date;
  /** The team calendar the plan was made with, applied again. */
  readonly teamCalendar?: TeamCalendar | TeamCalendarInput;
}

/** A task (or one occurrence) the new calendar made impossible: listed, never silently moved. */
export interface ImpossibleTask {
  readonly taskId: string;
  readonly occurrence?: Date;
  readonly due: Date;
  /** `due-in-past`: moved to before `now` and still open; `before-dependency`: due before a task it depends on; `outside-campaign`: one of your own tasks now outside the campaign. */
  readonly reason: 'due-in-past' | 'before-dependency' | 'outside-campaign';
  readonly dependency?: string;
  readonly message: string;
}

/** The result of {@link replan}. */
export interface ReplanResult {
  readonly plan: Plan;
  /** The status log re-keyed to the new plan (occurrences mapped to the same platform day). */
  readonly events: StatusEvent[];
  readonly unmappedEvents: UnmappedEvent[];
  readonly impossible: ImpossibleTask[];
  /** Dependent tasks pushed by the dependent-task rule (see `followDependencies`). */
  readonly pushed: DependentPush[];
  /** What changed, critical deadlines moved earlier first. */
  readonly diff: PlanDiff;
  readonly warnings: string[];
}

function sourceOf(plan: Plan, template: Template | TemplateInput | undefined): { template: Template; year: number; warnings: string[] } {
  const year = plan.source?.year;
  const ref = plan.source?.template;
  if (year === undefined)
    throw new PlanValidationError(
      [{ code: 'missing_source', path: ['source', 'year'], message: 'expected the year the plan was made for, to re-plan it' }],
      'plan',
    );
  if (!template && !ref)
    throw new PlanValidationError(
      [{ code: 'missing_source', path: ['source', 'template'], message: 'expected the template the plan came from (or pass one)' }],
      'plan',
    );
  let parsed: Template;
  try {
    parsed = template ? parseTemplate(template) : getTemplate(ref!.id);
  } catch (e) {
    if (e instanceof PlanValidationError) throw e;
    throw new PlanValidationError([{ code: 'unknown_template', path: ['source', 'template', 'id'], message: (e as Error).message }], 'plan');
  }
  const warnings: string[] = [];
  if (ref && (ref.id !== parsed.id || ref.version !== parsed.version))
    warnings.push(`the plan came from template ${ref.id} v${ref.version}; re-planned with ${parsed.id} v${parsed.version}`);
  return { template: parsed, year, warnings };
}

/** Your own tasks outside the new campaign are brought to its edge (a valid plan) and listed. */
function clampOwnTasks(plan: Plan, own: ReadonlySet<string>, impossible: ImpossibleTask[]): Plan {
  const start = campaignStart(plan);
  const end = campaignEnd(plan);
  const zone = plan.platformTimeZone;
  const tasks = plan.tasks.map((t) => {
    if (!own.has(t.id) || (t.due >= start && t.due <= end)) return t;
    const due = t.due < start ? start : end;
    impossible.push({
      taskId: t.id,
      due,
      reason: 'outside-campaign',
      message: `${t.id}: due ${formatInZone(t.due, zone)} is outside the new campaign; set to ${formatInZone(due, zone)} ${zone}, check it`,
    });
    return { ...t, due, ...(t.start && t.start > due ? { start: due } : {}) };
  });
  return { ...plan, tasks };
}

/**
 * Applies a platform's new published calendar to a plan in progress. The plan is made again from its
 * template (`plan.source`) with the new calendar, keeping its id, year and team zone; then:
 * - **times change, content does not**: each task keeps everything from the current plan (status, owner,
 *   notes, tags, title, dependencies) and takes only `phase`, `due`, `start` and `recurrence` from the new
 *   calendar; tasks the template does not make (your own) are kept as they are; plan-level data (offers) is kept;
 * - the status log carries over by task id, occurrences mapped to the new occurrence on the same platform day
 *   (`carryEvents`); events with no counterpart are listed in `unmappedEvents`;
 * - dependent tasks follow by the rule **push only on overlap** (`followDependencies`);
 * - tasks that became impossible are listed in `impossible`, left where the calendar puts them: open tasks
 *   (or occurrences) the change moved into the past, and tasks due before a dependency that could not be pushed.
 *
 * @throws PlanValidationError when the plan has no source, the calendar is invalid, or the result is not a valid plan.
 * @example
 * const r = replan(plan, { calendar: published2021, events: log, now: new Date() });
 * r.impossible.forEach((i) => console.warn(i.message));
 * writeFileSync('plan.json', serializePlan(r.plan));
 */
export function replan(plan: Plan, options: ReplanOptions): ReplanResult {
  const { template, year, warnings } = sourceOf(plan, options.template);
  const now = options.now ?? new Date();
  const fresh = instantiate(template, {
    year,
    teamTimeZone: plan.teamTimeZone,
    calendar: options.calendar as PublishedCalendarInput,
    id: plan.id,
    ...(options.teamCalendar ? { teamCalendar: options.teamCalendar as TeamCalendarInput } : {}),
  });
  const made = new Set(fresh.tasks.map((t) => t.id));
  const own = new Set(plan.tasks.filter((t) => !made.has(t.id)).map((t) => t.id));
  const impossible: ImpossibleTask[] = [];
  const merged = clampOwnTasks({ ...plan, phases: fresh.phases, source: fresh.source ?? {}, tasks: mergeCarried(plan.tasks, fresh.tasks) }, own, impossible);

  const carried = carryEvents(plan, merged, options.events ?? []);
  const state = createStatusState(merged, carried.events);
  const open = (id: string, occurrence?: Date) => !isClosed(statusOf(state, id, occurrence));
  const followed = followDependencies(plan, merged, (id) => open(id));
  const next = parsePlan(followed.plan);
  const zone = next.platformTimeZone;
  const team = next.teamTimeZone;
  const both = (d: Date) => `${formatInZone(d, zone)} ${zone} (${formatInZone(d, team)} ${team})`;

  for (const c of followed.conflicts)
    impossible.push({
      taskId: c.taskId,
      due: c.due,
      reason: 'before-dependency',
      dependency: c.dependency,
      message: `${c.taskId}: due ${both(c.due)}, before "${c.dependency}" (due ${formatInZone(c.dependencyDue, zone)}); not pushed: ${WHY[c.why]}`,
    });
  impossible.push(...inThePast(plan, next, now, open, both));
  return { plan: next, events: carried.events, unmappedEvents: carried.unmapped, impossible, pushed: followed.pushed, diff: diffPlans(plan, next), warnings };
}

const WHY = {
  critical: 'a critical platform deadline does not move with our own work',
  recurring: 'a recurring task follows its phase',
  'campaign-end': 'it would pass the end of the campaign',
  moved: 'the new calendar itself puts it there',
} as const;

/** Open tasks and occurrences the re-plan moved (or added) before `now`. Already-overdue ones are not news. */
function inThePast(before: Plan, after: Plan, now: Date, open: (id: string, occ?: Date) => boolean, both: (d: Date) => string): ImpossibleTask[] {
  const old = new Map(before.tasks.map((t) => [t.id, t] as const));
  const out: ImpossibleTask[] = [];
  for (const task of after.tasks) {
    const was = old.get(task.id);
    if (task.recurrence) {
      const previous = new Set(was ? taskOccurrences(before, was).map((d) => d.getTime()) : []);
      for (const d of taskOccurrences(after, task))
        if (d < now && !previous.has(d.getTime()) && open(task.id, d))
          out.push({ taskId: task.id, occurrence: d, due: d, reason: 'due-in-past', message: `${task.id}: new occurrence ${both(d)} is already past` });
    } else if (task.due < now && (!was || was.due.getTime() !== task.due.getTime()) && open(task.id))
      out.push({
        taskId: task.id,
        due: task.due,
        reason: 'due-in-past',
        message: `${task.id}: now due ${both(task.due)}, already past${was ? ` (was ${formatInZone(was.due, after.platformTimeZone)})` : ''}`,
      });
  }
  return out;
}
