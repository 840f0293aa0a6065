import { formatPath, type Issue } from './issue.js';

/**
 * Thrown when input does not make a valid plan or template. `issues` lists every problem found,
 * each with a path and a message; nothing half-built is returned.
 *
 * @example
 * try { parsePlan(json) } catch (e) {
 *   if (e instanceof PlanValidationError) for (const i of e.issues) console.error(formatPath(i.path), i.message);
 * }
 */
export class PlanValidationError extends Error {
  /** Every problem found. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[], what = 'plan') {
    const head = issues
      .slice(0, 5)
      .map((i) => `${formatPath(i.path)}: ${i.message}`)
      .join('; ');
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    super(`Invalid ${what}: ${head}${more}`);
    this.name = 'PlanValidationError';
    this.issues = issues;
  }
}
