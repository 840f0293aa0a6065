import type { TemplateInput } from '../../../schemas/template.js';
import { sharedPeakTasks, sharedReviewTasks, shortSalePrep } from '../aliexpress-playbook.js';
import { offers1111 } from '../aliexpress-11-11/offers.js';
import { days, note, salePhases, teamStart, title, withRoles, type TemplateTaskInput } from '../task-kit.js';

const brandTasks: TemplateTaskInput[] = withRoles([
  {
    id: 'confirm-brand-qualification',
    title: title('Confirm the brand qualification and authorisation for brand week', '确认品牌周的品牌资质与授权'),
    phase: 'build-up',
    workstream: 'operations',
    due: teamStart(3),
    duration: days(2),
    tags: ['registration'],
    notes: note('Brand venues take registered or authorised brands only: check before registering.', '品牌会场只接受注册或授权品牌：报名前确认。'),
  },
]);

/**
 * The AliExpress August brand week: seven sale days from the second Monday of August, a two-week build-up, a
 * five-day warm-up and a six-day review (US Pacific days). The anchor day and shape are estimates (no source in
 * hand gives brand-week dates); a published calendar replaces them.
 *
 * @example
 * instantiate(aliexpressBrandWeek, { year: 2026, teamTimeZone: 'Asia/Shanghai' }).phases[2].start.toISOString()
 * //=> '2026-08-10T07:00:00.000Z'
 */
export const aliexpressBrandWeek: TemplateInput = {
  id: 'aliexpress-brand-week',
  version: 1,
  name: { en: 'AliExpress August brand week', 'zh-CN': '速卖通八月品牌周' },
  description: {
    en: 'Brand week in August in four phases, dates in US Pacific time; estimates until the platform publishes its calendar.',
    'zh-CN': '八月品牌周四个阶段，日期为美西时间；平台公布日历前均为预估。',
  },
  platform: 'aliexpress',
  platformTimeZone: 'America/Los_Angeles',
  anchor: {
    rule: 'FREQ=YEARLY;BYMONTH=8;BYDAY=MO;BYMONTHDAY=8,9,10,11,12,13,14',
    description: { en: 'The second Monday of August', 'zh-CN': '8月第二个星期一' },
  },
  sources: [
    { title: 'Brand week: second Monday of August, seven days (estimate, no source)', trust: 'estimate', covers: 'anchor, phases' },
    { title: 'Product tiers: hero products to brand flash deals (2020 playbook)', trust: 'playbook', year: 2020, covers: 'tiers' },
    { title: '2020 11.11 seller playbook (task wording per workstream)', trust: 'playbook', year: 2020, covers: 'tasks' },
  ],
  phases: salePhases([-19, -6], [-5, -1], [0, 6], [7, 12], title('Peak (brand week)', '正式期（品牌周）')),
  tasks: [
    ...shortSalePrep({ kickoff: title('All-hands kickoff for brand week', '品牌周全员动员启动会'), organiser: 'platform' }),
    ...brandTasks,
    ...sharedPeakTasks(),
    ...sharedReviewTasks(),
  ],
  offers: offers1111,
};
