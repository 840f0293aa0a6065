// Writes packages/core/plan.schema.json from the zod schemas in the core's source (no build needed):
// Vite's module runner loads the TypeScript directly. `npm run schema` runs it; `npm run build` too.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const source = fileURLToPath(new URL('../packages/core/src/export/json-schema.ts', import.meta.url));
const out = fileURLToPath(new URL('../packages/core/plan.schema.json', import.meta.url));
// configFile: false keeps the repository's vitest config (and its plugins) out of this one-off load.
const { module } = await runnerImport(source, { configFile: false, logLevel: 'error' });
writeFileSync(out, module.planJsonSchemaText());
console.log(`write-plan-schema: wrote ${out}`);
