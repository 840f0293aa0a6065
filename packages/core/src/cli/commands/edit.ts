import { randomUUID } from 'node:crypto';
import { appendToFold, foldLog, type AppendResult, type Folded } from '../../edits/fold-log.js';
import { safeParseLogEvent, serializeLogEvent, type LogEvent } from '../../edits/log-event.js';
import { formatPath } from '../../errors/issue.js';
import { formatDualTime } from '../../time/dual-time.js';
import { parseCommandArgs, stringOption, type Parsed } from '../args.js';
import { readCampaignLog } from '../campaign-log.js';
import type { Command } from '../command.js';
import { EDIT_ARGS, editFromArgs } from '../edit-args.js';
import { InputError, UsageError, writeFileAtomic, type CliIO } from '../io.js';
import { readPlanFile } from '../plan-file.js';
import { instantOption } from '../instant-option.js';
import { appendRemote, openRemote, REMOTE_ARGS, REMOTE_USAGE, remoteTarget, roomWarnings, type RemoteTarget } from '../remote-campaign.js';

const byOf = (parsed: Parsed, io: CliIO) => stringOption(parsed, 'by') ?? io.env.USER ?? io.env.LOGNAME ?? 'unknown';

/** The edit event the arguments describe, checked against the log so far, and what appending it does. */
function editEventOf(folded: Folded, op: string, id: string | undefined, parsed: Parsed, io: CliIO): { event: LogEvent; r: AppendResult } {
  const edit = editFromArgs(op, id, parsed, folded.plan);
  const at = instantOption(parsed, 'at', new Date());
  const event = safeParseLogEvent({ type: 'edit', id: randomUUID(), at, by: byOf(parsed, io), edit });
  if (!event.success) throw new InputError(event.issues.map((i) => `${formatPath(i.path.slice(1))}: ${i.message}`));
  const r = appendToFold(folded, event.event);
  if (r.issues.length > 0) throw new InputError(r.issues.map((i) => `${formatPath(i.path.slice(1))}: ${i.message}`));
  return { event: event.event, r };
}

/** What the edit did: one line, then each task it moved and each new dependency warning. */
function editReport(where: string, op: string, id: string | undefined, by: string, before: Folded, r: AppendResult, the: string): string {
  const plan = r.folded.plan;
  const n = r.folded.events.length;
  const lines = [`${where}: ${op}${id ? ` ${id}` : ''} by ${by} (${n} event${n === 1 ? '' : 's'} in ${the})`];
  for (const m of r.moved) lines.push(`  moved ${m.taskId}: ${formatDualTime(m.from, plan)} -> ${formatDualTime(m.to, plan)}`);
  for (const c of r.folded.dependencyConflicts.slice(before.dependencyConflicts.length))
    lines.push(`  warning: ${c.taskId} is due before its dependency ${c.dependency} (${c.why})`);
  return `${lines.join('\n')}\n`;
}

/** `edit --server URL --room R <op> <id>`: checked against the room's plan as its log leaves it, stored by the server. */
async function editInRoom(target: RemoteTarget, op: string, id: string | undefined, parsed: Parsed, io: CliIO): Promise<number> {
  const remote = await openRemote(target, `campaign-planner edit (${byOf(parsed, io)})`);
  try {
    if (remote.logModel === 'status')
      throw new InputError([`room "${target.room}" keeps status events only; plan edits need a room on a server started with "serve --log-model campaign"`]);
    const folded = foldLog(remote.basePlan, remote.events);
    const { event, r } = editEventOf(folded, op, id, parsed, io);
    await appendRemote(remote, target, event);
    io.stdout(editReport(`room "${target.room}"`, op, id, byOf(parsed, io), folded, r, 'the room'));
    for (const w of roomWarnings(target.room, folded)) io.stderr(w);
    return 0;
  } finally {
    remote.close();
  }
}

export const editCommand: Command = {
  name: 'edit',
  summary: 'append a plan edit (move, update, status, depends, remove, phase, add) to the campaign log',
  usage: `Usage: campaign-planner edit <plan.json> --log <log.jsonl> <op> <id> [options]
       campaign-planner edit --server <ws://host:port> --room <name> <op> <id> [options]

Checks the edit against the plan as the log leaves it (the plan file plus every edit so far) and, if it
applies, appends it to the log (created if missing; written beside the old one, then renamed over it).
The plan file is never changed: "status" and "export" read the edits from --log.
With --server and --room the edit goes to the team-sync room instead (a room of "serve --log-model
campaign"), checked against the room's plan; the command ends once the server has stored it.

Operations:
  move <taskId>     --due <time> | --days <n>  [--start <time>] [--stay: dependents do not follow]
  update <taskId>   [--title-en] [--title-zh] [--owner] [--role] [--notes] [--workstream] [--phase]
                    [--weight] [--critical true|false] [--milestone true|false] [--tags a,b] [--clear owner,notes]
  status <taskId>   --status todo|in-progress|done|blocked|skipped [--occurrence <ISO>]
  depends <taskId>  --on a,b   (empty: no dependencies)
  remove <taskId>   [--drop-edges]
  phase <phaseId>   [--start <time> | --days <n>] [--end <time>] [--stay: its tasks do not move]
  add <task JSON>   a task as in a plan file
  json <edit JSON>  any edit (see the README)

A <time> is an ISO instant with offset, or a wall time "YYYY-MM-DD HH:mm" in --zone.

Options:
  --log <log.jsonl>   the campaign log, required without --server
  --zone <zone>       platform (default), team or an IANA name: where wall times and --days are read
  --by <name>         who (default: $USER)
  --at <ISO>          when (default: now)
${REMOTE_USAGE}

Example:
  campaign-planner edit plan.json --log campaign.jsonl move register --due "2026-11-02 23:59"`,
  run(args, io) {
    const parsed = parseCommandArgs(args, { ...EDIT_ARGS, ...REMOTE_ARGS });
    const target = remoteTarget(parsed, io);
    if (target) {
      const [op, id, extra] = parsed.positionals;
      if (!op) throw new UsageError('missing the operation (move, update, status, depends, remove, phase, add, json)');
      if (extra) throw new UsageError(`with --server the plan is the room's: give <op> <id> only (got "${op}", "${id}" and "${extra}")`);
      return editInRoom(target, op, id, parsed, io);
    }
    const [planFile, op, id, extra] = parsed.positionals;
    if (!planFile) throw new UsageError('missing <plan.json>');
    if (!op) throw new UsageError('missing the operation (move, update, status, depends, remove, phase, add, json)');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const logFile = stringOption(parsed, 'log', true);
    const base = readPlanFile(planFile);
    const log = readCampaignLog(logFile, base, true);
    const { event, r } = editEventOf(log.folded, op, id, parsed, io);

    const sep = log.text === '' || log.text.endsWith('\n') ? '' : '\n';
    writeFileAtomic(logFile, `${log.text}${sep}${serializeLogEvent(event, base.platformTimeZone)}\n`);
    io.stdout(editReport(logFile, op, id, byOf(parsed, io), log.folded, r, 'the log'));
    for (const w of log.warnings) io.stderr(w);
    return 0;
  },
};
