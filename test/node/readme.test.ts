// The README is part of the API: its commands and imports must work as written.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatInZone } from '@campaign-planner/core';
import { getTemplate, instantiate } from '@campaign-planner/core/templates';
import { coreEntries } from '../../scripts/core-entries.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

// Every entry packages/core/package.json exports, loaded from source through Vitest's aliases.
const ENTRIES: Record<string, () => Promise<object>> = Object.fromEntries(
  coreEntries().map((e) => [e.specifier, () => import(/* @vite-ignore */ e.specifier) as Promise<object>]),
);

describe('README', () => {
  it('starts with the install-and-run and the test commands, and the scripts exist', () => {
    const firstScreen = readme.split('\n').slice(0, 15).join('\n');
    expect(firstScreen).toMatch(/^npm install && npm start/m);
    expect(firstScreen).toMatch(/^npm test/m);
    expect(pkg.scripts.start).toBeTruthy();
    // `npm test` runs the node suite under two machine zones.
    const scripts = JSON.stringify(pkg.scripts);
    expect(pkg.scripts.test).toMatch(/test:tz-utc.*test:tz-shanghai/);
    expect(scripts).toMatch(/"test:tz-utc":"TZ=UTC vitest/);
    expect(scripts).toMatch(/"test:tz-shanghai":"TZ=Asia\/Shanghai vitest/);
  });

  it('imports only names that the named entry point exports', async () => {
    const imports = [...readme.matchAll(/import \{([^}]*)\} from '(@campaign-planner\/core[^']*)'/g)];
    expect(imports.length).toBeGreaterThan(5);
    for (const [, names, from] of imports) {
      const load = ENTRIES[from!];
      expect(load, `README imports from unknown entry ${from}`).toBeDefined();
      const mod = await load!();
      for (const name of names!
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)) {
        expect(Object.keys(mod), `${name} is not exported by ${from}`).toContain(name);
      }
    }
  });

  it('quick start: the first critical deadline of 11.11 2026 in platform and team time', () => {
    const plan = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai' });
    const reg = plan.tasks.find((t) => t.critical)!;
    expect(formatInZone(reg.due, plan.platformTimeZone)).toBe('2026-10-14 23:59');
    expect(formatInZone(reg.due, plan.teamTimeZone)).toBe('2026-10-15 14:59');
    expect(reg.dueSource?.kind).toBe('estimate');
    expect(readme).toContain("formatInZone(reg.due, plan.teamTimeZone);     // '2026-10-15 14:59'");
  });

  it('the published calendar example file instantiates to a three-day sale', () => {
    const calendar = JSON.parse(readFileSync(`${root}examples/calendars/aliexpress-11-11-2021.json`, 'utf8'));
    const plan = instantiate(getTemplate('aliexpress-11-11'), { year: 2021, teamTimeZone: 'Asia/Shanghai', calendar });
    const peak = plan.phases.find((p) => p.id === 'peak')!;
    expect(formatInZone(peak.start, plan.platformTimeZone)).toBe('2021-11-11 00:00');
    expect(formatInZone(peak.end, plan.platformTimeZone)).toBe('2021-11-14 00:00');
  });
});
