// The core part of the benchmark: each job in fresh Node processes on the built packages/core/dist.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadCore, JOBS } from './core-jobs.mjs';

const run = promisify(execFile);
const WORKER = fileURLToPath(new URL('./core-jobs.mjs', import.meta.url));

async function processRuns(name, runs, peer, capMs) {
  const cold = [];
  const warm = [];
  let result;
  const started = Date.now();
  for (let r = 0; r < runs && (r === 0 || Date.now() - started < capMs); r++) {
    const { stdout } = await run(process.execPath, [WORKER, name, ...(peer ? ['peer'] : [])], { maxBuffer: 1 << 20 });
    const out = JSON.parse(stdout);
    cold.push(out.cold);
    warm.push(...out.warm);
    result = out.result;
  }
  return { cold, warm, result, spentMs: Date.now() - started };
}

/**
 * Runs every core job whose functions the built core exports, from any entry point (`runs` processes each, and its peer's
 * when it has one; a job whose processes have taken `capMs` stops there, after at least one). Jobs
 * whose API is not built yet are listed in `missing`.
 *
 * @example
 * const { jobs } = await benchCore({ runs: 5 });
 * jobs.instantiate.ours.cold //=> [12.1, 11.8, ...]
 */
export async function benchCore({ runs = 5, capMs = 60_000, log = () => {} } = {}) {
  const core = await loadCore();
  const jobs = {};
  const missing = [];
  for (const [name, job] of Object.entries(JOBS)) {
    const absent = job.needs.filter((fn) => typeof core[fn] !== 'function');
    if (absent.length) {
      missing.push({ name, label: job.label, absent });
      continue;
    }
    const ours = await processRuns(name, runs, false, capMs);
    log(`core ${name}: done`);
    const peer = job.peer ? { name: job.peer.name, ...(await processRuns(name, runs, true, capMs)) } : undefined;
    jobs[name] = { label: job.label, ours, peer };
  }
  return { jobs, missing };
}
