import type { z } from 'zod/mini';
import type { Issue, IssuePath } from './issue.js';

type ZodIssue = z.core.$ZodIssue;

const GENERIC = new Set(['Invalid input', '']);

function describe(issue: ZodIssue): string {
  if (!GENERIC.has(issue.message) && !issue.message.startsWith('Invalid input:')) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${String(issue.minimum)} item(s)`
        : issue.origin === 'string'
          ? `expected at least ${String(issue.minimum)} character(s)`
          : `expected a number ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `expected at most ${String(issue.maximum)} item(s)`
        : issue.origin === 'string'
          ? `expected at most ${String(issue.maximum)} character(s)`
          : `expected a number ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return `expected a string in ${issue.format} format`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_key':
      return 'invalid key';
    default:
      return 'invalid value';
  }
}

function collect(issue: ZodIssue, prefix: IssuePath, out: Issue[]): void {
  const path = [...prefix, ...(issue.path as Array<string | number>)];
  // A union reports one list per branch; every branch of ours carries the same advice, so the first suffices.
  if (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.errors[0]!.length > 0) {
    collect(issue.errors[0]![0]!, path, out);
    return;
  }
  out.push({ code: 'invalid_shape', path, message: describe(issue) });
}

/** Turns zod's issues into ours: a path and a sentence saying what was expected. */
export function issuesFromZod(error: z.core.$ZodError, prefix: IssuePath = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of error.issues) collect(issue, prefix, out);
  return out;
}
