import type { Locale } from '@campaign-planner/core';

// The words of <campaign-targets> (metric and channel names come from core's labels).
const EN = {
  targets: 'Targets',
  budgets: 'Budgets',
  warnings: 'Warnings',
  season: 'Season',
  behind: 'Behind pace',
  pace: 'Pace',
  actual: 'Actual',
  spent: 'Spent',
  left: 'left',
  projected: 'Projected',
  roi: 'ROI',
  campaign: 'Campaign',
  none: 'This plan has no targets or budgets.',
  chart: (metric: string, actual: string, goal: string, pace: string) => `${metric}: ${actual} of ${goal}; the pace line is at ${pace} now`,
};

const ZH: { readonly [K in keyof typeof EN]: K extends 'chart' ? (typeof EN)['chart'] : string } = {
  targets: '目标',
  budgets: '预算',
  warnings: '提醒',
  season: '活动季',
  behind: '落后进度',
  pace: '进度线',
  actual: '实际',
  spent: '已花',
  left: '剩余',
  projected: '预计',
  roi: 'ROI',
  campaign: '整个活动',
  none: '此计划没有目标或预算。',
  chart: (metric, actual, goal, pace) => `${metric}：${actual} / ${goal}，当前进度线 ${pace}`,
};

/** The texts of `<campaign-targets>` in a locale. */
export const targetsText = (l: Locale): typeof ZH => (l === 'zh-CN' ? ZH : EN);
