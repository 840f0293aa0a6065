// The ICS writers' output, byte for byte, for a sample of plans: recorded from the straightforward writer
// before its fast paths went in, so any change to the text (folding, dates in and around DST, recurrences,
// overrides, EXDATEs, escaping) shows up here and not in someone's calendar.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { instantiate } from '../../templates/instantiate.js';
import { getTemplate, listTemplates } from '../../templates/registry.js';
import { parsePlan } from '../../plan/parse-plan.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { taskOccurrences } from '../../plan/occurrences.js';
import type { Plan } from '../../schemas/plan.js';
import type { TaskStatus } from '../../schemas/task.js';
import { dstPlan } from '../__fixtures__/dst-plan.js';
import { toICS } from './ics.js';
import { toSeasonICS } from './season-ics.js';

const DTSTAMP = new Date('2026-09-01T00:00:00.250Z');
const file = (name: string) => `./__snapshots__/${name}.ics`;

// Titles whose lines cross 75 octets at every UTF-8 width: ASCII, Latin-1 (2), CJK (3), emoji (4, a surrogate pair).
const PIECES = ['Prüfung der Preise ', '店铺装修主会场承接页', '😀🎉', 'a', 'é', 'Ω', '—', ' ', 'x'.repeat(30)];

/** A plan of `n` tasks with non-ASCII titles and notes of many lengths, owners, tags and dependencies. */
function mixedPlan(n: number, teamTimeZone: string): Plan {
  const base = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone });
  const json = JSON.parse(serializePlan(base)) as { tasks: Array<Record<string, unknown>>; phases: Array<{ id: string }> };
  const start = Date.parse('2026-10-20T00:00:00Z');
  for (let i = 0; i < n; i++) {
    const title = Array.from({ length: 1 + (i % 17) }, (_, k) => PIECES[(i + k * 7) % PIECES.length]).join('');
    json.tasks.push({
      id: `mixed-${i}`,
      title: { en: `${i}: ${title}`, 'zh-CN': `任务 ${i}：${Array.from(title).reverse().join('')}` },
      phase: json.phases[i % json.phases.length]!.id,
      workstream: ['operations', 'traffic', 'visual', 'marketing'][i % 4],
      // Every 214 minutes over a month: both ends of DST, in Europe (Oct 25) and in Los Angeles (Nov 1).
      due: new Date(start + i * 107 * 60_000 * 2).toISOString(),
      ...(i % 3 === 0 ? { start: new Date(start + i * 107 * 60_000 * 2 - 86_400_000).toISOString() } : {}),
      ...(i % 5 === 0 ? { owner: `Owner ${i % 4}, ü` } : {}),
      ...(i % 7 === 0 ? { critical: true } : {}),
      ...(i % 4 === 1 ? { notes: `Note ${i}\n${title}` } : {}),
      ...(i % 6 === 2 ? { tags: ['tag;one', `标签${i % 3}`] } : {}),
      ...(i > 0 && i % 2 === 0 ? { dependsOn: [`mixed-${i - 1}`] } : {}),
      ...(i % 11 === 0 ? { clock: 'team' } : {}),
      ...(i % 13 === 0 ? { recurrence: 'FREQ=DAILY;COUNT=4' } : {}),
      ...(i % 19 === 0 ? { recurrence: 'FREQ=HOURLY;INTERVAL=6;COUNT=10' } : {}),
    });
  }
  return parsePlan(json);
}

/** A status per occurrence, so that recurring tasks get RECURRENCE-ID overrides. */
function statusesFor(plan: Plan): (id: string, at?: Date) => TaskStatus | undefined {
  const order: TaskStatus[] = ['todo', 'in-progress', 'done', 'blocked', 'skipped'];
  const position = new Map(plan.tasks.map((t, i) => [t.id, i]));
  return (id, at) => (at ? order[(position.get(id)! + Math.floor(at.getTime() / 3_600_000)) % 5] : order[position.get(id)! % 5]);
}

describe('ICS output is unchanged', () => {
  const dst = dstPlan();
  it('the DST fixture plan, to-dos, English', async () => {
    await expect(toICS(dst, { dtstamp: DTSTAMP })).toMatchFileSnapshot(file('dst-todo-en'));
  });
  it('the DST fixture plan as events in Chinese, with overrides, sequences and alarms', async () => {
    const text = toICS(dst, {
      dtstamp: DTSTAMP,
      locale: 'zh-CN',
      tasksAs: 'event',
      statuses: statusesFor(dst),
      alarmMinutesBefore: [0, 90, 2880],
      sequence: { phases: { 'warm-up': 2 }, tasks: { 'daily-standup': 3, 'fold-first': 1 } },
      uidDomain: 'shop.example, ltd',
    });
    await expect(text).toMatchFileSnapshot(file('dst-event-zh'));
  });
  it('the DST fixture plan, to-dos with overrides and a query that leaves occurrences out (EXDATE)', async () => {
    const text = toICS(dst, {
      dtstamp: DTSTAMP,
      statuses: statusesFor(dst),
      query: { statuses: ['todo', 'in-progress', 'blocked'] },
      now: new Date('2026-10-30T00:00:00Z'),
      phases: false,
    });
    expect(text).toContain('EXDATE');
    await expect(text).toMatchFileSnapshot(file('dst-todo-query'));
  });
  it('every built-in template, with a team in Berlin or Sydney', async () => {
    const texts = listTemplates().map((t, k) => {
      const plan = instantiate(getTemplate(t.id), {
        year: 2026,
        teamTimeZone: k % 2 ? 'Europe/Berlin' : 'Australia/Sydney',
        ...(t.id === 'store-anniversary' ? { anchorDate: '09-18' } : {}),
      });
      return toICS(plan, { dtstamp: DTSTAMP, locale: k % 2 ? 'zh-CN' : 'en', tasksAs: k % 3 ? 'todo' : 'event', statuses: statusesFor(plan) });
    });
    // 650 KB of text: kept as a digest per template (the readable snapshots above cover the same code paths).
    const digests = texts.map((text, k) => `${listTemplates()[k]!.id} ${text.length} ${createHash('sha256').update(text).digest('hex')}`);
    await expect(`${digests.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/templates.sha256');
  });
  it('120 tasks with titles that fold at every UTF-8 width, recurring and team-clock tasks among them', async () => {
    const plan = mixedPlan(120, 'Europe/London');
    expect(plan.tasks.some((t) => t.recurrence && taskOccurrences(plan, t).length > 1)).toBe(true);
    await expect(toICS(plan, { dtstamp: DTSTAMP, statuses: statusesFor(plan) })).toMatchFileSnapshot(file('mixed'));
  });
  it('a season calendar', async () => {
    const plans = ['aliexpress-11-11', 'aliexpress-black-friday', 'aliexpress-12-12'].map((id) =>
      instantiate(getTemplate(id), { year: 2026, teamTimeZone: 'Asia/Shanghai' }),
    );
    await expect(toSeasonICS(plans, { dtstamp: DTSTAMP, name: 'Season; 2026, Q4 — 旺季' })).toMatchFileSnapshot(file('season'));
  });
});
