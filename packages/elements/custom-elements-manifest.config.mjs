// custom-elements.json for editors, docs and framework wrappers: `npm run manifest` (part of the root build).
// The files are read in sorted order, so the manifest depends on the sources only, not on the order a file
// system lists them in: a build on any machine writes the same file (the CI checks the tree stays clean).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test/**', 'src/**/__fixtures__/**', 'src/bundle.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((glob) => ts.createSourceFile(glob, readFileSync(`${here}${glob}`, 'utf8'), ts.ScriptTarget.ES2015, true)),
};
