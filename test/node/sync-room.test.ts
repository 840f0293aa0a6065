// Team sync with a real server on 127.0.0.1, real SQLite and real WebSocket clients (@hocuspocus/provider + ws).
import { afterEach, describe, expect, it } from 'vitest';
import { createStatusState, mergeLogs, statusOf, type StatusEvent } from '@campaign-planner/core/readiness';
import { createRoom, ids, joinRoom, startTestServer, statusEvent, testPlan, until, winners } from './support/sync-harness.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function server() {
  const s = await startTestServer();
  cleanups.push(() => s.server.close());
  return s;
}

describe('two clients in one room', { timeout: 60_000 }, () => {
  it('see the plan, converge on concurrent events (same task too) and fold to the same state', async () => {
    const { server: srv } = await server();
    const owner = await createRoom(srv.url, 'bf');
    cleanups.push(() => owner.close());
    const a = await joinRoom(srv.url, 'bf', 'ana');
    const b = await joinRoom(srv.url, 'bf', 'bo');
    cleanups.push(
      () => a.close(),
      () => b.close(),
    );
    expect(a.plan.id).toBe(testPlan().id);
    expect(a.role).toBe('editor');

    // The same task ticked by both at once, with different statuses.
    a.append([statusEvent(1, 'ana', 'register', 'done'), statusEvent(3, 'ana', 'banner', 'in-progress')]);
    b.append([statusEvent(2, 'bo', 'register', 'blocked'), statusEvent(3, 'bo', 'banner', 'done')]);
    await until(() => a.events.length === 4 && b.events.length === 4, 'both clients to hold 4 events');

    expect(ids(a)).toEqual(ids(b));
    expect(a.events.map((e) => e.id)).toEqual(b.events.map((e) => e.id)); // same order too
    // register: bo's event is later; banner: same instant, "bo" > "ana" wins on both sides.
    for (const c of [a, b]) {
      expect(statusOf(c.state, 'register')).toBe('blocked');
      expect(statusOf(c.state, 'banner')).toBe('done');
    }
    expect(winners(a.state)).toEqual(winners(createStatusState(testPlan(), mergeLogs(a.events, b.events))));
    expect(winners(a.state)).toEqual(winners(b.state));
  });

  it('tells each client who is online and which task they have open', async () => {
    const { server: srv } = await server();
    const owner = await createRoom(srv.url, 'presence');
    cleanups.push(() => owner.close());
    const a = await joinRoom(srv.url, 'presence', 'ana');
    const b = await joinRoom(srv.url, 'presence', 'bo');
    cleanups.push(
      () => a.close(),
      () => b.close(),
    );
    a.setOpenTask('banner');
    await until(() => b.online().some((u) => u.name === 'ana' && u.taskId === 'banner'), 'bo to see ana on banner');
    const seen = b.online();
    expect(seen.map((u) => u.name)).toEqual(['ana', 'bo', 'owner']);
    expect(seen.find((u) => u.name === 'bo')!.self).toBe(true);
    a.close();
    await until(() => !b.online().some((u) => u.name === 'ana'), 'ana to leave');
  });

  it('refuses an invalid event on the client, naming the index and field, and appends nothing', async () => {
    const { server: srv } = await server();
    const owner = await createRoom(srv.url, 'local-check');
    cleanups.push(() => owner.close());
    expect(() => owner.append([statusEvent(1, 'li'), { ...statusEvent(2, 'li'), taskId: 'nope' }])).toThrow(/\[1\]\.taskId: unknown task "nope"/);
    expect(owner.events).toHaveLength(0);
  });

  it('keeps a client that was offline: 50 appended offline and 50 by others, all 100 everywhere after reconnect', async () => {
    const { server: srv } = await server();
    const owner = await createRoom(srv.url, 'offline');
    cleanups.push(() => owner.close());
    const a = await joinRoom(srv.url, 'offline', 'ana');
    const b = await joinRoom(srv.url, 'offline', 'bo');
    cleanups.push(
      () => a.close(),
      () => b.close(),
    );
    // Take ana off the network: the provider disconnects and queues.
    await a.disconnect();
    expect(a.status).toBe('offline');
    const aLog: StatusEvent[] = [];
    const bLog: StatusEvent[] = [];
    for (let i = 0; i < 50; i++) aLog.push(...a.append([statusEvent(i, 'ana', i % 2 ? 'register' : 'banner')]));
    for (let i = 0; i < 50; i++) bLog.push(...b.append([statusEvent(i, 'bo', i % 2 ? 'banner' : 'register', 'in-progress')]));
    await b.whenSynced();
    expect(a.events).toHaveLength(50);
    a.connect();
    await until(() => a.events.length === 100 && b.events.length === 100 && owner.events.length === 100, 'all 100 everywhere');
    await a.whenSynced();
    expect(ids(a)).toEqual(ids(b));
    const union = mergeLogs(aLog, bLog);
    expect(union).toHaveLength(100);
    for (const c of [owner, a, b]) expect(winners(c.state)).toEqual(winners(createStatusState(testPlan(), union)));
  });
});
