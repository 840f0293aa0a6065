// The 11.11 playbook is the source every AliExpress template borrows its wording from; only the timing of
// build-up and warm-up work differs between sales. Peak and review tasks are timed relative to their own
// phase, so they carry over unchanged to a sale of any length.
import { tasks1111 } from './aliexpress-11-11/tasks.js';
import type { LocalizedText } from '../../schemas/common.js';
import { days, fromEnd, fromStart, note, reuse, teamEnd, teamStart, type TemplateTaskInput } from './task-kit.js';

/**
 * A copy of an 11.11 playbook task, with `changes` (timing, dependencies, wording) applied.
 *
 * @throws RangeError when the playbook has no task `id`.
 * @example
 * playbookTask('tier-catalogue', { due: fromStart(2, '18:00') }).title.en
 * //=> 'Tier the catalogue: hero, activity, volume and clearance products'
 */
export function playbookTask(id: string, changes: Partial<TemplateTaskInput> = {}): TemplateTaskInput {
  return reuse(tasks1111, id, changes);
}

/** Peak tasks every AliExpress sale shares (their dependencies are in {@link SHARED_PREP_IDS}). */
const SHARED_PEAK_IDS = [
  'sale-opens',
  'sprint-kickoff',
  'standby-staff',
  'peak-daily-data-check',
  'peak-stock-sync-plan',
  'add-budget-and-traffic',
  'peak-monitor-tiers',
  'replenish-hero-stock',
  'raise-ppc-bids',
  'longer-live-streams',
  'limited-large-coupons',
  'crm-push-targeted-coupons',
  'crm-push-email',
  'crm-push-buyer-messages',
  'cart-payment-promo-codes',
  'live-stream-promo-codes',
  'peak-leaderboards',
  'peak-service-notices',
  'peak-payment-reminders',
  'peak-review-monitoring',
  'packing-fast-dispatch',
] as const;

/** Review tasks every AliExpress sale shares. */
const SHARED_REVIEW_IDS = [
  'publish-target-completion',
  'plan-shifts',
  'team-incentives',
  'review-data',
  'sku-sell-through',
  'gmv-drivers',
  'profit-review',
  'tune-after-review',
  'traffic-channel-analysis',
  'return-visit-targeted-coupons',
  'return-visit-activities',
  'keep-affiliate-commission-high',
  'ship-peak-orders',
  'service-review',
  'logistics-follow-up',
  'erp-stock-plans',
] as const;

/**
 * Earlier tasks the shared peak tasks depend on; a template using {@link sharedPeakTasks} must include them.
 *
 * @example
 * SHARED_PREP_IDS.includes('overseas-warehouse-stock') //=> true
 */
export const SHARED_PREP_IDS = ['overseas-warehouse-stock', 'tune-ppc-ads', 'reach-old-customers', 'warehouse-process-hardware'] as const;

/**
 * The playbook's peak tasks, timed from the peak's own start and end (daily monitoring rows recurring).
 *
 * @example
 * sharedPeakTasks().find((t) => t.id === 'peak-daily-data-check')?.recurrence //=> { rule: 'FREQ=DAILY' }
 */
export function sharedPeakTasks(): TemplateTaskInput[] {
  return SHARED_PEAK_IDS.map((id) => playbookTask(id));
}

/**
 * The playbook's review tasks, timed from the review's own start and end.
 *
 * @example
 * sharedReviewTasks().some((t) => t.id === 'ship-peak-orders') //=> true
 */
export function sharedReviewTasks(): TemplateTaskInput[] {
  return SHARED_REVIEW_IDS.map((id) => playbookTask(id));
}

/** What {@link shortSalePrep} needs to know about a sale. */
export interface ShortSalePrepOptions {
  /** The kickoff's title (the sale's name in it). */
  readonly kickoff: LocalizedText;
  /** `platform`: the sale is the platform's (register for its activities); `store`: the store's own sale. */
  readonly organiser: 'platform' | 'store';
}

const bu = { phase: 'build-up' } as const;
const wu = { phase: 'warm-up' } as const;

/**
 * Build-up and warm-up tasks of a shorter sale (build-up of at least 10 days, warm-up of at least 5), after the
 * 11.11 playbook's order: kickoff and tiering first, registration and store activities before the warm-up,
 * banners 24 hours before each activity shows. Registration dates are estimates (no source gives them).
 * Includes every task {@link SHARED_PREP_IDS} names.
 *
 * @example
 * shortSalePrep({ kickoff: title('Kickoff for 12.12', '双12启动会'), organiser: 'platform' }).length //=> 26
 */
export function shortSalePrep(options: ShortSalePrepOptions): TemplateTaskInput[] {
  const register: TemplateTaskInput[] =
    options.organiser === 'platform'
      ? [
          playbookTask('register-platform-activities', { ...bu, due: fromEnd(-5), notes: REGISTRATION_ESTIMATE }),
          playbookTask('register-shopping-coupons', { ...bu, due: fromEnd(-5), notes: REGISTRATION_ESTIMATE }),
        ]
      : [];
  const afterRegistration = options.organiser === 'platform' ? ['register-platform-activities'] : ['check-registration-stock-and-price'];
  const buildUp: TemplateTaskInput[] = [
    playbookTask('all-hands-kickoff', { ...bu, title: options.kickoff, due: teamStart(1, '11:00') }),
    playbookTask('budget-split', { ...bu, due: teamStart(2) }),
    playbookTask('tier-catalogue', { ...bu, due: teamStart(2) }),
    playbookTask('check-registration-stock-and-price', { ...bu, due: teamStart(3) }),
    ...register,
    playbookTask('register-store-discount', {
      ...bu,
      due: fromEnd(-3),
      estimate: options.organiser === 'platform',
      notes: note('The store single-item discount: volume and clearance products go here.', '店铺单品折扣：冲量单品和清仓单品放在这里。'),
    }),
    playbookTask('monitor-build-up-data', { ...bu, due: teamStart(4, '16:00') }),
    playbookTask('old-customer-reach-plan', { ...bu, due: teamStart(4) }),
    playbookTask('tune-ppc-ads', { ...bu, due: teamStart(5) }),
    playbookTask('set-store-activities', { ...bu, due: fromEnd(-2) }),
    playbookTask('design-topic-pages', { ...bu, due: teamEnd(-3), duration: days(4), dependsOn: afterRegistration }),
    playbookTask('warm-up-store-banner', { ...bu, dependsOn: [...afterRegistration, 'set-store-activities'] }),
    playbookTask('reach-members-and-fans', { ...bu, due: teamEnd(-2), duration: days(3) }),
    playbookTask('warehouse-prep', { ...bu, due: teamEnd(-4), duration: days(3) }),
    playbookTask('overseas-warehouse-stock', { ...bu, due: fromEnd(-3), duration: days(7) }),
    playbookTask('extend-ship-time', { ...bu, due: fromEnd(-1) }),
  ];
  const warmUp: TemplateTaskInput[] = [
    playbookTask('review-build-up-data', { ...wu, due: teamStart(1) }),
    playbookTask('warm-up-daily-cart-check', { ...wu, due: teamStart(0, '10:00') }),
    playbookTask('send-coupon-link-old-buyers', { ...wu, due: fromStart(0) }),
    playbookTask('reach-old-customers', { ...wu, due: teamStart(2), duration: days(2) }),
    playbookTask('polish-activity-page', { ...wu, due: teamStart(2), duration: days(2) }),
    playbookTask('prepare-sold-out-marks', { ...wu, due: teamEnd(-3) }),
    playbookTask('peak-store-banner', { ...wu, dependsOn: ['polish-activity-page', 'set-store-activities'] }),
    playbookTask('service-care-scripts', { ...wu, due: teamStart(1), duration: days(1) }),
    playbookTask('set-auto-replies', { ...wu, due: fromEnd(-1) }),
    playbookTask('warehouse-process-hardware', { ...wu, due: teamEnd(-2), duration: days(2), dependsOn: ['warehouse-prep'] }),
  ];
  return [...buildUp, ...warmUp];
}

const REGISTRATION_ESTIMATE = note(
  "Estimate: no source gives this sale's registration date; platforms close registration some days before the warm-up. Confirm in the seller centre.",
  '预估：没有资料给出本次大促的报名截止日期，平台通常在预热期前几天截止。请在卖家后台确认。',
);
