import { randomUUID } from 'node:crypto';
import { formatPath } from '../../errors/issue.js';
import { TASK_STATUSES } from '../../schemas/task.js';
import { formatDualTime } from '../../time/dual-time.js';
import { safeParseStatusEvent, serializeStatusEvent } from '../../readiness/event-log.js';
import { choiceOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { InputError, UsageError } from '../io.js';
import { readPlanFile } from '../plan-file.js';
import { appendText } from '../safe-write.js';
import { readCampaignLog } from '../campaign-log.js';
import { terminalLine } from '../terminal-text.js';
import { instantOption } from '../instant-option.js';

// Event fields as the person typed them on the command line.
const OPTION_OF: Record<string, string> = { taskId: '<taskId>', occurrence: '--occurrence', status: '--status', at: '--at', by: '--by' };

export const doneCommand: Command = {
  name: 'done',
  summary: 'record a task (or one occurrence) as done in the status log',
  usage: `Usage: campaign-planner done <plan.json> <taskId> --log <events.jsonl> [options]

Appends a status event to the log (created if missing). The whole log is checked first; a corrupt
line stops the command and nothing is written. The event is appended as one whole line in a single
write (O_APPEND), so several "done" commands run at the same time all keep their events. A log that
is a symbolic link is written through; a directory, device or pipe is refused.

Options:
  --log <events.jsonl>     status log (JSON Lines), required
  --occurrence <ISO>       which occurrence of a recurring task, e.g. 2026-11-11T09:00:00-08:00
  --by <name>              who (default: $USER)
  --status <status>        ${TASK_STATUSES.join('|')} (default done)
  --at <ISO>               when it happened (default: now)`,
  run(args, io) {
    const parsed = parseCommandArgs(args, {
      log: { type: 'string' },
      occurrence: { type: 'string' },
      by: { type: 'string' },
      status: { type: 'string' },
      at: { type: 'string' },
    });
    const [planFile, taskId, extra] = parsed.positionals;
    if (!planFile) throw new UsageError('missing <plan.json>');
    if (!taskId) throw new UsageError('missing <taskId>');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const logFile = stringOption(parsed, 'log', true);
    const status = choiceOption(parsed, 'status', TASK_STATUSES, 'done');
    const at = instantOption(parsed, 'at', new Date());
    const by = stringOption(parsed, 'by') ?? io.env.USER ?? io.env.LOGNAME ?? 'unknown';
    const occurrence = stringOption(parsed, 'occurrence');

    // The plan as the log leaves it: a task added or moved by an edit in the log can be ticked too.
    const log = readCampaignLog(logFile, readPlanFile(planFile), true, { waitForWriters: true });
    const plan = log.folded.plan;
    const input = { taskId, ...(occurrence !== undefined ? { occurrence } : {}), status, at, by, id: randomUUID() };
    const r = safeParseStatusEvent(plan, input);
    if (!r.success) throw new InputError(r.issues.map((i) => `${OPTION_OF[String(i.path[0])] ?? formatPath(i.path)}: ${i.message}`));

    // A hand-edited log may lack its last newline: the event still starts a line of its own.
    const sep = log.text === '' || log.text.endsWith('\n') ? '' : '\n';
    appendText(logFile, `${sep}${serializeStatusEvent(r.event, plan.platformTimeZone)}\n`);
    const what = r.event.occurrence ? `${taskId} @ ${formatDualTime(r.event.occurrence, plan)}` : taskId;
    const count = log.folded.events.length + 1;
    io.stdout(
      `${terminalLine(`${logFile}: ${what}: ${status} by ${by} at ${formatDualTime(at, plan)} (${count} event${count === 1 ? '' : 's'} in the log)`)}\n`,
    );
    return 0;
  },
};
