import type { Plan } from '../schemas/plan.js';
import type { Task, TaskStatus } from '../schemas/task.js';
import { addCalendarDays, startOfDayInZone, toWallTime, type CalendarDate } from '../time/wall-time.js';
import { createStatusState, indexPlan, itemStatuses, type ItemStatus, type StatusState, type WorkItem } from '../readiness/index.js';
import { sortForDisplay } from './display-order.js';
import { parseTaskQuery, type DueBound, type TaskQuery, type TaskQueryInput } from './task-query.js';
import { personOf } from './person.js';

const RELATIVE: Readonly<Record<string, number>> = { today: 0, tomorrow: 1, yesterday: -1 };

/** The calendar day a day bound names, in `zone`, counting relative days from `now`. */
function dayOf(day: string, now: Date, zone: string): CalendarDate {
  const m = /^today([+-]\d+)$/.exec(day);
  const shift = m ? Number(m[1]) : RELATIVE[day];
  if (shift === undefined) {
    const [year, month, d] = day.split('-').map(Number) as [number, number, number];
    return { year, month, day: d };
  }
  const w = toWallTime(now, zone);
  return addCalendarDays({ year: w.year, month: w.month, day: w.day }, shift);
}

/**
 * Epoch ms of a due-window bound: the lower bound inclusive, the upper bound exclusive (an instant's upper
 * bound is inclusive, so one millisecond is added; a day's ends at the next day's midnight in its zone).
 */
function boundMs(plan: Pick<Plan, 'teamTimeZone'>, bound: DueBound, now: Date, upper: boolean): number {
  if (bound instanceof Date) return bound.getTime() + (upper ? 1 : 0);
  const zone = bound.zone ?? plan.teamTimeZone;
  const day = dayOf(bound.day, now, zone);
  return startOfDayInZone(upper ? addCalendarDays(day, 1) : day, zone).getTime();
}

/**
 * The due window of a query as epoch milliseconds `[from, to)`, relative days counted from `now` in the
 * bound's zone (the plan's team zone by default). Open sides are infinite.
 *
 * @example
 * dueWindow(plan, parseTaskQuery({ dueFrom: { day: 'tomorrow', zone: 'Asia/Shanghai' } }), now) //=> [1793376000000, Infinity]
 */
export function dueWindow(plan: Pick<Plan, 'teamTimeZone'>, query: TaskQuery, now: Date): [number, number] {
  return [
    query.dueFrom === undefined ? -Infinity : boundMs(plan, query.dueFrom, now, false),
    query.dueTo === undefined ? Infinity : boundMs(plan, query.dueTo, now, true),
  ];
}

const has = <T>(list: readonly T[] | undefined) => list !== undefined && list.length > 0;

function textOf(task: Task): string {
  return [task.id, task.title.en, task.title['zh-CN'], task.notes ?? '', ...task.tags].join('\n').toLowerCase();
}

/**
 * A predicate over work items for a validated query: `(item, status) => boolean`, where `status` is the
 * item's current status. Sets and the due window are built once, so the predicate is cheap per item.
 *
 * @example
 * const match = queryMatcher(plan, parseTaskQuery({ critical: true }), new Date());
 * indexPlan(plan).items.filter((i) => match(i, i.task.status))
 */
export function queryMatcher(plan: Plan, query: TaskQuery, now: Date): (item: WorkItem, status: TaskStatus) => boolean {
  const set = <T>(list: readonly T[] | undefined) => (has(list) ? new Set<T>(list) : undefined);
  const phases = set<string>(query.phases);
  const workstreams = set<string>(query.workstreams);
  const owners = set<string>(query.owners);
  const roles = set<string>(query.roles);
  const statuses = set<string>(query.statuses);
  const tags = set<string>(query.tags);
  const needle = query.text?.trim().toLowerCase() ?? '';
  const [from, to] = dueWindow(plan, query, now);
  const texts = new Map<Task, string>();
  return (item, status) => {
    const task = item.task;
    if (phases && !phases.has(task.phase)) return false;
    if (workstreams && !workstreams.has(task.workstream)) return false;
    if (owners || roles) {
      const person = personOf(plan, task);
      const byOwner = owners !== undefined && person !== undefined && owners.has(person);
      const byRole = roles !== undefined && task.role !== undefined && roles.has(task.role);
      if (!byOwner && !byRole) return false;
    }
    if (statuses && !statuses.has(status)) return false;
    if (query.critical !== undefined && task.critical !== query.critical) return false;
    if (tags && !task.tags.some((t) => tags.has(t))) return false;
    const due = item.due.getTime();
    if (due < from || due >= to) return false;
    if (needle) {
      let text = texts.get(task);
      if (text === undefined) texts.set(task, (text = textOf(task)));
      if (!text.includes(needle)) return false;
    }
    return true;
  };
}

/**
 * The work items of `plan` a query selects, each with its current status (from `state`, else the plan's)
 * and the dependencies that block it, in the display order (phase, workstream, due, id). Recurring tasks are
 * selected per occurrence. Relative days in the query (`today`, `tomorrow`) count from `now`.
 *
 * @throws PlanValidationError when the query is malformed, naming the field.
 * @example
 * applyQuery(plan, { owners: ['li'], dueTo: { day: 'tomorrow', zone: 'Asia/Shanghai' }, statuses: ['todo', 'in-progress'] }, state, now)
 *   .map((i) => i.key) //=> ['register-platform-activities', 'peak-daily-data-check@2026-11-11T17:00:00.000Z']
 */
export function applyQuery(plan: Plan, query: TaskQueryInput = {}, state?: StatusState, now: Date = new Date()): ItemStatus[] {
  const match = queryMatcher(plan, parseTaskQuery(query), now);
  const items = itemStatuses(plan, state ?? createStatusState(plan)).filter((i) => match(i, i.status));
  return sortForDisplay(
    plan,
    items,
    (i) => i.task,
    (i) => i.due,
  );
}

/** A selected work item with its status, as exports need it. */
export interface SelectedItem {
  readonly item: WorkItem;
  readonly status: TaskStatus;
}

/** What {@link selectItems} selects. */
export interface Selection {
  /** Only the items this query selects; by default all. */
  readonly query?: TaskQueryInput | undefined;
  /** The status of an item (default: its task's status in the plan). */
  readonly statusOf?: ((item: WorkItem) => TaskStatus) | undefined;
  /** The moment relative days count from (default: the current time). */
  readonly now?: Date | undefined;
  /** Only this person's items (see `personOf`), on top of the query: one person's share of a selection. */
  readonly person?: string | undefined;
}

/**
 * Every work item of `plan` (or those a selection keeps) with its status, in the display order. What
 * exports use: they know statuses through a lookup rather than a status state.
 *
 * @example
 * selectItems(plan, { query: { workstreams: ['marketing'] }, person: 'li' }).length
 */
export function selectItems(plan: Plan, selection: Selection = {}): SelectedItem[] {
  const match = selection.query ? queryMatcher(plan, parseTaskQuery(selection.query), selection.now ?? new Date()) : () => true;
  const statusOf = selection.statusOf ?? ((item: WorkItem) => item.task.status);
  const person = selection.person;
  const out: SelectedItem[] = [];
  for (const item of indexPlan(plan).items) {
    if (person !== undefined && personOf(plan, item.task) !== person) continue;
    const status = statusOf(item);
    if (match(item, status)) out.push({ item, status });
  }
  return sortForDisplay(
    plan,
    out,
    (s) => s.item.task,
    (s) => s.item.due,
  );
}

/**
 * The people who have work items in a selection, sorted: what a per-person split (one checklist or
 * calendar each) iterates over. Items without a person are left out.
 *
 * @example
 * peopleOf(plan, { query: { workstreams: ['marketing'] } }) //=> ['li', 'wang']
 */
export function peopleOf(plan: Plan, selection: Selection = {}): string[] {
  const people = new Set<string>();
  for (const s of selectItems(plan, selection)) {
    const p = personOf(plan, s.item.task);
    if (p !== undefined) people.add(p);
  }
  return [...people].sort();
}

/**
 * The keys (see `statusKey`) of the work items a selection's query keeps, or `undefined` when it has no
 * query (everything is kept): what task-per-row exports test membership with.
 *
 * @example
 * const keep = selectedKeys(plan, { query: { owners: ['li'] } });
 * plan.tasks.filter((t) => !keep || indexPlan(plan).itemsByTask.get(t.id)!.some((i) => keep.has(i.key)))
 */
export function selectedKeys(plan: Plan, selection: Selection): ReadonlySet<string> | undefined {
  if (!selection.query && selection.person === undefined) return undefined;
  return new Set(selectItems(plan, selection).map((s) => s.item.key));
}
