import { readFileSync } from 'node:fs';
import { formatPath } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import type { StatusEvent } from '../schemas/status-event.js';
import { parseEventLog } from '../readiness/event-log-file.js';
import { InputError, UsageError } from './io.js';

/** A status log read from disk: its events and its exact text (so an append keeps every byte). */
export interface LogFile {
  readonly events: StatusEvent[];
  readonly text: string;
}

/**
 * Reads and validates a JSON Lines status log against `plan`. A missing file is an empty log when
 * `missingIsEmpty`, else a usage error. A corrupt or half-written line is an InputError naming the file and
 * line; nothing is changed on disk.
 *
 * @example
 * const { events, text } = readLogFile('events.jsonl', plan, true);
 */
export function readLogFile(file: string, plan: Plan, missingIsEmpty: boolean): LogFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && missingIsEmpty) return { events: [], text: '' };
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const r = parseEventLog(plan, text);
  if (!r.success)
    throw new InputError(
      r.issues.map((i) => `${file}:${i.line}: ${i.path.length ? `${formatPath(i.path)}: ` : ''}${i.message}`),
    );
  return { events: r.events, text };
}
