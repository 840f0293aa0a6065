// The selection options of plan, export and status: valid values narrow the output, invalid ones are usage
// errors listing what is valid.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run.js';
import { captureIO } from './__fixtures__/cli-io.js';
import { PLAN_INPUT } from '../readiness/__fixtures__/readiness-plan.js';
import { personFileName } from './split-output.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-query-'));
const planFile = join(dir, 'plan.json');
writeFileSync(
  planFile,
  JSON.stringify({
    ...PLAN_INPUT,
    tasks: [
      ...PLAN_INPUT.tasks,
      {
        id: 'ads',
        title: { en: 'Buy ads', 'zh-CN': '投放广告' },
        phase: 'warm-up',
        workstream: 'traffic',
        due: '2026-11-05T10:00:00-08:00',
        owner: '../李 伟',
        role: 'traffic',
        tags: ['ads'],
      },
    ],
  }),
);
const logFile = join(dir, 'log.jsonl');
writeFileSync(
  logFile,
  `${JSON.stringify({ taskId: 'daily-check', status: 'done', at: '2026-11-11T20:00:00Z', by: 'li', occurrence: '2026-11-11T09:00:00-08:00' })}\n`,
);

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}
const jsonItems = async (...a: string[]) => {
  const r = await run('export', planFile, '--format', 'json', ...a);
  expect(r.err).toBe('');
  return (JSON.parse(r.out) as { items: { taskId: string; occurrence?: unknown; status: string }[] }).items.map((i) => i.taskId);
};

describe('selection options', () => {
  it('export: each option narrows the work items, repeated or comma-separated values widen them', async () => {
    expect(await jsonItems('--workstream', 'operations')).toEqual(['register', 'daily-check', 'daily-check', 'review-data']);
    expect(await jsonItems('--workstream', 'visual,traffic')).toEqual(['banner', 'ads']);
    expect(await jsonItems('--workstream', 'visual', '--workstream', 'traffic')).toEqual(['banner', 'ads']);
    expect(await jsonItems('--phase', 'peak', '--log', logFile, '--status', 'todo')).toEqual(['daily-check']);
    expect(await jsonItems('--owner', 'wang', '--role', 'traffic')).toEqual(['banner', 'ads']);
    expect(await jsonItems('--critical')).toEqual(['register']);
    expect(await jsonItems('--tag', 'ads')).toEqual(['ads']);
    expect(await jsonItems('--search', 'BANNER')).toEqual(['banner']);
    expect(await jsonItems('--due-from', '2026-11-11 in America/Los_Angeles', '--due-to', '2026-11-12T09:00:00-08:00')).toEqual(['daily-check', 'daily-check']);
    expect(await jsonItems('--due-to', 'tomorrow', '--now', '2026-10-26T12:00:00+08:00')).toEqual(['register', 'banner']);
  });

  it('export: Markdown, CSV, iCalendar and HTML honour the same selection', async () => {
    const md = (await run('export', planFile, '--format', 'md', '--workstream', 'operations', '--group-by', 'workstream')).out;
    expect(md.split('\n').filter((l) => l.startsWith('- ['))).toHaveLength(4);
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual(['## Operations']);
    const csv = (await run('export', planFile, '--format', 'csv', '--csv-rows', 'occurrence', '--workstream', 'operations')).out.trim().split('\r\n');
    expect(csv).toHaveLength(5);
    const ics = (await run('export', planFile, '--format', 'ics', '--owner', 'li', '--dtstamp', '2026-09-01T00:00:00Z')).out;
    expect(ics.match(/BEGIN:VTODO/g)).toHaveLength(1);
    const html = (await run('export', planFile, '--format', 'html', '--phase', 'warm-up', '--zone', 'Europe/Madrid')).out;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html.match(/<li[ >]/g)).toHaveLength(2);
    expect(html).toContain('(local Europe/Madrid)');
    expect(html).toContain('../李 伟');
  });

  it('plan and status take the same options', async () => {
    const plan = await run(
      'plan',
      '--template',
      'aliexpress-11-11',
      '--year',
      '2026',
      '--team-tz',
      'Asia/Shanghai',
      '--format',
      'md',
      '--workstream',
      'marketing',
      '--critical',
    );
    expect(plan.code).toBe(0);
    const lines = plan.out.split('\n').filter((l) => l.startsWith('- ['));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.includes('**critical**'))).toBe(true);
    expect(
      plan.out
        .split('\n')
        .filter((l) => l.startsWith('### '))
        .every((h) => h === '### Marketing'),
    ).toBe(true);
    const all = JSON.parse((await run('status', planFile, '--now', '2026-10-25T12:00:00-07:00', '--format', 'json')).out);
    const ops = JSON.parse((await run('status', planFile, '--now', '2026-10-25T12:00:00-07:00', '--format', 'json', '--workstream', 'operations')).out);
    expect(all.overall.total).toBe(7);
    expect(ops.overall.total).toBe(4);
    expect(ops.nextActions.map((a: { taskId: string }) => a.taskId)).toEqual(['register', 'daily-check', 'daily-check', 'review-data']);
  });

  it('unknown values are usage errors that list the valid ones', async () => {
    const bad = async (...a: string[]) => {
      const r = await run('export', planFile, '--format', 'md', ...a);
      expect(r.code, a.join(' ')).toBe(2);
      expect(r.out).toBe('');
      return r.err;
    };
    expect(await bad('--phase', 'launch')).toContain('--phase "launch" is not one of: build-up, warm-up, peak, review');
    expect(await bad('--workstream', 'sales')).toContain(
      '--workstream "sales" is not one of: operations, product, traffic, marketing, visual, logistics-service',
    );
    expect(await bad('--owner', 'zhang')).toContain('--owner "zhang" is not one of: ../李 伟, li, wang');
    expect(await bad('--role', 'boss')).toContain('--role "boss" is not one of: operations-lead, product, traffic, marketing, designer, logistics-service');
    expect(await bad('--status', 'finished')).toContain('--status "finished" is not one of: todo, in-progress, done, blocked, skipped');
    expect(await bad('--tag', 'nope')).toContain('--tag "nope" is not one of: ads, registration');
    expect(await bad('--due-from', 'next week')).toContain('--due-from must be an ISO 8601 date-time with an offset or a day');
    expect(await bad('--due-to', 'tomorrow in Mars/Base')).toContain('--due-to: expected an IANA time zone name');
    expect(await bad('--due-to', '2026-02-30')).toContain('--due-from must be'.replace('from', 'to'));
    expect(await bad('--group-by', 'team')).toContain('--group-by must be one of phase, workstream, person');
    expect(await bad('--zone', '+08:00')).toContain('--zone must be an IANA time zone name');
    expect((await run('status', planFile, '--workstream', 'sales')).err).toContain('--workstream "sales" is not one of');
    expect((await run('plan', '--template', 'aliexpress-11-11', '--year', '2026', '--team-tz', 'Asia/Shanghai', '--phase', 'x')).err).toContain(
      '--phase "x" is not one of: build-up',
    );
  });

  it('--split-by owner --out-dir writes one file per person, names kept inside the folder', async () => {
    const out = join(dir, 'people');
    const r = await run('export', planFile, '--format', 'md', '--split-by', 'owner', '--out-dir', out, '--log', logFile);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['li.md', 'wang.md', '李-伟.md']);
    expect(readFileSync(join(out, 'wang.md'), 'utf8')).toContain('Replace the store banner');
    expect(readFileSync(join(out, 'wang.md'), 'utf8')).not.toContain('Register for platform');
    expect(r.out.trim().split('\n')).toHaveLength(3);
    const feeds = join(dir, 'feeds');
    expect((await run('export', planFile, '--format', 'ics', '--split-by', 'owner', '--out-dir', feeds, '--workstream', 'visual')).code).toBe(0);
    expect(readdirSync(feeds)).toEqual(['wang.ics']);
    expect(existsSync(join(dir, '..', '李-伟.md'))).toBe(false);
    expect((await run('export', planFile, '--split-by', 'owner')).err).toContain('--split-by owner needs --out-dir');
    expect((await run('export', planFile, '--split-by', 'role', '--out-dir', out)).err).toContain('--split-by must be one of owner');
    expect((await run('export', planFile, '--out-dir', out)).err).toContain('--out-dir goes with --split-by owner');
    expect(personFileName('..', 'md')).toBe('person.md');
    expect(personFileName('Li Wei / ops', 'md')).toBe('Li-Wei-ops.md');
  });
});
