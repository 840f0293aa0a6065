// Black Friday build-up and warm-up, after the "Black Friday follow-up" of the 2020 playbook. The two
// registration deadlines are published relative to the sale, so they are written from the anchor
// (Black Friday): Oct 21 and Oct 30 when Black Friday is Nov 27, 23:59 PT.
import { playbookTask } from '../aliexpress-playbook.js';
import {
  WORKDAYS,
  days,
  hours,
  note,
  teamAnchor,
  teamEnd,
  teamStart,
  withRoles,
  fromAnchor,
  fromEnd,
  fromStart,
  title,
  type TemplateTaskInput,
} from '../task-kit.js';

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
const PLAYBOOK_DATE = note(
  'The 2020 playbook: platform promotions, channels and shopping coupons by Oct 21; the store single-item discount by Oct 30 ' +
    '(37 and 28 days before Black Friday). Other years keep the distance: an estimate until the platform publishes its calendar.',
  '2020年手册：平台大促活动、频道与购物券于10月21日前报名；店铺单品折扣于10月30日前报名（黑五前37天和28天）。其他年份按相同间隔推算，平台公布日历前为预估。',
);
const wu = { phase: 'warm-up' } as const;

const buildUp: TemplateTaskInput[] = [
  playbookTask('all-hands-kickoff', {
    ...bu,
    title: title('All-hands kickoff for the Black Friday campaign', '黑五全员动员启动会'),
    due: teamStart(1),
  }),
  playbookTask('budget-split', { ...bu, due: teamStart(2) }),
  playbookTask('tier-catalogue', { ...bu, due: teamStart(2) }),
  playbookTask('check-registration-stock-and-price', { ...bu, due: teamAnchor(BF_PLATFORM_REGISTRATION_DAY - 1, '11:00') }),
  {
    id: 'register-platform-promotions',
    title: title('Register for platform mega-sale promotions and channels', '报名平台大促活动与频道'),
    ...bu,
    workstream: 'operations',
    due: fromAnchor(BF_PLATFORM_REGISTRATION_DAY),
    duration: days(3),
    critical: true,
    weight: 3,
    notes: PLAYBOOK_DATE,
    dependsOn: ['tier-catalogue', 'check-registration-stock-and-price'],
    tags: ['registration'],
  },
  playbookTask('register-shopping-coupons', { ...bu, due: fromAnchor(BF_PLATFORM_REGISTRATION_DAY), estimate: false, notes: PLAYBOOK_DATE }),
  playbookTask('register-store-discount', { ...bu, due: fromAnchor(BF_STORE_DISCOUNT_REGISTRATION_DAY), estimate: false, notes: PLAYBOOK_DATE }),
  playbookTask('monitor-build-up-data', { ...bu, due: teamStart(6) }),
  playbookTask('old-customer-reach-plan', { ...bu, due: teamStart(7) }),
  playbookTask('stage-traffic-channels', { ...bu, due: teamStart(7) }),
  playbookTask('optimise-search', { ...bu, due: teamStart(9) }),
  playbookTask('tune-ppc-ads', { ...bu, due: teamStart(9) }),
  playbookTask('set-affiliate-commissions', { ...bu, due: teamStart(9) }),
  playbookTask('confirm-offsite-content', {
    ...bu,
    due: teamAnchor(BF_PLATFORM_REGISTRATION_DAY + 2, '11:00'),
    dependsOn: ['register-platform-promotions'],
  }),
  playbookTask('set-store-activities', { ...bu, due: fromEnd(-3) }),
  playbookTask('design-topic-pages', {
    ...bu,
    title: title('Design the Black Friday topic and reception pages', '制作黑五专题页与承接页'),
    due: teamEnd(-3),
    dependsOn: ['register-platform-promotions'],
  }),
  playbookTask('warm-up-store-banner', { ...bu, dependsOn: ['register-platform-promotions', 'set-store-activities'] }),
  playbookTask('reach-members-and-fans', { ...bu, due: teamEnd(-1, '12:00') }),
  playbookTask('warehouse-prep', { ...bu, due: teamEnd(-5) }),
  playbookTask('overseas-warehouse-stock', { ...bu, due: fromEnd(-3) }),
  playbookTask('extend-ship-time', { ...bu, due: fromEnd(-1) }),
];

const warmUp: TemplateTaskInput[] = [
  playbookTask('review-build-up-data', { ...wu, due: teamStart(1) }),
  playbookTask('warm-up-daily-cart-check', { ...wu, due: teamStart(0, '10:00'), recurrence: WORKDAYS }),
  playbookTask('black-friday-traffic', { ...wu, due: teamStart(2), dependsOn: ['review-build-up-data'] }),
  playbookTask('black-friday-decoration', { ...wu, due: teamStart(2), dependsOn: ['design-topic-pages'] }),
  playbookTask('send-coupon-link-old-buyers', { ...wu, due: fromStart(0) }),
  playbookTask('reach-old-customers', { ...wu, due: teamStart(3) }),
  playbookTask('polish-activity-page', { ...wu, due: teamStart(4), dependsOn: ['black-friday-decoration'] }),
  playbookTask('prepare-sold-out-marks', { ...wu, due: teamEnd(-2) }),
  playbookTask('peak-store-banner', { ...wu }),
  playbookTask('service-care-scripts', { ...wu, due: teamStart(3) }),
  playbookTask('set-auto-replies', { ...wu, due: fromEnd(-1) }),
  playbookTask('warehouse-process-hardware', { ...wu, due: teamEnd(-1, '12:00'), dependsOn: ['warehouse-prep'] }),
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
  phase: 'peak',
  workstream: 'marketing',
  role: 'marketing',
  due: fromAnchor(2, '00:00'),
  duration: hours(6),
  tags: ['banner', 'coupon'],
  dependsOn: ['limited-large-coupons'],
  notes: note('24 hours before Cyber Monday (Black Friday + 3 days) opens.', '网络星期一（黑五后第3天）开始前24小时。'),
};

/**
 * Black Friday build-up and warm-up tasks.
 *
 * @example
 * bfPrepTasks.filter((t) => t.critical).map((t) => t.id)
 * //=> ['register-platform-promotions', 'register-shopping-coupons', 'register-store-discount']
 */
export const bfPrepTasks: TemplateTaskInput[] = withRoles([...buildUp, ...warmUp]);
