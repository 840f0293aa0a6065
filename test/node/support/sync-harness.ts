// Helpers for the team-sync tests: a server on 127.0.0.1 with a temp SQLite file, clients over real WebSockets.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { parsePlan, type Plan } from '@campaign-planner/core';
import type { StatusEvent, StatusState } from '@campaign-planner/core/readiness';
import { planFixture } from '../../../packages/core/src/__fixtures__/plan.js';
import { openRoom, type OpenRoomOptions, type Room } from '../../../packages/sync/src/index.js';
import { signToken, startSyncServer, type Role, type SyncServerOptions } from '../../../packages/sync/src/server/index.js';
import { root } from './built-cli.js';

export const SECRET = 'test-secret-0123456789abcdef';

/** A fresh temp folder. */
export const tempDir = () => mkdtempSync(join(tmpdir(), 'cp-sync-'));

/** The shared test plan (tasks register, banner, monitor...). */
export const testPlan = (): Plan => parsePlan(planFixture());

/** A token for `room` signed with the test secret, valid an hour unless `exp` (seconds) says otherwise. */
export const tokenFor = (room: string, role: Role = 'editor', exp = Math.floor(Date.now() / 1000) + 3600, secret = SECRET) =>
  signToken(secret, { room, role, exp });

/** Starts a server in this process on a free port with a temp database; returns it and its log lines. */
export async function startTestServer(options: Partial<SyncServerOptions> = {}) {
  const lines: string[] = [];
  const server = await startSyncServer({ port: 0, dbFile: join(tempDir(), 'rooms.db'), secret: SECRET, log: (l) => lines.push(l), ...options });
  return { server, lines };
}

/** Joins `room` as a client named `name` (status events). */
export function joinRoom<E = StatusEvent, S = StatusState>(
  url: string,
  room: string,
  name: string,
  extra: Partial<OpenRoomOptions<E, S>> = {},
): Promise<Room<E, S>> {
  return openRoom<E, S>({ url, room, token: tokenFor(room), user: { name }, WebSocket, reconnect: { delay: 200, maxDelay: 1000 }, ...extra });
}

/** Creates `room` with the test plan and returns the pushing client (left open). */
export async function createRoom(url: string, room: string, plan = testPlan()) {
  const owner = await joinRoom(url, room, 'owner', { requirePlan: false });
  owner.campaign.setBasePlan(plan);
  await owner.whenSynced();
  return owner;
}

/** Waits until `check` is true, polling; throws with `what` after `ms`. */
export async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A status event of the test plan, made unique by `n` (its `at`) and `by`. */
export const statusEvent = (n: number, by: string, taskId = 'register', status: StatusEvent['status'] = 'done') => ({
  taskId,
  status,
  at: new Date(Date.UTC(2026, 9, 20, 0, 0, n)).toISOString(),
  by,
  id: `${by}-${n}`,
});

/** The winning event per task or occurrence, as a plain Map (comparable whatever order events arrived in). */
export const winners = (state: StatusState) => new Map(state.latest);

/** The ids of a room's events, sorted. */
export const ids = (room: Room<StatusEvent, StatusState>) => room.events.map((e) => e.id ?? '').sort();

/** A server started as a child process by the built CLI (`campaign-planner serve`). */
export interface ServerChild {
  readonly child: ChildProcess;
  readonly url: string;
  readonly port: number;
  readonly stderr: () => string;
  /** Resolves with the exit code or signal when the process ends. */
  readonly exited: Promise<number | string | null>;
}

/** Starts `campaign-planner serve` (built) with `args`; resolves once it prints `listening on ws://...`. */
export function spawnServer(args: string[], env: Record<string, string> = {}): Promise<ServerChild> {
  const cli = join(root, 'packages/core/dist/cli.js');
  const child = spawn(process.execPath, [cli, 'serve', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 20_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (ws:\/\/[^:]+:(\d+))/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, port: Number(m[2]), stderr: () => err, exited });
      }
    });
    void exited.then((code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
}

/** Writes the test secret to a file and returns its path. */
export function secretFile(dir = tempDir()): string {
  const file = join(dir, 'secret');
  writeFileSync(file, SECRET, { mode: 0o600 });
  return file;
}
