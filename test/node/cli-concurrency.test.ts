// The built CLI under real processes: parallel appends to one status log, and a write that fails half-way.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, runBuiltCli } from './support/built-cli.js';

const cli = join(root, 'packages/core/dist/cli.js');

function runAsync(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

function planFile(dir: string): string {
  const r = runBuiltCli(['plan', '--template', 'aliexpress-11-11', '--year', '2026', '--team-tz', 'Asia/Shanghai']);
  expect(r.code).toBe(0);
  const file = join(dir, 'plan.json');
  writeFileSync(file, r.out);
  return file;
}

describe('built CLI: no lost writes', () => {
  it('20 parallel "done" commands keep all 20 events', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-parallel-'));
    const plan = planFile(dir);
    const taskId = (JSON.parse(readFileSync(plan, 'utf8')) as { tasks: Array<{ id: string; recurrence?: string }> }).tasks.find((t) => !t.recurrence)!.id;
    const log = join(dir, 'events.jsonl');
    const runs = await Promise.all(
      Array.from({ length: 20 }, (_, i) => runAsync(['done', plan, taskId, '--log', log, '--by', `person-${i}`, '--at', '2026-10-20T10:00:00Z'])),
    );
    for (const r of runs) expect(r, r.err).toMatchObject({ code: 0, err: '' });
    const lines = readFileSync(log, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(20);
    expect(new Set(lines.map((l) => (JSON.parse(l) as { by: string }).by))).toEqual(new Set(Array.from({ length: 20 }, (_, i) => `person-${i}`)));
    // The log is whole: status reads every event.
    const status = runBuiltCli(['status', plan, '--log', log, '--now', '2026-10-21T00:00:00Z', '--format', 'json']);
    expect(status.code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('a write cut short (file size limit) leaves the old file and no temporary file, in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-efbig-'));
    const plan = planFile(dir);
    const out = join(dir, 'out.json');
    writeFileSync(out, 'the old content\n');
    // ulimit -f 1: writes beyond 1 KiB fail with EFBIG, as a full disk fails with ENOSPC.
    const r = spawnSync('bash', ['-c', `ulimit -f 1 && exec "${process.execPath}" "${cli}" export "${plan}" --out "${out}"`], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${out}: cannot write: file too large\n`);
    expect(readFileSync(out, 'utf8')).toBe('the old content\n');
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'plan.json']);
  });
});
