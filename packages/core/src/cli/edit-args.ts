import type { EditInput } from '../edits/edit-schema.js';
import type { TimeSpecInput } from '../edits/time-spec.js';
import type { Plan } from '../schemas/plan.js';
import { stringOption, type Parsed } from './args.js';
import { UsageError } from './io.js';

/** The options `campaign-planner edit` understands (one set for every operation). */
export const EDIT_ARGS = {
  log: { type: 'string' },
  by: { type: 'string' },
  at: { type: 'string' },
  zone: { type: 'string' },
  due: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  days: { type: 'string' },
  stay: { type: 'boolean' },
  'title-en': { type: 'string' },
  'title-zh': { type: 'string' },
  owner: { type: 'string' },
  role: { type: 'string' },
  notes: { type: 'string' },
  workstream: { type: 'string' },
  phase: { type: 'string' },
  weight: { type: 'string' },
  critical: { type: 'string' },
  milestone: { type: 'string' },
  tags: { type: 'string' },
  clear: { type: 'string' },
  status: { type: 'string' },
  occurrence: { type: 'string' },
  on: { type: 'string' },
  'drop-edges': { type: 'boolean' },
  json: { type: 'string' },
} as const;

/** `platform`, `team` or an IANA name (checked by the edit's schema). */
function zoneOf(parsed: Parsed, plan: Plan): string {
  const z = stringOption(parsed, 'zone') ?? 'platform';
  return z === 'platform' ? plan.platformTimeZone : z === 'team' ? plan.teamTimeZone : z;
}

/** An ISO instant with offset as is; anything else is a wall time in `--zone` (default: platform). */
function timeOf(text: string | undefined, parsed: Parsed, plan: Plan): TimeSpecInput | undefined {
  if (text === undefined) return undefined;
  return /[zZ]$|[+-]\d{2}:\d{2}$/.test(text) && text.includes('T') ? text : { wall: text, zone: zoneOf(parsed, plan) };
}

function daysOf(parsed: Parsed, plan: Plan): TimeSpecInput | undefined {
  const text = stringOption(parsed, 'days');
  if (text === undefined) return undefined;
  const days = Number(text);
  if (!Number.isInteger(days)) throw new UsageError(`--days must be a whole number of days, e.g. 3 or -2 (got "${text}")`);
  return { days, zone: zoneOf(parsed, plan) };
}

function bool(parsed: Parsed, name: string): boolean | undefined {
  const v = stringOption(parsed, name);
  if (v === undefined) return undefined;
  if (v !== 'true' && v !== 'false') throw new UsageError(`--${name} must be true or false (got "${v}")`);
  return v === 'true';
}

function json(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--json: ${what} is not valid JSON: ${(e as Error).message}`);
  }
}

function updateChanges(parsed: Parsed, plan: Plan, taskId: string): Record<string, unknown> {
  const s = (name: string) => stringOption(parsed, name);
  const task = plan.tasks.find((t) => t.id === taskId);
  const changes: Record<string, unknown> = {};
  const en = s('title-en');
  const zh = s('title-zh');
  if (en !== undefined || zh !== undefined) changes.title = { en: en ?? task?.title.en, 'zh-CN': zh ?? task?.title['zh-CN'] };
  for (const name of ['owner', 'role', 'notes', 'workstream', 'phase'] as const) if (s(name) !== undefined) changes[name] = s(name);
  if (s('weight') !== undefined) changes.weight = Number(s('weight'));
  if (s('tags') !== undefined)
    changes.tags = s('tags')!
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
  for (const name of ['critical', 'milestone'] as const) if (bool(parsed, name) !== undefined) changes[name] = bool(parsed, name);
  for (const name of (s('clear') ?? '').split(',').filter(Boolean)) changes[name.trim()] = null;
  return changes;
}

/**
 * The edit an `edit` command line describes, e.g. `move register --days 3`, `update banner --owner Mei`.
 * Only the shape of the arguments is checked here; the edit itself is validated by `applyEdit`.
 */
export function editFromArgs(op: string, id: string | undefined, parsed: Parsed, plan: Plan): EditInput {
  const need = () => {
    if (!id) throw new UsageError(`missing the id after "${op}"`);
    return id;
  };
  const s = (name: string) => stringOption(parsed, name);
  switch (op) {
    case 'move': {
      const due = timeOf(s('due'), parsed, plan) ?? daysOf(parsed, plan);
      if (!due) throw new UsageError('move needs --due <time> or --days <n>');
      const start = timeOf(s('start'), parsed, plan);
      return { op: 'move-task', taskId: need(), due, ...(start ? { start } : {}), ...(parsed.values.stay ? { dependents: 'stay' } : {}) };
    }
    case 'update':
      return { op: 'update-task', taskId: need(), changes: updateChanges(parsed, plan, need()) } as EditInput;
    case 'status':
      return { op: 'set-status', taskId: need(), status: (s('status') ?? 'done') as never, ...(s('occurrence') ? { occurrence: s('occurrence')! } : {}) };
    case 'depends':
      return {
        op: 'set-dependencies',
        taskId: need(),
        dependsOn: ((parsed.values.on as string | undefined) ?? '')
          .split(',')
          .map((d) => d.trim())
          .filter(Boolean),
      };
    case 'remove':
      return { op: 'remove-task', taskId: need(), ...(parsed.values['drop-edges'] ? { dropEdges: true } : {}) };
    case 'phase': {
      const start = timeOf(s('start'), parsed, plan) ?? daysOf(parsed, plan);
      const end = timeOf(s('end'), parsed, plan);
      return { op: 'update-phase', phaseId: need(), ...(start ? { start } : {}), ...(end ? { end } : {}), ...(parsed.values.stay ? { tasks: 'stay' } : {}) };
    }
    case 'add':
      return { op: 'add-task', task: json(s('json') ?? need(), 'the task') } as EditInput;
    case 'json':
      return json(s('json') ?? need(), 'the edit') as EditInput;
    default:
      throw new UsageError(`unknown edit "${op}", expected one of move, update, status, depends, remove, phase, add, json`);
  }
}
