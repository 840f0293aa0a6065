import type { Plan } from '../schemas/plan.js';
import type { StatusState } from '../readiness/index.js';
import { itemToJSON, type ItemJSON } from '../readiness/report-json.js';
import { applyQuery } from '../query/apply-query.js';
import type { TaskQueryInput } from '../query/task-query.js';
import { personOf } from '../query/person.js';

/** The work items a query selects, as plain JSON (what `export --format json` prints with a query). */
export interface ItemsJSON {
  readonly plan: string;
  readonly platformTimeZone: string;
  readonly teamTimeZone: string;
  readonly items: readonly ItemJSON[];
}

/**
 * The work items a query selects as JSON data, in the display order, each due time in both zones, with its
 * status (from `state`, else the plan's) and what blocks it. Relative days in the query count from `now`;
 * with `person`, only that person's items (see `personOf`).
 *
 * @example
 * JSON.stringify(itemsToJSON(plan, { owners: ['li'], dueTo: { day: 'tomorrow' } }, state, now))
 */
export function itemsToJSON(plan: Plan, query: TaskQueryInput = {}, state?: StatusState, now?: Date, person?: string): ItemsJSON {
  return {
    plan: plan.id,
    platformTimeZone: plan.platformTimeZone,
    teamTimeZone: plan.teamTimeZone,
    items: applyQuery(plan, query, state, now)
      .filter((i) => person === undefined || personOf(plan, i.task) === person)
      .map((i) => itemToJSON(i, plan)),
  };
}
