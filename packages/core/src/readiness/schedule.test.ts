import { describe, expect, it } from 'vitest';
import { parsePlan } from '../plan/parse-plan.js';
import type { TaskInput } from '../schemas/task.js';
import { instantiate } from '../templates/instantiate.js';
import { getTemplate } from '../templates/registry.js';
import { backwardSchedule } from './schedule.js';
import { PLAN_INPUT, testPlan } from './__fixtures__/readiness-plan.js';

const H = 3_600_000;
const t = (id: string, due: string, extra: Partial<TaskInput> = {}): TaskInput => ({
  id,
  title: { en: id, 'zh-CN': id },
  phase: 'build-up',
  workstream: 'operations',
  due,
  ...extra,
});
const planOf = (...tasks: TaskInput[]) => parsePlan({ ...PLAN_INPUT, tasks });

describe('backwardSchedule', () => {
  it('computes latest start and slack from the deadlines of dependents', () => {
    const p = planOf(
      t('photos', '2026-10-10T18:00:00-07:00', { start: '2026-10-08T18:00:00-07:00' }),
      t('listing', '2026-10-12T18:00:00-07:00', { dependsOn: ['photos'] }),
      t('register', '2026-10-20T23:59:00-07:00', { dependsOn: ['listing'], critical: true }),
    );
    const s = backwardSchedule(p, { estimateMs: (task) => (task.id === 'register' ? 4 * H : undefined), defaultDurationMs: 24 * H });
    const register = s.tasks.get('register')!;
    expect(register.latestStart.toISOString()).toBe('2026-10-21T02:59:00.000Z'); // 19:59 PDT
    expect(register.slackMs).toBeUndefined();
    const listing = s.tasks.get('listing')!;
    expect(listing.latestFinish).toEqual(listing.deadline);
    expect(listing.slackMs).toBe(register.latestStart.getTime() - listing.deadline.getTime());
    const photos = s.tasks.get('photos')!;
    expect(photos.durationMs).toBe(48 * H);
    // listing must start by Oct 11 18:00, a day after photos are due.
    expect(photos.slackMs).toBe(24 * H);
    expect(s.criticalChains).toEqual([]);
    expect(s.warnings).toEqual([]);
  });

  it('marks the zero-slack chain that ends at a hard deadline', () => {
    const p = planOf(
      t('a', '2026-10-10T00:00:00-07:00'),
      t('b', '2026-10-11T00:00:00-07:00', { dependsOn: ['a'] }),
      t('c', '2026-10-12T00:00:00-07:00', { dependsOn: ['b'] }),
      t('loose', '2026-10-05T00:00:00-07:00'),
      t('d', '2026-10-15T00:00:00-07:00', { dependsOn: ['loose'] }),
    );
    const s = backwardSchedule(p, { defaultDurationMs: 24 * H });
    expect(s.criticalChains).toEqual([['a', 'b', 'c']]);
    expect([...s.tasks.values()].filter((x) => x.onCriticalChain).map((x) => x.taskId)).toEqual(['a', 'b', 'c']);
    expect(s.tasks.get('a')!.slackMs).toBe(0);
    expect(s.tasks.get('loose')!.slackMs).toBe(9 * 24 * H);
  });

  it('warns when a task is due after a task that depends on it', () => {
    const p = planOf(t('late', '2026-10-20T00:00:00-07:00'), t('early', '2026-10-10T00:00:00-07:00', { dependsOn: ['late'] }));
    const s = backwardSchedule(p, { defaultDurationMs: 0 });
    expect(s.warnings.map((w) => [w.code, w.path])).toEqual([['impossible_order', ['tasks', 0, 'due']]]);
    expect(s.warnings[0]!.message).toContain('"early"');
    expect(s.tasks.get('late')!.slackMs).toBeLessThan(0);
    expect(s.criticalChains).toEqual([['late', 'early']]);
  });

  it("warns when a chain cannot fit before a registration deadline, at the chain's first task", () => {
    const p = planOf(
      t('samples', '2026-10-03T00:00:00-07:00', { start: '2026-10-02T00:00:00-07:00' }),
      t('shoot', '2026-10-04T00:00:00-07:00', { dependsOn: ['samples'] }),
      t('register', '2026-10-05T00:00:00-07:00', { dependsOn: ['shoot'], tags: ['registration'] }),
    );
    const s = backwardSchedule(p, { defaultDurationMs: 36 * H });
    expect(s.warnings.map((w) => [w.code, w.path])).toEqual([['chain_does_not_fit', ['tasks', 0, 'start']]]);
    expect(s.warnings[0]!.message).toContain('the deadline of "register" (2026-10-05T00:00:00-07:00)');
  });

  it('schedules a recurring task by its first occurrence', () => {
    const s = backwardSchedule(testPlan());
    expect(s.tasks.get('daily-check')!.deadline.toISOString()).toBe('2026-11-11T17:00:00.000Z');
  });

  it('finds no impossible order in the built-in 11.11 template', () => {
    const p = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
    expect(backwardSchedule(p, { defaultDurationMs: 0 }).warnings.map((w) => w.message)).toEqual([]);
  });

  it('walks a 20,000-task dependency chain without running out of stack', () => {
    const base = testPlan();
    const start = base.phases[0]!.start.getTime();
    const tasks = Array.from({ length: 20_000 }, (_, i) => ({
      ...base.tasks[2]!,
      id: `t${i}`,
      due: new Date(start + (i + 1) * 60_000),
      dependsOn: i > 0 ? [`t${i - 1}`] : [],
    }));
    const s = backwardSchedule({ ...base, tasks }, { defaultDurationMs: 60_000 });
    expect(s.tasks.get('t0')!.slackMs).toBe(0);
    expect(s.criticalChains[0]).toHaveLength(20_000);
    expect(s.warnings).toEqual([]);
  });
});
