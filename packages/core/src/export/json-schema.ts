import { z } from 'zod/mini';
import { planSchema } from '../schemas/plan.js';

/** The `$id` of the plan file schema. */
export const PLAN_SCHEMA_ID = 'https://unpkg.com/@campaign-planner/core/plan.schema.json';

type JsonSchema = Record<string, unknown>;

const INSTANT_TEXT = 'An instant: ISO 8601 date-time with its offset, e.g. 2026-10-21T23:59:00-07:00 (23:59 Pacific daylight time).';
const ZONE_TEXT = 'An IANA time zone name, e.g. America/Los_Angeles or Asia/Shanghai (not an offset or an abbreviation such as PST).';

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
      // Hover text in editors for the two fields people get wrong most.
      if (ctx.jsonSchema.format === 'date-time') ctx.jsonSchema.description ??= INSTANT_TEXT;
      const key = ctx.path.filter((k) => k !== 'properties').at(-1);
      if (key === 'platformTimeZone' || key === 'teamTimeZone') ctx.jsonSchema.description ??= ZONE_TEXT;
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
