// custom-elements.json for editors, docs and framework wrappers: `npm run manifest` (part of the root build).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test/**', 'src/bundle.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
