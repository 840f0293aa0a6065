// The mapping of a campaign onto a Y.Doc. Two root types, nothing else:
//   Y.Map 'campaign': 'plan' -> the base plan as serialized JSON text (set once), 'model' -> the log model name;
//   Y.Array 'log': the log, one plain JSON object per event, append-only.
// The plan is one string, not a tree of Y types: it is written once and read whole, and a string keeps the
// server's check of "nobody changed the plan" trivial.
import * as Y from 'yjs';
import { safeParsePlan, serializePlan, type Issue, type Plan } from '@campaign-planner/core';
import type { Json } from './log-model.js';

/** The root Y.Map holding the base plan and the log model's name. */
export const CAMPAIGN_KEY = 'campaign';
/** The root Y.Array holding the log entries. */
export const LOG_KEY = 'log';

/** The room's root types. */
export interface CampaignTypes {
  readonly campaign: Y.Map<unknown>;
  readonly log: Y.Array<Json>;
}

/**
 * The campaign's root types in `doc` (created empty if absent).
 *
 * @example
 * const { log } = campaignTypes(doc); log.length //=> 0
 */
export function campaignTypes(doc: Y.Doc): CampaignTypes {
  return { campaign: doc.getMap(CAMPAIGN_KEY), log: doc.getArray<Json>(LOG_KEY) };
}

/** The result of {@link readBasePlan}. */
export type ReadPlanResult = { status: 'empty' } | { status: 'ok'; plan: Plan; text: string } | { status: 'invalid'; issues: Issue[] };

// Parsing a plan costs milliseconds; the text is set once, so one parse per text per process is enough.
const parsed = new Map<string, ReadPlanResult>();

/**
 * The room's base plan, validated by the core's `safeParsePlan`; `empty` before anyone pushed one.
 *
 * @example
 * const r = readBasePlan(doc); if (r.status === 'ok') console.log(r.plan.name);
 */
export function readBasePlan(doc: Y.Doc): ReadPlanResult {
  const text = campaignTypes(doc).campaign.get('plan');
  if (text === undefined) return { status: 'empty' };
  if (typeof text !== 'string') return { status: 'invalid', issues: [{ code: 'invalid_shape', path: ['plan'], message: 'expected the plan as JSON text' }] };
  const hit = parsed.get(text);
  if (hit) return hit;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { status: 'invalid', issues: [{ code: 'invalid_json', path: ['plan'], message: `invalid JSON: ${(e as Error).message}` }] };
  }
  const r = safeParsePlan(json);
  const result: ReadPlanResult = r.success ? { status: 'ok', plan: r.plan, text } : { status: 'invalid', issues: r.issues };
  if (parsed.size > 100) parsed.clear();
  parsed.set(text, result);
  return result;
}

/**
 * Puts a base plan into an empty room (one transaction). Throws if the room already has a plan: a room's
 * base plan never changes, so log entries always mean what they meant when they were written.
 *
 * @example
 * writeBasePlan(doc, plan, 'status');
 */
export function writeBasePlan(doc: Y.Doc, plan: Plan, modelName: string): void {
  const { campaign } = campaignTypes(doc);
  if (campaign.has('plan')) throw new Error('this room already has a plan');
  doc.transact(() => {
    campaign.set('model', modelName);
    campaign.set('plan', serializePlan(plan, 0));
  });
}
