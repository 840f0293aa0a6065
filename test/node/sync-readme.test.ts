// The README's Team sync section must match the package: its imports exist, its limits are the defaults.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as sync from '../../packages/sync/src/index.js';
import * as server from '../../packages/sync/src/server/index.js';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const section = readme.slice(readme.indexOf('## Team sync'), readme.indexOf('\n## ', readme.indexOf('## Team sync') + 5));

describe('README: Team sync', () => {
  it('imports only what @campaign-planner/sync exports, and names its server entry', () => {
    const imports = [...section.matchAll(/import \{([^}]*)\} from '(@campaign-planner\/sync[^']*)'/g)];
    expect(imports.length).toBeGreaterThan(0);
    for (const [, names, from] of imports) {
      const mod = from === '@campaign-planner/sync/server' ? server : sync;
      for (const name of names!
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean))
        expect(Object.keys(mod)).toContain(name);
    }
    for (const name of ['statusLogModel', 'campaignLogModel', 'CampaignBinding']) expect(section).toContain(name);
    expect(section).toContain('startSyncServer({ port, host, dbFile, secret, limits, redis })');
  });

  it('documents every limit with its default', () => {
    const mib = (n: number) => `${n / 1024 / 1024} MiB`;
    const shown: Record<string, string> = {
      maxMessageBytes: mib(server.DEFAULT_LIMITS.maxMessageBytes),
      maxEventsPerMinute: server.DEFAULT_LIMITS.maxEventsPerMinute.toLocaleString('en-US'),
      maxRoomEvents: server.DEFAULT_LIMITS.maxRoomEvents.toLocaleString('en-US'),
      maxPlanBytes: mib(server.DEFAULT_LIMITS.maxPlanBytes),
    };
    for (const [key, value] of Object.entries(shown)) expect(section).toMatch(new RegExp(`\`${key}\`[^|]*\\| ${value} \\|`));
  });
});
