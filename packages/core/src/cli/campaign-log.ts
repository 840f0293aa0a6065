import { foldLog, type Folded } from '../edits/fold-log.js';
import { isEditEvent, type LogEvent } from '../edits/log-event.js';
import { parseLog } from '../edits/log-file.js';
import { formatPath } from '../errors/issue.js';
import type { Plan } from '../schemas/plan.js';
import { InputError, readText, UsageError } from './io.js';

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const onlyTail = (text: string, issues: ReadonlyArray<{ code: string; line: number }>) =>
  !text.endsWith('\n') && issues.every((i) => i.code === 'invalid_json' && i.line === text.split('\n').length);

function readLogText(file: string, missingIsEmpty: boolean): string {
  try {
    return readText(file);
  } catch (e) {
    if (e instanceof UsageError && missingIsEmpty) return '';
    throw e;
  }
}

/** A campaign log read from disk and folded over its base plan. */
export interface CampaignLogFile {
  readonly folded: Folded;
  /** The file's exact text, so an append keeps every byte. */
  readonly text: string;
  /** Notes about edits that did not apply (kept in the log): one line each, for stderr. */
  readonly warnings: string[];
}

/**
 * Reads a campaign log (status events, edits, metrics; JSON Lines) and folds it over `base`. A bad line is an
 * InputError naming the file and line; nothing is changed on disk. A log of statuses only keeps the old rule
 * (a status of an unknown task or occurrence is an error); once edits are in the log an event that no longer
 * applies (a merge removed its task) is a warning, and it stays in the log.
 *
 * @example
 * const { folded, warnings } = readCampaignLog('campaign.jsonl', plan, false);
 */
export function readCampaignLog(file: string, base: Plan, missingIsEmpty: boolean, options: { waitForWriters?: boolean } = {}): CampaignLogFile {
  let text = readLogText(file, missingIsEmpty);
  let parsed = parseLog(text);
  // Another process may be appending a line right now: a last line without its newline that is not JSON yet
  // is read again a few times before it counts as corrupt (as readLogFile does for status logs).
  for (let attempt = 0; options.waitForWriters && !parsed.success && attempt < 20 && onlyTail(text, parsed.issues); attempt += 1) {
    sleep(25);
    text = readLogText(file, missingIsEmpty);
    parsed = parseLog(text);
  }
  if (!parsed.success) throw new InputError(parsed.issues.map((i) => `${file}:${i.line}: ${i.path.length ? `${formatPath(i.path)}: ` : ''}${i.message}`));
  // Non-blank lines in order: the line of each event, for messages.
  const lineOf = new Map<LogEvent, number>();
  let k = 0;
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() !== '') lineOf.set(parsed.events[k++]!, i + 1);
  });
  const folded = foldLog(base, parsed.events);
  const lines = folded.conflicts.flatMap((c) =>
    c.issues.map((i) => `${file}:${lineOf.get(c.event) ?? '?'}: ${i.path.length ? `${formatPath(i.path)}: ` : ''}${i.message}`),
  );
  if (lines.length > 0 && !parsed.events.some(isEditEvent)) throw new InputError(lines);
  return { folded, text, warnings: lines.map((l) => `warning: not applied: ${l}\n`) };
}
