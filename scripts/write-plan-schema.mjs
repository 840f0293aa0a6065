// Writes packages/core/plan.schema.json from the built core (run after rollup; `npm run build` does both).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const core = new URL('../packages/core/dist/index.js', import.meta.url);
let planJsonSchemaText;
try {
  ({ planJsonSchemaText } = await import(core.href));
} catch (e) {
  console.error(`write-plan-schema: cannot load ${fileURLToPath(core)} (${e.message}); run "npm run build" first`);
  process.exit(1);
}
const out = fileURLToPath(new URL('../packages/core/plan.schema.json', import.meta.url));
writeFileSync(out, planJsonSchemaText());
console.log(`write-plan-schema: wrote ${out}`);
