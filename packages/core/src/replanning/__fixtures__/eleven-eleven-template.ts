// Test data for the calendar tests: an 11.11 template in the 2020 playbook's shape, small enough to reason
// about by hand, independent of the built-in template (which may grow). Not part of the build.
import type { PublishedCalendarInput, TemplateInput } from '../../schemas/template.js';

const t = (en: string) => ({ en, 'zh-CN': en });

/** Build-up Oct 1 - 27, warm-up Oct 28 - Nov 10, peak Nov 11 - 12, review Nov 13 - 20 (US Pacific days). */
export function elevenElevenTemplate(): TemplateInput {
  return {
    id: 'test-11-11',
    version: 1,
    name: t('Test 11.11'),
    platform: 'aliexpress',
    anchor: { rule: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=11' },
    phases: [
      { id: 'build-up', label: t('Build-up'), firstDay: -41, lastDay: -15 },
      { id: 'warm-up', label: t('Warm-up'), firstDay: -14, lastDay: -1 },
      { id: 'peak', label: t('Peak'), firstDay: 0, lastDay: 1 },
      { id: 'review', label: t('Review'), firstDay: 2, lastDay: 9 },
    ],
    tasks: [
      {
        id: 'register-activities',
        title: t('Register for platform activities'),
        phase: 'build-up',
        workstream: 'operations',
        due: { from: 'phase-start', days: 20, time: '23:59' },
        critical: true,
      },
      // A week before the warm-up: moves with the warm-up.
      {
        id: 'register-discount',
        title: t('Register the single-item discount'),
        phase: 'build-up',
        workstream: 'marketing',
        due: { from: 'phase-start', phase: 'warm-up', days: -7, time: '23:59' },
        critical: true,
      },
      {
        id: 'discount-visuals',
        title: t('Discount visuals'),
        phase: 'build-up',
        workstream: 'visual',
        start: { from: 'phase-start', days: 17, time: '09:00' },
        due: { from: 'phase-start', days: 22, time: '23:59' },
        dependsOn: ['register-discount'],
      },
      {
        id: 'discount-coupons',
        title: t('Set up discount coupons'),
        phase: 'build-up',
        workstream: 'marketing',
        due: { from: 'phase-start', days: 23, time: '23:59' },
        dependsOn: ['register-discount'],
        critical: true,
      },
      {
        id: 'warm-up-banner',
        title: t('Replace the store banner'),
        phase: 'build-up',
        workstream: 'visual',
        due: { from: 'phase-start', phase: 'warm-up', days: -1, time: '00:00' },
        dependsOn: ['register-activities'],
      },
      {
        id: 'warm-up-check',
        title: t('Warm-up daily check'),
        phase: 'warm-up',
        workstream: 'operations',
        due: { from: 'phase-start', time: '09:00' },
        recurrence: { rule: 'FREQ=DAILY' },
      },
      {
        id: 'peak-check',
        title: t('Peak daily check'),
        phase: 'peak',
        workstream: 'operations',
        due: { from: 'phase-start', time: '09:00' },
        recurrence: { rule: 'FREQ=DAILY' },
      },
      {
        id: 'replenish',
        title: t('Replenish hero stock'),
        phase: 'peak',
        workstream: 'product',
        due: { from: 'phase-end', days: -1, time: '12:00' },
        critical: true,
      },
      { id: 'review-data', title: t('Data review'), phase: 'review', workstream: 'operations', due: { from: 'phase-end', days: -1, time: '18:00' } },
    ],
  };
}

/** 2021 as published: warm-up Nov 1 - 10, a three-day sale Nov 11 - 13. */
export const CALENDAR_2021: PublishedCalendarInput = {
  note: 'AliExpress 11.11 2021: warm-up Nov 1 - Nov 10, sale Nov 11 - Nov 13 (US Pacific)',
  published: '2021-09-15',
  phases: { 'warm-up': { first: '2021-11-01', last: '2021-11-10' }, peak: { first: '2021-11-11', last: '2021-11-13' } },
};
