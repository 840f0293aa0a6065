// Team sync in Chromium: rooms over the browser's own WebSocket against a real server, and the offline copy
// in IndexedDB (y-indexeddb): changes made offline survive a "reload" and reach the others on reconnect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { parsePlan } from '@campaign-planner/core';
import { planFixture } from '../../packages/core/src/__fixtures__/plan.js';
import { openOfflineDoc, openRoom } from '../../packages/sync/src/index.js';

interface TestServer {
  id: string;
  url: string;
  tokens: Record<string, string>;
}
const sync = commands as unknown as {
  startSyncTestServer(rooms: string[]): Promise<TestServer>;
  stopSyncTestServer(id: string): Promise<void>;
};

let server: TestServer;
beforeAll(async () => {
  server = await sync.startSyncTestServer(['live', 'offline']);
}, 60_000);
afterAll(() => sync.stopSyncTestServer(server.id));

const until = async (check: () => boolean, what: string, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};
const event = (n: number, by: string, taskId = 'register') => ({
  taskId,
  status: 'done',
  at: new Date(Date.UTC(2026, 9, 20, 0, 0, n)).toISOString(),
  by,
  id: `${by}-${n}`,
});
const join = (room: string, name: string, extra = {}) =>
  openRoom({ url: server.url, room, token: server.tokens[room]!, user: { name }, reconnect: { delay: 200, maxDelay: 1000 }, ...extra });

describe('team sync in the browser', { timeout: 60_000 }, () => {
  it('two rooms on one server see each other’s events and presence', async () => {
    const owner = await join('live', 'owner', { requirePlan: false });
    owner.campaign.setBasePlan(parsePlan(planFixture()));
    await owner.whenSynced();
    const a = await join('live', 'ana');
    const b = await join('live', 'bo');
    a.setOpenTask('banner');
    a.append([event(1, 'ana')]);
    await until(() => b.events.length === 1 && b.online().some((u) => u.name === 'ana' && u.taskId === 'banner'), 'bo to see ana');
    expect(b.events[0]!.by).toBe('ana');
    for (const r of [owner, a, b]) r.close();
  });

  it('keeps offline changes in IndexedDB across a reload and sends them on reconnect', async () => {
    const owner = await join('offline', 'owner', { requirePlan: false });
    owner.campaign.setBasePlan(parsePlan(planFixture()));
    await owner.whenSynced();
    const key = `campaign-planner-test:${server.id}:offline`;
    const first = await openOfflineDoc(key);
    const page = await join('offline', 'ana', { doc: first.doc });
    await page.disconnect();
    expect(page.status).toBe('offline');
    page.append([event(1, 'ana'), event(2, 'ana', 'banner')]);
    page.close();
    await first.destroy();
    expect(owner.events).toHaveLength(0);

    // The "reloaded" page: a new document from IndexedDB holds the plan and the two queued events.
    const second = await openOfflineDoc(key);
    const again = await join('offline', 'ana', { doc: second.doc });
    await until(() => owner.events.length === 2, 'the owner to get the offline events');
    expect(owner.events.map((e) => e.id).sort()).toEqual(['ana-1', 'ana-2']);
    again.close();
    await second.clear();
    owner.close();
  });
});
