// Every file the CLI writes goes through here: a rewrite (`--out`, `import`, `--log-out`) or an append (`done`).
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fstatSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './errors.js';

const errno = (e: unknown) => (e as NodeJS.ErrnoException).code;

function reason(e: unknown): string {
  switch (errno(e)) {
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EFBIG':
      return 'file too large';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EISDIR':
      return 'is a directory';
    default:
      return (e as Error).message;
  }
}

/** Throws the one-line InputError of a failed write. */
function cannotWrite(file: string, e: unknown): never {
  if (e instanceof InputError) throw e;
  throw new InputError([`${file}: cannot write: ${reason(e)}`]);
}

const notRegular = (file: string) => new InputError([`${file}: not a regular file (a directory, device or pipe); give the path of a file`]);

/**
 * The file a write really lands in: `file` itself, or the file a symlink points to (so that writing through
 * a linked log updates the log, not the link). Refuses an empty name and anything but a regular file.
 */
function resolveTarget(file: string): { target: string; mode?: number } {
  if (file === '') throw new InputError(['cannot write to an empty file name']);
  let link;
  try {
    link = lstatSync(file);
  } catch (e) {
    if (errno(e) === 'ENOENT') return { target: file };
    cannotWrite(file, e);
  }
  let target = file;
  if (link.isSymbolicLink()) {
    try {
      target = realpathSync(file);
    } catch (e) {
      throw new InputError([`${file}: a symbolic link to a missing file (${reason(e)}); give the path of a file`]);
    }
  }
  const st = link.isSymbolicLink() ? statSync(target) : link;
  if (!st.isFile()) throw notRegular(file);
  return { target, mode: st.mode & 0o7777 };
}

/**
 * Replaces a file's content atomically and safely. The new text goes to a temporary file created
 * exclusively (`wx`, random name, same directory, so never through a planted symlink), is flushed to disk,
 * given the old file's mode, then renamed over the target; a crash leaves the old file or the new one, never
 * half of one. A symlink is written through (its target changes, the link stays). Directories, devices
 * and pipes are refused, and the temporary file is removed on every failure (a full disk, a bad path).
 *
 * @throws InputError with one line naming `file` when it cannot be written.
 * @example
 * writeFileSafely('plan.json', `${serializePlan(plan)}\n`);
 */
export function writeFileSafely(file: string, text: string): void {
  const { target, mode } = resolveTarget(file);
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode ?? 0o666);
    const data = Buffer.from(text, 'utf8');
    for (let off = 0; off < data.length;) off += writeSync(fd, data, off, data.length - off);
    // The umask may have cut the mode at creation: set it as the old file had it.
    if (mode !== undefined) fchmodSync(fd, mode);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // Not created, or already renamed: nothing to clean.
    }
    cannotWrite(file, e);
  }
}

/**
 * Appends one or more whole lines to a file (created if missing) with a single `O_APPEND` write, so that
 * processes appending at the same time never overwrite each other's lines. Writes through a symlink;
 * refuses directories, devices and pipes.
 *
 * @throws InputError with one line naming `file` when it cannot be written.
 * @example
 * appendText('events.jsonl', `${serializeStatusEvent(event)}\n`);
 */
export function appendText(file: string, text: string): void {
  resolveTarget(file);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'a', 0o666);
    // Checked again on the open file: the path may have been swapped since.
    if (!fstatSync(fd).isFile()) throw notRegular(file);
    const data = Buffer.from(text, 'utf8');
    const written = writeSync(fd, data);
    if (written !== data.length) throw new InputError([`${file}: cannot write: only ${written} of ${data.length} bytes written (disk full?)`]);
    fsyncSync(fd);
  } catch (e) {
    cannotWrite(file, e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
