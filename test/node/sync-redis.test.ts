// Two server processes relaying each other's updates through Redis (Debian's redis-server, started here on a
// free port with a temp folder), storing into one SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createRoom, ids, joinRoom, secretFile, spawnServer, statusEvent, tempDir, until, type ServerChild } from './support/sync-harness.js';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

let redis: ChildProcess;
let redisPort: number;
const servers: ServerChild[] = [];

beforeAll(async () => {
  redisPort = await freePort();
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--dir', tempDir(), '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 20_000);
    redis.once('error', (e) => reject(new Error(`cannot start redis-server (is it installed? apt-get install redis-server): ${e.message}`)));
    redis.stdout!.on('data', (d) => {
      out += d;
      if (/Ready to accept connections/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}, 30_000);

afterAll(async () => {
  for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
  redis?.kill('SIGKILL');
});

describe('two server processes relaying through Redis', { timeout: 90_000 }, () => {
  it('clients on different processes converge, and the shared database holds everything', async () => {
    const dir = tempDir();
    const args = ['--port', '0', '--db', join(dir, 'rooms.db'), '--secret-file', secretFile(dir), '--redis', `127.0.0.1:${redisPort}`];
    const [one, two] = await Promise.all([spawnServer(args), spawnServer(args)]);
    servers.push(one!, two!);
    expect(one!.port).not.toBe(two!.port);

    const owner = await createRoom(one!.url, 'relay');
    const b = await joinRoom(two!.url, 'relay', 'bo');
    const a = await joinRoom(one!.url, 'relay', 'ana');
    expect(b.plan.id).toBe(owner.plan.id);
    for (let i = 0; i < 30; i++) {
      a.append([statusEvent(i, 'ana')]);
      b.append([statusEvent(i, 'bo', 'banner')]);
    }
    await until(() => a.events.length === 60 && b.events.length === 60, 'both clients to hold 60 events');
    expect(ids(a)).toEqual(ids(b));
    await Promise.all([a.whenSynced(), b.whenSynced()]);
    // Presence crosses processes too.
    await until(() => b.online().some((u) => u.name === 'ana'), 'bo to see ana online');
    for (const c of [owner, a, b]) c.close();
    one!.child.kill('SIGTERM');
    two!.child.kill('SIGTERM');
    expect(await one!.exited).toBe(0);
    expect(await two!.exited).toBe(0);

    // One database: a lone server on the same file has every event.
    const alone = await spawnServer(['--port', '0', '--db', join(dir, 'rooms.db'), '--secret-file', secretFile(dir)]);
    servers.push(alone);
    const check = await joinRoom(alone.url, 'relay', 'cy');
    expect(check.events).toHaveLength(60);
    check.close();
  });
});
