import { nextActions } from '../../readiness/next-actions.js';
import { readiness } from '../../readiness/readiness.js';
import { backwardSchedule } from '../../readiness/schedule.js';
import { readinessToJSON } from '../../readiness/report-json.js';
import { formatReadinessText } from '../../readiness/report-text.js';
import { createStatusState } from '../../readiness/status-state.js';
import { choiceOption, parseCommandArgs, stringOption, type Parsed } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../io.js';
import { readPlanFile } from '../plan-file.js';
import { readCampaignLog } from '../campaign-log.js';
import { terminalData } from '../terminal-text.js';
import { instantOption } from '../instant-option.js';
import { QUERY_ARGS, QUERY_USAGE, queryFrom } from '../query-options.js';
import { queryReadiness } from '../../query/query-readiness.js';
import { targetReport } from '../../targets/target-report.js';
import { formatTargetReport } from '../../targets/report-text.js';
import { foldLog } from '../../edits/fold-log.js';
import type { Plan } from '../../schemas/plan.js';
import type { StatusState } from '../../readiness/status-state.js';
import type { MetricEvent } from '../../schemas/targets.js';
import type { CliIO } from '../io.js';
import { openRemote, REMOTE_ARGS, REMOTE_USAGE, remoteTarget, roomWarnings, type RemoteTarget } from '../remote-campaign.js';
import { ROSTER_ARG, rosterOption } from '../roster-option.js';
import { personSettings, withRoster } from '../../query/person.js';
import type { Roster } from '../../schemas/roster.js';

function positiveNumber(parsed: Parsed, name: string, fallback: number, integer: boolean): number {
  const text = stringOption(parsed, name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
    throw new UsageError(`--${name} must be a positive ${integer ? 'whole ' : ''}number (got "${text}")`);
  return n;
}

/** How to report: read from the options before any plan, so a bad option fails first. */
interface ReportOptions {
  readonly format: 'text' | 'json';
  /** `--locale`; without it, the roster's language of the one `--owner`, else English. */
  readonly locale?: 'en' | 'zh-CN';
  readonly roster?: Roster;
  readonly now: Date;
  readonly horizonMs: number;
  readonly limit: number;
}

function reportOptions(parsed: Parsed): ReportOptions {
  return {
    format: choiceOption(parsed, 'format', ['text', 'json'], 'text'),
    ...(parsed.values.locale === undefined ? {} : { locale: choiceOption(parsed, 'locale', ['en', 'zh-CN'] as const, 'en') }),
    ...(parsed.values.roster === undefined ? {} : { roster: rosterOption(parsed) }),
    now: instantOption(parsed, 'now', new Date()),
    horizonMs: positiveNumber(parsed, 'horizon', 48, false) * 3_600_000,
    limit: positiveNumber(parsed, 'limit', 10, true),
  };
}

/** Prints the readiness of `plan` in `state` (metrics: the log's actuals), as text or JSON. */
function printStatus(folded: Plan, state: StatusState, metrics: readonly MetricEvent[], parsed: Parsed, o: ReportOptions, io: CliIO): void {
  const { now, horizonMs, limit, roster } = o;
  // With a roster, its people own their roles' unowned tasks: --owner can name them.
  const plan = roster ? withRoster(folded, roster) : folded;
  const query = queryFrom(parsed, plan);
  const owners = parsed.values.owner as string[] | undefined;
  const locale = o.locale ?? (owners?.length === 1 ? personSettings(roster, owners[0]!).locale : undefined) ?? 'en';
  const sliced = query ? queryReadiness(plan, state, now, query, { horizonMs, limit }) : undefined;
  const r = sliced?.readiness ?? readiness(plan, state, now, { horizonMs });
  const actions = sliced?.nextActions ?? nextActions(plan, state, now, { limit });
  const warnings = backwardSchedule(plan).warnings;
  // Targets and budgets stand beside the task readiness (the score is unchanged): actuals are the log's metric events.
  const hasTargets = (plan.targets?.length ?? 0) + (plan.budgets?.length ?? 0) > 0;
  const targets = hasTargets ? targetReport(plan, metrics, { now }) : undefined;
  if (o.format === 'json') io.stdout(`${JSON.stringify({ ...readinessToJSON(plan, r, actions, warnings), ...(targets ? { targets } : {}) }, null, 2)}\n`);
  else {
    // Text goes to a terminal: control characters in the plan's titles, notes or names are shown, not run.
    const [p, rr, aa, ww] = terminalData([plan, r, actions, warnings] as const);
    io.stdout(formatReadinessText(p, rr, aa, { color: io.isTTY && !io.env.NO_COLOR, maxItems: limit, warnings: ww, locale }));
    if (targets) io.stdout(`\n${formatTargetReport(p, terminalData(targets), locale)}\n`);
  }
}

/** `status --server URL --room R`: the room's plan and log, folded as a log file is. */
async function statusOfRoom(target: RemoteTarget, parsed: Parsed, o: ReportOptions, io: CliIO): Promise<number> {
  const remote = await openRemote(target, 'campaign-planner status');
  try {
    const folded = foldLog(remote.basePlan, remote.events);
    for (const w of roomWarnings(target.room, folded)) io.stderr(w);
    printStatus(folded.plan, folded.state, folded.metrics, parsed, o, io);
    return 0;
  } finally {
    remote.close();
  }
}

export const statusCommand: Command = {
  name: 'status',
  summary: 'readiness of a plan: progress, overdue, due soon, blocked, score, next actions',
  usage: `Usage: campaign-planner status <plan.json> [options]
       campaign-planner status --server <ws://host:port> --room <name> [options]

Prints the readiness of a plan at a given time, every time in the platform and the team zone,
and warns about dependency orders that cannot work (backward scheduling, one day per task
without a start). With --server and --room the plan and the log are the team-sync room's.

Options:
  --log <log.jsonl>      campaign log (JSON Lines): statuses ("done") and plan edits ("edit")
  --now <ISO>            the moment to assess, with offset (default: now)
  --horizon <hours>      how far "due soon" looks (default 48)
  --limit <n>            how many items per list and next actions (default 10)
  --format text|json     output format (default text; colour only on a terminal)
  --locale en|zh-CN      language of the text report (default en, or the roster's for one --owner):
                         美西时间 / 北京时间, 7天15小时
  --roster <file>        who does what (examples/roster.json): role tasks without an owner go to the
                         roster's person, so --owner can name them
${REMOTE_USAGE}

${QUERY_USAGE}
  With a selection, every figure and list counts only the selected work items.`,
  run(args, io) {
    const parsed = parseCommandArgs(args, {
      log: { type: 'string' },
      now: { type: 'string' },
      horizon: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
      locale: { type: 'string' },
      ...QUERY_ARGS,
      ...REMOTE_ARGS,
      ...ROSTER_ARG,
    });
    const target = remoteTarget(parsed, io);
    const [file, extra] = parsed.positionals;
    if (target && file) throw new UsageError(`with --server the plan is the room's: no <plan.json> (got "${file}")`);
    if (!target && !file) throw new UsageError('missing <plan.json> (or --server <ws://host:port> --room <name>)');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const options = reportOptions(parsed);
    if (target) return statusOfRoom(target, parsed, options, io);

    const base = readPlanFile(file!);
    const log = stringOption(parsed, 'log');
    // Edits in the log change the plan itself: every figure below reads the plan as the log leaves it.
    const campaign = log ? readCampaignLog(log, base, false) : undefined;
    for (const w of campaign?.warnings ?? []) io.stderr(w);
    const plan = campaign?.folded.plan ?? base;
    const state = campaign?.folded.state ?? createStatusState(plan);
    printStatus(plan, state, campaign?.folded.metrics ?? [], parsed, options, io);
    return 0;
  },
};
