// The planner's shared search and filters, as core's task query: every view and every export selects with
// the same `queryMatcher`, so a filtered view and its export agree. The URL form lets a view be shared.
import { ROLES, TASK_STATUSES, WORKSTREAMS, type Plan, type Role, type TaskStatus, type Workstream } from '@campaign-planner/core';
import { indexPlan, queryMatcher, parseTaskQuery, statusOf, type StatusState, type TaskQueryInput } from '@campaign-planner/core/readiness';

/** The filters of the planner's filter bar (empty strings: no filter). */
export interface PlanFilter {
  /** Case-insensitive search of ids, titles, notes and tags. */
  readonly text: string;
  readonly phase: string;
  readonly workstream: Workstream | '';
  /** An owner's name, or `role:<role>` for a team role. */
  readonly who: string;
  readonly status: TaskStatus | '';
  /** Only critical tasks. */
  readonly critical: boolean;
}

/** No filter at all. */
export const NO_FILTER: PlanFilter = { text: '', phase: '', workstream: '', who: '', status: '', critical: false };

/**
 * Whether a filter narrows anything.
 *
 * @example
 * isFiltering({ ...NO_FILTER, text: 'coupon' }) //=> true
 */
export function isFiltering(f: PlanFilter): boolean {
  return f.text.trim() !== '' || f.phase !== '' || f.workstream !== '' || f.who !== '' || f.status !== '' || f.critical;
}

/**
 * The core task query a filter stands for.
 *
 * @example
 * toTaskQuery({ ...NO_FILTER, who: 'role:designer' }) //=> { roles: ['designer'] }
 */
export function toTaskQuery(f: PlanFilter): TaskQueryInput {
  const role = f.who.startsWith('role:') ? f.who.slice(5) : undefined;
  return {
    ...(f.text.trim() ? { text: f.text.trim() } : {}),
    ...(f.phase ? { phases: [f.phase] } : {}),
    ...(f.workstream ? { workstreams: [f.workstream] } : {}),
    ...(role ? { roles: [role as Role] } : f.who ? { owners: [f.who] } : {}),
    ...(f.status ? { statuses: [f.status] } : {}),
    ...(f.critical ? { critical: true } : {}),
  };
}

/**
 * Ids of the tasks with at least one work item the filter selects (statuses from `state`), or `undefined`
 * when nothing is filtered (every task).
 *
 * @example
 * matchingTaskIds(plan, { ...NO_FILTER, workstream: 'marketing' }, state, now)?.size //=> 12
 */
export function matchingTaskIds(plan: Plan, f: PlanFilter, state: StatusState | undefined, now: Date): Set<string> | undefined {
  if (!isFiltering(f)) return undefined;
  const match = queryMatcher(plan, parseTaskQuery(toTaskQuery(f)), now);
  const ids = new Set<string>();
  for (const item of indexPlan(plan).items) {
    if (ids.has(item.task.id)) continue;
    const status = state ? statusOf(state, item.task.id, item.occurrence) : item.task.status;
    if (match(item, status)) ids.add(item.task.id);
  }
  return ids;
}

/**
 * The plan restricted to some tasks (dependencies on tasks left out dropped), for exports of a filtered view.
 *
 * @example
 * toCSV(planWithTasks(plan, ids))
 */
export function planWithTasks(plan: Plan, ids: ReadonlySet<string> | undefined): Plan {
  if (!ids) return plan;
  const tasks = plan.tasks.filter((t) => ids.has(t.id)).map((t) => ({ ...t, dependsOn: t.dependsOn.filter((d) => ids.has(d)) }));
  return { ...plan, tasks };
}

const PARAMS = { text: 'q', phase: 'phase', workstream: 'ws', who: 'who', status: 'status', critical: 'critical' } as const;

/**
 * A filter from URL parameters (`?q=coupon&ws=marketing&critical=1`); unknown values are ignored.
 *
 * @example
 * filterFromParams(new URLSearchParams('ws=marketing')).workstream //=> 'marketing'
 */
export function filterFromParams(params: URLSearchParams): PlanFilter {
  const ws = params.get(PARAMS.workstream) ?? '';
  const status = params.get(PARAMS.status) ?? '';
  const who = params.get(PARAMS.who) ?? '';
  return {
    text: params.get(PARAMS.text) ?? '',
    phase: params.get(PARAMS.phase) ?? '',
    workstream: (WORKSTREAMS as readonly string[]).includes(ws) ? (ws as Workstream) : '',
    who: who.startsWith('role:') && !(ROLES as readonly string[]).includes(who.slice(5)) ? '' : who,
    status: (TASK_STATUSES as readonly string[]).includes(status) ? (status as TaskStatus) : '',
    critical: params.get(PARAMS.critical) === '1',
  };
}

/**
 * Writes a filter into URL parameters (removing the empty ones), keeping other parameters.
 *
 * @example
 * filterToParams({ ...NO_FILTER, text: 'live' }, new URLSearchParams('now=x')).toString() //=> 'now=x&q=live'
 */
export function filterToParams(f: PlanFilter, params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  const set = (key: string, value: string) => (value ? out.set(key, value) : out.delete(key));
  set(PARAMS.text, f.text);
  set(PARAMS.phase, f.phase);
  set(PARAMS.workstream, f.workstream);
  set(PARAMS.who, f.who);
  set(PARAMS.status, f.status);
  set(PARAMS.critical, f.critical ? '1' : '');
  return out;
}
