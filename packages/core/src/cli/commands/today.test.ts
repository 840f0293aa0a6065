import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { PLAN_INPUT } from '../../readiness/__fixtures__/readiness-plan.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-today-'));
const planFile = join(dir, 'plan.json');
const t = (id: string, due: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: { en: id, 'zh-CN': `任务 ${id}` },
  phase: 'warm-up',
  workstream: 'traffic',
  due,
  owner: 'li',
  ...extra,
});
// Around the end of US daylight time, 2026-11-01 02:00 PDT -> 01:00 PST (09:00Z); Shanghai has no DST.
writeFileSync(
  planFile,
  JSON.stringify({
    ...PLAN_INPUT,
    tasks: [
      ...PLAN_INPUT.tasks,
      t('oct31', '2026-10-31T20:00:00Z'), // Oct 31 13:00 PDT · Nov 1 04:00 Shanghai
      t('fold-first', '2026-11-01T08:30:00Z', { critical: true }), // Nov 1 01:30 PDT · 16:30 Shanghai
      t('fold-second', '2026-11-01T09:30:00Z'), // Nov 1 01:30 PST · 17:30 Shanghai
      t('late-nov1', '2026-11-02T07:30:00Z', { dependsOn: ['register'] }), // Nov 1 23:30 PST · Nov 2 15:30 Shanghai
      t('nov2', '2026-11-02T20:00:00Z'), // Nov 2 12:00 PST · Nov 3 04:00 Shanghai
    ],
  }),
);

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

type Brief = {
  timeZone: string;
  overdue: { key: string }[];
  days: { date: string; start: string; end: string; items: { key: string }[] }[];
  blocked: { key: string; blockedBy: string[] }[];
};
async function brief(now: string, zone: string): Promise<Brief> {
  const r = await run('today', planFile, '--owner', 'li', '--zone', zone, '--now', now, '--format', 'json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Brief;
}
const keys = (b: Brief) => ({
  overdue: b.overdue.map((i) => i.key),
  days: b.days.map((d) => [d.date, d.items.map((i) => i.key)]),
  blocked: b.blocked.map((i) => `${i.key}<-${i.blockedBy.join(',')}`),
});

describe('campaign-planner today', () => {
  it('before the change (Oct 31 09:30 PDT = Nov 1 00:30 Shanghai): each reader gets their own today and tomorrow', async () => {
    const la = await brief('2026-10-31T16:30:00Z', 'America/Los_Angeles');
    expect(keys(la)).toEqual({
      overdue: ['register'],
      days: [
        ['2026-10-31', ['oct31']],
        ['2026-11-01', ['fold-first', 'fold-second', 'late-nov1']],
      ],
      blocked: ['late-nov1<-register'],
    });
    // Nov 1 in Los Angeles lasts 25 hours.
    expect((Date.parse(la.days[1]!.end) - Date.parse(la.days[1]!.start)) / 3_600_000).toBe(25);
    const sh = await brief('2026-10-31T16:30:00Z', 'Asia/Shanghai');
    expect(keys(sh)).toEqual({
      overdue: ['register'],
      days: [
        ['2026-11-01', ['oct31', 'fold-first', 'fold-second']],
        ['2026-11-02', ['late-nov1']],
      ],
      blocked: ['late-nov1<-register'],
    });
  });

  it('inside the repeated hour (01:45 PDT, then 01:15 PST): passed items turn overdue, the day stays 25 hours', async () => {
    const first = await brief('2026-11-01T08:45:00Z', 'America/Los_Angeles');
    expect(keys(first).overdue).toEqual(['register', 'oct31', 'fold-first']);
    expect(keys(first).days).toEqual([
      ['2026-11-01', ['fold-second', 'late-nov1']],
      ['2026-11-02', ['nov2']],
    ]);
    const second = await brief('2026-11-01T09:15:00Z', 'America/Los_Angeles');
    expect(keys(second).days[0]).toEqual(['2026-11-01', ['fold-second', 'late-nov1']]);
    const sh = await brief('2026-11-01T09:15:00Z', 'Asia/Shanghai');
    expect(keys(sh)).toEqual({
      overdue: ['register', 'oct31', 'fold-first'],
      days: [
        ['2026-11-01', ['fold-second']],
        ['2026-11-02', ['late-nov1']],
      ],
      blocked: ['late-nov1<-register'],
    });
  });

  it('prints plain text for a chat message, the same for the same --now, both clocks, blockers named', async () => {
    const args = ['today', planFile, '--owner', 'li', '--zone', 'America/Los_Angeles', '--now', '2026-10-31T16:30:00Z'];
    const a = await run(...args);
    expect(a.code).toBe(0);
    expect((await run(...args)).out).toBe(a.out);
    expect(a.out.split('\n').slice(0, 4)).toEqual([
      'Morning brief — li — 2026-10-31 (America/Los_Angeles) · Test 11.11',
      '',
      'Overdue (1)',
      '  ! Register for platform activities — due 2026-10-21 23:59 (America/Los_Angeles) · critical',
    ]);
    expect(a.out).toContain('  - fold-second — due 2026-11-01 01:30 (America/Los_Angeles)');
    expect(a.out).toContain('late-nov1 — due 2026-11-01 23:30 (America/Los_Angeles) — waiting for: Register for platform activities');
    expect(a.out).not.toMatch(/\x1b\[/);
    const md = await run(...args, '--format', 'md', '--locale', 'zh-CN');
    expect(md.out).toContain('# 晨间简报 — li — 2026-10-31');
    expect(md.out).toContain('- [ ] **任务 fold-first** — 截止 2026-11-01 01:30 (America/Los_Angeles)');
    // A Shanghai reader sees both clocks.
    const sh = await run('today', planFile, '--owner', 'li', '--now', '2026-10-31T16:30:00Z');
    expect(sh.out).toContain('  - fold-second — due 2026-11-01 17:30 (Asia/Shanghai) · 2026-11-01 01:30 (platform America/Los_Angeles)');
  });

  it('lists everyone by default and takes --days; rejects bad values, listing the valid ones', async () => {
    const all = JSON.parse((await run('today', planFile, '--now', '2026-10-25T12:00:00-07:00', '--days', '3', '--format', 'json')).out) as Brief;
    expect(all.timeZone).toBe('Asia/Shanghai');
    expect(all.days).toHaveLength(3);
    expect(all.overdue.map((i) => i.key)).toEqual(['register']);
    const bad = async (...a: string[]) => {
      const r = await run('today', planFile, ...a);
      expect(r.code).toBe(2);
      return r.err;
    };
    expect(await bad('--owner', 'zhang')).toContain('--owner "zhang" is not one of: li, wang');
    expect(await bad('--zone', 'PST')).toContain('--zone must be an IANA time zone name');
    expect(await bad('--days', '0')).toContain('--days must be a whole number from 1 to 366');
    expect(await bad('--format', 'pdf')).toContain('--format must be one of text, md, json');
    expect(await bad('--now', 'tomorrow')).toContain('--now must be an ISO 8601 date-time');
  });
});
