import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { serializePlan } from '../plan/serialize-plan.js';
import { instantiate } from '../templates/instantiate.js';
import { getTemplate, listTemplates } from '../templates/registry.js';
import { planJsonSchema, planJsonSchemaText } from './json-schema.js';
import { dstPlan } from './__fixtures__/dst-plan.js';

const SHIPPED = fileURLToPath(new URL('../../plan.schema.json', import.meta.url));

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // ajv has no date-time format built in (ajv-formats adds it); the schema's own pattern does the checking.
  ajv.addFormat('date-time', true);
  ajv.addFormat('date', true);
  return ajv.compile(planJsonSchema());
}

// The store anniversary takes its day from the seller.
const TEMPLATE_PLANS = listTemplates().flatMap(({ id, anchor }) =>
  [2026, 2027].map((year) =>
    serializePlan(instantiate(getTemplate(id), { year, teamTimeZone: 'Asia/Shanghai', ...(anchor.sellerGiven ? { anchorDate: '03-10' } : {}) })),
  ),
);
/** Every built-in template instantiated for two years, as plan files (fresh objects each call). */
const templatePlans = () => TEMPLATE_PLANS.map((text) => JSON.parse(text) as Record<string, unknown>);

describe('plan JSON Schema', () => {
  it('is shipped as packages/core/plan.schema.json exactly as generated (run "npm run schema" after changing a schema)', () => {
    expect(readFileSync(SHIPPED, 'utf8')).toBe(planJsonSchemaText());
  });

  it('is a valid draft 2020-12 schema that accepts every built-in template plan', () => {
    const validate = validator();
    const plans = templatePlans();
    expect(plans.length).toBeGreaterThanOrEqual(2);
    for (const plan of [...plans, JSON.parse(serializePlan(dstPlan()))]) {
      expect(validate(plan), `${String(plan.id)}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('accepts a file that leaves defaults out', () => {
    const plan = templatePlans()[0]!;
    delete plan.platformTimeZone;
    for (const t of plan.tasks as Array<Record<string, unknown>>) for (const k of ['status', 'weight', 'critical', 'tags', 'dependsOn']) delete t[k];
    expect(validator()(plan)).toBe(true);
  });

  it('rejects broken plans, naming where', () => {
    const validate = validator();
    const broken: Array<[string, (p: any) => void, string]> = [
      ['due without offset', (p) => (p.tasks[0].due = '2026-10-21T23:59:00'), '/tasks/0/due'],
      ['due as a date only', (p) => (p.tasks[0].due = '2026-10-21'), '/tasks/0/due'],
      ['unknown workstream', (p) => (p.tasks[0].workstream = 'sales'), '/tasks/0/workstream'],
      ['unknown key', (p) => (p.tasks[0].colour = 'red'), '/tasks/0'],
      ['missing title', (p) => delete p.tasks[0].title, '/tasks/0'],
      ['empty zh-CN name', (p) => (p.name['zh-CN'] = ''), '/name/zh-CN'],
      ['no phases', (p) => (p.phases = []), '/phases'],
      ['wrong version', (p) => (p.version = 2), '/version'],
      ['weight zero', (p) => (p.tasks[0].weight = 0), '/tasks/0/weight'],
      ['id with a space', (p) => (p.id = 'my plan'), '/id'],
    ];
    for (const [what, breakIt, where] of broken) {
      const plan = templatePlans()[0]!;
      breakIt(plan);
      expect(validate(plan), what).toBe(false);
      expect(
        validate.errors!.map((e) => e.instancePath),
        what,
      ).toContain(where);
    }
  });
});
