import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

/** What a sync command may touch; the core CLI passes its own (structurally the same). */
export interface SyncCliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A failure the command reports as lines on stderr with an exit code (2: usage, 1: input or server). */
export class CliFailure extends Error {
  override name = 'CliFailure';
  constructor(
    readonly code: 1 | 2,
    readonly lines: readonly string[],
  ) {
    super(lines.join('\n'));
  }
}

/** A usage error (exit 2). */
export const usage = (message: string) => new CliFailure(2, [message]);

/** Parses `args` with node:util's strict parser, turning its errors into usage errors. */
export function parse<T extends Record<string, { type: 'string' }>>(
  args: readonly string[],
  options: T,
  positionals = 0,
): { values: { [K in keyof T]?: string }; positionals: string[] } {
  let r;
  try {
    r = parseArgs({ args: [...args], options, allowPositionals: positionals > 0, strict: true });
  } catch (e) {
    throw usage((e as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  if (r.positionals.length > positionals) throw usage(`unexpected argument "${r.positionals[positionals]}"`);
  return { values: r.values as { [K in keyof T]?: string }, positionals: r.positionals };
}

/** A required string option. */
export function required(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw usage(`--${name} is required`);
  return value;
}

/** A positive integer option, or `fallback` when absent. */
export function positiveInt(value: string | undefined, name: string, fallback?: number): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0) throw usage(`--${name}: expected a positive whole number, got "${value}"`);
  return n;
}

/** `--timeout <seconds>` in ms: how long to wait for the server (default 10 s). */
export function timeoutMs(value: string | undefined): number {
  if (value === undefined) return 10_000;
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds <= 0) throw usage(`--timeout: expected a positive number of seconds, got "${value}"`);
  return Math.round(seconds * 1000);
}

/** The token from `--token` or $CAMPAIGN_PLANNER_TOKEN. */
export function tokenOf(value: string | undefined, io: SyncCliIO): string {
  const token = value ?? io.env.CAMPAIGN_PLANNER_TOKEN;
  if (!token) throw usage('a token is required: --token <token> or $CAMPAIGN_PLANNER_TOKEN (make one with "campaign-planner token")');
  return token;
}

/** Reads a text file; "not found" and friends become a usage error naming the file. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw usage(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

/** Writes a file through a temporary file and a rename, so a crash never leaves half a file. */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
