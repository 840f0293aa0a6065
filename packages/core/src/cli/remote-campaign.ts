// `--server URL --room R`: `done`, `edit` and `status` on a team-sync room instead of a plan file and a log.
// The room is read and written through @campaign-planner/sync, loaded only when asked for (the core has no
// Yjs); what comes back is plain data (a plan and log events) that the commands fold as they fold a file.
import type { Folded } from '../edits/fold-log.js';
import type { LogEvent } from '../edits/log-event.js';
import { formatPath } from '../errors/issue.js';
import { stringOption, type Parsed } from './args.js';
import { loadSyncCli, type RemoteCampaign, type SyncCli } from './commands/sync.js';
import { InputError, UsageError, type CliIO } from './io.js';

/** The options of a command that can work on a room. */
export const REMOTE_ARGS = {
  server: { type: 'string' },
  room: { type: 'string' },
  token: { type: 'string' },
  timeout: { type: 'string' },
} as const;

/** Their help lines. */
export const REMOTE_USAGE = `  --server <ws://host:port>  a team-sync server: the plan and the log are the room's (needs @campaign-planner/sync)
  --room <name>              the room on --server
  --token <token>            access token (default: $CAMPAIGN_PLANNER_TOKEN; see "campaign-planner token")
  --timeout <seconds>        how long to wait for the server (default 10)`;

/** Where a command connects, from its options. */
export interface RemoteTarget {
  readonly server: string;
  readonly room: string;
  readonly token: string;
  readonly timeoutMs: number;
}

const DEFAULT_TIMEOUT_S = 10;

/**
 * The room a command works on, or undefined when it works on files (no `--server`, `--room`, `--token` or
 * `--timeout`). Half a target, or one given with `--log`, is a usage error naming the options.
 *
 * @example
 * const target = remoteTarget(parsed, io); // { server: 'ws://127.0.0.1:1234', room: 'bf', token, timeoutMs: 10000 }
 */
export function remoteTarget(parsed: Parsed, io: CliIO): RemoteTarget | undefined {
  const server = stringOption(parsed, 'server');
  const room = stringOption(parsed, 'room');
  const token = stringOption(parsed, 'token');
  const timeout = stringOption(parsed, 'timeout');
  if (server === undefined) {
    const stray = room !== undefined ? 'room' : token !== undefined ? 'token' : timeout !== undefined ? 'timeout' : undefined;
    if (stray) throw new UsageError(`--${stray} goes with --server <ws://host:port> --room <name>`);
    return undefined;
  }
  if (room === undefined) throw new UsageError('--server needs --room <name>: the room to work on');
  if (parsed.values.log !== undefined) throw new UsageError('--server --room and --log are two places for one log: give one of them');
  if (!/^wss?:\/\/[^\s/]+/.test(server)) throw new UsageError(`--server: expected ws://host:port or wss://..., got "${server}"`);
  const seconds = timeout === undefined ? DEFAULT_TIMEOUT_S : Number(timeout);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout must be a positive number of seconds (got "${timeout}")`);
  const t = token ?? io.env.CAMPAIGN_PLANNER_TOKEN;
  if (!t) throw new UsageError('--server needs a token: --token <token> or $CAMPAIGN_PLANNER_TOKEN (make one with "campaign-planner token")');
  return { server, room, token: t, timeoutMs: Math.round(seconds * 1000) };
}

/** The room's problem as one line: a silent server is named with what to check. */
function remoteProblem(target: RemoteTarget, e: unknown): InputError {
  const message = e instanceof Error ? e.message : String(e);
  if (/no answer within/.test(message) && !/acknowledge/.test(message))
    return new InputError([
      `${target.server}: no answer within ${target.timeoutMs / 1000} s for room "${target.room}" (is "campaign-planner serve" running there? --timeout waits longer)`,
    ]);
  return new InputError([message]);
}

/**
 * Joins the target's room through @campaign-planner/sync (one line asking to install it when it is missing).
 * Every failure (unreachable, refused token, no plan) is an InputError of one line.
 *
 * @example
 * const remote = await openRemote(target, 'li');
 * try { print(foldLog(remote.basePlan, remote.events)); } finally { remote.close(); }
 */
export async function openRemote(target: RemoteTarget, user: string, load: () => Promise<SyncCli | undefined> = loadSyncCli): Promise<RemoteCampaign> {
  const sync = await load();
  if (!sync) throw new InputError(['--server needs the @campaign-planner/sync package: npm install @campaign-planner/sync']);
  try {
    return await sync.openRemoteCampaign({ ...target, user });
  } catch (e) {
    throw remoteProblem(target, e);
  }
}

/**
 * Appends one event to the room and waits until the server has stored it; a refusal or a timeout is an
 * InputError of one line (the event was not stored, or not confirmed within the timeout).
 */
export async function appendRemote(remote: RemoteCampaign, target: RemoteTarget, event: LogEvent): Promise<void> {
  try {
    await remote.append(event);
  } catch (e) {
    throw remoteProblem(target, e);
  }
}

/** Events of the room that no longer apply (a merge removed their task...), one stderr line each. */
export function roomWarnings(room: string, folded: Folded): string[] {
  return folded.conflicts.flatMap((c) =>
    c.issues.map(
      (i) => `warning: not applied: room "${room}", event ${c.event.id ?? '(no id)'}: ${i.path.length ? `${formatPath(i.path)}: ` : ''}${i.message}\n`,
    ),
  );
}
