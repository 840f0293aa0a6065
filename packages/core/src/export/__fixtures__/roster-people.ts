// A roster with a Los Angeles reader in English and a Shanghai reader in Chinese, and role tasks due around
// the end of US daylight time (2026-11-01 02:00 PDT -> 01:00 PST, 09:00Z; Shanghai has no DST).
import { PLAN_INPUT } from '../../readiness/__fixtures__/readiness-plan.js';

/** A warm-up traffic task of the readiness fixture's plan, with `extra` fields. */
export const rosterTask = (id: string, en: string, zh: string, due: string, extra: Record<string, unknown>) => ({
  id,
  title: { en, 'zh-CN': zh },
  phase: 'warm-up',
  workstream: 'traffic',
  due,
  ...extra,
});

/** The readiness fixture's plan input plus three role tasks across the fall-back night, and `more`. */
export const rosterPlanInput = (...more: ReturnType<typeof rosterTask>[]) => ({
  ...PLAN_INPUT,
  tasks: [
    ...PLAN_INPUT.tasks,
    rosterTask('fold-first', 'First pass', '第一次', '2026-11-01T08:30:00Z', { role: 'traffic' }), // 01:30 PDT · 16:30 Shanghai
    rosterTask('fold-second', 'Second pass', '第二次', '2026-11-01T09:30:00Z', { role: 'traffic' }), // 01:30 PST · 17:30 Shanghai
    rosterTask('late-nov1', 'Late check', '晚间检查', '2026-11-02T07:30:00Z', { role: 'marketing', workstream: 'marketing' }), // Nov 1 23:30 PST · Nov 2 15:30
    ...more,
  ],
});

/** Roles mapped to the two people, each with a language and a zone. */
export const ROSTER_PEOPLE_INPUT = {
  roles: { traffic: 'Amy Chen', marketing: 'Li Wei' },
  people: { 'Li Wei': { locale: 'zh-CN', timeZone: 'Asia/Shanghai' }, 'Amy Chen': { locale: 'en', timeZone: 'America/Los_Angeles' } },
};
