import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendText, writeFileSafely } from './safe-write.js';
import { InputError } from './errors.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'cp-safe-'));
const temps = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
const fifo = (dir: string) => {
  const file = join(dir, 'pipe');
  execFileSync('mkfifo', [file]);
  return file;
};
function errorLines(f: () => void): readonly string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.lines;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('writeFileSafely', () => {
  it('replaces the content and leaves no temporary file', () => {
    const dir = fresh();
    const file = join(dir, 'plan.json');
    writeFileSync(file, 'old');
    writeFileSafely(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(temps(dir)).toEqual([]);
  });

  it('writes through a symlink: the target changes, the link stays a link', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'events.jsonl');
    writeFileSync(target, 'old\n');
    const link = join(dir, 'events.jsonl');
    symlinkSync(target, link);
    writeFileSafely(link, 'new\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect([...temps(dir), ...temps(join(dir, 'real'))]).toEqual([]);
  });

  it("keeps the file's mode", () => {
    const dir = fresh();
    const file = join(dir, 'secret.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    writeFileSafely(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('never follows a planted symlink at the old predictable temp name', () => {
    const dir = fresh();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    const out = join(dir, 'out.json');
    // The name the old code used: .<base>.<pid>.tmp
    symlinkSync(victim, join(dir, `.out.json.${process.pid}.tmp`));
    writeFileSafely(out, 'data');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(out, 'utf8')).toBe('data');
  });

  it('refuses a directory, a pipe, a device behind a symlink and an empty name, with one line, changing nothing', () => {
    const dir = fresh();
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    const pipe = fifo(dir);
    const full = join(dir, 'full');
    symlinkSync('/dev/full', full);
    for (const target of [sub, pipe, full]) {
      expect(errorLines(() => writeFileSafely(target, 'x'))).toEqual([`${target}: not a regular file (a directory, device or pipe); give the path of a file`]);
    }
    expect(statSync(sub).isDirectory()).toBe(true);
    expect(statSync(pipe).isFIFO()).toBe(true);
    expect(lstatSync(full).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    expect(errorLines(() => writeFileSafely('', 'x'))).toEqual(['cannot write to an empty file name']);
    expect(temps(dir)).toEqual([]);
  });

  it('removes the temporary file when the final step fails', () => {
    const dir = fresh();
    // A trailing slash: the temp file is written in dir, then the rename fails (ENOTDIR).
    const bad = `${join(dir, 'plan.json')}/`;
    expect(errorLines(() => writeFileSafely(bad, 'x'))[0]).toMatch(/^.*plan\.json\/: cannot write: /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names a missing directory in one line', () => {
    const dir = fresh();
    expect(errorLines(() => writeFileSafely(join(dir, 'nope', 'plan.json'), 'x'))).toEqual([
      `${join(dir, 'nope', 'plan.json')}: cannot write: no such directory`,
    ]);
  });
});

describe('appendText', () => {
  it('creates the file, appends, and writes through a symlink', () => {
    const dir = fresh();
    const target = join(dir, 'real.jsonl');
    const link = join(dir, 'log.jsonl');
    symlinkSync(target, link);
    appendText(target, 'a\n');
    appendText(link, 'b\n');
    expect(readFileSync(target, 'utf8')).toBe('a\nb\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('refuses a pipe and a directory without blocking', () => {
    const dir = fresh();
    const pipe = fifo(dir);
    expect(errorLines(() => appendText(pipe, 'x\n'))[0]).toMatch(/not a regular file/);
    expect(errorLines(() => appendText(dir, 'x\n'))[0]).toMatch(/not a regular file/);
  });
});
