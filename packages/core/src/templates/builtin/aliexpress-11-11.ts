import type { TemplateInput } from '../../schemas/template.js';

/**
 * AliExpress 11.11, after the 2020 seller playbook: build-up Oct 1 - Oct 27, warm-up Oct 28 - Nov 10,
 * peak Nov 11 - Nov 12, review Nov 13 - Nov 20, all US Pacific days.
 */
export const aliexpress1111: TemplateInput = {
  id: 'aliexpress-11-11',
  version: 1,
  name: { en: 'AliExpress 11.11', 'zh-CN': '速卖通双11' },
  description: {
    en: 'The 11.11 Global Shopping Festival in four phases, dates in US Pacific time.',
    'zh-CN': '双11全球购物节四个阶段，日期为美西时间。',
  },
  platform: 'aliexpress',
  platformTimeZone: 'America/Los_Angeles',
  anchor: { rule: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=11', description: { en: 'November 11', 'zh-CN': '11月11日' } },
  phases: [
    { id: 'build-up', label: { en: 'Build-up', 'zh-CN': '造势期' }, firstDay: -41, lastDay: -15 },
    { id: 'warm-up', label: { en: 'Warm-up', 'zh-CN': '预热期' }, firstDay: -14, lastDay: -1 },
    { id: 'peak', label: { en: 'Peak', 'zh-CN': '正式期' }, firstDay: 0, lastDay: 1 },
    { id: 'review', label: { en: 'Review', 'zh-CN': '总结复盘期' }, firstDay: 2, lastDay: 9 },
  ],
  tasks: [
    {
      id: 'register-platform-activities',
      title: { en: 'Register for platform activities and fix the core selling point', 'zh-CN': '报名平台活动并确定利益点' },
      phase: 'build-up',
      workstream: 'operations',
      due: { from: 'phase-start', days: 20, time: '23:59' },
      critical: true,
      weight: 3,
      tags: ['registration'],
    },
    {
      id: 'warm-up-store-banner',
      title: { en: 'Replace the store banner and point it at the coupon page', 'zh-CN': '更换店铺横幅并链接到优惠券页面' },
      phase: 'build-up',
      workstream: 'visual',
      due: { from: 'phase-start', phase: 'warm-up', days: -1, time: '00:00' },
      dependsOn: ['register-platform-activities'],
      notes: '24 hours before the activity shows.',
    },
    {
      id: 'peak-daily-data-check',
      title: { en: 'Monitor live data and respond to incidents', 'zh-CN': '实时数据监控与异常处理' },
      phase: 'peak',
      workstream: 'operations',
      due: { from: 'phase-start', days: 0, time: '09:00' },
      recurrence: { rule: 'FREQ=DAILY' },
    },
    {
      id: 'replenish-hero-stock',
      title: { en: 'Replenish when more than half the stock is sold', 'zh-CN': '库存售出过半时补货' },
      phase: 'peak',
      workstream: 'product',
      due: { from: 'phase-end', days: -1, time: '12:00' },
      critical: true,
    },
    {
      id: 'review-data',
      title: { en: 'Data review and review sessions', 'zh-CN': '数据复盘与复盘会' },
      phase: 'review',
      workstream: 'operations',
      due: { from: 'phase-end', days: -1, time: '18:00' },
    },
  ],
};
