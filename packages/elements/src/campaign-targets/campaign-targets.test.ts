import { describe, expect, it } from 'vitest';
import { parsePlan, type PlanInput } from '@campaign-planner/core';
import { parseMetricEvent, seasonWarnings, targetReport, type MetricEventInput } from '@campaign-planner/core/targets';
import { axeViolations } from '../test/axe.js';
import { mount, plan1111, shadow } from '../test/fixtures.js';

const NOW = new Date('2026-11-04T07:30:00Z');

function targetsPlan() {
  const base = plan1111();
  const input = JSON.parse(JSON.stringify(base)) as PlanInput;
  return parsePlan({
    ...input,
    targets: [
      { id: 'visitors', metric: 'visitors', scope: { phase: 'warm-up' }, value: 14_000 },
      { id: 'cart', metric: 'add-to-cart', scope: { phase: 'warm-up' }, value: 2_800 },
      { id: 'cvr', metric: 'conversion-rate', value: '0.035' },
      { id: 'gmv', metric: 'gmv', scope: { phase: 'peak' }, value: 5_000_000, curve: 'sale' },
    ],
    budgets: [{ id: 'ads', channel: 'ads', phase: 'warm-up', amount: 140_000 }],
  });
}
const m = (e: Omit<MetricEventInput, 'type' | 'at' | 'by'>) => parseMetricEvent({ type: 'metric', at: '2026-11-04T01:00:00Z', by: 'mei', ...e });
const METRICS = [
  m({ metric: 'visitors', value: 4000, refersTo: '2026-10-30T23:59:00-07:00' }),
  m({ metric: 'visitors', value: 3500, refersTo: '2026-11-02T23:59:00-08:00' }),
  m({ metric: 'add-to-cart', value: 700, refersTo: '2026-11-02T23:59:00-08:00' }),
  m({ metric: 'conversion-rate', value: '0.0315', refersTo: '2026-11-02T23:59:00-08:00' }),
  m({ metric: 'spend', scope: { channel: 'ads' }, value: 50_000, refersTo: '2026-11-02T23:59:00-08:00' }),
];

describe('<campaign-targets>', () => {
  it('shows every target against its goal with a chart, flags the ones behind pace, and the budget burn', async () => {
    const plan = targetsPlan();
    const el = await mount('campaign-targets', { plan, metrics: METRICS, now: NOW });
    const root = shadow(el);
    const rows = [...root.querySelectorAll('[part="target"]')];
    const report = targetReport(plan, METRICS, { now: NOW });
    expect(rows).toHaveLength(report.progress.length);
    expect(rows[0]!.textContent).toContain('7,500 / 14,000');
    expect(rows[1]!.classList.contains('behind')).toBe(report.progress[1]!.behind);
    expect(rows[1]!.textContent).toContain('Behind pace');
    expect(rows[2]!.textContent).toContain('3.15% / 3.5%');
    // The actual line steps up twice (two figures) and ends at now; the pace line is drawn.
    const actual = rows[0]!.querySelector('path.actual')!.getAttribute('d')!;
    expect(actual.match(/V/g)).toHaveLength(2);
    expect(rows[0]!.querySelector('path.pace')!.getAttribute('d')!.split('L')).toHaveLength(25);
    expect(rows[0]!.querySelector('svg')!.getAttribute('aria-label')).toMatch(/Visitors · Warm-up: 7,500 of 14,000; the pace line is at 7,000 now/);
    const budget = root.querySelector('[part="budget"]')!;
    expect(budget.textContent).toContain('Spent $500.00 / $1,400.00');
    expect([...root.querySelectorAll('[part="warning"]')].map((w) => w.textContent)).toContain(
      'Add-to-cart · Warm-up: 700 of 2,800, below the pace line (1,400): push traffic now',
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('speaks Chinese, takes a heading level, and lists season warnings', async () => {
    const plan = targetsPlan();
    const warnings = seasonWarnings([plan, { ...plan, id: 'other' }], { maxTasksPerDay: 1 });
    const el = await mount('campaign-targets', { plan, metrics: METRICS, now: NOW, locale: 'zh-CN', headingLevel: 2, seasonWarnings: warnings });
    const root = shadow(el);
    expect(root.textContent).toContain('目标');
    expect(root.textContent).toContain('落后进度');
    expect(root.querySelector('[role="heading"]')!.getAttribute('aria-level')).toBe('2');
    expect(root.querySelectorAll('[part="warning"].season').length).toBe(warnings.length);
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('says so for a plan without targets, and shows hostile text as text', async () => {
    const el = await mount('campaign-targets', { plan: { ...plan1111(), targets: undefined, budgets: undefined }, metrics: [], now: NOW });
    expect(shadow(el).textContent).toContain('This plan has no targets or budgets.');
    const plan = targetsPlan();
    const hostile = { ...plan, phases: plan.phases.map((p) => ({ ...p, label: { en: '<img src=x onerror=alert(1)>', 'zh-CN': 'x' } })) };
    const el2 = await mount('campaign-targets', { plan: hostile, metrics: METRICS, now: NOW });
    expect(shadow(el2).querySelector('img')).toBeNull();
    expect(shadow(el2).textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('<campaign-planner> with targets', () => {
  it('shows the targets beside readiness in the readiness view, from the metrics it is given', async () => {
    const plan = targetsPlan();
    const el = await mount('campaign-planner', { plan, metrics: METRICS, now: NOW, view: 'readiness' });
    const targets = shadow(el).querySelector('campaign-targets');
    expect(targets).not.toBeNull();
    await targets!.updateComplete;
    expect(shadow(targets!).querySelectorAll('[part="target"]')).toHaveLength(plan.targets!.length);
    const bare = await mount('campaign-planner', { plan: { ...plan1111(), targets: undefined, budgets: undefined }, now: NOW, view: 'readiness' });
    expect(shadow(bare).querySelector('campaign-targets')).toBeNull();
  });
});
