import { randomUUID } from 'node:crypto';
import { appendToFold } from '../../edits/fold-log.js';
import { safeParseLogEvent, serializeLogEvent } from '../../edits/log-event.js';
import { formatPath } from '../../errors/issue.js';
import { formatDualTime } from '../../time/dual-time.js';
import { parseCommandArgs, stringOption } from '../args.js';
import { readCampaignLog } from '../campaign-log.js';
import type { Command } from '../command.js';
import { EDIT_ARGS, editFromArgs } from '../edit-args.js';
import { InputError, UsageError, writeFileAtomic } from '../io.js';
import { readPlanFile } from '../plan-file.js';
import { instantOption } from '../instant-option.js';

export const editCommand: Command = {
  name: 'edit',
  summary: 'append a plan edit (move, update, status, depends, remove, phase, add) to the campaign log',
  usage: `Usage: campaign-planner edit <plan.json> --log <log.jsonl> <op> <id> [options]

Checks the edit against the plan as the log leaves it (the plan file plus every edit so far) and, if it
applies, appends it to the log (created if missing; written beside the old one, then renamed over it).
The plan file is never changed: "status" and "export" read the edits from --log.

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
  --log <log.jsonl>   the campaign log, required
  --zone <zone>       platform (default), team or an IANA name: where wall times and --days are read
  --by <name>         who (default: $USER)
  --at <ISO>          when (default: now)

Example:
  campaign-planner edit plan.json --log campaign.jsonl move register --due "2026-11-02 23:59"`,
  run(args, io) {
    const parsed = parseCommandArgs(args, EDIT_ARGS);
    const [planFile, op, id, extra] = parsed.positionals;
    if (!planFile) throw new UsageError('missing <plan.json>');
    if (!op) throw new UsageError('missing the operation (move, update, status, depends, remove, phase, add, json)');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const logFile = stringOption(parsed, 'log', true);
    const base = readPlanFile(planFile);
    const log = readCampaignLog(logFile, base, true);
    const edit = editFromArgs(op, id, parsed, log.folded.plan);
    const at = instantOption(parsed, 'at', new Date());
    const by = stringOption(parsed, 'by') ?? io.env.USER ?? io.env.LOGNAME ?? 'unknown';
    const event = safeParseLogEvent({ type: 'edit', id: randomUUID(), at, by, edit });
    if (!event.success) throw new InputError(event.issues.map((i) => `${formatPath(i.path.slice(1))}: ${i.message}`));
    const r = appendToFold(log.folded, event.event);
    if (r.issues.length > 0) throw new InputError(r.issues.map((i) => `${formatPath(i.path.slice(1))}: ${i.message}`));

    const sep = log.text === '' || log.text.endsWith('\n') ? '' : '\n';
    writeFileAtomic(logFile, `${log.text}${sep}${serializeLogEvent(event.event, base.platformTimeZone)}\n`);
    const plan = r.folded.plan;
    const lines = [`${logFile}: ${op}${id ? ` ${id}` : ''} by ${by} (${r.folded.events.length} event${r.folded.events.length === 1 ? '' : 's'} in the log)`];
    for (const m of r.moved) lines.push(`  moved ${m.taskId}: ${formatDualTime(m.from, plan)} -> ${formatDualTime(m.to, plan)}`);
    for (const c of r.folded.dependencyConflicts.slice(log.folded.dependencyConflicts.length))
      lines.push(`  warning: ${c.taskId} is due before its dependency ${c.dependency} (${c.why})`);
    io.stdout(`${lines.join('\n')}\n`);
    for (const w of log.warnings) io.stderr(w);
    return 0;
  },
};
