import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { taskOccurrences } from '../../plan/occurrences.js';
import { dstPlan } from '../../export/__fixtures__/dst-plan.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-export-'));
const plan = dstPlan();
const planFile = join(dir, 'plan.json');
writeFileSync(planFile, serializePlan(plan));

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('campaign-planner export', () => {
  it('writes an iCalendar file that ical.js reads with every deadline intact', async () => {
    const out = join(dir, 'plan.ics');
    const r = await run('export', planFile, '--format', 'ics', '--dtstamp', '2026-09-01T00:00:00Z', '--out', out);
    expect(r).toMatchObject({ code: 0, err: '' });
    const text = readFileSync(out, 'utf8');
    const cal = new ICAL.Component(ICAL.parse(text));
    for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
    const due = new Map(
      cal.getAllSubcomponents('vtodo').map((c) => [String(c.getFirstPropertyValue('uid')), (c.getFirstPropertyValue('due') as ICAL.Time).toJSDate().getTime()]),
    );
    for (const task of plan.tasks) expect(due.get(`task-${task.id}.${plan.id}@campaign-planner`), task.id).toBe(task.due.getTime());
    expect(text).toContain('DTSTAMP:20260901T000000Z');
    // Same input, same bytes: calendars see an update, not new entries.
    await run('export', planFile, '--format', 'ics', '--dtstamp', '2026-09-01T00:00:00Z', '--out', join(dir, 'again.ics'));
    expect(readFileSync(join(dir, 'again.ics'), 'utf8')).toBe(text);
  });

  it('writes events instead of to-dos on request', async () => {
    const r = await run('export', planFile, '--format', 'ics', '--ics-tasks', 'event');
    expect(r.out).not.toContain('BEGIN:VTODO');
    expect(r.out.match(/BEGIN:VEVENT/g)).toHaveLength(plan.tasks.length + plan.phases.length);
  });

  it('writes CSV per task or per occurrence, with a BOM on request', async () => {
    const perTask = await run('export', planFile, '--format', 'csv', '--bom');
    expect(perTask.out.startsWith('\uFEFFid,')).toBe(true);
    expect(Papa.parse(perTask.out, { header: true, skipEmptyLines: true }).data).toHaveLength(plan.tasks.length);
    const perOcc = await run('export', planFile, '--format', 'csv', '--csv-rows', 'occurrence');
    const count = plan.tasks.reduce((n, t) => n + taskOccurrences(plan, t).length, 0);
    expect(Papa.parse(perOcc.out, { header: true, skipEmptyLines: true }).data).toHaveLength(count);
  });

  it('writes Markdown in Chinese and JSON that is the plan file', async () => {
    expect((await run('export', planFile, '--format', 'md', '--locale', 'zh-CN')).out).toContain('## 预热期');
    expect((await run('export', planFile)).out).toBe(`${serializePlan(plan)}\n`);
  });

  it('ticks done tasks and sets statuses from a status log', async () => {
    const log = join(dir, 'events.jsonl');
    expect((await run('done', planFile, 'fold-second', '--log', log, '--by', 'li', '--at', '2026-10-20T10:00:00+08:00')).code).toBe(0);
    const md = (await run('export', planFile, '--format', 'md', '--log', log)).out;
    expect(md.split('\n').find((l) => l.includes('Second 01:30'))).toMatch(/^- \[x\] /);
    expect(md.split('\n').find((l) => l.includes('First 01:30'))).toMatch(/^- \[ \] /);
    const csv = Papa.parse<Record<string, string>>((await run('export', planFile, '--format', 'csv', '--log', log)).out, { header: true }).data;
    expect(csv.find((r) => r.id === 'fold-second')!.status).toBe('done');
    expect((await run('export', planFile, '--format', 'ics', '--log', log)).out).toContain('STATUS:COMPLETED');
    expect((await run('export', planFile, '--log', join(dir, 'missing.jsonl'))).code).toBe(2);
  });

  it('reports usage errors with exit 2 and invalid plans with exit 1, without a stack trace', async () => {
    expect((await run('export')).code).toBe(2);
    const bad = await run('export', planFile, '--format', 'pdf');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--format must be one of json, md, csv, ics');
    expect((await run('export', planFile, '--dtstamp', 'tomorrow')).code).toBe(2);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...JSON.parse(serializePlan(plan)), teamTimeZone: 'Mars/Olympus' }));
    const r = await run('export', broken, '--format', 'ics');
    expect(r.code).toBe(1);
    // Every validation line starts with the file name, as check prints it.
    expect(r.err).toBe(`${broken}: teamTimeZone: expected an IANA time zone name such as "America/Los_Angeles"\n`);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('shares the formats with plan', async () => {
    const r = await run(
      'plan',
      '--template',
      'aliexpress-11-11',
      '--year',
      '2026',
      '--team-tz',
      'Asia/Shanghai',
      '--format',
      'ics',
      '--dtstamp',
      '2026-09-01T00:00:00Z',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(r.out).toContain('BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles');
    const csv = await run('plan', '--template', 'aliexpress-11-11', '--year', '2026', '--team-tz', 'Asia/Shanghai', '--format', 'csv');
    expect(csv.out.split('\r\n')[0]).toMatch(/^id,title_en,title_zh-CN,/);
  });
});
