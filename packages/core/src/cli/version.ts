import { readFileSync } from 'node:fs';

/**
 * The version of the installed `@campaign-planner/core`, read from its package.json (next to `src/` or
 * `dist/`, wherever this module was bundled), or `unknown`.
 *
 * @example
 * cliVersion() //=> '0.1.0'
 */
export function cliVersion(): string {
  for (const rel of ['../package.json', '../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === '@campaign-planner/core' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not there: try the next level up.
    }
  }
  return 'unknown';
}
