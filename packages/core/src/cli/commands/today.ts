import { LOCALES } from '../../schemas/common.js';
import { isValidTimeZone } from '../../schemas/time-zone.js';
import { createStatusState } from '../../readiness/index.js';
import { morningBrief } from '../../query/brief.js';
import { BRIEF_FORMATS, briefToJSON, formatBrief } from '../../export/brief-format.js';
import { choiceOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../io.js';
import { readPlanFile } from '../plan-file.js';
import { readCampaignLog } from '../campaign-log.js';
import { instantOption } from '../instant-option.js';
import { QUERY_ARGS, QUERY_USAGE, queryFrom } from '../query-options.js';
import { terminalText } from '../terminal-text.js';
import { ROSTER_ARG, rosterOption } from '../roster-option.js';
import { personSettings, withRoster } from '../../query/person.js';

/** `campaign-planner today <plan.json> [--owner NAME] [--zone ZONE] [--days N]`: a morning brief. */
export const todayCommand: Command = {
  name: 'today',
  summary: "a person's morning brief: overdue, due today and tomorrow in their zone, blocked and by what",
  usage: `Usage: campaign-planner today <plan.json> [options]

A morning brief for one person (or everyone): open items that are overdue, due today, tomorrow and the
next days in the reader's zone (whole wall-clock days, also on a DST change), and the blocked ones with
what they wait for. Plain, colourless and deterministic for a given --now: ready to send from cron.

Options:
  --owner <name>         whose brief (a task owner of the plan; default everyone)
  --zone <IANA zone>     the reader's zone: what "today" means (default the roster's zone for --owner,
                         else the plan's team zone)
  --days <n>             days to list from today (default 2: today and tomorrow)
  --log <log.jsonl>      campaign log: statuses and edits
  --now <ISO>            the moment of the brief, with offset (default: now)
  --format text|md|json  output (default text)
  --locale en|zh-CN      language (default the roster's for --owner, else en)
  --roster <file>        who does what (examples/roster.json): role tasks without an owner go to the
                         roster's person; "people" gives each person's language and zone

${QUERY_USAGE.split('\n')
  .filter((line) => !line.startsWith('  --owner'))
  .join('\n')}

Example (cron, 08:00 every day, one mail per person; people.tsv: name, e-mail, zone, tab-separated):
  0 8 * * * while IFS="$(printf '\\t')" read -r name email zone; do campaign-planner today plan.json --log log.jsonl --owner "$name" --zone "$zone" | mail -s "11.11 today" "$email"; done < people.tsv
With a roster that gives each person's language and zone, only names and addresses are needed:
  0 8 * * * while IFS="$(printf '\\t')" read -r name email; do campaign-planner today plan.json --log log.jsonl --roster roster.json --owner "$name" | mail -s "11.11 today" "$email"; done < people.tsv`,
  run(args, io) {
    const parsed = parseCommandArgs(args, {
      ...QUERY_ARGS,
      owner: { type: 'string' },
      zone: { type: 'string' },
      days: { type: 'string' },
      log: { type: 'string' },
      now: { type: 'string' },
      format: { type: 'string' },
      locale: { type: 'string' },
      ...ROSTER_ARG,
    });
    const [file, extra] = parsed.positionals;
    if (!file) throw new UsageError('missing <plan.json>');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`);
    const format = choiceOption(parsed, 'format', BRIEF_FORMATS, 'text');
    const localeFlag = parsed.values.locale === undefined ? undefined : choiceOption(parsed, 'locale', LOCALES, 'en');
    const now = instantOption(parsed, 'now', new Date());
    const zone = stringOption(parsed, 'zone');
    if (zone !== undefined && !isValidTimeZone(zone)) throw new UsageError(`--zone must be an IANA time zone name such as Asia/Shanghai (got "${zone}")`);
    const daysText = stringOption(parsed, 'days') ?? '2';
    const days = Number(daysText);
    if (!/^\d+$/.test(daysText) || days < 1 || days > 366) throw new UsageError(`--days must be a whole number from 1 to 366 (got "${daysText}")`);

    const roster = rosterOption(parsed);
    const base = readPlanFile(file);
    const log = stringOption(parsed, 'log');
    const campaign = log ? readCampaignLog(log, base, false) : undefined;
    for (const w of campaign?.warnings ?? []) io.stderr(w);
    const folded = campaign?.folded.plan ?? base;
    // With a roster, its people own their roles' unowned tasks: --owner can name them.
    const plan = roster ? withRoster(folded, roster) : folded;
    const state = campaign?.folded.state ?? createStatusState(plan);
    // --owner is checked with the other selection options (an unknown name lists the plan's owners), then
    // becomes the person of the brief rather than a filter OR-ed with --role.
    const query = queryFrom(parsed, plan);
    const person = stringOption(parsed, 'owner');
    // The person's language and zone from the roster, unless --locale or --zone says otherwise.
    const own = person !== undefined ? personSettings(roster, person) : {};
    const locale = localeFlag ?? own.locale ?? 'en';
    const readerZone = zone ?? own.timeZone;
    const rest = query ? { ...query, owners: undefined } : undefined;
    const brief = morningBrief(plan, state, now, {
      ...(person !== undefined ? { person } : {}),
      ...(readerZone !== undefined ? { timeZone: readerZone } : {}),
      days,
      ...(rest ? { query: rest } : {}),
    });
    if (format === 'json') io.stdout(`${JSON.stringify(briefToJSON(plan, brief, locale), null, 2)}\n`);
    else io.stdout(terminalText(formatBrief(plan, brief, { locale, format })));
    return 0;
  },
};
