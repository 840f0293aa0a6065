import type { TemplateInput } from '../../../schemas/template.js';
import { sharedPeakTasks, sharedReviewTasks, shortSalePrep } from '../aliexpress-playbook.js';
import { offers1111 } from '../aliexpress-11-11/offers.js';
import { days, fromEnd, note, salePhases, teamEnd, title, withRoles, type TemplateTaskInput } from '../task-kit.js';

// The store's own sale: no platform registration, but the store's coupons and discounts must be set up in the
// seller centre before they go live (live coupons cannot be withdrawn).
const storeTasks: TemplateTaskInput[] = withRoles([
  {
    id: 'set-up-store-coupons',
    title: title(
      'Set up the anniversary store coupons: follow-the-store, spend-threshold, old-buyer targeted',
      '设置店庆店铺优惠券：关注店铺券、满减券、老买家定向券',
    ),
    phase: 'build-up',
    workstream: 'marketing',
    due: fromEnd(-3),
    duration: days(2),
    critical: true,
    weight: 3,
    dependsOn: ['tier-catalogue'],
    tags: ['coupon', 'registration'],
    notes: note(
      'Check amount and threshold before it goes live: a live coupon cannot be withdrawn. Threshold slightly above the unit price.',
      '生效前核对面额与门槛：已生效的优惠券无法撤回。门槛略高于客单价。',
    ),
  },
  {
    id: 'anniversary-story',
    title: title("Anniversary page: the store's story, bestsellers of the year, thank-you offer", '店庆页面：店铺故事、年度热销、感恩回馈'),
    phase: 'build-up',
    workstream: 'visual',
    due: teamEnd(-3),
    duration: days(4),
    tags: ['banner'],
  },
]);

/**
 * A store anniversary sale (店庆) on the day the seller gives (`anchorDate: 'MM-DD'`): build-up three weeks
 * before, warm-up the last week, a three-day sale, a week of review. The store runs it, so the only deadlines
 * are its own set-ups; the shape is an estimate.
 *
 * @example
 * instantiate(storeAnniversary, { year: 2026, teamTimeZone: 'Asia/Shanghai', anchorDate: '06-18' }).phases[2].start.toISOString()
 * //=> '2026-06-18T07:00:00.000Z'
 */
export const storeAnniversary: TemplateInput = {
  id: 'store-anniversary',
  version: 1,
  name: { en: 'Store anniversary sale', 'zh-CN': '店庆大促' },
  description: {
    en: "The store's own anniversary sale, from the day the seller gives, in four phases (US Pacific days).",
    'zh-CN': '店铺自己的周年庆大促，日期由卖家给出，分四个阶段（美西时间）。',
  },
  platform: 'aliexpress',
  platformTimeZone: 'America/Los_Angeles',
  anchor: { sellerGiven: true, description: { en: "The store's anniversary (the seller gives the day)", 'zh-CN': '店铺周年日（由卖家给出）' } },
  sources: [
    { title: 'The seller gives the day; shape after the 328 anniversary sale (warm-up 9 days, sale 3 days)', trust: 'estimate', covers: 'phases' },
    { title: 'Store coupon types and rules (collect-type, targeted; live coupons cannot be withdrawn)', trust: 'article', covers: 'coupons' },
    { title: '2020 11.11 seller playbook (task wording per workstream)', trust: 'playbook', year: 2020, covers: 'tasks' },
  ],
  phases: salePhases([-20, -8], [-7, -1], [0, 2], [3, 9], title('Peak (anniversary sale)', '正式期（店庆）')),
  tasks: [
    ...shortSalePrep({ kickoff: title('All-hands kickoff for the store anniversary', '店庆全员动员启动会'), organiser: 'store' }),
    ...storeTasks,
    ...sharedPeakTasks(),
    ...sharedReviewTasks(),
  ],
  offers: offers1111,
};
