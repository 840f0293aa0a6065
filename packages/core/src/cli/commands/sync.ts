// The team-sync commands live in @campaign-planner/sync (Yjs, Hocuspocus, SQLite); the core only delegates, by
// a dynamic import the bundler leaves alone, so installing the core never pulls in a sync engine.
import type { RemoteCampaign, RemoteCampaignOptions } from '../../edits/remote-campaign.js';
import type { Command } from '../command.js';
import type { CliIO } from '../io.js';

export type { RemoteCampaign, RemoteCampaignOptions };

/** The part of `@campaign-planner/sync/cli` the core CLI calls. */
export interface SyncCli {
  runSyncCommand(name: string, args: readonly string[], io: CliIO): Promise<number>;
  openRemoteCampaign(options: RemoteCampaignOptions): Promise<RemoteCampaign>;
}

const SYNC_CLI = '@campaign-planner/sync/cli';

/** Loads the sync CLI; undefined when the package is not installed. */
export async function loadSyncCli(): Promise<SyncCli | undefined> {
  try {
    return (await import(/* @vite-ignore */ SYNC_CLI)) as SyncCli;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((e as Error).message).includes('@campaign-planner/sync')) return undefined;
    throw e;
  }
}

/**
 * Runs sync command `name` through `load` (the real package by default), or prints one line asking to install
 * `@campaign-planner/sync` and returns 1 when it is missing.
 *
 * @example
 * await runDelegated('token', ['--room', 'bf', '--role', 'viewer'], io)
 */
export async function runDelegated(name: string, args: readonly string[], io: CliIO, load: () => Promise<SyncCli | undefined> = loadSyncCli): Promise<number> {
  const sync = await load();
  if (!sync) {
    io.stderr(`campaign-planner ${name}: team sync needs the @campaign-planner/sync package: npm install @campaign-planner/sync\n`);
    return 1;
  }
  return sync.runSyncCommand(name, args, io);
}

const LINK = '--server <ws://host:port> --room <name> [--token <token>] [--timeout <seconds>]';
const TOKEN_NOTE = `The token comes from --token or $CAMPAIGN_PLANNER_TOKEN (see "campaign-planner token").
The server has --timeout seconds (default 10) to answer.`;

function delegating(name: string, summary: string, usage: string): Command {
  return { name, summary, usage, run: (args, io) => runDelegated(name, args, io) };
}

/** serve, push, pull and token: the team-sync commands, run by @campaign-planner/sync. */
export const SYNC_COMMANDS: readonly Command[] = [
  delegating(
    'serve',
    'run the team sync server (needs @campaign-planner/sync)',
    `Usage: campaign-planner serve [--port 1234] [--host 127.0.0.1] [--db campaign-planner.db] [--secret-file FILE]

Serves rooms over WebSocket, each room stored in the SQLite file, and prints "listening on ws://HOST:PORT".
Stops cleanly on SIGINT or SIGTERM. The secret file (default campaign-planner.secret) signs tokens; it is
created on first start.

Options:
  --redis <host:port>            relay updates with other server processes through Redis (share the --db file)
  --log-model status|campaign    what rooms log: status events (default) or the whole campaign log (edits too)
  --max-message-bytes <n>        largest message (default 4194304)
  --max-events-per-minute <n>    events one connection may add per minute (default 1200)
  --max-room-events <n>          events a room may hold (default 100000)
  --max-plan-bytes <n>           size of a room's plan as JSON (default 3145728)`,
  ),
  delegating(
    'push',
    'create a sync room from a plan file (and a status log)',
    `Usage: campaign-planner push <plan.json> ${LINK} [--log <events.jsonl>] [--log-model status|campaign]

Creates the room with the plan, or adds the log's missing events to a room that has this very plan.
A new room keeps status events, or the whole campaign log (plan edits, metrics) with --log-model campaign
or a log that has edits: the server's "serve --log-model" must match. A room keeps what it was created with.
${TOKEN_NOTE}`,
  ),
  delegating(
    'pull',
    "write a sync room's plan and log to files",
    `Usage: campaign-planner pull ${LINK} [--out <plan.json>] [--log <events.jsonl>]

Writes the room's plan (to stdout without --out) and its log as JSON Lines, in merge order.
${TOKEN_NOTE}`,
  ),
  delegating(
    'token',
    'sign an access token for a sync room',
    `Usage: campaign-planner token --room <name> --role editor|viewer [--expires 30d] [--secret-file FILE]

Prints a token for one room, signed with the server's secret file (default campaign-planner.secret).
An editor reads and writes; a viewer reads and is seen online, but every write is refused.
--expires takes s, m, h or d (default 30d).`,
  ),
];
