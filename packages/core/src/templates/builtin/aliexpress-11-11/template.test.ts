import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../errors/issue.js';
import { PlanValidationError } from '../../../errors/validation-error.js';
import { taskOccurrences } from '../../../plan/occurrences.js';
import type { Plan } from '../../../schemas/plan.js';
import type { PublishedCalendarInput } from '../../../schemas/template.js';
import { formatISOInZone, formatInZone } from '../../../time/wall-time.js';
import { instantiate } from '../../instantiate.js';
import { getTemplate } from '../../registry.js';

const LA = 'America/Los_Angeles';
const SH = 'Asia/Shanghai';
const HOUR = 3_600_000;

const plan2020 = () => instantiate(getTemplate('aliexpress-11-11'), { year: 2020, teamTimeZone: SH });
const task = (plan: Plan, id: string) => {
  const found = plan.tasks.find((t) => t.id === id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
};
const CALENDAR_2021: PublishedCalendarInput = {
  note: '11.11 2021: warm-up Nov 1 - Nov 10, sale Nov 11 - Nov 13',
  phases: { 'warm-up': { first: '2021-11-01', last: '2021-11-10' }, peak: { first: '2021-11-11', last: '2021-11-13' } },
};

// The playbook (shared/domain/playbook.md), section by section: every bullet is a task in its phase and row.
const PLAYBOOK: Record<string, Record<string, string[]>> = {
  'build-up': {
    operations: ['all-hands-kickoff', 'budget-split', 'register-platform-activities', 'register-store-discount', 'monitor-build-up-data', 'stage-traffic-channels', 'old-customer-reach-plan'],
    product: ['tier-catalogue', 'check-registration-stock-and-price', 'incubate-hero-products'],
    traffic: ['build-base-sales', 'optimise-search', 'tune-ppc-ads', 'set-affiliate-commissions', 'confirm-offsite-content'],
    marketing: ['register-shopping-coupons', 'register-venue-activities', 'set-store-activities', 'score-boosters'],
    visual: ['design-topic-pages', 'produce-videos', 'offsite-material', 'selling-point-graphics', 'posters-and-offer-info', 'warm-up-store-banner'],
    'logistics-service': ['reach-members-and-fans', 'reach-prospects', 'warehouse-prep', 'warehouse-stress-test', 'overseas-warehouse-stock', 'extend-ship-time'],
  },
  'warm-up': {
    operations: ['review-build-up-data', 'department-check-in'],
    product: ['warm-up-daily-cart-check', 'pull-users-below-target'],
    traffic: ['warm-up-daily-traffic-check', 'raise-paid-traffic', 'offsite-traffic-push', 'more-live-streams'],
    marketing: ['send-coupon-link-old-buyers', 'reach-old-customers', 'shopping-scenarios', 'test-offsite-product-ads'],
    visual: ['polish-activity-page', 'refresh-selling-point-visuals', 'prepare-sold-out-marks', 'peak-store-banner'],
    'logistics-service': ['service-care-scripts', 'set-auto-replies', 'warehouse-process-hardware'],
  },
  peak: {
    operations: ['sprint-kickoff', 'standby-staff', 'peak-daily-data-check', 'peak-stock-sync-plan', 'add-budget-and-traffic'],
    product: ['peak-monitor-tiers', 'replenish-hero-stock'],
    traffic: ['raise-ppc-bids', 'longer-live-streams', 'influencer-promo-codes'],
    marketing: ['limited-large-coupons', 'crm-push-targeted-coupons', 'crm-push-email', 'crm-push-buyer-messages', 'cart-payment-promo-codes', 'live-stream-promo-codes'],
    visual: ['peak-offsite-material', 'peak-leaderboards', 'temporary-activity-blocks'],
    'logistics-service': ['peak-service-notices', 'peak-payment-reminders', 'packing-fast-dispatch'],
  },
  review: {
    operations: ['publish-target-completion', 'plan-shifts', 'team-incentives', 'plan-black-friday', 'review-data'],
    product: ['sku-sell-through', 'gmv-drivers', 'profit-review', 'tune-after-review'],
    traffic: ['return-visit-targeted-coupons', 'black-friday-traffic'],
    marketing: ['return-visit-activities', 'keep-affiliate-commission-high'],
    visual: ['black-friday-decoration'],
    'logistics-service': ['ship-peak-orders', 'service-review', 'logistics-follow-up', 'erp-stock-plans'],
  },
};

describe('aliexpress-11-11 for 2020', () => {
  it('has the playbook phases as half-open US Pacific days', () => {
    expect(plan2020().phases.map((p) => [p.id, p.start.toISOString(), p.end.toISOString()])).toEqual([
      ['build-up', '2020-10-01T07:00:00.000Z', '2020-10-28T07:00:00.000Z'],
      ['warm-up', '2020-10-28T07:00:00.000Z', '2020-11-11T08:00:00.000Z'],
      ['peak', '2020-11-11T08:00:00.000Z', '2020-11-13T08:00:00.000Z'],
      ['review', '2020-11-13T08:00:00.000Z', '2020-11-21T08:00:00.000Z'],
    ]);
  });

  it('has exactly the playbook tasks, each in its phase and workstream', () => {
    const actual: Record<string, Record<string, string[]>> = {};
    for (const t of plan2020().tasks) ((actual[t.phase] ??= {})[t.workstream] ??= []).push(t.id);
    expect(actual).toEqual(PLAYBOOK);
  });

  it('shows a 23:59 PT deadline in Shanghai one hour later after Nov 1 (PDT -> PST)', () => {
    const plan = plan2020();
    const before = task(plan, 'register-platform-activities').due;
    const after = task(plan, 'set-auto-replies').due;
    expect(formatInZone(before, LA)).toBe('2020-10-21 23:59');
    expect(formatInZone(before, SH)).toBe('2020-10-22 14:59');
    expect(formatInZone(after, LA)).toBe('2020-11-10 23:59');
    expect(formatInZone(after, SH)).toBe('2020-11-11 15:59');
  });

  it('puts each registration deadline before the activity and marks it critical', () => {
    const plan = plan2020();
    const warmUp = plan.phases[1]!.start;
    for (const id of ['register-platform-activities', 'register-shopping-coupons', 'register-store-discount', 'register-venue-activities']) {
      const t = task(plan, id);
      expect(t).toMatchObject({ critical: true, phase: 'build-up' });
      expect(t.tags).toContain('registration');
      expect(t.due.getTime()).toBeLessThan(warmUp.getTime());
    }
    expect(task(plan, 'register-platform-activities').dependsOn).toEqual(['tier-catalogue', 'check-registration-stock-and-price']);
  });

  it('replaces the store banner 24 hours before each activity shows, after the offers exist', () => {
    const plan = plan2020();
    const [, warmUp, peak] = plan.phases;
    expect(warmUp!.start.getTime() - task(plan, 'warm-up-store-banner').due.getTime()).toBe(24 * HOUR);
    expect(peak!.start.getTime() - task(plan, 'peak-store-banner').due.getTime()).toBe(24 * HOUR);
    expect(task(plan, 'warm-up-store-banner').dependsOn).toEqual(expect.arrayContaining(['register-platform-activities', 'set-store-activities']));
    expect(task(plan, 'send-coupon-link-old-buyers').dependsOn).toEqual(['warm-up-store-banner']);
  });

  it('checks daily in the peak whether half the stock is sold, after the stock plan and the tier monitoring', () => {
    const plan = plan2020();
    const replenish = task(plan, 'replenish-hero-stock');
    expect(replenish).toMatchObject({ critical: true, dependsOn: ['peak-stock-sync-plan', 'peak-monitor-tiers'] });
    expect(taskOccurrences(plan, replenish).map((d) => formatInZone(d, LA))).toEqual(['2020-11-11 12:00', '2020-11-12 12:00']);
  });

  it('repeats the peak monitoring daily at the same Pacific wall time', () => {
    const plan = plan2020();
    const daily = plan.tasks.filter((t) => t.phase === 'peak' && t.recurrence);
    expect(daily.map((t) => t.id)).toEqual(['peak-daily-data-check', 'peak-monitor-tiers', 'replenish-hero-stock', 'peak-leaderboards', 'peak-payment-reminders', 'packing-fast-dispatch']);
    const check = taskOccurrences(plan, task(plan, 'peak-daily-data-check'));
    expect(check.map((d) => d.toISOString())).toEqual(['2020-11-11T17:00:00.000Z', '2020-11-12T17:00:00.000Z']);
    for (const t of daily) {
      const walls = taskOccurrences(plan, t).map((d) => formatInZone(d, LA, 'HH:mm'));
      expect(walls).toHaveLength(2);
      expect(new Set(walls).size).toBe(1);
    }
  });

  it('keeps a daily warm-up check at 10:00 PT across Nov 1 while its UTC time moves by an hour', () => {
    const plan = plan2020();
    const occurrences = taskOccurrences(plan, task(plan, 'warm-up-daily-cart-check'));
    expect(occurrences).toHaveLength(14);
    expect(new Set(occurrences.map((d) => formatInZone(d, LA, 'HH:mm')))).toEqual(new Set(['10:00']));
    const byDay = Object.fromEntries(occurrences.map((d) => [formatInZone(d, LA, 'MM-dd'), d.toISOString().slice(11, 16)]));
    expect(byDay['10-31']).toBe('17:00');
    expect(byDay['11-01']).toBe('18:00');
    expect(formatInZone(occurrences[0]!, SH)).toBe('2020-10-29 01:00');
    expect(formatInZone(occurrences[13]!, SH)).toBe('2020-11-11 02:00');
  });

  it('sends the three CRM pushes of the peak in order and tags them crm', () => {
    const plan = plan2020();
    const pushes = ['crm-push-targeted-coupons', 'crm-push-email', 'crm-push-buyer-messages'].map((id) => task(plan, id));
    expect(pushes.every((t) => t.tags.includes('crm'))).toBe(true);
    const times = pushes.map((t) => t.due.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe('aliexpress-11-11 with the 2021 published calendar', () => {
  const plan = () => instantiate(getTemplate('aliexpress-11-11'), { year: 2021, teamTimeZone: SH, calendar: CALENDAR_2021 });

  it('tiles the campaign with a three-day peak; the build-up and review absorb the change', () => {
    const p = plan();
    expect(p.phases.map((ph) => [ph.id, formatISOInZone(ph.start, LA), formatISOInZone(ph.end, LA)])).toEqual([
      ['build-up', '2021-10-01T00:00:00-07:00', '2021-11-01T00:00:00-07:00'],
      ['warm-up', '2021-11-01T00:00:00-07:00', '2021-11-11T00:00:00-08:00'],
      ['peak', '2021-11-11T00:00:00-08:00', '2021-11-14T00:00:00-08:00'],
      ['review', '2021-11-14T00:00:00-08:00', '2021-11-21T00:00:00-08:00'],
    ]);
    p.phases.slice(1).forEach((ph, i) => expect(ph.start).toEqual(p.phases[i]!.end));
    expect(p.source?.calendar).toEqual({ note: CALENDAR_2021.note });
  });

  it('moves tasks anchored to a phase with it', () => {
    const p = plan();
    const due = (id: string) => formatInZone(task(p, id).due, LA);
    expect(due('warm-up-store-banner')).toBe('2021-10-31 00:00');
    expect(due('review-build-up-data')).toBe('2021-11-02 18:00');
    expect(due('register-store-discount')).toBe('2021-10-28 23:59');
    expect(due('crm-push-buyer-messages')).toBe('2021-11-13 09:00');
    expect(due('publish-target-completion')).toBe('2021-11-14 18:00');
    // Anchored to the start of an unchanged build-up: stays on Oct 21.
    expect(due('register-platform-activities')).toBe('2021-10-21 23:59');
  });

  it('runs the daily peak monitoring on all three sale days', () => {
    const p = plan();
    const occurrences = taskOccurrences(p, task(p, 'peak-daily-data-check'));
    expect(occurrences.map((d) => formatInZone(d, LA))).toEqual(['2021-11-11 09:00', '2021-11-12 09:00', '2021-11-13 09:00']);
    expect(taskOccurrences(p, task(p, 'warm-up-daily-cart-check'))).toHaveLength(10);
  });

  const errorOf = (calendar: PublishedCalendarInput): PlanValidationError => {
    try {
      instantiate(getTemplate('aliexpress-11-11'), { year: 2021, teamTimeZone: SH, calendar });
    } catch (e) {
      if (e instanceof PlanValidationError) return e;
      throw e;
    }
    throw new Error('expected a PlanValidationError');
  };
  const paths = (e: PlanValidationError) => e.issues.map((i) => formatPath(i.path));

  it.each<[string, PublishedCalendarInput, string[]]>([
    ['an unknown phase', { phases: { presale: { first: '2021-10-20', last: '2021-10-31' } } }, ['calendar.phases.presale']],
    ['a last day before the first', { phases: { peak: { first: '2021-11-13', last: '2021-11-11' } } }, ['calendar.phases.peak.last']],
    [
      'overlapping ranges',
      { phases: { 'warm-up': { first: '2021-11-01', last: '2021-11-11' }, peak: { first: '2021-11-11', last: '2021-11-13' } } },
      ['calendar.phases.peak.first'],
    ],
    [
      'a gap between neighbours',
      { phases: { peak: { first: '2021-11-11', last: '2021-11-13' }, review: { first: '2021-11-16', last: '2021-11-20' } } },
      ['calendar.phases.review.first'],
    ],
    ['a phase squeezed to nothing', { phases: { peak: { first: '2021-10-28', last: '2021-11-25' } } }, ['calendar.phases']],
    ['an impossible date', { phases: { peak: { first: '2021-11-31', last: '2021-12-01' } } }, ['calendar.phases.peak.first']],
  ])('rejects %s with a path', (_, calendar, expected) => {
    const e = errorOf(calendar);
    expect(paths(e)).toEqual(expected);
    expect(e.message).toMatch(/^Invalid (calendar|options)/);
  });
});
