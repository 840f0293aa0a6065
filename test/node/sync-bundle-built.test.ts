// The browser build of the sync client (packages/sync/dist/campaign-planner-sync.bundle.js, made by `npm run
// build`) that the planner example loads: self-contained, and with one copy of Yjs (two break Yjs' own checks).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BUNDLE = fileURLToPath(new URL('../../packages/sync/dist/campaign-planner-sync.bundle.js', import.meta.url));

describe('the sync client bundle', () => {
  it('has no bare imports, one copy of Yjs, and exports what the planner example uses', () => {
    if (!existsSync(BUNDLE)) expect.fail(`${BUNDLE} is missing: run "npm run build" first (npm test does)`);
    const code = readFileSync(BUNDLE, 'utf8');
    // Import statements only, as in the elements bundle's check (minified: `from"x"`, `import"x"`, `import("x")`).
    expect(code).not.toMatch(/(?:[}*]\s*from|\bimport)\s*\(?\s*["'](?![./])/);
    // Each copy of Yjs carries its own "already imported" warning.
    expect(code.split('Yjs was already imported').length - 1).toBe(1);
    const exported = /export\s*\{([^}]*)\}\s*;?\s*(?:\/\/.*)?$/
      .exec(code.trim())![1]!
      .split(',')
      .map((e) =>
        e
          .trim()
          .split(/\s+as\s+/)
          .pop(),
      );
    for (const name of ['openRoom', 'openOfflineDoc', 'CampaignBinding', 'campaignLogModel', 'statusLogModel', 'colorFor', 'CAMPAIGN_KEY'])
      expect(exported).toContain(name);
  });
});
