import { describe, expect, it } from 'vitest';
import { instantiate } from '../templates/instantiate.js';
import { getTemplate } from '../templates/registry.js';
import { parsePlan } from '../plan/parse-plan.js';
import { serializePlan } from '../plan/serialize-plan.js';
import type { Plan } from '../schemas/plan.js';
import { seasonWarnings } from './season-warnings.js';

const make = (id: string, year = 2026) => instantiate(getTemplate(id), { year, teamTimeZone: 'Asia/Shanghai' });
const withTasks = (plan: Plan, edit: (p: Plan) => Plan) => parsePlan(JSON.parse(serializePlan(edit(structuredClone(plan)))));

describe('seasonWarnings', () => {
  const eleven = make('aliexpress-11-11');
  const friday = make('aliexpress-black-friday');

  it("reminds the 11.11 team of Black Friday's registrations that close during 11.11's warm-up or peak", () => {
    const w = seasonWarnings([eleven, friday]);
    const regs = w.filter((x) => x.code === 'registration_during_other_campaign');
    expect(regs.length).toBeGreaterThan(0);
    for (const r of regs) {
      expect(r.plan).toBe(friday.id);
      expect(r.other).toBe(eleven.id);
      const task = friday.tasks[r.path[1] as number]!;
      expect(task.tags).toContain('registration');
      const busy = eleven.phases.filter((p) => p.id === 'warm-up' || p.id === 'peak');
      expect(busy.some((p) => task.due >= p.start && task.due < p.end)).toBe(true);
    }
  });

  it("lists tasks due inside another campaign's peak, and none for campaigns that do not overlap", () => {
    const w = seasonWarnings([eleven, friday]).filter((x) => x.code === 'due_in_other_peak');
    const peak = eleven.phases.find((p) => p.id === 'peak')!;
    for (const x of w.filter((x) => x.other === eleven.id)) {
      const due = friday.tasks[x.path[1] as number]!.due;
      expect(due >= peak.start && due < peak.end).toBe(true);
    }
    const far = make('aliexpress-328');
    expect(seasonWarnings([far, friday]).filter((x) => x.code !== 'owner_overloaded')).toEqual([]);
  });

  it('reports one owner with more tasks due on one team day than allowed, across campaigns', () => {
    const a = withTasks(eleven, (p) => ({ ...p, tasks: p.tasks.map((t) => ({ ...t, owner: 'li', recurrence: undefined })) }));
    const busiest = seasonWarnings([a], { maxTasksPerDay: 3 }).filter((x) => x.code === 'owner_overloaded');
    expect(busiest.length).toBeGreaterThan(0);
    expect(busiest[0]!.message).toMatch(/^li has \d+ tasks due on 2026-\d\d-\d\d \(Asia\/Shanghai\)/);
    expect(seasonWarnings([a], { maxTasksPerDay: 1000 }).filter((x) => x.code === 'owner_overloaded')).toEqual([]);
  });

  it('flags stock registered for two campaigns whose peaks overlap beyond what is in stock', () => {
    const product = (registeredStock: number) => ({
      id: 'mug',
      tier: 'activity' as const,
      skus: [{ id: 'mug-1', price: 1000, stock: 500 }],
      priceHistory: [],
      registrations: [{ channel: 'main-venue' as const, registeredStock }],
    });
    const base = withTasks(eleven, (p) => ({ ...p, id: 'a', products: [...p.products, product(300)] }));
    const overlapping = withTasks(eleven, (p) => ({ ...p, id: 'b', products: [...p.products, product(300)] }));
    expect(seasonWarnings([base, overlapping]).filter((x) => x.code === 'stock_double_registered')).toHaveLength(1);
    const fits = withTasks(eleven, (p) => ({ ...p, id: 'b', products: [...p.products, product(200)] }));
    expect(seasonWarnings([base, fits]).filter((x) => x.code === 'stock_double_registered')).toEqual([]);
    const later = withTasks(friday, (p) => ({ ...p, products: [...p.products, product(300)] }));
    expect(seasonWarnings([base, later]).filter((x) => x.code === 'stock_double_registered')).toEqual([]);
  });
});
