// Team sync under load: N clients x M events against one room of a real server (the built CLI, a child
// process with a temp SQLite file), over real WebSockets. Reports the time until every client holds every
// event, and the server's memory (resident, and its peak, from /proc).
//   node bench/sync.mjs [--clients=50] [--events=100]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';

const root = fileURLToPath(new URL('..', import.meta.url));
const SECRET = 'bench-secret-0123456789abcdef';

function startServer(dir) {
  writeFileSync(join(dir, 'secret'), SECRET);
  const args = [join(root, 'packages/core/dist/cli.js'), 'serve', '--port', '0', '--db', join(dir, 'rooms.db'), '--secret-file', join(dir, 'secret')];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (ws:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
  });
}

/** CPU seconds (user + system) a process has used (Linux /proc). */
function cpuOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Resident and peak memory of a process, in MiB (Linux /proc). */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024 };
}

const until = async (check, ms) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('sync bench: clients did not converge in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** Runs the load and returns its figures. */
export async function benchSync({ clients = 50, events = 100, log = () => {} } = {}) {
  const { openRoom } = await import('@campaign-planner/sync');
  const { signToken } = await import('@campaign-planner/sync/server');
  const { instantiate, parseTemplate } = await import('@campaign-planner/core/templates');
  const dir = mkdtempSync(join(tmpdir(), 'cp-bench-sync-'));
  const { child, url } = await startServer(dir);
  try {
    const token = signToken(SECRET, { room: 'load', role: 'editor', exp: Math.floor(Date.now() / 1000) + 3600 });
    const template = parseTemplate(JSON.parse(readFileSync(join(root, 'packages/core/templates/aliexpress-11-11.json'), 'utf8')));
    const plan = instantiate(template, { year: 2026, teamTimeZone: 'Asia/Shanghai' });
    const open = (name, requirePlan = true) => openRoom({ url, room: 'load', token, user: { name }, WebSocket, requirePlan, timeoutMs: 60_000 });
    const owner = await open('owner', false);
    owner.campaign.setBasePlan(plan);
    await owner.whenSynced();
    const oneOff = plan.tasks.filter((t) => !t.recurrence).map((t) => t.id);
    const rooms = [];
    for (let c = 0; c < clients; c++) rooms.push(await open(`client-${c}`));
    log(`sync: ${clients} clients joined, appending ${events} events each`);
    const total = clients * events;
    const serverCpu0 = cpuOf(child.pid);
    const clientCpu0 = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < events; i++)
      rooms.forEach((room, c) =>
        room.append([
          {
            taskId: oneOff[(i + c) % oneOff.length],
            status: 'done',
            at: new Date(Date.UTC(2026, 9, 20, 0, 0, i)).toISOString(),
            by: `client-${c}`,
            id: `c${c}-${i}`,
          },
        ]),
      );
    await until(() => rooms.every((r) => r.campaign.doc.getArray('log').length === total), 300_000);
    const convergeMs = performance.now() - started;
    const serverCpuS = cpuOf(child.pid) - serverCpu0;
    const c = process.cpuUsage(clientCpu0);
    const clientsCpuS = (c.user + c.system) / 1e6;
    const memory = memoryOf(child.pid);
    const ok = rooms.every((r) => r.events.length === total);
    for (const r of [owner, ...rooms]) r.close();
    return { clients, events, total, convergeMs, ok, serverCpuS, clientsCpuS, ...memory };
  } finally {
    child.kill('SIGTERM');
  }
}

/** One line for the report. */
export const formatSync = (r) =>
  `sync: ${r.clients} clients x ${r.events} events (${r.total}) converged in ${(r.convergeMs / 1000).toFixed(2)} s${r.ok ? '' : ' (NOT every event valid everywhere)'}; server memory ${r.rssMiB.toFixed(0)} MiB resident, ${r.peakMiB.toFixed(0)} MiB peak; CPU ${r.serverCpuS.toFixed(1)} s server, ${r.clientsCpuS.toFixed(1)} s clients`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { clients: { type: 'string', default: '50' }, events: { type: 'string', default: '100' } } });
  const r = await benchSync({ clients: Number(values.clients), events: Number(values.events), log: (m) => process.stderr.write(`  ${m}\n`) });
  console.log(formatSync(r));
  process.exit(0);
}
