// 328 anniversary sale build-up and warm-up, after the c. 2019 seller timeline (mega-sales.md): selection
// rules Jan 23, recruitment briefing Jan 29 - Feb 5, coupon set-up Feb 6 - 26, registration (招商)
// Feb 12 - Mar 6, results Mar 8 - 9, limited-time and store-wide discount set-up Feb 26 - Mar 14, warm-up
// from Mar 19. The platform counts these windows back from the warm-up ("registration opens about five
// weeks and closes about two weeks before it"), so they are written from the warm-up's start and follow a
// published warm-up date. The build-up crosses the US spring-forward (second Sunday of March).
import { playbookTask } from '../aliexpress-playbook.js';
import {
  WORKDAYS,
  hours,
  note,
  teamEnd,
  teamStart,
  withRoles,
  fromEnd,
  fromStart,
  title,
  type RelativeTimeInput,
  type TemplateTaskInput,
} from '../task-kit.js';

const bu = { phase: 'build-up' } as const;
const wu = { phase: 'warm-up' } as const;
/** `days` from the first warm-up day (Mar 19), as the platform counts its windows. */
const beforeWarmUp = (days: number, time = '23:59'): RelativeTimeInput => fromStart(days, time, 'warm-up');
/** The same, at 17:00 on the team's clock: internal work. */
const beforeWarmUpTeam = (days: number, time = '17:00'): RelativeTimeInput => ({ ...beforeWarmUp(days, time), clock: 'team' });

const THRESHOLDS = note(
  'Registration prices (c. 2019): platform venues a further 5-10% below the 180-day lowest price; flash-deal channel ' +
    '15-25% below the 30-day lowest price; store-wide discount 10-15%.',
  '报名价格（约2019年）：平台会场在180天最低价基础上再降5-10%；闪购频道比30天最低价低15-25%；全店铺打折10-15%。',
);
const STOCK = playbookTask('check-registration-stock-and-price').notes as { en: string; 'zh-CN': string };

const buildUp: TemplateTaskInput[] = [
  {
    id: 'read-selection-rules',
    title: title('Read the product-selection rules of the anniversary sale', '研读周年庆选品规则'),
    ...bu,
    workstream: 'product',
    due: teamStart(1),
    duration: hours(4),
    tags: ['registration'],
  },
  playbookTask('all-hands-kickoff', {
    ...bu,
    title: title('All-hands kickoff for the anniversary sale', '周年庆全员动员启动会'),
    due: teamStart(2),
  }),
  {
    id: 'recruitment-briefing',
    title: title('Attend the recruitment briefing (招商说明会)', '参加招商说明会'),
    ...bu,
    workstream: 'operations',
    start: beforeWarmUp(-49, '00:00'),
    due: beforeWarmUp(-42),
    tags: ['registration'],
    notes: note('The platform holds briefings over this week; attend one.', '平台在这一周内举办说明会，参加其中一场。'),
  },
  playbookTask('tier-catalogue', { ...bu, due: beforeWarmUpTeam(-42), dependsOn: ['read-selection-rules'] }),
  playbookTask('budget-split', { ...bu, due: beforeWarmUpTeam(-42) }),
  {
    id: 'set-up-store-coupons',
    title: title('Set up the store coupons for the sale (coupon set-up window)', '设置周年庆店铺优惠券（优惠券设置期）'),
    ...bu,
    workstream: 'marketing',
    start: beforeWarmUp(-41, '00:00'),
    due: beforeWarmUp(-21),
    critical: true,
    weight: 3,
    dependsOn: ['tier-catalogue'],
    tags: ['coupon', 'registration'],
    notes: note(
      'Collect-type (领取型) and targeted (定向发放型) coupons; check amount and threshold: live coupons cannot be withdrawn.',
      '领取型与定向发放型优惠券；核对面额与门槛：已生效的优惠券无法撤回。',
    ),
  },
  playbookTask('check-registration-stock-and-price', {
    ...bu,
    due: beforeWarmUpTeam(-36),
    notes: note(`${STOCK.en} ${THRESHOLDS.en}`, `${STOCK['zh-CN']}${THRESHOLDS['zh-CN']}`),
  }),
  playbookTask('register-platform-activities', {
    ...bu,
    title: title('Register for the anniversary sale (招商报名)', '周年庆招商报名'),
    start: beforeWarmUp(-35, '00:00'),
    due: beforeWarmUp(-13),
    estimate: false,
    notes: THRESHOLDS,
  }),
  {
    id: 'registration-results',
    title: title('Check the registration results and fix rejected products', '查看报名审核结果并处理未通过商品'),
    ...bu,
    workstream: 'operations',
    start: beforeWarmUp(-11, '00:00'),
    due: beforeWarmUp(-10),
    weight: 2,
    dependsOn: ['register-platform-activities'],
    tags: ['registration'],
  },
  {
    id: 'set-up-limited-time-discounts',
    title: title('Set up limited-time and store-wide discounts', '设置限时限量折扣与全店铺打折'),
    ...bu,
    workstream: 'marketing',
    start: beforeWarmUp(-21, '00:00'),
    due: beforeWarmUp(-5),
    critical: true,
    weight: 3,
    dependsOn: ['tier-catalogue'],
    tags: ['registration', 'discount'],
    notes: note(
      'At most 40 products per promotion, shorter than two months, starting some hours after creation; ' +
        'products lock when the promotion freezes before its start.',
      '每个活动最多40个商品，时长少于两个月，须在创建数小时后开始；活动开始前冻结时商品被锁定。',
    ),
  },
  playbookTask('monitor-build-up-data', { ...bu, due: teamStart(6) }),
  playbookTask('old-customer-reach-plan', { ...bu, due: beforeWarmUpTeam(-20) }),
  playbookTask('tune-ppc-ads', { ...bu, due: beforeWarmUpTeam(-15) }),
  playbookTask('set-affiliate-commissions', { ...bu, due: beforeWarmUpTeam(-15) }),
  playbookTask('design-topic-pages', {
    ...bu,
    title: title('Design the anniversary topic and reception pages', '制作周年庆专题页与承接页'),
    due: teamEnd(-3),
    dependsOn: ['registration-results'],
  }),
  playbookTask('warm-up-store-banner', {
    ...bu,
    dependsOn: ['register-platform-activities', 'set-up-store-coupons', 'set-up-limited-time-discounts'],
  }),
  playbookTask('reach-members-and-fans', { ...bu, due: teamEnd(-1, '12:00') }),
  playbookTask('warehouse-prep', { ...bu, due: teamEnd(-5) }),
  playbookTask('overseas-warehouse-stock', { ...bu, due: fromEnd(-3) }),
  playbookTask('extend-ship-time', { ...bu, due: fromEnd(-1) }),
];

const warmUp: TemplateTaskInput[] = [
  playbookTask('review-build-up-data', { ...wu, due: teamStart(1) }),
  playbookTask('warm-up-daily-cart-check', { ...wu, due: teamStart(0, '10:00'), recurrence: WORKDAYS }),
  playbookTask('send-coupon-link-old-buyers', {
    ...wu,
    due: fromStart(0),
    notes: note('Select Coupons are collectable from the warm-up and usable in the sale.', '精选券从预热期开始可领取，正式期可使用。'),
  }),
  playbookTask('reach-old-customers', { ...wu, due: teamStart(2) }),
  playbookTask('raise-paid-traffic', { ...wu, due: teamStart(2) }),
  playbookTask('polish-activity-page', { ...wu, due: teamStart(2) }),
  playbookTask('prepare-sold-out-marks', { ...wu, due: teamEnd(-2) }),
  playbookTask('peak-store-banner', { ...wu, dependsOn: ['polish-activity-page', 'set-up-limited-time-discounts'] }),
  playbookTask('service-care-scripts', { ...wu, due: teamStart(2) }),
  playbookTask('set-auto-replies', { ...wu, due: fromEnd(-1) }),
  playbookTask('warehouse-process-hardware', { ...wu, due: teamEnd(-1, '12:00'), dependsOn: ['warehouse-prep'] }),
];

/**
 * 328 build-up and warm-up tasks, the platform's windows counted back from the warm-up.
 *
 * @example
 * prep328Tasks.find((t) => t.id === 'register-platform-activities')?.due //=> { from: 'phase-start', phase: 'warm-up', days: -13, time: '23:59' }
 */
export const prep328Tasks: TemplateTaskInput[] = withRoles([...buildUp, ...warmUp]);
