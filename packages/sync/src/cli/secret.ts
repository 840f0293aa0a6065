import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { CliFailure, usage } from './options.js';

/** Where the server's secret lives unless `--secret-file` says otherwise. */
export const DEFAULT_SECRET_FILE = 'campaign-planner.secret';

/**
 * Reads the signing secret (the file's text, trimmed). With `create`, a missing file is made with 32 random
 * bytes, readable by its owner only; `serve` does that, `token` never does (a token nobody can check is useless).
 */
export function readSecret(file: string | undefined, create: boolean): string {
  const path = file ?? DEFAULT_SECRET_FILE;
  try {
    const secret = readFileSync(path, 'utf8').trim();
    if (secret.length < 16) throw new CliFailure(1, [`${path}: the secret must be at least 16 characters`]);
    return secret;
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw usage(`cannot read ${path}: ${(e as Error).message}`);
    if (!create) throw usage(`no secret file ${path}: start "campaign-planner serve" once (it creates one) or pass --secret-file`);
    const secret = randomBytes(32).toString('hex');
    writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}
