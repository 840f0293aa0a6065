// `done`, `edit` and `status` of the built `campaign-planner` on a team-sync room (`--server URL --room R`)
// against `campaign-planner serve` started by the test on 127.0.0.1 with a temp SQLite file.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { serializePlan } from '@campaign-planner/core';
import { foldLog, parseLog, type LogEvent } from '@campaign-planner/core/edits';
import { statusOf } from '@campaign-planner/core/readiness';
import { root, runBuiltCli } from './support/built-cli.js';
import { secretFile, spawnServer, statusEvent, tempDir, testPlan, tokenFor, type ServerChild } from './support/sync-harness.js';

const children: ServerChild[] = [];
afterEach(() => {
  for (const s of children.splice(0)) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
});

/** A server on a temp database, a plan file, and a room pushed from it; returns what the commands need. */
async function pushedRoom(room: string, serveArgs: string[] = [], pushArgs: string[] = []) {
  const dir = tempDir();
  const server = await spawnServer(['--port', '0', '--db', join(dir, 'rooms.db'), '--secret-file', secretFile(dir), ...serveArgs]);
  children.push(server);
  const planFile = join(dir, 'plan.json');
  writeFileSync(planFile, serializePlan(testPlan()));
  const env = { CAMPAIGN_PLANNER_TOKEN: tokenFor(room) };
  // A generous --timeout: a loaded test machine may answer slowly (the default is 10 s).
  const link = ['--server', server.url, '--room', room, '--timeout', '60'];
  const push = runBuiltCli(['push', planFile, ...link, ...pushArgs], env);
  expect(push.err).toBe('');
  expect(push.code).toBe(0);
  return { dir, server, planFile, env, link };
}

/** The room's log as `pull` writes it, parsed. */
function pulledLog(dir: string, link: string[], env: Record<string, string>): LogEvent[] {
  const file = join(dir, `pulled-${Math.random().toString(36).slice(2)}.jsonl`);
  const r = runBuiltCli(['pull', ...link, '--out', join(dir, 'pulled.json'), '--log', file], env);
  expect(r.code).toBe(0);
  const parsed = parseLog(readFileSync(file, 'utf8'));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.events;
}

const at = (s: number) => new Date(Date.UTC(2026, 9, 20, 0, 0, s)).toISOString();
const NOW = '2026-10-29T12:00:00Z';

describe('done, edit and status with --server --room (built CLI, real server)', { timeout: 240_000 }, () => {
  it('done then status: the task is done in the room; status prints what it prints for the same plan and log as files', async () => {
    const { dir, env, link } = await pushedRoom('bf');
    const done = runBuiltCli(['done', 'register', ...link, '--by', 'li', '--at', at(1)], env);
    expect(done.err).toBe('');
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/^room "bf": register: done by li at 2026-10-19 17:00 -07:00 · 2026-10-20 08:00 \+08:00 \(1 event in the room\)\n$/);
    const occurrence = runBuiltCli(
      ['done', 'monitor', ...link, '--occurrence', '2026-11-11T09:00:00-08:00', '--status', 'in-progress', '--by', 'bo', '--at', at(2)],
      env,
    );
    expect(occurrence.code).toBe(0);
    expect(occurrence.out).toMatch(/monitor @ 2026-11-11 09:00 -08:00.*: in-progress by bo .*\(2 events in the room\)/);

    const json = runBuiltCli(['status', ...link, '--now', NOW, '--format', 'json'], env);
    expect(json.err).toBe('');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as { overall: { counts: { done: number } }; nextActions: Array<{ taskId: string }> };
    expect(report.overall.counts.done).toBe(1);
    // register is done: off the next actions, and banner (which depends on it) is next.
    expect(report.nextActions.map((a) => a.taskId)).not.toContain('register');
    expect(report.nextActions[0]!.taskId).toBe('banner');

    // The same report as `status plan.json --log events.jsonl` on the pulled files, whatever the options.
    writeFileSync(
      join(dir, 'events.jsonl'),
      pulledLog(dir, link, env)
        .map((e) => JSON.stringify(e))
        .join('\n'),
    );
    const files = ['status', join(dir, 'pulled.json'), '--log', join(dir, 'events.jsonl')];
    for (const options of [
      ['--now', NOW, '--format', 'json'],
      ['--now', NOW, '--locale', 'zh-CN'],
      ['--now', NOW, '--workstream', 'operations', '--limit', '3', '--horizon', '72'],
      ['--now', NOW, '--status', 'done'],
    ]) {
      const room = runBuiltCli(['status', ...link, ...options], env);
      const file = runBuiltCli([...files, ...options]);
      expect(room.code, options.join(' ')).toBe(0);
      expect(room.out, options.join(' ')).toBe(file.out);
    }
    expect(runBuiltCli(['status', ...link, '--now', NOW, '--locale', 'zh-CN'], env).out).toContain('北京时间');
  });

  it('the events written over the server fold to what the same commands write to a log file; edit then pull shows the edit', async () => {
    const { dir, planFile, env, link } = await pushedRoom('bf-edits', ['--log-model', 'campaign'], ['--log-model', 'campaign']);
    const logFile = join(dir, 'campaign.jsonl');
    // [command, first argument, ...the rest]: `done <taskId>` or `edit <op> <id>`, with the same options.
    const steps: Array<[string, string, ...string[]]> = [
      ['done', 'register', '--by', 'li', '--at', at(1)],
      ['edit', 'move', 'banner', '--due', '2026-11-09 18:00', '--by', 'ana', '--at', at(2)],
      ['edit', 'update', 'monitor', '--owner', 'Bo', '--by', 'ana', '--at', at(3)],
      ['done', 'banner', '--status', 'in-progress', '--by', 'bo', '--at', at(4)],
    ];
    for (const [command, first, ...rest] of steps) {
      const overServer = runBuiltCli([command, ...link, first, ...rest], env);
      expect(overServer.err, [first, ...rest].join(' ')).toBe('');
      expect(overServer.code).toBe(0);
      const toFile = runBuiltCli(
        command === 'done' ? [command, planFile, first, '--log', logFile, ...rest] : [command, planFile, '--log', logFile, first, ...rest],
      );
      expect(toFile.code).toBe(0);
      // The same report, but for where the event went.
      expect(overServer.out.replace('room "bf-edits"', 'X').replace('the room', 'the log')).toBe(toFile.out.replace(logFile, 'X'));
    }

    const roomEvents = pulledLog(dir, link, env);
    const edit = roomEvents.find((e) => 'type' in e && e.type === 'edit' && e.edit.op === 'move-task');
    expect(edit).toMatchObject({ by: 'ana', edit: { op: 'move-task', taskId: 'banner', due: { wall: '2026-11-09 18:00', zone: 'America/Los_Angeles' } } });
    const fileLog = parseLog(readFileSync(logFile, 'utf8'));
    if (!fileLog.success) throw new Error('the file log does not parse');
    // Ids are random per command; everything else is equal, and so is the fold.
    const withoutIds = (events: readonly LogEvent[]) => events.map((e) => ({ ...e, id: 'x' }));
    expect(withoutIds(roomEvents)).toEqual(withoutIds(fileLog.events));
    const overServer = foldLog(testPlan(), withoutIds(roomEvents));
    const inFile = foldLog(testPlan(), withoutIds(fileLog.events));
    expect(overServer.plan).toEqual(inFile.plan);
    expect(new Map(overServer.state.latest)).toEqual(new Map(inFile.state.latest));
    expect(statusOf(overServer.state, 'banner')).toBe('in-progress');
    expect(overServer.plan.tasks.find((t) => t.id === 'monitor')!.owner).toBe('Bo');
    // status on the room reads the edited plan.
    const status = runBuiltCli(['status', ...link, '--now', NOW, '--format', 'json'], env);
    const statusFile = runBuiltCli(['status', planFile, '--log', logFile, '--now', NOW, '--format', 'json']);
    expect(status.out).toBe(statusFile.out);
  });

  it("a viewer's done is refused, the room unchanged; an edit on a status room is refused; a refused event is one line, exit 1", async () => {
    const { dir, planFile, env, link } = await pushedRoom('bf-refusals', ['--max-room-events', '1']);
    const viewer = runBuiltCli(['done', 'register', ...link], { CAMPAIGN_PLANNER_TOKEN: tokenFor('bf-refusals', 'viewer') });
    expect(viewer.code).toBe(1);
    expect(viewer.err).toBe('room "bf-refusals": this token is a viewer\'s, which reads only; writing needs an editor token\n');
    expect(pulledLog(dir, link, env)).toEqual([]);
    // A viewer reads: status works with its token.
    const read = runBuiltCli(['status', ...link, '--now', NOW], { CAMPAIGN_PLANNER_TOKEN: tokenFor('bf-refusals', 'viewer') });
    expect(read.code).toBe(0);
    expect(read.out).toMatch(/^Test 11\.11 — readiness at /);

    const edit = runBuiltCli(['edit', ...link, 'remove', 'banner'], env);
    expect(edit.code).toBe(1);
    expect(edit.err).toMatch(/^room "bf-refusals" keeps status events only; plan edits need a room on a server started with "serve --log-model campaign"\n$/);

    const unknown = runBuiltCli(['done', 'nope', ...link], env);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^<taskId>: unknown task "nope"/);

    // The server refuses what the client cannot know about: this room holds one event at most.
    writeFileSync(join(dir, 'one.jsonl'), `${JSON.stringify(statusEvent(1, 'li'))}\n`);
    expect(runBuiltCli(['push', planFile, ...link, '--log', join(dir, 'one.jsonl')], env).code).toBe(0);
    const full = runBuiltCli(['done', 'banner', ...link], env);
    expect(full.code).toBe(1);
    expect(full.err).toMatch(/^room "bf-refusals": refused: the room is full: 2 events, over the limit of 1\n$/);
    expect(pulledLog(dir, link, env).map((e) => e.id)).toEqual(['li-1']);

    const otherRoom = runBuiltCli(['status', ...link], { CAMPAIGN_PLANNER_TOKEN: tokenFor('elsewhere') });
    expect(otherRoom.code).toBe(1);
    expect(otherRoom.err).toMatch(/token is for room "elsewhere"/);
  });

  it('push picks the log a room keeps: a log with edits makes a campaign room; a mismatch with the server or the room is one line', async () => {
    const { dir, planFile, env, link } = await pushedRoom('bf-status');
    const edits = join(dir, 'edits.jsonl');
    writeFileSync(edits, `${JSON.stringify({ type: 'edit', id: 'ana-1', at: at(1), by: 'ana', edit: { op: 'remove-task', taskId: 'banner' } })}\n`);
    const intoStatusRoom = runBuiltCli(['push', planFile, ...link, '--log', edits], env);
    expect(intoStatusRoom.code).toBe(1);
    expect(intoStatusRoom.err).toMatch(/edits.jsonl: has plan edits or metrics, which room "bf-status" does not keep/);
    expect(runBuiltCli(['push', planFile, ...link, '--log-model', 'campaign'], env).err).toMatch(/room "bf-status" keeps status logs, not campaign ones/);

    const campaign = await pushedRoom('bf-campaign', ['--log-model', 'campaign'], ['--log', edits]);
    expect(pulledLog(campaign.dir, campaign.link, campaign.env).map((e) => e.id)).toEqual(['ana-1']);
    const status = runBuiltCli(['status', ...campaign.link, '--now', NOW, '--format', 'json'], campaign.env);
    expect((JSON.parse(status.out) as { overall: { total: number } }).overall.total).toBe(3); // banner removed

    // A status room asked of a campaign server: refused, with the option that matches.
    const plain = runBuiltCli(['push', planFile, '--server', campaign.server.url, '--room', 'bf-plain', '--timeout', '60'], {
      CAMPAIGN_PLANNER_TOKEN: tokenFor('bf-plain'),
    });
    expect(plain.code).toBe(1);
    expect(plain.err).toMatch(/refused: this server keeps "campaign" logs, not "status" \(push with --log-model campaign\)/);
  });

  it('an unreachable server: exit 1 with one line naming it, once --timeout has passed (never a hang, never a stack trace)', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });
    const url = `ws://127.0.0.1:${port}`;
    for (const argv of [
      ['done', 'register', '--server', url, '--room', 'bf', '--timeout', '1'],
      ['status', '--server', url, '--room', 'bf', '--timeout', '1'],
    ]) {
      // A guard, not a timed assertion: a hanging command fails the test instead of blocking it.
      const r = spawnSync(process.execPath, [join(root, 'packages/core/dist/cli.js'), ...argv], {
        encoding: 'utf8',
        env: { ...process.env, CAMPAIGN_PLANNER_TOKEN: tokenFor('bf') },
        timeout: 60_000,
      });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`${url}: no answer within 1 s for room "bf" (is "campaign-planner serve" running there? --timeout waits longer)\n`);
    }
  });
});
