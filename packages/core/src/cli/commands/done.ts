import { randomUUID } from 'node:crypto';
import { formatPath } from '../../errors/issue.js';
import { TASK_STATUSES } from '../../schemas/task.js';
import { formatDualTime } from '../../time/dual-time.js';
import { safeParseStatusEvent, serializeStatusEvent } from '../../readiness/event-log.js';
import { choiceOption, parseCommandArgs, stringOption, type Parsed } from '../args.js';
import type { Command } from '../command.js';
import { InputError, UsageError, type CliIO } from '../io.js';
import { readPlanFile } from '../plan-file.js';
import { appendText } from '../safe-write.js';
import { readCampaignLog } from '../campaign-log.js';
import { terminalLine } from '../terminal-text.js';
import { instantOption } from '../instant-option.js';
import { appendRemote, openRemote, REMOTE_ARGS, REMOTE_USAGE, remoteTarget, type RemoteTarget } from '../remote-campaign.js';
import type { Plan } from '../../schemas/plan.js';
import type { StatusEvent } from '../../schemas/status-event.js';
import { foldLog } from '../../edits/fold-log.js';

// Event fields as the person typed them on the command line.
const OPTION_OF: Record<string, string> = { taskId: '<taskId>', occurrence: '--occurrence', status: '--status', at: '--at', by: '--by' };

/** The status event the options describe, checked against `plan` (the plan as the log leaves it). */
function statusEventOf(plan: Plan, taskId: string, parsed: Parsed, io: CliIO): StatusEvent {
  const status = choiceOption(parsed, 'status', TASK_STATUSES, 'done');
  const at = instantOption(parsed, 'at', new Date());
  const by = stringOption(parsed, 'by') ?? io.env.USER ?? io.env.LOGNAME ?? 'unknown';
  const occurrence = stringOption(parsed, 'occurrence');
  const input = { taskId, ...(occurrence !== undefined ? { occurrence } : {}), status, at, by, id: randomUUID() };
  const r = safeParseStatusEvent(plan, input);
  if (!r.success) throw new InputError(r.issues.map((i) => `${OPTION_OF[String(i.path[0])] ?? formatPath(i.path)}: ${i.message}`));
  return r.event;
}

/** `<where>: <task>: <status> by <who> at <time> (<n> events in <the log>)`. */
function doneLine(where: string, event: StatusEvent, plan: Plan, count: number, the: string): string {
  const what = event.occurrence ? `${event.taskId} @ ${formatDualTime(event.occurrence, plan)}` : event.taskId;
  return `${terminalLine(`${where}: ${what}: ${event.status} by ${event.by} at ${formatDualTime(event.at, plan)} (${count} event${count === 1 ? '' : 's'} in ${the})`)}\n`;
}

/** `done <taskId> --server URL --room R`: the event is checked against the room's plan, stored by the server. */
async function doneInRoom(target: RemoteTarget, taskId: string, parsed: Parsed, io: CliIO): Promise<number> {
  const by = stringOption(parsed, 'by') ?? io.env.USER ?? io.env.LOGNAME ?? 'unknown';
  const remote = await openRemote(target, `campaign-planner done (${by})`);
  try {
    const plan = foldLog(remote.basePlan, remote.events).plan;
    const event = statusEventOf(plan, taskId, parsed, io);
    await appendRemote(remote, target, event);
    io.stdout(doneLine(`room "${target.room}"`, event, plan, remote.events.length + 1, 'the room'));
    return 0;
  } finally {
    remote.close();
  }
}

export const doneCommand: Command = {
  name: 'done',
  summary: 'record a task (or one occurrence) as done in the status log',
  usage: `Usage: campaign-planner done <plan.json> <taskId> --log <events.jsonl> [options]
       campaign-planner done <taskId> --server <ws://host:port> --room <name> [options]

Appends a status event to the log (created if missing). The whole log is checked first; a corrupt
line stops the command and nothing is written. The event is appended as one whole line in a single
write (O_APPEND), so several "done" commands run at the same time all keep their events. A log that
is a symbolic link is written through; a directory, device or pipe is refused.
With --server and --room the event goes to the team-sync room instead, checked against the room's plan;
the command ends once the server has stored it (a refusal, or no answer within --timeout, exits 1).

Options:
  --log <events.jsonl>     status log (JSON Lines), required without --server
  --occurrence <ISO>       which occurrence of a recurring task, e.g. 2026-11-11T09:00:00-08:00
  --by <name>              who (default: $USER)
  --status <status>        ${TASK_STATUSES.join('|')} (default done)
  --at <ISO>               when it happened (default: now)
${REMOTE_USAGE}`,
  run(args, io) {
    const parsed = parseCommandArgs(args, {
      log: { type: 'string' },
      occurrence: { type: 'string' },
      by: { type: 'string' },
      status: { type: 'string' },
      at: { type: 'string' },
      ...REMOTE_ARGS,
    });
    const target = remoteTarget(parsed, io);
    if (target) {
      const [taskId, extra] = parsed.positionals;
      if (!taskId) throw new UsageError('missing <taskId>');
      if (extra) throw new UsageError(`with --server the plan is the room's: give <taskId> only (got "${taskId}" and "${extra}")`);
      return doneInRoom(target, taskId, parsed, io);
    }
    const [planFile, taskId, extra] = parsed.positionals;
    if (!planFile) throw new UsageError('missing <plan.json>');
    if (!taskId) throw new UsageError('missing <taskId>');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const logFile = stringOption(parsed, 'log', true);

    // The plan as the log leaves it: a task added or moved by an edit in the log can be ticked too.
    const log = readCampaignLog(logFile, readPlanFile(planFile), true, { waitForWriters: true });
    const plan = log.folded.plan;
    const event = statusEventOf(plan, taskId, parsed, io);

    // A hand-edited log may lack its last newline: the event still starts a line of its own.
    const sep = log.text === '' || log.text.endsWith('\n') ? '' : '\n';
    appendText(logFile, `${sep}${serializeStatusEvent(event, plan.platformTimeZone)}\n`);
    io.stdout(doneLine(logFile, event, plan, log.folded.events.length + 1, 'the log'));
    return 0;
  },
};
