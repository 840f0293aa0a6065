import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { parsePlan } from '../../plan/parse-plan.js';

const roster = fileURLToPath(new URL('../../../../../examples/roster.json', import.meta.url));
async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('campaign-planner plan --roster', () => {
  it("gives each role's tasks the person the roster names, and leaves unmapped roles as roles", async () => {
    const r = await run('plan', '--template', 'aliexpress-11-11', '--year', '2026', '--team-tz', 'Asia/Shanghai', '--roster', roster);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const plan = parsePlan(JSON.parse(r.out));
    const byId = new Map(plan.tasks.map((t) => [t.id, t]));
    expect(byId.get('design-topic-pages')).toMatchObject({ role: 'designer', owner: 'Chen Jing' });
    expect(byId.get('all-hands-kickoff')).toMatchObject({ role: 'operations-lead', owner: 'Li Wei' });
    // The example roster has no logistics & service person.
    expect(byId.get('warehouse-prep')).toMatchObject({ role: 'logistics-service' });
    expect(byId.get('warehouse-prep')!.owner).toBeUndefined();
  });

  it('plans the store anniversary from the day the seller gives, and says which option is missing', async () => {
    const r = await run('plan', '--template', 'store-anniversary', '--year', '2026', '--team-tz', 'Asia/Shanghai', '--anchor-date', '06-18');
    expect(r.code).toBe(0);
    expect(parsePlan(JSON.parse(r.out)).phases[2]!.start.toISOString()).toBe('2026-06-18T07:00:00.000Z');
    const missing = await run('plan', '--template', 'store-anniversary', '--year', '2026');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/anchorDate/);
    expect(missing.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('names the file and the field of a bad roster', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-roster-'));
    const bad = join(dir, 'roster.json');
    writeFileSync(bad, JSON.stringify({ roles: { designr: 'Chen Jing' } }));
    const r = await run('plan', '--template', 'aliexpress-11-11', '--year', '2026', '--roster', bad);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/roster\.json: roles(\.designr)?: /);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });
});
