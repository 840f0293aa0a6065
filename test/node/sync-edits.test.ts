// The whole campaign log (statuses, plan edits, metrics: @campaign-planner/core/edits) in a room: edits from
// one client change everyone's plan; a new event must apply to the current plan, on the client and the server.
import { afterEach, describe, expect, it } from 'vitest';
import { foldLog } from '@campaign-planner/core/edits';
import { statusOf } from '@campaign-planner/core/readiness';
import { campaignLogModel, campaignTypes } from '../../packages/sync/src/index.js';
import { joinRoom, startTestServer, testPlan, until } from './support/sync-harness.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const at = (s: number) => new Date(Date.UTC(2026, 9, 20, 0, 0, s)).toISOString();
const addTask = {
  type: 'edit',
  id: 'ana-1',
  at: at(1),
  by: 'ana',
  edit: {
    op: 'add-task',
    task: { id: 'livestream', title: { en: 'Livestream', 'zh-CN': '直播' }, phase: 'warm-up', workstream: 'operations', due: '2026-11-05T20:00:00-08:00' },
  },
} as const;

async function campaignRoom(room: string) {
  const { server, lines } = await startTestServer({ model: campaignLogModel });
  cleanups.push(() => server.close());
  const options = { model: campaignLogModel };
  const owner = await joinRoom(server.url, room, 'owner', { ...options, requirePlan: false });
  owner.campaign.setBasePlan(testPlan());
  await owner.whenSynced();
  const a = await joinRoom(server.url, room, 'ana', options);
  const b = await joinRoom(server.url, room, 'bo', options);
  cleanups.push(
    () => owner.close(),
    () => a.close(),
    () => b.close(),
  );
  return { server, lines, a, b };
}

describe('campaign log (edits and statuses) in a room', { timeout: 60_000 }, () => {
  it("one client's edit changes everyone's plan; a status of the added task is accepted; the fold equals foldLog", async () => {
    const { a, b } = await campaignRoom('edits');
    a.append([addTask]);
    await until(() => b.plan.tasks.some((t) => t.id === 'livestream'), 'bo to see the added task');
    b.append([{ taskId: 'livestream', status: 'done', at: at(2), by: 'bo' }]);
    await until(() => a.events.length === 2, 'ana to see the status');
    expect(statusOf(a.state.state, 'livestream')).toBe('done');
    expect(a.state.conflicts).toEqual([]);
    expect(a.plan).toEqual(foldLog(testPlan(), b.events).plan);
  });

  it('concurrent edits of the same task, made offline, converge to one plan; the losing edit stays in the log', async () => {
    const { a, b } = await campaignRoom('edits-concurrent');
    const rename = (by: string, n: number, en: string) => ({
      type: 'edit',
      id: `${by}-${n}`,
      at: at(n),
      by,
      edit: { op: 'update-task', taskId: 'banner', changes: { title: { en, 'zh-CN': en } } },
    });
    await Promise.all([a.disconnect(), b.disconnect()]);
    expect([a.status, b.status]).toEqual(['offline', 'offline']);
    a.append([rename('ana', 5, 'Banner by Ana')]);
    b.append([rename('bo', 3, 'Banner by Bo'), { taskId: 'banner', status: 'in-progress', at: at(4), by: 'bo' }]);
    a.connect();
    b.connect();
    await until(() => a.events.length === 3 && b.events.length === 3, 'both to hold all 3 events');
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    // Last writer (by time, then actor, then id) wins on both sides; Bo's rename is kept in the log.
    for (const c of [a, b]) {
      expect(c.plan.tasks.find((t) => t.id === 'banner')!.title.en).toBe('Banner by Ana');
      expect(statusOf(c.state.state, 'banner')).toBe('in-progress');
    }
    expect(a.plan).toEqual(b.plan);
    expect(b.events.map((e) => e.id).sort()).toEqual(expect.arrayContaining(['ana-5', 'bo-3']));
  });

  it('refuses, on the client, a status of a task the current plan lacks and an edit that does not apply', async () => {
    const { a } = await campaignRoom('edits-local');
    expect(() => a.append([{ taskId: 'livestream', status: 'done', at: at(2), by: 'ana' }])).toThrow(/\[0\]\.taskId: unknown task "livestream"/);
    expect(() => a.append([{ ...addTask, edit: { op: 'remove-task', taskId: 'nope' } }])).toThrow(/\[0\]\.edit/);
    expect(a.events).toHaveLength(0);
  });

  it('the server refuses the same when a client goes around the API', async () => {
    const { a, b, lines } = await campaignRoom('edits-hostile');
    campaignTypes(a.campaign.doc).log.push([{ taskId: 'livestream', status: 'done', at: at(2), by: 'ana' }]);
    await until(() => a.status === 'refused', 'the refusal');
    expect(a.refusal).toMatch(/unknown task "livestream"/);
    expect(lines.some((l) => l.includes('refused update in room "edits-hostile"'))).toBe(true);
    b.append([addTask]);
    await b.whenSynced();
    expect(b.events).toHaveLength(1);
  });
});
