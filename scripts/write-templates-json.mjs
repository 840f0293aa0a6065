#!/usr/bin/env node
// Writes each built-in template as JSON (packages/core/templates/<id>.json) from the built core, so pages
// without a bundler can fetch a template and instantiate it with the elements bundle, and users can start
// their own template from a copy. Run by `npm run build` after rollup.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../packages/core/templates/', import.meta.url));
const { listTemplates, getTemplate } = await import('../packages/core/dist/templates.js');
mkdirSync(dir, { recursive: true });
for (const { id } of listTemplates()) writeFileSync(`${dir}${id}.json`, `${JSON.stringify(getTemplate(id), null, 2)}\n`);
console.log(`templates: wrote ${listTemplates().length} JSON files to packages/core/templates/`);
