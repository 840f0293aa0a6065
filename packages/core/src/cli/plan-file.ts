import { formatPath } from '../errors/issue.js';
import { safeParsePlan } from '../plan/parse-plan.js';
import type { Plan } from '../schemas/plan.js';
import { InputError, readJson } from './io.js';

/**
 * Reads and validates a plan file; problems become one line each, prefixed with the file name.
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
    const issues = (e as { issues?: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }> }).issues;
    if (issues) throw new InputError(issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`));
    throw e;
  }
}
