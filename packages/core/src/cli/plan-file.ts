import { formatPath } from '../errors/issue.js';
import { issuesFromZod } from '../errors/from-zod.js';
import { PlanValidationError } from '../errors/validation-error.js';
import { publishedCalendarSchema, type PublishedCalendar } from '../schemas/template.js';
import { planWarnings, type PlanWarning } from '../plan/plan-warnings.js';
import { safeParsePlan } from '../plan/parse-plan.js';
import type { Plan } from '../schemas/plan.js';
import { InputError, readJson } from './io.js';

/**
 * Reads and validates a plan file: the one way every command reads a plan. A UTF-8 byte order mark is
 * accepted; every problem becomes one line prefixed with the file name (`plan.json: tasks[3].due: ...`).
 * A missing file is a usage error (exit 2); a directory, a pipe or invalid JSON an InputError (exit 1).
 *
 * @example
 * const plan = readPlanFile('plan.json'); // InputError: "plan.json: tasks[3].due: expected ..."
 */
export function readPlanFile(file: string): Plan {
  const r = safeParsePlan(readJson(file));
  if (!r.success) throw new InputError(r.issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`));
  return r.plan;
}

/**
 * The warnings of a plan (valid, but likely to hurt) as lines prefixed with the file name.
 *
 * @example
 * planWarningLines('plan.json', plan) //=> ['plan.json: warning: couponLadders[0]...: ...']
 */
export function planWarningLines(file: string, plan: Plan): string[] {
  return planWarnings(plan).map((w: PlanWarning) => `${file}: warning: ${formatPath(w.path)}: ${w.message}`);
}

/**
 * Reads a JSON file and validates it with `parse` (which throws an error carrying `issues`), prefixing every
 * problem with the file name.
 *
 * @example
 * const team = readJsonFileWith('team.json', parseTeamCalendar); // "team.json: holidays[0].last: ..."
 */
export function readJsonFileWith<T>(file: string, parse: (input: unknown) => T): T {
  const json = readJson(file);
  try {
    return parse(json);
  } catch (e) {
    const issues = (e as { issues?: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }).issues;
    if (issues) throw new InputError(issues.map((i) => `${file}: ${formatPath(i.path as Array<string | number>)}: ${i.message}`));
    throw e;
  }
}

function parseCalendar(input: unknown): PublishedCalendar {
  const r = publishedCalendarSchema.safeParse(input);
  if (!r.success) throw new PlanValidationError(issuesFromZod(r.error), 'calendar');
  return r.data;
}

/**
 * Reads a platform's published calendar file (`--calendar`), every problem prefixed with the file name.
 *
 * @example
 * const calendar = readCalendarFile('11-11-2026.json'); // "11-11-2026.json: phases.peak.first: ..."
 */
export function readCalendarFile(file: string): PublishedCalendar {
  return readJsonFileWith(file, parseCalendar);
}
