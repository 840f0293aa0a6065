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
    operations: [
      'all-hands-kickoff',
      'budget-split',
      'register-platform-activities',
      'register-store-discount',
      'monitor-build-up-data',
      'stage-traffic-channels',
      'old-customer-reach-plan',
    ],
    product: ['tier-catalogue', 'check-registration-stock-and-price', 'incubate-hero-products'],
    traffic: ['build-base-sales', 'optimise-search', 'tune-ppc-ads', 'set-affiliate-commissions', 'confirm-offsite-content'],
    marketing: ['register-shopping-coupons', 'register-venue-activities', 'set-store-activities', 'fan-growth'],
    visual: ['design-topic-pages', 'produce-videos', 'offsite-material', 'selling-point-graphics', 'posters-and-offer-info', 'warm-up-store-banner'],
    'logistics-service': [
      'reach-members-and-fans',
      'reach-prospects',
      'warehouse-prep',
      'warehouse-stress-test',
      'overseas-warehouse-stock',
      'extend-ship-time',
    ],
  },
  'warm-up': {
    operations: ['warm-up-opens', 'review-build-up-data', 'department-check-in'],
    product: ['warm-up-daily-cart-check', 'pull-users-below-target'],
    traffic: ['warm-up-daily-traffic-check', 'raise-paid-traffic', 'offsite-traffic-push', 'more-live-streams'],
    marketing: ['send-coupon-link-old-buyers', 'reach-old-customers', 'shopping-scenarios', 'test-offsite-product-ads'],
    visual: ['polish-activity-page', 'refresh-selling-point-visuals', 'prepare-sold-out-marks', 'peak-store-banner'],
    'logistics-service': ['service-care-scripts', 'set-auto-replies', 'warehouse-process-hardware'],
  },
  peak: {
    operations: ['sale-opens', 'sprint-kickoff', 'standby-staff', 'peak-daily-data-check', 'peak-stock-sync-plan', 'add-budget-and-traffic'],
    product: ['peak-monitor-tiers', 'replenish-hero-stock'],
    traffic: ['raise-ppc-bids', 'longer-live-streams', 'influencer-promo-codes'],
    marketing: [
      'limited-large-coupons',
      'crm-push-targeted-coupons',
      'crm-push-email',
      'crm-push-buyer-messages',
      'cart-payment-promo-codes',
      'live-stream-promo-codes',
    ],
    visual: ['peak-offsite-material', 'peak-leaderboards', 'temporary-activity-blocks'],
    'logistics-service': ['peak-service-notices', 'peak-payment-reminders', 'peak-review-monitoring', 'packing-fast-dispatch'],
  },
  review: {
    operations: ['publish-target-completion', 'plan-shifts', 'team-incentives', 'plan-black-friday', 'black-friday-registration-rules', 'review-data'],
    product: ['sku-sell-through', 'gmv-drivers', 'profit-review', 'tune-after-review'],
    traffic: ['return-visit-targeted-coupons', 'traffic-channel-analysis', 'black-friday-traffic'],
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
    expect(formatInZone(before, LA)).toBe('2020-10-14 23:59');
    expect(formatInZone(before, SH)).toBe('2020-10-15 14:59');
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
    // The team's check, at 14:00 Beijing time on each sale day.
    expect(taskOccurrences(plan, replenish).map((d) => formatInZone(d, SH))).toEqual(['2020-11-12 14:00', '2020-11-13 14:00']);
  });

  it("repeats the peak monitoring daily, the team's rows at a Beijing hour and the buyers' rows at a Pacific one", () => {
    const plan = plan2020();
    const daily = plan.tasks.filter((t) => t.phase === 'peak' && t.recurrence);
    expect(daily.map((t) => t.id)).toEqual([
      'peak-daily-data-check',
      'peak-monitor-tiers',
      'replenish-hero-stock',
      'peak-leaderboards',
      'peak-payment-reminders',
      'peak-review-monitoring',
      'packing-fast-dispatch',
    ]);
    const check = taskOccurrences(plan, task(plan, 'peak-daily-data-check'));
    // 10:00 Beijing time, not 01:00: the team's morning while the sale runs.
    expect(check.map((d) => formatInZone(d, SH))).toEqual(['2020-11-12 10:00', '2020-11-13 10:00']);
    expect(formatInZone(taskOccurrences(plan, task(plan, 'peak-payment-reminders'))[0]!, LA)).toBe('2020-11-11 20:00');
    for (const t of daily) {
      const walls = taskOccurrences(plan, t).map((d) => formatInZone(d, t.clock === 'team' ? SH : LA, 'HH:mm'));
      expect(walls).toHaveLength(2);
      expect(new Set(walls).size).toBe(1);
    }
  });

  it('keeps a warm-up check at 10:00 Beijing time on working days across Nov 1 while its Pacific time moves by an hour', () => {
    const plan = plan2020();
    const occurrences = taskOccurrences(plan, task(plan, 'warm-up-daily-cart-check'));
    expect(occurrences.map((d) => formatInZone(d, SH, 'MM-dd EEE'))).toEqual([
      '10-29 Thu',
      '10-30 Fri',
      '11-02 Mon',
      '11-03 Tue',
      '11-04 Wed',
      '11-05 Thu',
      '11-06 Fri',
      '11-09 Mon',
      '11-10 Tue',
      '11-11 Wed',
    ]);
    expect(new Set(occurrences.map((d) => formatInZone(d, SH, 'HH:mm')))).toEqual(new Set(['10:00']));
    expect(formatInZone(occurrences[1]!, LA)).toBe('2020-10-29 19:00');
    expect(formatInZone(occurrences[2]!, LA)).toBe('2020-11-01 18:00');
    expect(task(plan, 'warm-up-daily-cart-check').clock).toBe('team');
  });

  it("says which deadlines are the playbook's and which are estimates (the 11.11 registrations)", () => {
    const plan = plan2020();
    expect(task(plan, 'extend-ship-time').dueSource).toMatchObject({ kind: 'playbook', year: 2020 });
    expect(task(plan, 'register-platform-activities').dueSource).toMatchObject({ kind: 'estimate' });
    expect(task(plan, 'all-hands-kickoff').dueSource).toBeUndefined();
    const later = instantiate(getTemplate('aliexpress-11-11'), { year: 2027, teamTimeZone: SH });
    expect(task(later, 'extend-ship-time').dueSource).toEqual({
      kind: 'estimate',
      year: 2020,
      note: '2020 rule extended to 2027: confirm in the seller centre',
    });
    const published = instantiate(getTemplate('aliexpress-11-11'), {
      year: 2027,
      teamTimeZone: SH,
      calendar: { note: '11.11 2027 seller notice', deadlines: { 'register-platform-activities': '2027-10-20T23:59' } },
    });
    expect(formatInZone(task(published, 'register-platform-activities').due, LA)).toBe('2027-10-20 23:59');
    expect(task(published, 'register-platform-activities').dueSource).toEqual({ kind: 'published', year: 2027, note: '11.11 2027 seller notice' });
  });

  it("names the playbook's terms as sellers use them", () => {
    const plan = plan2020();
    expect(task(plan, 'fan-growth').title['zh-CN']).toMatch(/^增粉/);
    expect(task(plan, 'register-venue-activities').title['zh-CN']).toContain('拼团');
    expect(task(plan, 'review-data').title['zh-CN']).toBe('复盘活动场次及产出');
    expect(task(plan, 'peak-review-monitoring').title['zh-CN']).toMatch(/^评价监控/);
    expect(task(plan, 'traffic-channel-analysis').title['zh-CN']).toMatch(/^流量渠道分析/);
    expect(task(plan, 'black-friday-registration-rules').title['zh-CN']).toContain('黑五产品报名规则');
    expect(task(plan, 'tier-catalogue').notes).toMatchObject({
      en: expect.stringContaining('primary pushes (主推)'),
      'zh-CN': expect.stringContaining('主推与次推'),
    });
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
    expect(formatInZone(task(p, 'review-build-up-data').due, SH)).toBe('2021-11-03 17:00');
    expect(due('register-store-discount')).toBe('2021-10-28 23:59');
    expect(due('crm-push-buyer-messages')).toBe('2021-11-13 09:00');
    expect(formatInZone(task(p, 'publish-target-completion').due, SH)).toBe('2021-11-16 11:00');
    // Two weeks before the published warm-up.
    expect(due('register-platform-activities')).toBe('2021-10-18 23:59');
  });

  it('runs the daily peak monitoring on all three sale days', () => {
    const p = plan();
    const occurrences = taskOccurrences(p, task(p, 'peak-daily-data-check'));
    expect(occurrences.map((d) => formatInZone(d, SH))).toEqual(['2021-11-12 10:00', '2021-11-13 10:00', '2021-11-14 10:00']);
    expect(taskOccurrences(p, task(p, 'warm-up-daily-cart-check'))).toHaveLength(8);
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
