import type { TemplateInput } from '../../../schemas/template.js';
import { sharedPeakTasks, sharedReviewTasks, shortSalePrep } from '../aliexpress-playbook.js';
import { offers1111 } from '../aliexpress-11-11/offers.js';
import { days, fromStart, note, salePhases, teamStart, title, withRoles, type TemplateTaskInput } from '../task-kit.js';

// Ramadan shoppers buy after iftar and late at night, and for Eid al-Fitr at the month's end.
const seasonTasks: TemplateTaskInput[] = withRoles([
  {
    id: 'ramadan-product-selection',
    title: title('Select Ramadan and Eid products: home, gifts, modest fashion, kitchen', '斋月与开斋节选品：家居、礼品、穆斯林服饰、厨房用品'),
    phase: 'build-up',
    workstream: 'product',
    due: teamStart(5),
    duration: days(4),
    dependsOn: ['tier-catalogue'],
    tags: ['tiers'],
    notes: note('Seasonal goods are prepared 3-6 months ahead: confirm stock before registering.', '季节性商品需提前3-6个月备货：报名前确认库存。'),
  },
  {
    id: 'ramadan-night-service',
    title: title('Service cover for the evening and night hours buyers shop in', '覆盖买家晚间与夜间购物时段的客服排班'),
    phase: 'warm-up',
    workstream: 'logistics-service',
    due: fromStart(0),
    duration: days(2),
    tags: ['service', 'staffing'],
    notes: note(
      "Reply to inquiries within 24 hours; buyers in the Gulf shop after iftar, late in Beijing's night.",
      '24小时内回复咨询；海湾地区买家在开斋饭后购物，正值北京深夜。',
    ),
  },
]);

/**
 * An AliExpress Ramadan sale. Its day follows the Islamic calendar: the sale opens on 1 Ramadan, computed with
 * `Intl.DateTimeFormat` and the Umm al-Qura calendar (no table), so it moves about 11 days earlier each year
 * (2026-02-18, 2027-02-08, 2028-01-28). Build-up 24 days before, warm-up the last week, two weeks of sale, a
 * week of review. The shape is an estimate; local moon sightings may start Ramadan a day later.
 *
 * @example
 * instantiate(aliexpressRamadan, { year: 2026, teamTimeZone: 'Asia/Shanghai' }).phases[2].start.toISOString()
 * //=> '2026-02-18T08:00:00.000Z'
 */
export const aliexpressRamadan: TemplateInput = {
  id: 'aliexpress-ramadan',
  version: 1,
  name: { en: 'AliExpress Ramadan sale', 'zh-CN': '速卖通斋月大促' },
  description: {
    en: 'A Ramadan sale from 1 Ramadan (Umm al-Qura calendar) in four phases, dates in US Pacific time; estimates.',
    'zh-CN': '自斋月首日（乌姆库拉历）开始的斋月大促四个阶段，日期为美西时间；均为预估。',
  },
  platform: 'aliexpress',
  platformTimeZone: 'America/Los_Angeles',
  anchor: {
    calendar: { system: 'islamic-umalqura', month: 9, day: 1 },
    description: { en: '1 Ramadan (Umm al-Qura calendar)', 'zh-CN': '斋月第一天（乌姆库拉历）' },
  },
  sources: [
    { title: 'Umm al-Qura calendar via Intl.DateTimeFormat (islamic-umalqura)', trust: 'official', covers: 'anchor' },
    { title: 'Season shape: generic Chinese model (预热, 蓄水, 爆发, 返场)', trust: 'weak', covers: 'phases' },
    { title: '2020 11.11 seller playbook (task wording per workstream)', trust: 'playbook', year: 2020, covers: 'tasks' },
  ],
  phases: salePhases([-24, -8], [-7, -1], [0, 13], [14, 20], title('Peak (first two weeks of Ramadan)', '正式期（斋月前两周）')),
  tasks: [
    ...shortSalePrep({ kickoff: title('All-hands kickoff for the Ramadan sale', '斋月大促全员动员启动会'), organiser: 'platform' }),
    ...seasonTasks,
    ...sharedPeakTasks(),
    ...sharedReviewTasks(),
  ],
  offers: offers1111,
};
