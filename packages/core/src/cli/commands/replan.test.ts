import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { parsePlan } from '../../plan/parse-plan.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { parseEventLog } from '../../readiness/event-log-file.js';
import { createStatusState, statusOf } from '../../readiness/status-state.js';
import { instantiate } from '../../templates/instantiate.js';
import { getTemplate } from '../../templates/registry.js';
import { formatInZone } from '../../time/wall-time.js';
import { CALENDAR_2021, elevenElevenTemplate } from '../../replanning/__fixtures__/eleven-eleven-template.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-replan-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const LA = 'America/Los_Angeles';
const template = write('template.json', JSON.stringify(elevenElevenTemplate()));
const calendar = write('calendar-2021.json', JSON.stringify(CALENDAR_2021));
const planFile = write('plan.json', serializePlan(instantiate(elevenElevenTemplate(), { year: 2021, teamTimeZone: 'Asia/Shanghai' })));
const log = write(
  'events.jsonl',
  [
    { taskId: 'register-activities', status: 'done', at: '2021-10-20T10:00:00-07:00', by: 'li' },
    { taskId: 'peak-check', occurrence: '2021-11-12T09:00:00-08:00', status: 'skipped', at: '2021-10-21T10:00:00-07:00', by: 'li' },
    { taskId: 'warm-up-check', occurrence: '2021-10-28T09:00:00-07:00', status: 'done', at: '2021-10-21T10:00:00-07:00', by: 'li' },
  ]
    .map((e) => JSON.stringify(e))
    .join('\n') + '\n',
);

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('campaign-planner replan', () => {
  it('writes the re-planned plan and the carried-over log, and reports what happened', async () => {
    const out = join(dir, 'plan-2021.json');
    const logOut = join(dir, 'events-2021.jsonl');
    const r = await run(
      'replan',
      planFile,
      '--calendar',
      calendar,
      '--template',
      template,
      '--log',
      log,
      '--log-out',
      logOut,
      '--now',
      '2021-10-22T12:00:00-07:00',
      '--out',
      out,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(
      /^re-planned test-11-11-2021 with "AliExpress 11\.11 2021: .*": \d+ change\(s\), 1 pushed, 1 impossible, 1 event\(s\) not carried over$/,
    );
    expect(r.out).toMatch(
      /^impossible: discount-coupons: due 2021-10-24 23:59 America\/Los_Angeles \(2021-10-25 14:59 Asia\/Shanghai\), before "register-discount"/m,
    );
    expect(r.out).toMatch(/^pushed: discount-visuals  due 2021-10-23 23:59 -> 2021-10-25 23:59 America\/Los_Angeles, after "register-discount"$/m);
    expect(r.out).toMatch(/^not carried over: task "warm-up-check" has no occurrence on 2021-10-28/m);
    expect(r.out).toMatch(/^phase moved: warm-up  start 2021-10-28 00:00 -> 2021-11-01 00:00/m);

    const plan = parsePlan(JSON.parse(readFileSync(out, 'utf8')));
    expect(plan.phases.map((p) => formatInZone(p.start, LA).slice(0, 10))).toEqual(['2021-10-01', '2021-11-01', '2021-11-11', '2021-11-14']);
    const events = parseEventLog(plan, readFileSync(logOut, 'utf8'));
    if (!events.success) throw new Error(JSON.stringify(events.issues));
    const state = createStatusState(plan, events.events);
    expect(statusOf(state, 'register-activities')).toBe('done');
    expect(statusOf(state, 'peak-check', '2021-11-12T09:00:00-08:00')).toBe('skipped');
    expect(events.events).toHaveLength(2);
  });

  it('prints the plan on stdout and the report on stderr without --out; the built-in template by default', async () => {
    const before = instantiate(getTemplate('aliexpress-11-11'), { year: 2021, teamTimeZone: 'Asia/Shanghai' });
    const builtin = write('builtin.json', serializePlan(before));
    const oneOff = before.tasks.find((t) => !t.recurrence)!;
    const builtinLog = write('builtin.jsonl', `${JSON.stringify({ taskId: oneOff.id, status: 'done', at: '2021-08-30T10:00:00-07:00', by: 'li' })}\n`);
    const example = fileURLToPath(new URL('../../../../../examples/calendars/aliexpress-11-11-2021.json', import.meta.url));
    const r = await run('replan', builtin, '--calendar', example, '--log', builtinLog, '--now', '2021-09-01T00:00:00-07:00');
    expect(r.code).toBe(0);
    const plan = parsePlan(JSON.parse(r.out));
    expect(formatInZone(plan.phases.find((p) => p.id === 'peak')!.end, LA)).toBe('2021-11-14 00:00');
    expect(r.err).toMatch(/^re-planned aliexpress-11-11-2021/);
    expect(r.err).toMatch(/^note: the carried-over status log was not written; give --log-out <file>$/m);
  });

  it('has --help; usage errors exit 2, bad files exit 1 naming the file, nothing written', async () => {
    expect((await run('replan', '--help')).out).toMatch(/^Usage: campaign-planner replan <plan.json> --calendar <published.json>/);
    expect((await run('replan', planFile)).code).toBe(2);
    expect((await run('replan', planFile, '--calendar', calendar, '--log-out', join(dir, 'x.jsonl'))).code).toBe(2);
    expect((await run('replan', planFile, '--calendar', calendar, '--now', 'tomorrow')).code).toBe(2);
    const badCalendar = write('bad-calendar.json', JSON.stringify({ phases: { peak: { first: '2021-11-31', last: '2021-11-13' } } }));
    const out = join(dir, 'never.json');
    const r = await run('replan', planFile, '--calendar', badCalendar, '--template', template, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${badCalendar.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: phases\\.peak\\.first: `));
    expect(existsSync(out)).toBe(false);
    const noTemplate = await run('replan', planFile, '--calendar', calendar);
    expect(noTemplate.code).toBe(1);
    expect(noTemplate.err).toMatch(/^source\.template\.id: Unknown template "test-11-11"/);
  });

  it('refuses a campaign log with plan edits, naming the line and why, and writes nothing', async () => {
    const edit = {
      type: 'edit',
      id: 'e1',
      at: '2021-10-22T10:00:00-07:00',
      by: 'li',
      edit: { op: 'update-task', taskId: 'register-activities', changes: { owner: 'Wei' } },
    };
    const mixed = write('campaign.jsonl', `${readFileSync(log, 'utf8')}\n${JSON.stringify(edit)}\n`);
    const out = join(dir, 'mixed-plan.json');
    const r = await run(
      'replan',
      planFile,
      '--calendar',
      calendar,
      '--template',
      template,
      '--log',
      mixed,
      '--log-out',
      join(dir, 'mixed.jsonl'),
      '--out',
      out,
    );
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${mixed}:5: a plan edit: replan carries status events over, and makes the plan again from its template (edits would be lost); give it a log of statuses\n`,
    );
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(dir, 'mixed.jsonl'))).toBe(false);
  });
});
