// Black Friday build-up and warm-up, after the "Black Friday follow-up" of the 2020 playbook. The two
// registration deadlines are published relative to the sale, so they are written from the anchor
// (Black Friday): Oct 21 and Oct 30 when Black Friday is Nov 27, 23:59 PT.
import { playbookTask } from '../aliexpress-playbook.js';
import { DAILY, fromAnchor, fromEnd, fromStart, title, type TemplateTaskInput } from '../task-kit.js';

/**
 * Days from Black Friday to the platform promotions, channels and shopping-coupon registration deadline.
 *
 * @example
 * addCalendarDays({ year: 2020, month: 11, day: 27 }, BF_PLATFORM_REGISTRATION_DAY) //=> { year: 2020, month: 10, day: 21 }
 */
export const BF_PLATFORM_REGISTRATION_DAY = -37;
/**
 * Days from Black Friday to the store single-item discount registration deadline.
 *
 * @example
 * addCalendarDays({ year: 2020, month: 11, day: 27 }, BF_STORE_DISCOUNT_REGISTRATION_DAY) //=> { year: 2020, month: 10, day: 30 }
 */
export const BF_STORE_DISCOUNT_REGISTRATION_DAY = -28;

const bu = { phase: 'build-up' } as const;
const wu = { phase: 'warm-up' } as const;

const buildUp: TemplateTaskInput[] = [
  playbookTask('all-hands-kickoff', {
    ...bu, title: title('All-hands kickoff for the Black Friday campaign', '黑五全员动员启动会'), due: fromStart(1, '18:00'),
  }),
  playbookTask('budget-split', { ...bu, due: fromStart(2, '18:00') }),
  playbookTask('tier-catalogue', { ...bu, due: fromStart(2, '18:00') }),
  playbookTask('check-registration-stock-and-price', { ...bu, due: fromAnchor(BF_PLATFORM_REGISTRATION_DAY - 1, '18:00') }),
  {
    id: 'register-platform-promotions',
    title: title('Register for platform mega-sale promotions and channels', '报名平台大促活动与频道'),
    ...bu, workstream: 'operations', due: fromAnchor(BF_PLATFORM_REGISTRATION_DAY), critical: true, weight: 3,
    dependsOn: ['tier-catalogue', 'check-registration-stock-and-price'], tags: ['registration'],
  },
  playbookTask('register-shopping-coupons', { ...bu, due: fromAnchor(BF_PLATFORM_REGISTRATION_DAY) }),
  playbookTask('register-store-discount', { ...bu, due: fromAnchor(BF_STORE_DISCOUNT_REGISTRATION_DAY) }),
  playbookTask('monitor-build-up-data', { ...bu, due: fromStart(6, '18:00') }),
  playbookTask('old-customer-reach-plan', { ...bu, due: fromStart(7, '18:00') }),
  playbookTask('stage-traffic-channels', { ...bu, due: fromStart(7, '18:00') }),
  playbookTask('optimise-search', { ...bu, due: fromStart(9, '18:00') }),
  playbookTask('tune-ppc-ads', { ...bu, due: fromStart(9, '18:00') }),
  playbookTask('set-affiliate-commissions', { ...bu, due: fromStart(9, '18:00') }),
  playbookTask('confirm-offsite-content', {
    ...bu, due: fromAnchor(BF_PLATFORM_REGISTRATION_DAY + 2, '18:00'), dependsOn: ['register-platform-promotions'],
  }),
  playbookTask('set-store-activities', { ...bu, due: fromEnd(-3) }),
  playbookTask('design-topic-pages', {
    ...bu, title: title('Design the Black Friday topic and reception pages', '制作黑五专题页与承接页'),
    due: fromEnd(-3, '18:00'), dependsOn: ['register-platform-promotions'],
  }),
  playbookTask('warm-up-store-banner', { ...bu, dependsOn: ['register-platform-promotions', 'set-store-activities'] }),
  playbookTask('reach-members-and-fans', { ...bu, due: fromEnd(-1, '18:00') }),
  playbookTask('warehouse-prep', { ...bu, due: fromEnd(-5, '18:00') }),
  playbookTask('overseas-warehouse-stock', { ...bu, due: fromEnd(-3) }),
  playbookTask('extend-ship-time', { ...bu, due: fromEnd(-1) }),
];

const warmUp: TemplateTaskInput[] = [
  playbookTask('review-build-up-data', { ...wu, due: fromStart(1, '18:00') }),
  playbookTask('warm-up-daily-cart-check', { ...wu, due: fromStart(0, '10:00'), recurrence: DAILY }),
  playbookTask('black-friday-traffic', { ...wu, due: fromStart(2, '18:00'), dependsOn: ['review-build-up-data'] }),
  playbookTask('black-friday-decoration', { ...wu, due: fromStart(2, '18:00'), dependsOn: ['design-topic-pages'] }),
  playbookTask('send-coupon-link-old-buyers', { ...wu, due: fromStart(0) }),
  playbookTask('reach-old-customers', { ...wu, due: fromStart(3, '18:00') }),
  playbookTask('polish-activity-page', { ...wu, due: fromStart(4, '18:00'), dependsOn: ['black-friday-decoration'] }),
  playbookTask('prepare-sold-out-marks', { ...wu, due: fromEnd(-2, '18:00') }),
  playbookTask('peak-store-banner', { ...wu }),
  playbookTask('service-care-scripts', { ...wu, due: fromStart(3, '18:00') }),
  playbookTask('set-auto-replies', { ...wu, due: fromEnd(-1) }),
  playbookTask('warehouse-process-hardware', { ...wu, due: fromEnd(-1, '18:00'), dependsOn: ['warehouse-prep'] }),
];

/**
 * The Cyber Monday refresh, the one peak task Black Friday adds to the playbook's peak.
 *
 * @example
 * cyberMondayTask.due //=> { from: 'anchor', days: 2, time: '00:00' } (24 h before Cyber Monday opens)
 */
export const cyberMondayTask: TemplateTaskInput = {
  id: 'cyber-monday-refresh',
  title: title('Cyber Monday: refresh the banner and coupons for the last sale day', '网络星期一：更新最后一天的横幅与优惠券'),
  phase: 'peak', workstream: 'marketing', due: fromAnchor(2, '00:00'), tags: ['banner', 'coupon'],
  dependsOn: ['limited-large-coupons'],
  notes: '24 hours before Cyber Monday (Black Friday + 3 days) opens.',
};

/**
 * Black Friday build-up and warm-up tasks.
 *
 * @example
 * bfPrepTasks.filter((t) => t.critical).map((t) => t.id)
 * //=> ['register-platform-promotions', 'register-shopping-coupons', 'register-store-discount']
 */
export const bfPrepTasks: TemplateTaskInput[] = [...buildUp, ...warmUp];
