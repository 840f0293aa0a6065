// Who may do what: tokens, viewers, and updates the server must refuse without harming the room.
import { afterEach, describe, expect, it } from 'vitest';
import { statusOf } from '@campaign-planner/core/readiness';
import { campaignTypes } from '../../packages/sync/src/index.js';
import { SECRET, createRoom, ids, joinRoom, startTestServer, statusEvent, testPlan, tokenFor, until } from './support/sync-harness.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function roomWithTwo(room: string) {
  const { server, lines } = await startTestServer();
  cleanups.push(() => server.close());
  const owner = await createRoom(server.url, room);
  const b = await joinRoom(server.url, room, 'bo');
  cleanups.push(
    () => owner.close(),
    () => b.close(),
  );
  owner.append([statusEvent(1, 'owner')]);
  await owner.whenSynced();
  await until(() => b.events.length === 1, 'bo to see the first event');
  return { server, lines, owner, b };
}

describe('tokens', { timeout: 60_000 }, () => {
  const hour = () => Math.floor(Date.now() / 1000) + 3600;
  it.each([
    ['missing', () => '', /no token/],
    ['forged', () => tokenFor('r1', 'editor', hour(), `${SECRET}-not`), /bad token signature/],
    ['expired', () => tokenFor('r1', 'editor', Math.floor(Date.now() / 1000) - 60), /token expired at/],
    ['for another room', () => tokenFor('r2'), /token is for room "r2"/],
    ['not a token', () => 'abc', /malformed token/],
  ])('refuses a %s token, tells the client why and logs it', async (_, token, reason) => {
    const { server, lines } = await startTestServer();
    cleanups.push(() => server.close());
    await expect(joinRoom(server.url, 'r1', 'eve', { token: token(), requirePlan: false })).rejects.toThrow(reason);
    expect(lines.some((l) => /^refused connection to room "r1"/.test(l) && reason.test(l))).toBe(true);
  });

  it('lets a viewer read and be seen, but refuses its writes', async () => {
    const { server, lines, owner, b } = await roomWithTwo('view');
    const viewer = await joinRoom(server.url, 'view', 'vic', { token: tokenFor('view', 'viewer') });
    cleanups.push(() => viewer.close());
    expect(viewer.role).toBe('viewer');
    expect(viewer.events).toHaveLength(1);
    await until(() => owner.online().some((u) => u.name === 'vic'), 'the owner to see the viewer');
    expect(() => viewer.append([statusEvent(2, 'vic')])).toThrow(/viewers cannot write/);
    // A viewer going around the API: the server refuses the update and the room never sees it.
    campaignTypes(viewer.campaign.doc).log.push([{ taskId: 'register', status: 'done', at: '2026-10-20T00:00:00Z', by: 'vic' }]);
    await until(() => viewer.status === 'refused', 'the refusal');
    expect(viewer.refusal).toMatch(/viewers cannot write/);
    expect(lines.some((l) => /refused write in room "view".*viewer/.test(l))).toBe(true);
    owner.append([statusEvent(3, 'owner')]);
    await until(() => b.events.length === 2, 'bo to get the next event');
    expect(ids(b)).toEqual(['owner-1', 'owner-3']);
  });
});

describe('hostile updates', { timeout: 60_000 }, () => {
  const cases: Array<[string, (log: ReturnType<typeof campaignTypes>) => void, RegExp]> = [
    ['an invalid event', ({ log }) => log.push([{ taskId: 'register', status: 'finished', at: '2026-10-20T00:00:00Z', by: 'eve' }]), /invalid event: status/],
    ['an event of an unknown task', ({ log }) => log.push([{ taskId: 'nope', status: 'done', at: '2026-10-20T00:00:00Z', by: 'eve' }]), /unknown task "nope"/],
    [
      'a 10 MB message',
      ({ log }) => log.push([{ taskId: 'x'.repeat(10 * 1024 * 1024), status: 'done', at: '2026-10-20T00:00:00Z', by: 'eve' }]),
      /over the limit of 4194304/,
    ],
    ['a removed log entry', ({ log }) => log.delete(0, 1), /append-only/],
    ['a changed plan', ({ campaign }) => campaign.set('plan', '{}'), /plan cannot change/],
    ['an unknown root type', (types) => types.log.doc!.getMap('other').set('x', 1), /only the plan and the log/],
  ];

  it.each(cases)('refuses %s, tells the client why, and leaves the room and the others as they were', async (_, attack, reason) => {
    const { server, lines, owner, b } = await roomWithTwo('hostile');
    const eve = await joinRoom(server.url, 'hostile', 'eve');
    cleanups.push(() => eve.close());
    attack(campaignTypes(eve.campaign.doc));
    await until(() => eve.status === 'refused', 'the refusal');
    expect(eve.refusal).toMatch(reason);
    expect(lines.some((l) => l.startsWith('refused ') && l.includes('"hostile"'))).toBe(true);
    // Everyone else goes on: bo appends, the owner sees it; a newcomer loads exactly the valid events.
    b.append([statusEvent(2, 'bo', 'register', 'blocked')]);
    await until(() => owner.events.length === 2, 'the owner to see bo');
    const late = await joinRoom(server.url, 'hostile', 'lee');
    cleanups.push(() => late.close());
    expect(ids(late)).toEqual(['bo-2', 'owner-1']);
    expect(late.unreadable).toEqual([]);
    expect(statusOf(late.state, 'register')).toBe('blocked');
    expect(late.plan).toEqual(owner.plan);
  });
});

describe('limits', { timeout: 60_000 }, () => {
  it('refuses events over the per-minute limit of a connection, and tells why', async () => {
    const { server, lines } = await startTestServer({ limits: { maxEventsPerMinute: 5 } });
    cleanups.push(() => server.close());
    const owner = await createRoom(server.url, 'rate');
    cleanups.push(() => owner.close());
    owner.append([1, 2, 3, 4, 5].map((n) => statusEvent(n, 'owner')));
    await owner.whenSynced();
    owner.append([statusEvent(6, 'owner')]);
    await expect(owner.whenSynced()).rejects.toThrow(/refused: more than 5 events per minute/);
    expect(lines.some((l) => /refused update in room "rate".*rate/.test(l))).toBe(true);
    const late = await joinRoom(server.url, 'rate', 'lee');
    cleanups.push(() => late.close());
    expect(late.events).toHaveLength(5);
  });

  it('takes the update that creates a room whole (plan and a long log), whatever the rate limit', async () => {
    const { server } = await startTestServer({ limits: { maxEventsPerMinute: 5 } });
    cleanups.push(() => server.close());
    const owner = await joinRoom(server.url, 'bulk', 'owner', { requirePlan: false });
    cleanups.push(() => owner.close());
    owner.campaign.doc.transact(() => {
      owner.campaign.setBasePlan(testPlan());
      owner.append(Array.from({ length: 20 }, (_, n) => statusEvent(n, 'owner')));
    });
    await owner.whenSynced();
    const late = await joinRoom(server.url, 'bulk', 'lee');
    cleanups.push(() => late.close());
    expect(late.events).toHaveLength(20);
  });
});
