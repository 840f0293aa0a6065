import { instantiate } from '../../templates/instantiate.js';
import { getTemplate } from '../../templates/registry.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../io.js';
import { FORMAT_ARGS, FORMAT_USAGE, formatOptionsFrom } from '../plan-format.js';
import { QUERY_ARGS, QUERY_USAGE, queryFrom } from '../query-options.js';
import { OUTPUT_ARGS, OUTPUT_USAGE, writePlanOutput } from '../split-output.js';
import { instantOption } from '../instant-option.js';
import { readCalendarFile, readJsonFileWith } from '../plan-file.js';
import { canonicalTimeZone, isValidTimeZone } from '../../schemas/time-zone.js';
import { parseTeamCalendar } from '../../team-calendar/working-days.js';
import { rosterOption, rosterPersonOptionsFor } from '../roster-option.js';

/** Formats `plan` can print, by name (shared with `export`). */
export { PLAN_FORMATS } from '../plan-format.js';

export const planCommand: Command = {
  name: 'plan',
  summary: 'instantiate a template for a year and print the plan',
  usage: `Usage: campaign-planner plan --template <id> --year <yyyy> [options]

Options:
  --template <id>        built-in template (see "campaign-planner templates")
  --year <yyyy>          campaign year
  --team-tz <zone>       the team's IANA zone (default: this machine's zone)
  --calendar <file>      published calendar JSON overriding phase days
  --team-calendar <file> team working days and holidays (examples/calendars/team-china-2026.json):
                         deadlines on team holidays move earlier, tagged and noted
  --roster <file>        who does what (examples/roster.json): each role's tasks get that person as owner;
                         with --split-by owner, each person's file in their language and zone (roster "people")
  --anchor-date <MM-DD>  the sale day when the seller gives it (store-anniversary)
${FORMAT_USAGE}
  --now <ISO>            the moment "today" and "tomorrow" count from (default: now)
${OUTPUT_USAGE}

${QUERY_USAGE}
  With a selection, JSON lists the selected work items instead of the plan.`,
  run(args, io) {
    const parsed = parseCommandArgs(args, {
      template: { type: 'string' },
      year: { type: 'string' },
      'team-tz': { type: 'string' },
      calendar: { type: 'string' },
      'team-calendar': { type: 'string' },
      roster: { type: 'string' },
      'anchor-date': { type: 'string' },
      ...FORMAT_ARGS,
      ...QUERY_ARGS,
      ...OUTPUT_ARGS,
      now: { type: 'string' },
    });
    if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
    const templateId = stringOption(parsed, 'template', true);
    const yearText = stringOption(parsed, 'year', true);
    if (!/^\d{4}$/.test(yearText)) throw new UsageError(`--year must be a four-digit year (got "${yearText}")`);
    const formatOptions = formatOptionsFrom(parsed);
    const now = instantOption(parsed, 'now', new Date());
    let template;
    try {
      template = getTemplate(templateId);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const teamTz = stringOption(parsed, 'team-tz') ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!isValidTimeZone(teamTz)) throw new UsageError(`--team-tz: expected an IANA time zone name such as "Asia/Shanghai" (got "${teamTz}")`);
    const calendarFile = stringOption(parsed, 'calendar');
    const teamFile = stringOption(parsed, 'team-calendar');
    const roster = rosterOption(parsed);
    const plan = instantiate(template, {
      year: Number(yearText),
      teamTimeZone: canonicalTimeZone(teamTz),
      ...(calendarFile ? { calendar: readCalendarFile(calendarFile) } : {}),
      ...(teamFile ? { teamCalendar: readJsonFileWith(teamFile, parseTeamCalendar) } : {}),
      ...(roster ? { roster } : {}),
      ...(stringOption(parsed, 'anchor-date') ? { anchorDate: stringOption(parsed, 'anchor-date')! } : {}),
    });
    const query = queryFrom(parsed, plan);
    writePlanOutput(plan, { ...formatOptions, now, ...(query ? { query } : {}) }, parsed, io, rosterPersonOptionsFor(roster, parsed));
    return 0;
  },
};
