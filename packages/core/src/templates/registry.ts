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
 * listTemplates().map((t) => t.id) //=> ['aliexpress-11-11', 'aliexpress-black-friday', 'aliexpress-328']
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
