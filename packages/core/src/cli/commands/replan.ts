import { replan, type ReplanResult } from '../../replanning/replan.js';
import { formatPlanDiff } from '../../replanning/format-diff.js';
import { parseTeamCalendar } from '../../team-calendar/working-days.js';
import { parseTemplate } from '../../templates/instantiate.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { serializeEventLog } from '../../readiness/event-log-file.js';
import { formatInZone } from '../../time/wall-time.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { InputError, readText, UsageError, writeFileAtomic } from '../io.js';
import { instantOption } from '../instant-option.js';
import { readCalendarFile, readJsonFileWith, readPlanFile } from '../plan-file.js';
import { readLogFile } from '../status-log.js';
import type { Plan } from '../../schemas/plan.js';
import { terminalData } from '../terminal-text.js';

/**
 * The status events of `--log`. A campaign log's plan edits and metrics are refused by line, in words: the
 * new plan is made again from the template, so an edit would silently be lost.
 */
function statusEvents(file: string, plan: Plan) {
  const lines = readText(file).split('\n');
  for (let i = 0; i < lines.length; i++) {
    let type: unknown;
    try {
      type = (JSON.parse(lines[i]!) as { type?: unknown } | null)?.type;
    } catch {
      continue; // not JSON: the log reader below names it
    }
    if (type === 'edit' || type === 'metric')
      throw new InputError([
        `${file}:${i + 1}: a plan ${type}: replan carries status events over, and makes the plan again from its template (edits would be lost); give it a log of statuses`,
      ]);
  }
  return readLogFile(file, plan, false).events;
}

function report(r: ReplanResult, logWritten: boolean, hadLog: boolean): string {
  const zone = r.plan.platformTimeZone;
  const note = r.plan.source?.calendar?.note;
  const lines = [
    `re-planned ${r.plan.id}${note ? ` with "${note}"` : ''}: ${r.diff.changes.length} change(s), ${r.pushed.length} pushed, ${r.impossible.length} impossible, ${r.unmappedEvents.length} event(s) not carried over`,
    ...r.warnings.map((w) => `warning: ${w}`),
    ...r.impossible.map((i) => `impossible: ${i.message}`),
    ...r.pushed.map((p) => `pushed: ${p.taskId}  due ${formatInZone(p.from, zone)} -> ${formatInZone(p.to, zone)} ${zone}, after "${p.dependency}"`),
    ...r.unmappedEvents.map((u) => `not carried over: ${u.reason}`),
    ...(hadLog && !logWritten ? ['note: the carried-over status log was not written; give --log-out <file>'] : []),
  ];
  return `${lines.join('\n')}\n${r.diff.changes.length ? formatPlanDiff(r.diff) : ''}`;
}

export const replanCommand: Command = {
  name: 'replan',
  summary: 'apply a new published calendar to a plan in progress, keeping statuses',
  usage: `Usage: campaign-planner replan <plan.json> --calendar <published.json> [options]

Makes the plan again from its template with the platform's new calendar. Times
change, nothing else: statuses, owners and notes stay; the status log carries
over by task id (an occurrence moves to the new one on the same platform day).
A dependent task is pushed only when it would be due before a task it depends
on. Tasks the change made impossible (due in the past, or before a dependency)
are listed, not moved. The plan goes to stdout (the report to stderr), or with
--out to the file (the report to stdout). Exit 0; 1 for invalid files; 2 usage.

Options:
  --calendar <file>        the new published calendar (see examples/calendars/)
  --log <events.jsonl>     the plan's status log (JSON Lines)
  --log-out <file>         write the carried-over log there (atomically)
  --team-calendar <file>   the team calendar the plan was made with
  --template <file>        the template JSON (default: the built-in the plan names)
  --now <ISO>              what counts as the past, with offset (default: now)
  --out <file>             write the new plan there (atomically)`,
  run(args, io) {
    const parsed = parseCommandArgs(args, {
      calendar: { type: 'string' },
      log: { type: 'string' },
      'log-out': { type: 'string' },
      'team-calendar': { type: 'string' },
      template: { type: 'string' },
      now: { type: 'string' },
      out: { type: 'string' },
    });
    const [file, extra] = parsed.positionals;
    if (!file) throw new UsageError('missing <plan.json>');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const calendarFile = stringOption(parsed, 'calendar', true);
    const now = instantOption(parsed, 'now', new Date());
    const logFile = stringOption(parsed, 'log');
    const logOut = stringOption(parsed, 'log-out');
    if (logOut && !logFile) throw new UsageError('--log-out needs --log');
    const teamFile = stringOption(parsed, 'team-calendar');
    const templateFile = stringOption(parsed, 'template');

    const plan = readPlanFile(file);
    const r = replan(plan, {
      calendar: readCalendarFile(calendarFile),
      now,
      ...(logFile ? { events: statusEvents(logFile, plan) } : {}),
      ...(teamFile ? { teamCalendar: readJsonFileWith(teamFile, parseTeamCalendar) } : {}),
      ...(templateFile ? { template: readJsonFileWith(templateFile, parseTemplate) } : {}),
    });
    const out = stringOption(parsed, 'out');
    if (logOut) writeFileAtomic(logOut, serializeEventLog(r.events, r.plan.platformTimeZone));
    const text = report(terminalData(r), logOut !== undefined, logFile !== undefined);
    if (out) {
      writeFileAtomic(out, `${serializePlan(r.plan)}\n`);
      io.stdout(text);
    } else {
      io.stdout(`${serializePlan(r.plan)}\n`);
      io.stderr(text);
    }
    return 0;
  },
};
