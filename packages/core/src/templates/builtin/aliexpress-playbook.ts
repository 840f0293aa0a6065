// The 11.11 playbook is the source every AliExpress template borrows its wording from; only the timing of
// build-up and warm-up work differs between sales. Peak and review tasks are timed relative to their own
// phase, so they carry over unchanged to a sale of any length.
import { tasks1111 } from './aliexpress-11-11/tasks.js';
import { reuse, type TemplateTaskInput } from './task-kit.js';

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
