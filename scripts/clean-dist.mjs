// Empties each package's dist/ before a build. Rollup names chunks by content hash and never deletes old
// ones, so without this a rebuilt package kept (and `npm pack` shipped) every chunk of every earlier build.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

for (const pkg of ['core', 'elements', 'sync']) {
  rmSync(fileURLToPath(new URL(`../packages/${pkg}/dist`, import.meta.url)), { recursive: true, force: true });
}
