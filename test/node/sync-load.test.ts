// Load, scaled down for the test suite (10 clients x 50 events); `npm run bench` runs 50 x 100 and reports
// the time to converge and the server's memory (bench/sync.mjs).
import { afterAll, describe, expect, it } from 'vitest';
import { createStatusState, mergeLogs, type StatusEvent, type StatusState } from '@campaign-planner/core/readiness';
import type { Room } from '../../packages/sync/src/index.js';
import { createRoom, ids, joinRoom, startTestServer, statusEvent, testPlan, until, winners } from './support/sync-harness.js';

const CLIENTS = 10;
const EVENTS = 50;
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('many clients, one room', { timeout: 120_000 }, () => {
  it(`${CLIENTS} clients x ${EVENTS} events: every client ends with all ${CLIENTS * EVENTS}, in the same order, folding to one state`, async () => {
    const { server } = await startTestServer();
    cleanups.push(() => server.close());
    const owner = await createRoom(server.url, 'load');
    cleanups.push(() => owner.close());
    const rooms: Room<StatusEvent, StatusState>[] = [];
    for (let c = 0; c < CLIENTS; c++) rooms.push(await joinRoom(server.url, 'load', `client-${c}`));
    cleanups.push(() => rooms.forEach((r) => r.close()));
    const tasks = ['register', 'banner'];
    for (let i = 0; i < EVENTS; i++) rooms.forEach((r, c) => r.append([statusEvent(i, `client-${c}`, tasks[(i + c) % 2])]));
    const total = CLIENTS * EVENTS;
    await until(() => [owner, ...rooms].every((r) => r.events.length === total), `all ${total} events on every client`, 90_000);
    const order = owner.events.map((e) => e.id);
    for (const r of rooms) expect(r.events.map((e) => e.id)).toEqual(order);
    expect(new Set(ids(owner)).size).toBe(total);
    const expected = winners(createStatusState(testPlan(), mergeLogs(owner.events)));
    for (const r of rooms) expect(winners(r.state)).toEqual(expected);
  });
});
