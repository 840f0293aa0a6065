// A browser command for the planner example's team mode: a real sync server (the built CLI's `serve`, a child
// process on 127.0.0.1 with a temp SQLite file), a room made with `push`, and two people, each in a browser
// context of their own (own IndexedDB), on the same planner link. It drives them as people would, stops the
// server for a while and starts it again on the same database and port, and reports what each page showed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import type { BrowserCommand } from 'vitest/node';
// @ts-expect-error: a plain .mjs script without types
import { startServer } from '../../scripts/serve.mjs';

const CLI = fileURLToPath(new URL('../../packages/core/dist/cli.js', import.meta.url));
const ROOM = 'bf-team';
const STEP_MS = 30_000;

/** What the two pages showed at each step of {@link plannerExampleSync}. */
export interface PlannerSyncReport {
  /** The header's online list of page A, then of page B, once both joined. */
  onlineA: string[];
  onlineB: string[];
  /** Page A's sync state before the tick, and the key of the item A ticked; B saw it checked. */
  statusA: string;
  tickedKey: string;
  tickSeenByB: boolean;
  /** A task A moved with Alt+ArrowRight: its due in A and then in B. */
  movedTaskId: string;
  dueInA: string;
  dueInB: string;
  /** Page B's task panel on the task A has open: its "also open" line, and A's on B. */
  alsoOpenInB: string;
  alsoOpenInA: string;
  /** While the server was stopped: A's state, then after a reload (from IndexedDB), with A's first tick still there. */
  statusAOffline: string;
  statusAReloadedOffline: string;
  tickKeptOffline: boolean;
  /** What B had of A's offline tick while the server was down (nothing). */
  offlineKey: string;
  offlineTickInBWhileDown: boolean;
  /** After the restart: A's state, and B got the offline tick. */
  statusAAfter: string;
  offlineTickSeenByB: boolean;
  /** Events in the room, read by the `pull` command from the server after everything. */
  roomEventTypes: string[];
  /** A viewer's page (Cai): online for A, both ticks shown, no edit tools, and a tick of theirs not taken. */
  caiSeenByA: boolean;
  viewerSeesTicks: boolean;
  viewerHasUndo: boolean;
  viewerTickChecked: boolean;
  /** Page B's sync state and online label in Chinese. */
  statusTextZh: string;
  onlineLabelZh: string;
  /** Milliseconds from A's tick to B showing it, for the record (not asserted: timings are for the bench). */
  tickMs: number;
  errors: string[];
}

function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`campaign-planner ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

/** Starts `campaign-planner serve`; resolves with the child and its URL once it listens. */
async function serve(dir: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--port', String(port), '--db', join(dir, 'rooms.db'), '--secret-file', join(dir, 'secret'), '--log-model', 'campaign'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('the sync server did not start (run "npm run build" first)')), STEP_MS);
    child.once('exit', (code) => reject(new Error(`the sync server exited (${code}); run "npm run build" first`)));
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (ws:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  return { child, url };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const planner = (page: Page) => page.locator('campaign-planner');
const syncState = (page: Page) => page.locator('#sync-status').getAttribute('data-state');
const waitState = (page: Page, state: string) => page.locator(`#sync-status[data-state="${state}"]`).waitFor({ timeout: STEP_MS });
const onlineNames = (page: Page) => page.locator('#online li').allTextContents();
const checkbox = (page: Page, key: string, checked = '') => planner(page).locator(`campaign-checklist li[data-key="${key}"] input[type="checkbox"]${checked}`);
const panelViewers = async (page: Page) =>
  ((await planner(page).locator('campaign-task-panel .viewers').textContent({ timeout: STEP_MS })) ?? '').replace(/\s+/g, ' ').trim();
const dueOf = (page: Page, id: string) =>
  page.evaluate((taskId) => {
    const p = document.querySelector('campaign-planner') as unknown as { plan: { tasks: Array<{ id: string; due: Date }> } };
    return p.plan.tasks.find((t) => t.id === taskId)!.due.toISOString();
  }, id);

/**
 * Serves examples/planner and a sync room with the 11.11 plan, opens the planner link as Ana and as Bo, then:
 * a tick and a move in A reach B; each sees the other online and on the task both have open; the server
 * stops, A reloads and ticks offline, the server starts again on the same database, and the tick reaches B.
 * Then a viewer (Cai) joins: seen online, reads everything, changes nothing.
 */
export const plannerExampleSync: BrowserCommand<[now: string]> = async (ctx, now) => {
  const dir = mkdtempSync(join(tmpdir(), 'cp-planner-sync-'));
  writeFileSync(join(dir, 'secret'), 'planner-sync-test-secret-0123456789', { mode: 0o600 });
  writeFileSync(join(dir, 'plan.json'), cli(['plan', '--template', 'aliexpress-11-11', '--year', '2026', '--team-tz', 'Asia/Shanghai']));
  let sync = await serve(dir, 0);
  const { server, url } = await startServer({ port: 0 });
  const browser = ctx.context.browser()!;
  const errors: string[] = [];
  const pages: Page[] = [];
  const open = async (name: string, token: string) => {
    // A context each: two people on two machines, each with their own IndexedDB copy of the room.
    const context = await browser.newContext({ timezoneId: 'Asia/Shanghai', locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    pages.push(page);
    page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
    const q = new URLSearchParams({ server: sync.url, room: ROOM, token, name, now });
    await page.goto(`${url}?${q}`);
    return page;
  };
  try {
    const port = Number(new URL(sync.url).port);
    const token = cli(['token', '--room', ROOM, '--role', 'editor', '--secret-file', join(dir, 'secret')]).trim();
    cli(['push', join(dir, 'plan.json'), '--server', sync.url, '--room', ROOM, '--token', token, '--log-model', 'campaign']);
    const [a, b] = [await open('Ana', token), await open('Bo', token)];
    for (const p of [a, b]) await waitState(p, 'synced');
    await a.locator('#online li', { hasText: 'Bo' }).waitFor({ timeout: STEP_MS });
    await b.locator('#online li', { hasText: 'Ana' }).waitFor({ timeout: STEP_MS });
    const onlineA = await onlineNames(a);
    const onlineB = await onlineNames(b);
    const statusA = (await syncState(a)) ?? '';

    // A tick in A appears in B.
    for (const p of [a, b]) await planner(p).getByRole('tab', { name: 'Checklist' }).click();
    const items = planner(a).locator('campaign-checklist li[data-key]');
    await items.first().waitFor();
    const tickedKey = (await items.nth(0).getAttribute('data-key'))!;
    const t0 = Date.now();
    await checkbox(a, tickedKey).check();
    const tickSeenByB = await checkbox(b, tickedKey, ':checked')
      .waitFor({ timeout: STEP_MS })
      .then(() => true);
    const tickMs = Date.now() - t0;

    // An edit in A (Alt+ArrowRight on a Gantt row) appears in B.
    for (const p of [a, b]) await planner(p).getByRole('tab', { name: 'Gantt' }).click();
    const row = planner(a).locator('campaign-gantt [role="row"][aria-level="3"][data-task-id]').first();
    await row.waitFor();
    const movedTaskId = (await row.getAttribute('data-task-id'))!;
    const dueBefore = await dueOf(a, movedTaskId);
    await row.focus();
    await a.keyboard.press('Alt+ArrowRight');
    const dueInA = await dueOf(a, movedTaskId);
    await b.waitForFunction(
      ([id, before]) => {
        const p = document.querySelector('campaign-planner') as unknown as { plan: { tasks: Array<{ id: string; due: Date }> } };
        return p.plan.tasks.find((t) => t.id === id)!.due.toISOString() !== before;
      },
      [movedTaskId, dueBefore],
      { timeout: STEP_MS },
    );
    const dueInB = await dueOf(b, movedTaskId);

    // Both open that task in the panel (Enter on its row): each sees the other's name there.
    for (const p of [a, b]) {
      // The other's edit gave B a new plan, and its chart starts over: scroll to the task, as a person would.
      await planner(p)
        .locator('campaign-gantt')
        .evaluate((g, id) => (g as unknown as { scrollToTask(id: string): void }).scrollToTask(id), movedTaskId);
      await planner(p).locator(`campaign-gantt [role="row"][data-task-id="${movedTaskId}"]`).focus();
      await p.keyboard.press('Enter');
    }
    await planner(b).locator('campaign-task-panel .viewers', { hasText: 'Ana' }).waitFor({ timeout: STEP_MS });
    await planner(a).locator('campaign-task-panel .viewers', { hasText: 'Bo' }).waitFor({ timeout: STEP_MS });
    const alsoOpenInB = await panelViewers(b);
    const alsoOpenInA = await panelViewers(a);
    for (const p of [a, b]) await p.keyboard.press('Escape');

    // The server goes away: A says so, keeps a tick, and sends it once the server is back.
    await stop(sync.child);
    await waitState(a, 'offline');
    const statusAOffline = (await syncState(a)) ?? '';
    // Offline first: reloaded while the server is away, A opens from its IndexedDB copy.
    await a.reload();
    await waitState(a, 'offline');
    const statusAReloadedOffline = (await syncState(a)) ?? '';
    for (const p of [a, b]) await planner(p).getByRole('tab', { name: 'Checklist' }).click();
    const tickKeptOffline = await checkbox(a, tickedKey, ':checked')
      .waitFor({ timeout: STEP_MS })
      .then(() => true);
    const offlineKey = (await items.nth(1).getAttribute('data-key'))!;
    await checkbox(a, offlineKey).check();
    const offlineTickInBWhileDown = await checkbox(b, offlineKey).isChecked();
    sync = await serve(dir, port);
    await waitState(a, 'synced');
    const statusAAfter = (await syncState(a)) ?? '';
    const offlineTickSeenByB = await checkbox(b, offlineKey, ':checked')
      .waitFor({ timeout: STEP_MS })
      .then(() => true);
    await planner(b).locator('header select[data-language]').selectOption('zh-CN');
    const statusTextZh = (await b.locator('#sync-status').textContent()) ?? '';
    const onlineLabelZh = (await b.locator('#online-label').textContent()) ?? '';

    // A viewer reads and is seen, but cannot change anything: no edit tools, and a tick is not taken.
    const viewerToken = cli(['token', '--room', ROOM, '--role', 'viewer', '--secret-file', join(dir, 'secret')]).trim();
    const c = await open('Cai', viewerToken);
    await waitState(c, 'synced');
    const caiSeenByA = await a
      .locator('#online li', { hasText: 'Cai' })
      .waitFor({ timeout: STEP_MS })
      .then(() => true);
    await planner(c).getByRole('tab', { name: 'Checklist' }).click();
    const viewerSeesTicks = (await checkbox(c, tickedKey).isChecked()) && (await checkbox(c, offlineKey).isChecked());
    const viewerHasUndo = (await planner(c).getByRole('button', { name: 'Undo' }).count()) > 0;
    const third = (await items.nth(2).getAttribute('data-key'))!;
    await checkbox(c, third).click();
    const viewerTickChecked = await checkbox(c, third).isChecked();

    const pulled = join(dir, 'pulled');
    cli(['pull', '--server', sync.url, '--room', ROOM, '--token', token, '--out', `${pulled}.json`, '--log', `${pulled}.jsonl`]);
    const roomEventTypes = readFileSync(`${pulled}.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { type?: string }).type ?? 'status');
    return {
      onlineA,
      onlineB,
      statusA,
      tickedKey,
      tickSeenByB,
      movedTaskId,
      dueInA,
      dueInB,
      alsoOpenInB,
      alsoOpenInA,
      statusAOffline,
      statusAReloadedOffline,
      tickKeptOffline,
      offlineKey,
      offlineTickInBWhileDown,
      statusAAfter,
      offlineTickSeenByB,
      roomEventTypes,
      caiSeenByA,
      viewerSeesTicks,
      viewerHasUndo,
      viewerTickChecked,
      statusTextZh,
      onlineLabelZh,
      tickMs,
      errors,
    } satisfies PlannerSyncReport;
  } catch (e) {
    // A step that timed out says little by itself: the pages' own errors usually say why.
    throw new Error(`${(e as Error).message}\npage errors: ${errors.join('; ') || 'none'}`, { cause: e });
  } finally {
    for (const p of pages) await p.context().close();
    server.close();
    await stop(sync.child);
  }
};
