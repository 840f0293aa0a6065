// Browser commands for the team-sync tests: a real sync server (the built `campaign-planner serve`, a child
// process with a temp SQLite file on 127.0.0.1) that the test page reaches with Chromium's own WebSocket,
// and tokens from `campaign-planner token`. Child processes keep Yjs and SQLite out of the Vitest config.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserCommand } from 'vitest/node';

const CLI = fileURLToPath(new URL('../../packages/core/dist/cli.js', import.meta.url));
const servers = new Map<string, ChildProcess>();

/** Starts a server; returns its id, its URL and an editor token for each of `rooms`. */
export const startSyncTestServer: BrowserCommand<[rooms: string[]]> = async (_ctx, rooms) => {
  const dir = mkdtempSync(join(tmpdir(), 'cp-sync-browser-'));
  const secret = join(dir, 'secret');
  writeFileSync(secret, 'browser-test-secret-0123456789', { mode: 0o600 });
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--db', join(dir, 'rooms.db'), '--secret-file', secret], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('the sync server did not start (run "npm run build" first)')), 30_000);
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
  const id = String(child.pid);
  servers.set(id, child);
  const token = (room: string) =>
    spawnSync(process.execPath, [CLI, 'token', '--room', room, '--role', 'editor', '--secret-file', secret], { encoding: 'utf8' }).stdout.trim();
  return { id, url, tokens: Object.fromEntries(rooms.map((room) => [room, token(room)])) };
};

/** Stops the server `id`. */
export const stopSyncTestServer: BrowserCommand<[id: string]> = async (_ctx, id) => {
  servers.get(id)?.kill('SIGTERM');
  servers.delete(id);
};
