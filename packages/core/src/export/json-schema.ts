import { z } from 'zod/mini';
import { planSchema } from '../schemas/plan.js';

/** The `$id` of the plan file schema. */
export const PLAN_SCHEMA_ID = 'https://unpkg.com/@campaign-planner/core/plan.schema.json';

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a plan file, generated from the zod schemas, so that editors
 * validate and complete plan files. It describes the file (`io: 'input'`: defaults optional); instants
 * accept a `Date` in memory too, which JSON cannot hold, so that branch is left out. Rules across fields
 * (tiling phases, dependencies, zone names, RRULEs) are `parsePlan`'s, not the schema's.
 * Shipped as `@campaign-planner/core/plan.schema.json`.
 *
 * @example
 * const ajv = new Ajv2020({ strict: false });
 * ajv.validate(planJsonSchema(), JSON.parse(serializePlan(plan))) //=> true
 */
export function planJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(planSchema, {
    io: 'input',
    // z.date() has no JSON form; it only serves plans built in code. Marked here, dropped from its union below.
    unrepresentable: 'any',
    override(ctx) {
      const def = ctx.zodSchema._zod.def as { type: string; options?: Array<{ _zod: { def: { type: string } } }> };
      if (def.type !== 'union' || !def.options) return;
      const branches = (ctx.jsonSchema.anyOf ?? []) as JsonSchema[];
      const kept = branches.filter((_, i) => def.options![i]?._zod.def.type !== 'date');
      if (kept.length === branches.length) return;
      delete ctx.jsonSchema.anyOf;
      if (kept.length === 1) Object.assign(ctx.jsonSchema, kept[0]);
      else ctx.jsonSchema.anyOf = kept;
    },
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: PLAN_SCHEMA_ID,
    title: 'campaign-planner plan',
    description:
      'A mega-sale campaign plan: phases and tasks with instants as ISO 8601 date-times with offset. Generated from the zod schemas of @campaign-planner/core; parsePlan checks the rules across fields.',
    ...rest,
  };
}

/**
 * {@link planJsonSchema} as the text of `plan.schema.json` (two-space indent, final newline).
 *
 * @example
 * writeFileSync('plan.schema.json', planJsonSchemaText());
 */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
