// Rebuilds the baseline chart of the bench: the self-contained elements bundle as it was before the Gantt
// work of issue 15 (commit 153f71a), so `npm run bench` can time "before" and "now" in the same run on the
// same machine instead of against a figure from another day. Run it from the repository root with its
// history (a git clone): node bench/baseline/build.mjs
//
// The old sources are taken from git into a temporary folder and built with their own rollup config and
// this checkout's node_modules, except that @campaign-planner/* resolves to the old packages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASELINE_BUNDLE, BASELINE_COMMIT } from './baseline.mjs';
import { ROOT } from '../lib/sizes.mjs';

const dir = mkdtempSync(join(tmpdir(), 'cp-baseline-'));
try {
  execFileSync('sh', ['-c', `git -C "${ROOT}" archive ${BASELINE_COMMIT} | tar -x -C "${dir}"`], { stdio: 'inherit' });
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '@campaign-planner'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules')))
    if (name !== '@campaign-planner') symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  for (const pkg of ['core', 'elements']) symlinkSync(join(dir, 'packages', pkg), join(modules, '@campaign-planner', pkg));
  execFileSync(join(ROOT, 'node_modules/.bin/rollup'), ['-c', 'rollup.config.mjs', '--silent'], { cwd: dir, stdio: 'inherit' });
  // Without its source map comment: the map is not kept, and a page would ask for it.
  const code = readFileSync(join(dir, 'packages/elements/dist/campaign-planner-elements.bundle.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
  writeFileSync(join(ROOT, BASELINE_BUNDLE), code);
  console.log(`wrote ${BASELINE_BUNDLE} from ${BASELINE_COMMIT}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
