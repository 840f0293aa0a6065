import type { LocalizedText } from '../schemas/common.js';
import type { Template } from '../schemas/template.js';
import { BUILTIN_TEMPLATES } from './builtin/index.js';
import { parseTemplate } from './instantiate.js';

/** What `listTemplates` tells about a template. */
export interface TemplateSummary {
  readonly id: string;
  readonly version: number;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly platform: string;
  readonly platformTimeZone: string;
  readonly phases: readonly string[];
  readonly taskCount: number;
  /** How the sale day is found (its description), and whether the seller gives it (`anchorDate`). */
  readonly anchor: { readonly description?: LocalizedText; readonly sellerGiven: boolean };
  /** The year whose dates come from a playbook; every other year's dates are estimates. */
  readonly playbookYear?: number;
  /** Where the template's dates and tasks come from. */
  readonly sources: Template['sources'];
}

let parsed: Map<string, Template> | undefined;

// Built-ins are validated once, on first use, by the same schema users' templates go through.
function builtins(): Map<string, Template> {
  parsed ??= new Map(BUILTIN_TEMPLATES.map((t) => [t.id, parseTemplate(t)] as const));
  return parsed;
}

/**
 * The built-in templates.
 *
 * @example
 * listTemplates().map((t) => t.id) //=> ['aliexpress-11-11', 'aliexpress-black-friday', 'aliexpress-12-12', ...]
 */
export function listTemplates(): TemplateSummary[] {
  return [...builtins().values()].map((t) => ({
    id: t.id,
    version: t.version,
    name: t.name,
    ...(t.description ? { description: t.description } : {}),
    platform: t.platform,
    platformTimeZone: t.platformTimeZone,
    phases: t.phases.map((p) => p.id),
    taskCount: t.tasks.length,
    anchor: { ...(t.anchor.description ? { description: t.anchor.description } : {}), sellerGiven: t.anchor.sellerGiven === true },
    ...(t.playbookYear !== undefined ? { playbookYear: t.playbookYear } : {}),
    sources: structuredClone(t.sources),
  }));
}

/**
 * A built-in template by id: a fresh copy the caller may change.
 *
 * @throws RangeError naming the known ids when `id` is unknown.
 * @example
 * const plan = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
 */
export function getTemplate(id: string): Template {
  const t = builtins().get(id);
  if (!t) throw new RangeError(`Unknown template "${id}", expected one of ${[...builtins().keys()].join(', ')}`);
  return structuredClone(t);
}
