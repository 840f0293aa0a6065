import { readFileSync, writeFileSync, renameSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/** What a command may touch: injected so tests run commands in-process without a shell. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A wrong invocation: exit code 2, with the usage shown. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem with the input: exit code 1, one line per problem. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

/** Reads a text file, turning "not found" and friends into a usage error that names the file. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

/** Reads and parses a JSON file; a syntax error names the file and the position. */
export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError([`${file}: invalid JSON: ${(e as Error).message}`]);
  }
}

/**
 * Writes a file atomically: a temporary file beside it, flushed to disk, then renamed over the target,
 * so a crash leaves either the old file or the new one, never half of one.
 */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(tmp, text);
  const fd = openSync(tmp, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}
