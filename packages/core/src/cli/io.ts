import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { InputError, UsageError } from './errors.js';
import { writeFileSafely } from './safe-write.js';

export { InputError, UsageError } from './errors.js';

/** What a command may touch: injected so tests run commands in-process without a shell. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const BOM = '\uFEFF';

/**
 * Reads a text file (without a leading UTF-8 byte order mark, which editors on Windows add). A missing file
 * is a usage error (exit 2); a directory, a device, a pipe or an unreadable file is an InputError (exit 1);
 * either is one line naming the file. A pipe is refused without blocking on it.
 *
 * @example
 * const csv = readText('tasks.csv');
 */
export function readText(file: string): string {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise hang here.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) throw new InputError([`${file}: not a regular file (a directory, device or pipe); give the path of a file`]);
    const text = readFileSync(fd, 'utf8');
    return text.startsWith(BOM) ? text.slice(1) : text;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`cannot read ${file}: no such file`);
    if (code === 'EISDIR') throw new InputError([`${file}: not a regular file (a directory, device or pipe); give the path of a file`]);
    throw new InputError([`${file}: cannot read: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message}`]);
  } finally {
    if (fd !== undefined) closeSync(fd);
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
 * Writes a file atomically and safely; see {@link writeFileSafely} (this name is kept for commands that use it).
 *
 * @example
 * writeFileAtomic('plan.json', text);
 */
export function writeFileAtomic(file: string, text: string): void {
  writeFileSafely(file, text);
}
