import { instantiate } from '../../templates/instantiate.js';
import { getTemplate } from '../../templates/registry.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { toMarkdown } from '../../export/markdown.js';
import { LOCALES } from '../../schemas/common.js';
import { choiceOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { readJson, UsageError, writeFileAtomic } from '../io.js';

/** Formats `plan` can print, by name; other issues add theirs here. */
export const PLAN_FORMATS = ['json', 'md'] as const;

export const planCommand: Command = {
  name: 'plan',
  summary: 'instantiate a template for a year and print the plan',
  usage: `Usage: campaign-planner plan --template <id> --year <yyyy> [options]

Options:
  --template <id>        built-in template (see "campaign-planner templates")
  --year <yyyy>          campaign year
  --team-tz <zone>       the team's IANA zone (default: this machine's zone)
  --calendar <file>      published calendar JSON overriding phase days
  --format json|md       output format (default json)
  --locale en|zh-CN      language of the Markdown checklist (default en)
  --out <file>           write to a file (atomically) instead of stdout`,
  run(args, io) {
    const parsed = parseCommandArgs(args, {
      template: { type: 'string' },
      year: { type: 'string' },
      'team-tz': { type: 'string' },
      calendar: { type: 'string' },
      format: { type: 'string' },
      locale: { type: 'string' },
      out: { type: 'string' },
    });
    if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
    const templateId = stringOption(parsed, 'template', true);
    const yearText = stringOption(parsed, 'year', true);
    if (!/^\d{4}$/.test(yearText)) throw new UsageError(`--year must be a four-digit year (got "${yearText}")`);
    const format = choiceOption(parsed, 'format', PLAN_FORMATS, 'json');
    const locale = choiceOption(parsed, 'locale', LOCALES, 'en');
    let template;
    try {
      template = getTemplate(templateId);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const calendarFile = stringOption(parsed, 'calendar');
    const plan = instantiate(template, {
      year: Number(yearText),
      teamTimeZone: stringOption(parsed, 'team-tz') ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      ...(calendarFile ? { calendar: readJson(calendarFile) as never } : {}),
    });
    const text = format === 'json' ? `${serializePlan(plan)}\n` : toMarkdown(plan, { locale });
    const out = stringOption(parsed, 'out');
    if (out) writeFileAtomic(out, text);
    else io.stdout(text);
    return 0;
  },
};
