import type { Issue, Plan } from '@campaign-planner/core';
import { checkStatusEvent } from '@campaign-planner/core/readiness';
import { applyEdit, foldLog, isEditEvent, isMetricEvent, safeParseLogEvent, serializeLogEvent, type Folded, type LogEvent } from '@campaign-planner/core/edits';
import type { Json, LogModel } from './log-model.js';

/**
 * The whole campaign log of `@campaign-planner/core/edits`: status events, plan edits and metric actuals,
 * folded by `foldLog` into the current plan and state (the model's state is the whole `Folded`: statuses,
 * metrics, conflicts). Readers accept any well-formed event; a new one must apply to the current plan
 * (its task exists there, its edit applies), which `append` and the server check before storing.
 *
 * @example
 * const room = await openRoom({ url, room: 'bf-2026', token, model: campaignLogModel, WebSocket });
 * room.append([{ type: 'edit', id: 'li-1', at: new Date(), by: 'li', edit: { op: 'remove-task', taskId: 'banner' } }]);
 * room.plan.tasks.some((t) => t.id === 'banner') //=> false
 */
export const campaignLogModel: LogModel<LogEvent, Folded> = {
  name: 'campaign',
  parse: (_plan, entry) => safeParseLogEvent(entry),
  serialize: (event) => JSON.parse(serializeLogEvent(event)) as Json,
  fold: (plan, events) => {
    const folded = foldLog(plan, events);
    return { plan: folded.plan, state: folded };
  },
  admit: (current: Plan, event: LogEvent): Issue[] => {
    if (isMetricEvent(event)) return [];
    if (isEditEvent(event)) {
      const r = applyEdit(current, event.edit);
      return r.ok ? [] : r.issues.map((i) => ({ ...i, path: ['edit', ...i.path] }));
    }
    return checkStatusEvent(current, event);
  },
};
