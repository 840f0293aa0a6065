// @campaign-planner/sync/cli: the team-sync commands of `campaign-planner`. The core CLI loads this module
// on demand, so the core itself never depends on Yjs.
import { CliFailure, type SyncCliIO } from './options.js';
import { pullCommand } from './pull.js';
import { pushCommand } from './push.js';
import { serveCommand } from './serve.js';
import { tokenCommand } from './token.js';

export type { SyncCliIO } from './options.js';
export { openRemoteCampaign } from './remote-campaign.js';
export type { RemoteCampaign, RemoteCampaignOptions } from './remote-campaign.js';

const COMMANDS: Record<string, (args: readonly string[], io: SyncCliIO) => number | Promise<number>> = {
  serve: serveCommand,
  push: pushCommand,
  pull: pullCommand,
  token: tokenCommand,
};

/** The commands this module runs. */
export const SYNC_COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/**
 * Runs one sync command and returns its exit code: 0 done, 1 bad input or the server refused, 2 usage.
 * Problems are printed as lines on stderr, never as a stack trace (unless CAMPAIGN_PLANNER_DEBUG is set).
 *
 * @example
 * const code = await runSyncCommand('token', ['--room', 'bf-2026', '--role', 'viewer'], io);
 */
export async function runSyncCommand(name: string, args: readonly string[], io: SyncCliIO): Promise<number> {
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`campaign-planner: unknown sync command "${name}"\n`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (e) {
    if (e instanceof CliFailure) {
      for (const line of e.lines) io.stderr(`campaign-planner ${name}: ${line}\n`);
      if (e.code === 2) io.stderr(`(campaign-planner ${name} --help shows the options)\n`);
      return e.code;
    }
    io.stderr(`campaign-planner ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    if (io.env.CAMPAIGN_PLANNER_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return 1;
  }
}
