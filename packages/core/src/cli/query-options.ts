// One set of selection options for every command that prints work (`plan`, `export`, `status`, `today`):
// the same names, the same checks, the same help lines, all turned into one core task query.
import type { Plan } from '../schemas/plan.js';
import { ROLES, TASK_STATUSES, WORKSTREAMS } from '../schemas/task.js';
import { PlanValidationError } from '../errors/validation-error.js';
import { formatPath } from '../errors/issue.js';
import { parseDueBound, parseTaskQuery, type TaskQuery, type TaskQueryInput } from '../query/task-query.js';
import type { Parsed } from './args.js';
import { UsageError } from './io.js';

/** The `parseArgs` options of {@link queryFrom}; spread them into a command's options. */
export const QUERY_ARGS = {
  phase: { type: 'string', multiple: true },
  workstream: { type: 'string', multiple: true },
  owner: { type: 'string', multiple: true },
  role: { type: 'string', multiple: true },
  status: { type: 'string', multiple: true },
  critical: { type: 'boolean' },
  tag: { type: 'string', multiple: true },
  search: { type: 'string' },
  'due-from': { type: 'string' },
  'due-to': { type: 'string' },
} as const;

/** The help lines of {@link QUERY_ARGS}. */
export const QUERY_USAGE = `Selection (repeat an option, or list ids with commas, to allow several values; options combine with AND):
  --phase <id>           phase id of the plan
  --workstream <id>      ${WORKSTREAMS.join(', ')}
  --owner <name>         a person (owner); with --role, the tasks of the person OR the role
  --role <id>            ${ROLES.join(', ')}
  --status <s>           ${TASK_STATUSES.join(', ')} (per occurrence, from --log when given)
  --critical             critical deadlines only
  --tag <tag>            tasks with this tag
  --search <text>        text in the id, titles, notes or tags (any case)
  --due-from <when>      an instant with offset (2026-11-11T00:00:00-08:00), or a day: 2026-11-11,
  --due-to <when>        today, tomorrow, yesterday, today+N, today-N, optionally "in <zone>"
                         (default zone: the plan's team zone); a day counts whole`;

function values(parsed: Parsed, name: string, splitCommas: boolean): string[] {
  const raw: unknown = parsed.values[name];
  const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  const out = splitCommas ? list.flatMap((v) => v.split(',')) : list;
  return out.map((v) => v.trim()).filter((v) => v.length > 0);
}

function checkAll(name: string, given: readonly string[], valid: readonly string[]): void {
  for (const v of given) {
    if (!valid.includes(v)) throw new UsageError(`--${name} "${v}" is not one of: ${valid.length ? valid.join(', ') : '(none in this plan)'}`);
  }
}

function bound(parsed: Parsed, name: string): TaskQueryInput['dueFrom'] {
  const text = parsed.values[name];
  if (typeof text !== 'string') return undefined;
  const b = parseDueBound(text);
  if (b === undefined)
    throw new UsageError(
      `--${name} must be an ISO 8601 date-time with an offset or a day (YYYY-MM-DD, today, tomorrow, yesterday, today+N, today-N), optionally "in <IANA zone>" (got "${text}")`,
    );
  return b;
}

/** Whether any selection option is on the command line. */
export function hasQuery(parsed: Parsed): boolean {
  return Object.keys(QUERY_ARGS).some((k) => parsed.values[k] !== undefined);
}

/**
 * The task query of a command line, checked against the plan: unknown phases, workstreams, owners, roles,
 * statuses and tags are usage errors listing the valid values. `undefined` when no selection option is given.
 *
 * @throws UsageError naming the option and what it accepts.
 * @example
 * const query = queryFrom(parsed, plan); // --workstream marketing --due-to "tomorrow in Asia/Shanghai"
 */
export function queryFrom(parsed: Parsed, plan: Plan): TaskQuery | undefined {
  if (!hasQuery(parsed)) return undefined;
  const phases = values(parsed, 'phase', true);
  const workstreams = values(parsed, 'workstream', true);
  const owners = values(parsed, 'owner', false);
  const roles = values(parsed, 'role', true);
  const statuses = values(parsed, 'status', true);
  const tags = values(parsed, 'tag', false);
  checkAll(
    'phase',
    phases,
    plan.phases.map((p) => p.id),
  );
  checkAll('workstream', workstreams, WORKSTREAMS);
  checkAll('owner', owners, [...new Set(plan.tasks.flatMap((t) => (t.owner ? [t.owner] : [])))].sort());
  checkAll('role', roles, ROLES);
  checkAll('status', statuses, TASK_STATUSES);
  checkAll('tag', tags, [...new Set(plan.tasks.flatMap((t) => t.tags))].sort());
  const search = parsed.values.search;
  const input = {
    ...(phases.length ? { phases } : {}),
    ...(workstreams.length ? { workstreams } : {}),
    ...(owners.length ? { owners } : {}),
    ...(roles.length ? { roles } : {}),
    ...(statuses.length ? { statuses } : {}),
    ...(tags.length ? { tags } : {}),
    ...(parsed.values.critical === true ? { critical: true } : {}),
    ...(typeof search === 'string' ? { text: search } : {}),
    ...(bound(parsed, 'due-from') !== undefined ? { dueFrom: bound(parsed, 'due-from') } : {}),
    ...(bound(parsed, 'due-to') !== undefined ? { dueTo: bound(parsed, 'due-to') } : {}),
  };
  try {
    return parseTaskQuery(input);
  } catch (e) {
    if (!(e instanceof PlanValidationError)) throw e;
    // The query's fields are named after the options: dueFrom came from --due-from.
    const i = e.issues[0]!;
    const option = { dueFrom: 'due-from', dueTo: 'due-to' }[String(i.path[0])] ?? String(i.path[0]);
    throw new UsageError(`--${option}: ${i.message}${i.path.length > 1 ? ` (${formatPath(i.path.slice(1))})` : ''}`);
  }
}
