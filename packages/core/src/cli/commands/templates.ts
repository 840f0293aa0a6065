import { listTemplates } from '../../templates/registry.js';
import { choiceOption, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';

export const templatesCommand: Command = {
  name: 'templates',
  summary: 'list the built-in campaign templates',
  usage: `Usage: campaign-planner templates [--format text|json]

Lists the built-in templates with their id, platform, zone and phases.`,
  run(args, io) {
    const parsed = parseCommandArgs(args, { format: { type: 'string' } });
    const format = choiceOption(parsed, 'format', ['text', 'json'], 'text');
    const list = listTemplates();
    if (format === 'json') io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    else
      for (const t of list)
        io.stdout(`${t.id.padEnd(26)} ${t.name.en} (${t.name['zh-CN']}) · ${t.platformTimeZone} · ${t.phases.join(' → ')} · ${t.taskCount} tasks\n`);
    return 0;
  },
};
