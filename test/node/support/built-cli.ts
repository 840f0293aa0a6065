// Runs the built `campaign-planner` (packages/core/dist/cli.js) under plain Node, as users do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../..', import.meta.url));
const cli = join(root, 'packages/core/dist/cli.js');

/** Runs the built CLI with `args` (and extra environment such as `TZ`); returns its exit code and output. */
export function runBuiltCli(args: string[], env: Record<string, string> = {}) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first (npm test does)`);
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
