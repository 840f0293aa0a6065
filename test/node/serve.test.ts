// scripts/serve.mjs: the example server behind `npm start` serves the example and nothing outside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
// @ts-expect-error: a plain .mjs script without types
import { fileFor, startServer } from '../../scripts/serve.mjs';

describe('scripts/serve.mjs', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const started = await startServer({ port: 0 });
    server = started.server;
    base = new URL(started.url).origin;
    expect(started.url).toMatch(/^http:\/\/localhost:\d+\/examples\/planner\/$/);
  });
  afterAll(() => server.close());

  it('maps example and dist paths, and refuses the rest', () => {
    expect(fileFor('/r', '/examples/planner/')).toBe('/r/examples/planner/index.html');
    expect(fileFor('/r', '/packages/elements/dist/x.js?v=1')).toBe('/r/packages/elements/dist/x.js');
    expect(fileFor('/r', '/package.json')).toBeUndefined();
    expect(fileFor('/r', '/examples/%2e%2e/package.json')).toBeUndefined();
    expect(fileFor('/r', '/examples/../../etc/passwd')).toBeUndefined();
  });

  it('serves the planner page, redirects / to it and answers 404 elsewhere', async () => {
    const page = await fetch(`${base}/examples/planner/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<campaign-planner');
    const root = await fetch(`${base}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/examples/planner/');
    expect((await fetch(`${base}/README.md`)).status).toBe(404);
    expect((await fetch(`${base}/examples/%2e%2e/package.json`)).status).toBe(404);
  });
});
