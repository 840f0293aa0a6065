import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { instantiate } from '../../templates/instantiate.js';
import { getTemplate } from '../../templates/registry.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-season-'));
const planFile = (id: string) => {
  const file = join(dir, `${id}.json`);
  writeFileSync(file, serializePlan(instantiate(getTemplate(id), { year: 2026, teamTimeZone: 'Asia/Shanghai' })));
  return file;
};
const eleven = planFile('aliexpress-11-11');
const friday = planFile('aliexpress-black-friday');

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('campaign-planner season', () => {
  it('prints one calendar in time order and the collisions between the campaigns', async () => {
    const r = await run('season', eleven, friday);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/11\.11.* \+ .*Black Friday.* \(Asia\/Shanghai\)/);
    const cal = lines.slice(1, lines.indexOf(''));
    expect(cal.some((l) => l.includes('[AliExpress 11.11'))).toBe(true);
    expect(cal.some((l) => /\[AliExpress Black Friday/.test(l))).toBe(true);
    const stamps = cal.map((l) => l.slice(0, 16));
    expect([...stamps].sort()).toEqual(stamps);
    expect(r.out).toMatch(/Warnings \(\d+\):\n {2}! .*registration .* during .*11\.11.*warm-up|peak/);
  });
  it('writes one iCalendar for the season and JSON warnings with codes', async () => {
    const ics = await run('season', eleven, friday, '--format', 'ics');
    expect(
      new ICAL.Component(ICAL.parse(ics.out))
        .getAllSubcomponents('vtimezone')
        .map((z) => z.getFirstPropertyValue('tzid'))
        .sort(),
    ).toEqual(['America/Los_Angeles', 'Asia/Shanghai']);
    const json = JSON.parse((await run('season', eleven, friday, '--format', 'json')).out);
    expect(json.plans).toHaveLength(2);
    expect(json.warnings.map((w: { code: string }) => w.code)).toContain('registration_during_other_campaign');
  });
  it('refuses bad options and a plan given twice', async () => {
    expect((await run('season')).code).toBe(2);
    expect((await run('season', eleven, '--max-per-day', '0')).code).toBe(2);
    expect((await run('season', eleven, '--zone', 'Mars/Base')).code).toBe(2);
    const twice = await run('season', eleven, eleven);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/given twice/);
  });
});
