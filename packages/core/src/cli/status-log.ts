import { formatPath } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import type { StatusEvent } from '../schemas/status-event.js';
import { parseEventLog, type LogIssue } from '../readiness/event-log-file.js';
import { InputError, readText, UsageError } from './io.js';

/** A status log read from disk: its events and its exact text (so an append keeps every byte). */
export interface LogFile {
  readonly events: StatusEvent[];
  readonly text: string;
}

/** Options of {@link readLogFile}. */
export interface ReadLogOptions {
  /**
   * Another process may be appending a line right now: a last line without its newline that is not JSON
   * yet is read again a few times before it counts as corrupt (default false).
   */
  readonly waitForWriters?: boolean;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

// The only problem is a last line still being written (no newline yet, not JSON yet).
const onlyTail = (text: string, issues: readonly LogIssue[]) =>
  !text.endsWith('\n') && issues.every((i) => i.code === 'invalid_json' && i.line === text.split('\n').length);

function readLogText(file: string, missingIsEmpty: boolean): string {
  try {
    return readText(file);
  } catch (e) {
    if (e instanceof UsageError && missingIsEmpty) return '';
    throw e;
  }
}

/**
 * Reads and validates a JSON Lines status log against `plan` (a UTF-8 byte order mark is accepted). A missing
 * file is an empty log when `missingIsEmpty`, else a usage error. A corrupt or half-written line is an
 * InputError naming the file and line; nothing is changed on disk.
 *
 * @example
 * const { events, text } = readLogFile('events.jsonl', plan, true);
 */
export function readLogFile(file: string, plan: Plan, missingIsEmpty: boolean, options: ReadLogOptions = {}): LogFile {
  for (let attempt = 0; ; attempt += 1) {
    const text = readLogText(file, missingIsEmpty);
    const r = parseEventLog(plan, text);
    if (r.success) return { events: r.events, text };
    if (options.waitForWriters && attempt < 20 && onlyTail(text, r.issues)) {
      sleep(25);
      continue;
    }
    throw new InputError(r.issues.map((i) => `${file}:${i.line}: ${i.path.length ? `${formatPath(i.path)}: ` : ''}${i.message}`));
  }
}
