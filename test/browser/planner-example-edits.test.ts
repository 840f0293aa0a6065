// examples/planner's editing, in headless Chromium against the built bundle (run `npm run build` first).
import { expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { PlannerEditsReport } from './planner-edits-command.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    plannerExampleEdits: (now: string) => Promise<PlannerEditsReport>;
  }
}

it('the planner example keeps its edit log in localStorage (undo included) and downloads plan and log', async () => {
  const r = await commands.plannerExampleEdits('2026-10-25T12:00:00-07:00');
  expect(r.errors).toEqual([]);
  expect(r.dueAfterMove).not.toBe(r.dueBefore);
  expect(r.dueAfterReload).toBe(r.dueAfterMove);
  expect(r.dueAfterUndoAndReload).toBe(r.dueAfterMove);
  // Two moves and the undo of the second (its inverse edit) are all in the log.
  expect(r.logLines.map((l) => JSON.parse(l).type)).toEqual(['edit', 'edit', 'edit']);
  expect(r.downloadedPlanName).toMatch(/\.json$/);
  expect(r.downloadedPlanDue).toBe(r.dueAfterMove);
  expect(r.downloadedLogName).toMatch(/\.jsonl$/);
  expect(r.downloadedLogLines).toBe(3);
}, 120_000);
