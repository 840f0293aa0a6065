import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run.js';
import { captureIO } from './__fixtures__/cli-io.js';
import { planFixture } from '../__fixtures__/plan.js';
import { parsePlan } from '../plan/parse-plan.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-cli-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('campaign-planner CLI', () => {
  it('prints help and lists commands; no command is a usage error', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/templates\s+list the built-in campaign templates/);
    expect((await run()).code).toBe(2);
    const unknown = await run('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command "frobnicate"/);
  });

  it.each(['templates', 'plan', 'check'])('%s --help prints its usage', async (name) => {
    const r = await run(name, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^Usage: campaign-planner ${name}`));
  });

  it('lists templates as text and JSON', async () => {
    const r = await run('templates', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((t: { id: string }) => t.id)).toContain('aliexpress-11-11');
    expect((await run('templates')).out).toMatch(/^aliexpress-11-11 .*America\/Los_Angeles/m);
  });

  describe('plan', () => {
    it('prints a plan file that parses back, with the requested team zone', async () => {
      const r = await run('plan', '--template', 'aliexpress-11-11', '--year', '2020', '--team-tz', 'Asia/Shanghai');
      expect(r.code).toBe(0);
      const json = JSON.parse(r.out);
      expect(json).toMatchObject({ version: 1, platformTimeZone: 'America/Los_Angeles', teamTimeZone: 'Asia/Shanghai' });
      expect(json.phases.map((p: { id: string; start: string }) => [p.id, p.start])).toEqual([
        ['build-up', '2020-10-01T00:00:00-07:00'],
        ['warm-up', '2020-10-28T00:00:00-07:00'],
        ['peak', '2020-11-11T00:00:00-08:00'],
        ['review', '2020-11-13T00:00:00-08:00'],
      ]);
      expect(Object.keys(json.tasks[0])).toEqual(expect.arrayContaining(['id', 'phase', 'workstream', 'due', 'title', 'dependsOn', 'status']));
      expect(parsePlan(json).tasks.length).toBe(json.tasks.length);
    });

    it('prints a Markdown checklist with due times in both zones, in zh-CN on request', async () => {
      const r = await run('plan', '--template', 'aliexpress-11-11', '--year', '2020', '--team-tz', 'Asia/Shanghai', '--format', 'md', '--locale', 'zh-CN');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^# 2020 速卖通双11/);
      expect(r.out).toMatch(/## 造势期/);
      expect(r.out).toMatch(/- \[ \] .+ — 截止 2020-\d\d-\d\d \d\d:\d\d \(平台 America\/Los_Angeles\) · 2020-\d\d-\d\d \d\d:\d\d \(团队 Asia\/Shanghai\)/);
    });

    it('writes --out atomically and applies a published calendar', async () => {
      const calendar = write(
        'cal.json',
        JSON.stringify({ phases: { 'warm-up': { first: '2021-11-01', last: '2021-11-10' }, peak: { first: '2021-11-11', last: '2021-11-13' } } }),
      );
      const out = join(dir, 'plan-2021.json');
      const r = await run('plan', '--template', 'aliexpress-11-11', '--year', '2021', '--team-tz', 'UTC', '--calendar', calendar, '--out', out);
      expect(r).toMatchObject({ code: 0, out: '' });
      const plan = parsePlan(JSON.parse(readFileSync(out, 'utf8')));
      expect(plan.phases.find((p) => p.id === 'peak')!.end.toISOString()).toBe('2021-11-14T08:00:00.000Z');
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    it.each([
      [['--year', '2020'], /missing --template/],
      [['--template', 'aliexpress-11-11'], /missing --year/],
      [['--template', 'aliexpress-11-11', '--year', '20x0'], /--year must be a four-digit year/],
      [['--template', 'nope', '--year', '2020'], /Unknown template "nope", expected one of aliexpress-11-11/],
      [['--template', 'aliexpress-11-11', '--year', '2020', '--format', 'pdf'], /--format must be one of json, md/],
      [['--template', 'aliexpress-11-11', '--year', '2020', '--colour'], /Unknown option '--colour'/],
      [['--template', 'aliexpress-11-11', '--year', '2020', '--calendar', '/nonexistent/cal.json'], /cannot read \/nonexistent\/cal.json: no such file/],
    ])('exits 2 on usage errors (%j): one line and a --help hint', async (args, message) => {
      const r = await run('plan', ...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/^campaign-planner plan: .* \(see "campaign-planner plan --help"\)\n$/);
      expect(r.err).not.toMatch(/Usage:/);
      expect(r.err).not.toMatch(/\n\s+at /);
    });

    it('names --team-tz when the zone is unknown (usage, exit 2) and stores a zone in its canonical spelling', async () => {
      const r = await run('plan', '--template', 'aliexpress-11-11', '--year', '2020', '--team-tz', 'Mars/Base');
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        'campaign-planner plan: --team-tz: expected an IANA time zone name such as "Asia/Shanghai" (got "Mars/Base") (see "campaign-planner plan --help")\n',
      );
      const ok = await run('plan', '--template', 'aliexpress-11-11', '--year', '2020', '--team-tz', 'asia/shanghai');
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.out).teamTimeZone).toBe('Asia/Shanghai');
    });

    it('exits 1 naming the path when the calendar is invalid', async () => {
      const cal = write('bad-cal.json', JSON.stringify({ phases: { peak: { first: '2021-11-13', last: '2021-11-11' } } }));
      const c = await run('plan', '--template', 'aliexpress-11-11', '--year', '2021', '--team-tz', 'UTC', '--calendar', cal);
      expect(c.code).toBe(1);
      expect(c.err).toMatch(/^calendar\.phases\.peak\.last: expected a day on or after 2021-11-13/);
    });
  });

  describe('check', () => {
    it('exits 0 for a valid plan', async () => {
      const file = write('ok.json', JSON.stringify(planFixture()));
      const r = await run('check', file);
      expect(r).toMatchObject({ code: 0, err: '' });
      expect(r.out).toMatch(/ok \(2 phases, 3 tasks\)/);
    });

    it('exits 1 with one line per problem (path and message) on stderr', async () => {
      const bad = planFixture();
      bad.tasks[0].due = 'soon';
      bad.tasks[1].dependsOn = ['ghost'];
      bad.teamTimeZone = 'Beijing';
      const file = write('bad.json', JSON.stringify(bad));
      const r = await run('check', file);
      expect(r.code).toBe(1);
      const lines = r.err.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(new RegExp(`^${file}: teamTimeZone: expected an IANA time zone name`));
      expect(lines[1]).toMatch(/: tasks\[0\]\.due: expected an ISO 8601 date-time with an offset/);
      // Shape problems are reported first; the semantic ones appear once the shape is right.
      bad.tasks[0].due = '2026-10-30T23:59:00-07:00';
      bad.teamTimeZone = 'Asia/Shanghai';
      writeFileSync(file, JSON.stringify(bad));
      expect((await run('check', file)).err).toBe(`${file}: tasks[1].dependsOn[0]: unknown task "ghost"\n`);
    });

    it('exits 1 on invalid JSON, 2 on a missing file or argument, never with a stack trace', async () => {
      const broken = write('broken.json', '{"version": 1,');
      const r = await run('check', broken);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/broken\.json: invalid JSON: /);
      expect((await run('check', join(dir, 'missing.json'))).code).toBe(2);
      expect((await run('check')).err).toMatch(/missing <plan\.json>/);
      for (const x of [r, await run('check')]) expect(x.err).not.toMatch(/\n\s+at /);
    });
  });
});
