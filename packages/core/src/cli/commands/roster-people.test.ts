// --roster with per-person languages and zones: export --split-by owner and today.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { ROSTER_PEOPLE_INPUT, rosterPlanInput } from '../../export/__fixtures__/roster-people.js';

const exampleRoster = fileURLToPath(new URL('../../../../../examples/roster.json', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'cp-roster-people-'));
const planFile = join(dir, 'plan.json');
const rosterFile = join(dir, 'roster.json');
writeFileSync(planFile, JSON.stringify(rosterPlanInput()));
writeFileSync(rosterFile, JSON.stringify(ROSTER_PEOPLE_INPUT));

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}
const lineOf = (text: string, title: string) => text.split('\n').find((l) => l.includes(title)) ?? '';
const split = async (name: string, ...extra: string[]) => {
  const out = join(dir, name);
  const r = await run('export', planFile, '--phase', 'warm-up', '--split-by', 'owner', '--out-dir', out, '--roster', rosterFile, ...extra);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return (file: string) => readFileSync(join(out, file), 'utf8');
};

describe('export --split-by owner --roster', () => {
  it("writes each person's checklist in their language and zone, role tasks going to the roster's person", async () => {
    const read = await split('md', '--format', 'md');
    expect(readdirSync(join(dir, 'md')).sort()).toEqual(['Amy-Chen.md', 'Li-Wei.md']);
    const amy = read('Amy-Chen.md');
    // Both passes of 01:30 on the night Los Angeles falls back, in Amy's wall time.
    expect(lineOf(amy, 'First pass')).toContain('due 2026-11-01 01:30 (platform America/Los_Angeles) · 2026-11-01 01:30 (local America/Los_Angeles)');
    expect(lineOf(amy, 'Second pass')).toContain('· 2026-11-01 01:30 (local America/Los_Angeles)');
    expect(amy).not.toContain('Late check');
    const wei = read('Li-Wei.md');
    expect(lineOf(wei, '晚间检查')).toContain('截止 2026-11-01 23:30 (平台 America/Los_Angeles) · 2026-11-02 15:30 (团队 Asia/Shanghai)');
    expect(wei).not.toContain('第一次');
  });

  it('--locale and --zone win over the roster; HTML and iCalendar files follow the roster too', async () => {
    const read = await split('flags', '--format', 'md', '--locale', 'en', '--zone', 'Europe/Madrid');
    expect(lineOf(read('Li-Wei.md'), 'Late check')).toContain('· 2026-11-02 08:30 (local Europe/Madrid)');
    expect(lineOf(read('Amy-Chen.md'), 'Second pass')).toContain('· 2026-11-01 10:30 (local Europe/Madrid)');
    const zoneOnly = await split('zone-only', '--format', 'md', '--zone', 'Europe/Madrid');
    expect(lineOf(zoneOnly('Li-Wei.md'), '晚间检查')).toContain('(本地 Europe/Madrid)');
    const html = await split('html', '--format', 'html');
    expect(html('Li-Wei.html')).toContain('2026-11-02 15:30 (团队 Asia/Shanghai)');
    expect(html('Amy-Chen.html')).toContain('2026-11-01 01:30 (local America/Los_Angeles)');
    const ics = await split('ics', '--format', 'ics', '--dtstamp', '2026-09-01T00:00:00Z');
    expect(ics('Li-Wei.ics')).toContain('SUMMARY:晚间检查');
    expect(ics('Li-Wei.ics')).not.toContain('第一次');
    expect(ics('Amy-Chen.ics')).toContain('SUMMARY:First pass');
    expect(ics('Amy-Chen.ics')).toContain('SUMMARY:Second pass');
  });

  it('without --roster the role tasks have no person; a bad roster names the file and the field', async () => {
    const out = join(dir, 'plain');
    const r = await run('export', planFile, '--format', 'md', '--phase', 'warm-up', '--split-by', 'owner', '--out-dir', out);
    expect(r.code).toBe(0);
    expect(r.err).toContain('nothing written');
    const bad = join(dir, 'bad-roster.json');
    writeFileSync(bad, JSON.stringify({ roles: {}, people: { 'Li Wei': { locale: 'fr', timeZone: 'Shanghai' } } }));
    const e = await run('export', planFile, '--format', 'md', '--roster', bad);
    expect(e.code).toBe(1);
    expect(e.out).toBe('');
    expect(e.err).toContain('bad-roster.json: people["Li Wei"].locale: expected a locale: en, zh-CN');
    expect(e.err).toContain('bad-roster.json: people["Li Wei"].timeZone: expected an IANA time zone name');
    expect(e.err).not.toMatch(/at .*\.ts:\d+/);
    const today = await run('today', planFile, '--roster', bad, '--owner', 'Li Wei');
    expect(today.code).toBe(1);
    expect(today.err).toContain('people["Li Wei"].timeZone');
  });
});

describe('plan --roster --split-by owner', () => {
  it("writes each person's file of a new plan in the example roster's language and zone", async () => {
    const out = join(dir, 'planned');
    const r = await run(
      'plan',
      '--template',
      'aliexpress-11-11',
      '--year',
      '2026',
      '--team-tz',
      'Asia/Shanghai',
      '--roster',
      exampleRoster,
      '--format',
      'md',
      '--split-by',
      'owner',
      '--out-dir',
      out,
    );
    expect(r.err).toBe('');
    expect(readdirSync(out)).toContain('Li-Wei.md');
    expect(readFileSync(join(out, 'Li-Wei.md'), 'utf8')).toContain('(团队 Asia/Shanghai)');
    const liu = readFileSync(join(out, 'Liu-Yang.md'), 'utf8');
    expect(liu).toContain('platform: America/Los_Angeles · local: America/Los_Angeles');
    expect(liu).toMatch(/^- \[ \] [A-Z]/m);
  });
});

describe('today --owner --roster', () => {
  const now = '2026-10-31T16:30:00Z'; // Oct 31 09:30 PDT · Nov 1 00:30 Shanghai
  it("gives the brief in the person's language and zone from the roster", async () => {
    const wei = await run('today', planFile, '--roster', rosterFile, '--owner', 'Li Wei', '--now', now);
    expect(wei.err).toBe('');
    expect(wei.out.split('\n')[0]).toBe('晨间简报 — Li Wei — 2026-11-01 (Asia/Shanghai) · Test 11.11');
    expect(lineOf(wei.out, '晚间检查')).toContain('截止 2026-11-02 15:30 (Asia/Shanghai) · 2026-11-01 23:30 (平台 America/Los_Angeles)');
    const amy = await run('today', planFile, '--roster', rosterFile, '--owner', 'Amy Chen', '--now', now, '--format', 'json');
    const brief = JSON.parse(amy.out) as { timeZone: string; days: { date: string; items: { key: string }[] }[] };
    expect(brief.timeZone).toBe('America/Los_Angeles');
    expect(brief.days.map((d) => [d.date, d.items.map((i) => i.key)])).toEqual([
      ['2026-10-31', []],
      ['2026-11-01', ['fold-first', 'fold-second']],
    ]);
  });

  it('--zone and --locale win over the roster', async () => {
    const r = await run('today', planFile, '--roster', rosterFile, '--owner', 'Li Wei', '--now', now, '--zone', 'America/Los_Angeles', '--locale', 'en');
    expect(r.out.split('\n')[0]).toBe('Morning brief — Li Wei — 2026-10-31 (America/Los_Angeles) · Test 11.11');
    expect(lineOf(r.out, 'Late check')).toContain('2026-11-01 23:30');
  });
});

describe('status --roster', () => {
  const now = '2026-10-31T12:00:00Z';

  it("names the roster's people as owners of role tasks: --owner selects a person's work, in their language", async () => {
    // Without the roster, Li Wei owns nothing in the plan: the name is refused with the owners there are.
    const bare = await run('status', planFile, '--owner', 'Li Wei', '--now', now);
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('--owner');
    const wei = await run('status', planFile, '--roster', rosterFile, '--owner', 'Li Wei', '--now', now, '--format', 'json');
    expect(wei.err).toBe('');
    const report = JSON.parse(wei.out) as { overall: { total: number }; nextActions: { taskId: string; owner?: string }[] };
    expect(report.overall.total).toBe(1);
    expect(report.nextActions.map((a) => [a.taskId, a.owner])).toEqual([['late-nov1', 'Li Wei']]);
    // Text in Li Wei's language from the roster; --locale wins.
    const zh = await run('status', planFile, '--roster', rosterFile, '--owner', 'Li Wei', '--now', now);
    expect(zh.out).toContain('晚间检查');
    expect(zh.out).not.toContain('第一次');
    const en = await run('status', planFile, '--roster', rosterFile, '--owner', 'Li Wei', '--now', now, '--locale', 'en');
    expect(zh.out).toContain('准备度');
    expect(en.out).toContain('readiness at');
    expect(lineOf(en.out, '1. late-nov1')).toContain('Li Wei');
  });
});
