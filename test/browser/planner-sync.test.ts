// examples/planner in team mode, in headless Chromium against the built bundles and a real sync server (run
// `npm run build` first): two people on one room see each other's ticks, edits, presence and open task, and
// a tick made while the server is away arrives once it is back.
import { expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { PlannerSyncReport } from './planner-sync-command.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    plannerExampleSync: (now: string) => Promise<PlannerSyncReport>;
  }
}

it('two pages on one room: ticks, edits, who is online, who has a task open, and offline changes after reconnect', async () => {
  const r = await commands.plannerExampleSync('2026-10-25T12:00:00-07:00');
  expect(r.errors).toEqual([]);
  expect(r.statusA).toBe('synced');
  expect(r.onlineA).toEqual(['Ana (you)', 'Bo']);
  expect(r.onlineB).toEqual(['Ana', 'Bo (you)']);
  expect(r.tickSeenByB).toBe(true);
  expect(r.dueInA).not.toBe('');
  expect(r.dueInB).toBe(r.dueInA);
  expect(r.alsoOpenInB).toBe('Also open by: Ana');
  expect(r.alsoOpenInA).toBe('Also open by: Bo');
  expect(r.statusAOffline).toBe('offline');
  expect(r.statusAReloadedOffline).toBe('offline');
  expect(r.tickKeptOffline).toBe(true);
  expect(r.offlineKey).not.toBe(r.tickedKey);
  expect(r.offlineTickInBWhileDown).toBe(false);
  expect(r.statusAAfter).toBe('synced');
  expect(r.offlineTickSeenByB).toBe(true);
  expect(r.caiSeenByA).toBe(true);
  expect(r.viewerSeesTicks).toBe(true);
  expect(r.viewerHasUndo).toBe(false);
  expect(r.viewerTickChecked).toBe(false);
  // The server stored all three: the tick, the move and the offline tick (nothing from the viewer).
  expect(r.roomEventTypes.sort()).toEqual(['edit', 'status', 'status']);
  expect(r.statusTextZh).toBe('已同步');
  expect(r.onlineLabelZh).toBe('在线');
  console.log(`a tick reached the other page in ${r.tickMs} ms`);
}, 240_000);
