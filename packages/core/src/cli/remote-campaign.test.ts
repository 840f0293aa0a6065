// `--server URL --room R` on done, edit and status: the usage errors (no server needed) and the missing package.
// Against a real server: test/node/sync-remote-built.test.ts.
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';
import { captureIO } from './__fixtures__/cli-io.js';
import { parseCommandArgs } from './args.js';
import { openRemote, REMOTE_ARGS, remoteTarget } from './remote-campaign.js';
import { InputError, UsageError } from './io.js';

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const URL = 'ws://127.0.0.1:1';

describe('--server --room on done, edit and status', () => {
  it.each([
    [['done', 'register', '--server', URL, '--token', 't'], /--server needs --room <name>/],
    [['status', '--room', 'bf'], /--room goes with --server <ws:\/\/host:port> --room <name>/],
    [['edit', '--token', 't', 'remove', 'banner'], /--token goes with --server/],
    [['done', 'register', '--server', URL, '--room', 'bf', '--log', 'x.jsonl', '--token', 't'], /--server --room and --log are two places for one log/],
    [['status', 'plan.json', '--server', URL, '--room', 'bf', '--token', 't'], /with --server the plan is the room's: no <plan.json> \(got "plan.json"\)/],
    [['done', 'plan.json', 'register', '--server', URL, '--room', 'bf', '--token', 't'], /give <taskId> only \(got "plan.json" and "register"\)/],
    [['edit', 'plan.json', 'remove', 'banner', '--server', URL, '--room', 'bf', '--token', 't'], /give <op> <id> only/],
    [['done', '--server', URL, '--room', 'bf', '--token', 't'], /missing <taskId>/],
    [
      ['status', '--server', 'http://example.com', '--room', 'bf', '--token', 't'],
      /--server: expected ws:\/\/host:port or wss:\/\/\.\.\., got "http:\/\/example.com"/,
    ],
    [['status', '--server', URL, '--room', 'bf', '--token', 't', '--timeout', '0'], /--timeout must be a positive number of seconds \(got "0"\)/],
    [['status', '--server', URL, '--room', 'bf'], /--server needs a token: --token <token> or \$CAMPAIGN_PLANNER_TOKEN/],
  ])('%j is a usage error naming the options (exit 2), before any connection', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('without --server a command works on files, as before; status still asks for the plan', async () => {
    const r = await run('status');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing <plan.json> \(or --server <ws:\/\/host:port> --room <name>\)/);
  });

  it('reads the target: token from $CAMPAIGN_PLANNER_TOKEN, timeout in seconds (10 by default)', () => {
    const parse = (...args: string[]) => parseCommandArgs(args, { ...REMOTE_ARGS, log: { type: 'string' } });
    const io = { ...captureIO(), env: { CAMPAIGN_PLANNER_TOKEN: 'from-env' } };
    expect(remoteTarget(parse('--server', URL, '--room', 'bf'), io)).toEqual({ server: URL, room: 'bf', token: 'from-env', timeoutMs: 10_000 });
    expect(remoteTarget(parse('--server', URL, '--room', 'bf', '--token', 'mine', '--timeout', '2.5'), io)).toEqual({
      server: URL,
      room: 'bf',
      token: 'mine',
      timeoutMs: 2500,
    });
    expect(remoteTarget(parse('--log', 'events.jsonl'), io)).toBeUndefined();
    expect(() => remoteTarget(parse('--server', URL), io)).toThrow(UsageError);
  });

  it('without @campaign-planner/sync installed, --server is one line saying to install it', async () => {
    const target = { server: URL, room: 'bf', token: 't', timeoutMs: 1000 };
    const e = await openRemote(target, 'li', async () => undefined).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).lines).toEqual(['--server needs the @campaign-planner/sync package: npm install @campaign-planner/sync']);
  });

  it("a silent server is named with what to check; the sync package's other failures pass through as one line", async () => {
    const target = { server: URL, room: 'bf', token: 't', timeoutMs: 1500 };
    const failing = (message: string) => async () => ({
      runSyncCommand: async () => 0,
      openRemoteCampaign: async () => {
        throw new Error(message);
      },
    });
    const silent = await openRemote(target, 'li', failing(`room "bf" at ${URL}: no answer within 1500 ms`)).catch((x: InputError) => x.lines);
    expect(silent).toEqual([`${URL}: no answer within 1.5 s for room "bf" (is "campaign-planner serve" running there? --timeout waits longer)`]);
    const refused = await openRemote(target, 'li', failing('room "bf": refused: token expired')).catch((x: InputError) => x.lines);
    expect(refused).toEqual(['room "bf": refused: token expired']);
  });
});
