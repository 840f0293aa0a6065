import type { TemplateInput } from '../../../schemas/template.js';
import { sharedPeakTasks, sharedReviewTasks, shortSalePrep } from '../aliexpress-playbook.js';
import { offers1111 } from '../aliexpress-11-11/offers.js';
import { days, fromAnchor, fromStart, hours, note, salePhases, title, withRoles, type TemplateTaskInput } from '../task-kit.js';

// Work this season adds to the playbook: the last order day for delivery before Christmas, and the switch from
// Christmas to New Year offers. Both are buyer-facing, so they are platform (US Pacific) times.
const seasonTasks: TemplateTaskInput[] = withRoles([
  {
    id: 'christmas-delivery-cutoff',
    title: title('Tell buyers the last order day for delivery before Christmas', '告知买家圣诞节前送达的最后下单日'),
    phase: 'warm-up',
    workstream: 'logistics-service',
    due: fromStart(0),
    duration: days(1),
    weight: 2,
    tags: ['fulfilment', 'service'],
    notes: note(
      "Work it back from each channel's transit time; overseas-warehouse stock ships fastest, so push those listings.",
      '按各物流渠道时效倒推；海外仓商品发货最快，重点推广这些商品。',
    ),
  },
  {
    id: 'new-year-refresh',
    title: title('New Year: refresh the banner and coupons for the last sale days', '新年：更新最后几天的横幅与优惠券'),
    phase: 'peak',
    workstream: 'marketing',
    due: fromAnchor(5, '00:00'),
    duration: hours(6),
    dependsOn: ['limited-large-coupons'],
    tags: ['banner', 'coupon'],
    notes: note('24 hours before Dec 31 (Dec 30 00:00 PT), as for any activity.', '与其他活动一样提前24小时（美西时间12月30日00:00）。'),
  },
]);

/**
 * An AliExpress Christmas and New Year sale: build-up from Nov 25, warm-up Dec 15 - Dec 19, a long sale Dec 20 -
 * Jan 1 through Christmas and New Year's Day, review Jan 2 - Jan 8 (US Pacific days; the plan of year Y ends in
 * Y+1). The shape is an estimate: no source in hand gives the platform's dates.
 *
 * @example
 * instantiate(aliexpressChristmasNewYear, { year: 2026, teamTimeZone: 'Asia/Shanghai' }).phases[3].end.toISOString()
 * //=> '2027-01-09T08:00:00.000Z'
 */
export const aliexpressChristmasNewYear: TemplateInput = {
  id: 'aliexpress-christmas-new-year',
  version: 1,
  name: { en: 'AliExpress Christmas & New Year sale', 'zh-CN': '速卖通圣诞新年大促' },
  description: {
    en: 'Christmas through New Year in four phases, dates in US Pacific time; estimates until the platform publishes its calendar.',
    'zh-CN': '圣诞至新年大促四个阶段，日期为美西时间；平台公布日历前均为预估。',
  },
  platform: 'aliexpress',
  platformTimeZone: 'America/Los_Angeles',
  anchor: { rule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25', description: { en: 'Christmas Day, December 25', 'zh-CN': '圣诞节，12月25日' } },
  sources: [
    { title: 'Season shape: generic Chinese model (warm-up 15-30 days before, build-up 3-7, the day, then 返场)', trust: 'weak', covers: 'phases' },
    { title: '2020 11.11 seller playbook (task wording per workstream)', trust: 'playbook', year: 2020, covers: 'tasks' },
    { title: 'Tiered single-item discounts over days, replace the banner 24 hours before (seller material)', trust: 'article', covers: 'offers, banners' },
  ],
  phases: salePhases([-30, -11], [-10, -6], [-5, 7], [8, 14], title('Peak (Christmas - New Year)', '正式期（圣诞至新年）')),
  tasks: [
    ...shortSalePrep({ kickoff: title('All-hands kickoff for the Christmas and New Year sale', '圣诞新年大促全员动员启动会'), organiser: 'platform' }),
    ...sharedPeakTasks(),
    ...seasonTasks,
    ...sharedReviewTasks(),
  ],
  offers: offers1111,
};
