import type { TemplateInput } from '../../../schemas/template.js';
import { sharedPeakTasks, sharedReviewTasks } from '../aliexpress-playbook.js';
import { prep328Tasks } from './prep-tasks.js';

/**
 * AliExpress 328 anniversary sale: warm-up 9 days (Mar 19 - Mar 27), sale 3 days from Mar 28, review a week;
 * the build-up starts with the selection rules about nine weeks before the sale and crosses the US DST
 * start (second Sunday of March), so the Beijing face of its deadlines moves by an hour mid-build-up.
 *
 * @example
 * instantiate(aliexpress328, { year: 2026, teamTimeZone: 'Asia/Shanghai' }).phases.map((p) => p.id)
 * //=> ['build-up', 'warm-up', 'peak', 'review']
 */
export const aliexpress328: TemplateInput = {
  id: 'aliexpress-328',
  version: 1,
  name: { en: 'AliExpress 328 Anniversary Sale', 'zh-CN': '速卖通328周年庆' },
  description: {
    en: 'The March 28 anniversary sale in four phases, dates in US Pacific time.',
    'zh-CN': '3月28日周年庆大促四个阶段，日期为美西时间。',
  },
  platform: 'aliexpress',
  platformTimeZone: 'America/Los_Angeles',
  anchor: { rule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=28', description: { en: 'March 28', 'zh-CN': '3月28日' } },
  sources: [
    {
      title: '328 seller timeline c. 2019 (selection rules, briefing, registration, coupon and discount set-up)',
      trust: 'article',
      year: 2019,
      covers: 'build-up windows',
    },
    { title: '328 warm-up Mar 19 - Mar 27, sale Mar 28 - Mar 30 (c. 2019)', trust: 'article', year: 2019, covers: 'phases' },
    { title: 'Select Coupons collectable Mar 19 - 30, usable Mar 28 - 30 PT (2018)', trust: 'official', year: 2018, covers: 'coupons' },
    { title: '2020 11.11 seller playbook (task wording per workstream)', trust: 'playbook', year: 2020, covers: 'tasks' },
  ],
  phases: [
    { id: 'build-up', label: { en: 'Build-up', 'zh-CN': '造势期' }, firstDay: -64, lastDay: -10 },
    { id: 'warm-up', label: { en: 'Warm-up', 'zh-CN': '预热期' }, firstDay: -9, lastDay: -1 },
    { id: 'peak', label: { en: 'Peak', 'zh-CN': '正式期' }, firstDay: 0, lastDay: 2 },
    { id: 'review', label: { en: 'Review', 'zh-CN': '总结复盘期' }, firstDay: 3, lastDay: 9 },
  ],
  tasks: [...prep328Tasks, ...sharedPeakTasks(), ...sharedReviewTasks()],
};
