import { PlanValidationError } from '../errors/validation-error.js';
import { issuesFromZod } from '../errors/from-zod.js';
import type { Issue } from '../errors/issue.js';
import { planSchema, type Plan } from '../schemas/plan.js';
import { checkPlan } from './check-plan.js';

/** The result of {@link safeParsePlan}: the plan, or every problem found. */
export type ParsePlanResult = { success: true; plan: Plan } | { success: false; issues: Issue[] };

/**
 * Validates unknown input (parsed JSON or an object built in code) as a plan, without throwing.
 *
 * @example
 * const r = safeParsePlan(JSON.parse(text));
 * if (!r.success) r.issues.forEach((i) => console.error(formatPath(i.path), i.message));
 */
export function safeParsePlan(input: unknown): ParsePlanResult {
  const shape = planSchema.safeParse(input);
  if (!shape.success) return { success: false, issues: issuesFromZod(shape.error) };
  const issues = checkPlan(shape.data);
  return issues.length > 0 ? { success: false, issues } : { success: true, plan: shape.data };
}

/**
 * Validates unknown input as a plan: shape (zod), then the plan's rules (ids, tiling phases,
 * dependencies and cycles, deadlines, recurrence). Returns a new, typed plan; the input is not changed.
 * Keys such as `__proto__` are rejected as unknown keys and never reach an object's prototype.
 *
 * @throws PlanValidationError listing every problem with its path (`tasks[3].due`).
 * @example
 * const plan = parsePlan(JSON.parse(readFileSync('plan.json', 'utf8')));
 */
export function parsePlan(input: unknown): Plan {
  const result = safeParsePlan(input);
  if (!result.success) throw new PlanValidationError(result.issues);
  return result.plan;
}
