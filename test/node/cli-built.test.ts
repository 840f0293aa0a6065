// The built CLI under plain Node: rrule's UMD main and Node's ESM loader only meet here, not under vitest.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runBuiltCli, root } from './support/built-cli.js';

const run = runBuiltCli;

describe('built campaign-planner under plain Node', () => {
  it('starts with a shebang and lists templates', () => {
    const r = run(['templates']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^aliexpress-11-11 /m);
  });

  it('prints the same plan whatever the machine zone', () => {
    const args = ['plan', '--template', 'aliexpress-11-11', '--year', '2026', '--team-tz', 'Asia/Shanghai'];
    const utc = run(args, { TZ: 'UTC' });
    const shanghai = run(args, { TZ: 'Asia/Shanghai' });
    const la = run(args, { TZ: 'America/Los_Angeles' });
    expect(utc.code).toBe(0);
    expect(shanghai.out).toBe(utc.out);
    expect(la.out).toBe(utc.out);
    // rrule loaded under plain Node ESM: recurring tasks expanded and validated.
    expect(JSON.parse(utc.out).tasks.some((t: { recurrence?: string }) => t.recurrence?.startsWith('FREQ=DAILY'))).toBe(true);
  });

  it('check: exit codes 0, 1 and 2 without stack traces', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-built-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, run(['plan', '--template', 'aliexpress-11-11', '--year', '2026', '--team-tz', 'UTC']).out);
    expect(run(['check', good]).code).toBe(0);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: 1, phases: 'none' }));
    const r = run(['check', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.json: id: expected string/);
    expect(r.err).not.toMatch(/\n\s+at /);
    const usage = run(['check']);
    expect(usage.code).toBe(2);
    expect(usage.err).not.toMatch(/\n\s+at /);
  });

  it('stops quietly when the reader closes the pipe early (| head)', () => {
    // `head -c 10` exits while the plan (about 78 KB, more than a pipe buffer) is still being written.
    const cli = join(root, 'packages/core/dist/cli.js');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" plan --template aliexpress-11-11 --year 2026 --team-tz UTC | head -c 10 >/dev/null`], {
      encoding: 'utf8',
    });
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.status).toBe(0);
  });
});
