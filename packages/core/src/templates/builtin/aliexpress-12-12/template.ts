import type { TemplateInput } from '../../../schemas/template.js';
import { sharedPeakTasks, sharedReviewTasks, shortSalePrep } from '../aliexpress-playbook.js';
import { offers1111 } from '../aliexpress-11-11/offers.js';
import { salePhases, title } from '../task-kit.js';

/**
 * AliExpress 12.12: a shorter mega-sale after Black Friday. The shape (build-up Nov 21 - Dec 2, warm-up
 * Dec 3 - Dec 11, a three-day sale from Dec 12, review a week) is an estimate after the 11.11 playbook and the
 * three-day 2021 11.11: no source in hand gives 12.12 dates, so every date is an estimate until a published
 * calendar replaces it. No US DST change falls inside (it ends on the first Sunday of November).
 *
 * @example
 * instantiate(aliexpress1212, { year: 2026, teamTimeZone: 'Asia/Shanghai' }).phases[2].start.toISOString()
 * //=> '2026-12-12T08:00:00.000Z'
 */
export const aliexpress1212: TemplateInput = {
  id: 'aliexpress-12-12',
  version: 1,
  name: { en: 'AliExpress 12.12', 'zh-CN': '速卖通双12' },
  description: {
    en: 'The 12.12 sale in four phases, dates in US Pacific time; every date an estimate until the platform publishes its calendar.',
    'zh-CN': '双12大促四个阶段，日期为美西时间；平台公布日历前所有日期均为预估。',
  },
  platform: 'aliexpress',
  platformTimeZone: 'America/Los_Angeles',
  anchor: { rule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=12', description: { en: 'December 12', 'zh-CN': '12月12日' } },
  sources: [
    { title: 'Shape after the 2020 11.11 playbook and the three-day 2021 11.11 calendar', trust: 'estimate', covers: 'phases, registrations' },
    { title: '2020 11.11 seller playbook (task wording per workstream)', trust: 'playbook', year: 2020, covers: 'tasks' },
  ],
  phases: salePhases([-21, -10], [-9, -1], [0, 2], [3, 9]),
  tasks: [
    ...shortSalePrep({ kickoff: title('All-hands kickoff for 12.12', '双12全员动员启动会'), organiser: 'platform' }),
    ...sharedPeakTasks(),
    ...sharedReviewTasks(),
  ],
  offers: offers1111,
};
