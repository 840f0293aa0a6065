import { PlanValidationError } from '../errors/validation-error.js';
import { formatPath } from '../errors/issue.js';
import { COMMANDS } from './commands/index.js';
import { InputError, UsageError, type CliIO } from './io.js';
import { terminalLine } from './terminal-text.js';
import { cliVersion } from './version.js';

const HELP = () => `campaign-planner: plan e-commerce mega-sale campaigns in platform time

Usage: campaign-planner <command> [options]    (campaign-planner <command> --help for more)

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(11)} ${c.summary}`).join('\n')}
`;

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code:
 * 0 success, 1 invalid input (one line per problem on stderr), 2 usage error. Never throws, never prints a
 * stack trace unless CAMPAIGN_PLANNER_DEBUG is set.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout(`campaign-planner ${cliVersion()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`campaign-planner: unknown command "${terminalLine(name)}" (see "campaign-planner --help")\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      // One line and where to look: the full help would bury the message.
      io.stderr(`campaign-planner ${name}: ${terminalLine(e.message)} (see "campaign-planner ${name} --help")\n`);
      return 2;
    }
    if (e instanceof InputError) {
      for (const line of e.lines) io.stderr(`${terminalLine(line)}\n`);
      return 1;
    }
    if (e instanceof PlanValidationError) {
      for (const issue of e.issues) io.stderr(`${terminalLine(`${formatPath(issue.path)}: ${issue.message}`)}\n`);
      return 1;
    }
    io.stderr(`campaign-planner ${name}: ${terminalLine(e instanceof Error ? e.message : String(e))}\n`);
    if (io.env.CAMPAIGN_PLANNER_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return 1;
  }
}
