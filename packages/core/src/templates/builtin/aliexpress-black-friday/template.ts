import type { TemplateInput } from '../../../schemas/template.js';
import { sharedPeakTasks, sharedReviewTasks } from '../aliexpress-playbook.js';
import { bfPrepTasks, cyberMondayTask } from './prep-tasks.js';

/**
 * AliExpress Black Friday: the sale from Black Friday (the day after the fourth Thursday of November)
 * through Cyber Monday, with the 2020 playbook's registration deadlines (platform promotions, channels and
 * shopping coupons by Oct 21; store single-item discount by Oct 30 in 2020) written relative to Black Friday.
 * 2020: build-up Oct 14 - Nov 12, warm-up Nov 13 - Nov 26, peak Nov 27 - Nov 30, review Dec 1 - Dec 7 (US Pacific).
 *
 * @example
 * instantiate(aliexpressBlackFriday, { year: 2020, teamTimeZone: 'Asia/Shanghai' }).phases[2].start.toISOString()
 * //=> '2020-11-27T08:00:00.000Z'
 */
export const aliexpressBlackFriday: TemplateInput = {
  id: 'aliexpress-black-friday',
  version: 1,
  name: { en: 'AliExpress Black Friday', 'zh-CN': '速卖通黑五' },
  description: {
    en: 'Black Friday through Cyber Monday in four phases, dates in US Pacific time.',
    'zh-CN': '黑色星期五至网络星期一大促四个阶段，日期为美西时间。',
  },
  platform: 'aliexpress',
  platformTimeZone: 'America/Los_Angeles',
  anchor: {
    // The Friday falling on Nov 23-29 is the day after the fourth Thursday.
    rule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29',
    description: { en: 'Black Friday: the day after the fourth Thursday of November', 'zh-CN': '黑色星期五：11月第四个星期四的次日' },
  },
  playbookYear: 2020,
  sources: [
    {
      title: '2020 seller playbook, Black Friday follow-up: registrations by Oct 21 and Oct 30',
      trust: 'playbook',
      year: 2020,
      covers: 'registration deadlines',
    },
    { title: '2020 11.11 seller playbook (task wording per workstream)', trust: 'playbook', year: 2020, covers: 'tasks' },
    { title: 'Black Friday: the day after the fourth Thursday of November; Cyber Monday the Monday after', trust: 'official', covers: 'anchor' },
    { title: 'Phase lengths (build-up, warm-up, review) after the 11.11 shape', trust: 'estimate', covers: 'phases' },
  ],
  phases: [
    { id: 'build-up', label: { en: 'Build-up', 'zh-CN': '造势期' }, firstDay: -44, lastDay: -15 },
    { id: 'warm-up', label: { en: 'Warm-up', 'zh-CN': '预热期' }, firstDay: -14, lastDay: -1 },
    { id: 'peak', label: { en: 'Peak (Black Friday - Cyber Monday)', 'zh-CN': '正式期（黑五至网一）' }, firstDay: 0, lastDay: 3 },
    { id: 'review', label: { en: 'Review', 'zh-CN': '总结复盘期' }, firstDay: 4, lastDay: 10 },
  ],
  tasks: [...bfPrepTasks, ...sharedPeakTasks(), cyberMondayTask, ...sharedReviewTasks()],
};
