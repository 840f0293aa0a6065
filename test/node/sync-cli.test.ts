// The team-sync commands of the built `campaign-planner` (serve, push, pull, token) and a server killed with
// SIGKILL mid-stream: acknowledged events survive on disk, clients reconnect by themselves.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan, serializePlan } from '@campaign-planner/core';
import { parseEventLog } from '@campaign-planner/core/readiness';
import { runDelegated } from '../../packages/core/src/cli/commands/sync.js';
import { runBuiltCli } from './support/built-cli.js';
import {
  createRoom,
  ids,
  joinRoom,
  secretFile,
  spawnServer,
  statusEvent,
  tempDir,
  testPlan,
  tokenFor,
  until,
  type ServerChild,
} from './support/sync-harness.js';

const children: ServerChild[] = [];
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  for (const s of children.splice(0)) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
});

async function serve(dir: string, port = 0) {
  const s = await spawnServer(['--port', String(port), '--db', join(dir, 'rooms.db'), '--secret-file', secretFile(dir)]);
  children.push(s);
  return s;
}

describe('campaign-planner sync commands (built)', { timeout: 90_000 }, () => {
  it('token signs for one room and role; a bad role or a missing secret is a usage error', () => {
    const dir = tempDir();
    const ok = runBuiltCli(['token', '--room', 'bf', '--role', 'viewer', '--expires', '2h', '--secret-file', secretFile(dir)]);
    expect(ok.code).toBe(0);
    const claims = JSON.parse(Buffer.from(ok.out.trim().split('.')[0]!, 'base64url').toString());
    expect(claims).toMatchObject({ room: 'bf', role: 'viewer' });
    expect(claims.exp - Date.now() / 1000).toBeGreaterThan(7000);
    const badRole = runBuiltCli(['token', '--room', 'bf', '--role', 'admin', '--secret-file', secretFile(dir)]);
    expect(badRole.code).toBe(2);
    expect(badRole.err).toMatch(/--role: expected editor or viewer, got "admin"/);
    const noSecret = runBuiltCli(['token', '--room', 'bf', '--role', 'editor', '--secret-file', join(dir, 'none')]);
    expect(noSecret.code).toBe(2);
    expect(noSecret.err).not.toMatch(/\n\s+at /);
  });

  it('serve, push a plan and a log, pull them back; SIGTERM stops the server cleanly', async () => {
    const dir = tempDir();
    const server = await serve(dir);
    expect(server.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    const plan = testPlan();
    writeFileSync(join(dir, 'plan.json'), serializePlan(plan));
    const log = [statusEvent(1, 'li'), statusEvent(2, 'bo', 'banner', 'in-progress')].map((e) => JSON.stringify(e)).join('\n');
    writeFileSync(join(dir, 'events.jsonl'), `${log}\n`);
    const env = { CAMPAIGN_PLANNER_TOKEN: tokenFor('bf') };
    const push = runBuiltCli(['push', join(dir, 'plan.json'), '--server', server.url, '--room', 'bf', '--log', join(dir, 'events.jsonl')], env);
    expect(push.err).toBe('');
    expect(push.out).toMatch(/created room "bf": plan "test-1111", 2 new events/);
    // Pushing again adds nothing; another plan into the same room is refused.
    expect(runBuiltCli(['push', join(dir, 'plan.json'), '--server', server.url, '--room', 'bf', '--log', join(dir, 'events.jsonl')], env).out).toMatch(
      /updated room "bf".*0 new events \(2 in all\)/,
    );
    writeFileSync(join(dir, 'other.json'), serializePlan({ ...plan, id: 'other' }));
    const other = runBuiltCli(['push', join(dir, 'other.json'), '--server', server.url, '--room', 'bf'], env);
    expect(other.code).toBe(1);
    expect(other.err).toMatch(/room "bf" already has another plan \("test-1111"\)/);

    const pull = runBuiltCli(['pull', '--server', server.url, '--room', 'bf', '--out', join(dir, 'pulled.json'), '--log', join(dir, 'pulled.jsonl')], env);
    expect(pull.code).toBe(0);
    const pulled = parsePlan(JSON.parse(readFileSync(join(dir, 'pulled.json'), 'utf8')));
    expect(pulled).toEqual(plan);
    const events = parseEventLog(pulled, readFileSync(join(dir, 'pulled.jsonl'), 'utf8'));
    expect(events.success && events.events.map((e) => e.id)).toEqual(['li-1', 'bo-2']);

    const refused = runBuiltCli(['pull', '--server', server.url, '--room', 'bf'], { CAMPAIGN_PLANNER_TOKEN: tokenFor('other-room') });
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/token is for room "other-room"/);
    await until(() => /refused connection to room "bf".*token is for room "other-room"/.test(server.stderr()), 'the refusal in the server log');

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.stderr()).toMatch(/stopped \(SIGTERM\)/);
  });

  it('kill -9 mid-stream: every acknowledged event is there after a restart on the same database, and clients reconnect by themselves', async () => {
    const dir = tempDir();
    const first = await serve(dir);
    const owner = await createRoom(first.url, 'crash');
    const writer = await joinRoom(first.url, 'crash', 'wu');
    cleanups.push(
      () => owner.close(),
      () => writer.close(),
    );
    for (let i = 0; i < 40; i++) writer.append([statusEvent(i, 'wu')]);
    await writer.whenSynced();
    const acknowledged = ids(writer);
    expect(acknowledged).toHaveLength(40);
    // Mid-stream: more events on their way when the process dies.
    for (let i = 40; i < 60; i++) writer.append([statusEvent(i, 'wu')]);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    await until(() => writer.status === 'offline', 'the writer to notice');
    for (let i = 60; i < 70; i++) writer.append([statusEvent(i, 'wu')]); // written while the server is down

    const second = await serve(dir, first.port);
    const fresh = await joinRoom(second.url, 'crash', 'fay');
    cleanups.push(() => fresh.close());
    expect(ids(fresh)).toEqual(expect.arrayContaining(acknowledged));
    // Nobody called connect(): the writer reconnects, sends what the server lacks, and everyone converges.
    // Reconnects back off up to 10 s between attempts, and a loaded machine restarts the server slowly: allow a minute.
    await until(() => writer.status === 'online' && fresh.events.length === 70 && owner.events.length === 70, 'all 70 events everywhere', 60_000);
    await writer.whenSynced();
    expect(ids(fresh)).toEqual(ids(writer));
  });

  it('without @campaign-planner/sync installed, prints one line saying to install it (exit 1)', async () => {
    let err = '';
    const io = { stdout: () => {}, stderr: (t: string) => (err += t), isTTY: false, env: {} };
    expect(await runDelegated('serve', [], io, async () => undefined)).toBe(1);
    expect(err).toBe('campaign-planner serve: team sync needs the @campaign-planner/sync package: npm install @campaign-planner/sync\n');
  });
});
