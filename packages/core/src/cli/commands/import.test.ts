import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { parsePlan } from '../../plan/parse-plan.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { instantiate } from '../../templates/instantiate.js';
import { getTemplate } from '../../templates/registry.js';

const HEADER = 'id,title_en,title_zh-CN,phase,workstream,due,owner';

function setup(csv: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cp-import-'));
  const planFile = join(dir, 'plan.json');
  const csvFile = join(dir, 'tasks.csv');
  writeFileSync(planFile, `${serializePlan(instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai' }))}\n`);
  writeFileSync(csvFile, csv);
  return { dir, planFile, csvFile };
}

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('campaign-planner import', () => {
  it('adds the rows to the plan file, which stays valid', async () => {
    const { planFile, csvFile } = setup(`${HEADER}\r\nkol,Brief influencers,达人简报,warm-up,traffic,2026-11-01 01:30,Wei\r\n`);
    const r = await run('import', csvFile, '--into', planFile);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('(+1)');
    const plan = parsePlan(JSON.parse(readFileSync(planFile, 'utf8')));
    expect(plan.tasks.at(-1)).toMatchObject({ id: 'kol', owner: 'Wei', due: new Date('2026-11-01T08:30:00Z') });
  });

  it('writes nothing on a bad row and names every line and column', async () => {
    const { dir, planFile, csvFile } = setup(
      `${HEADER}\r\nok,Fine,好,warm-up,traffic,2026-11-02 10:00,\r\nbad,Bad,坏,warm-up,nowhere,2026-11-02 10:00,\r\nlate,Late,晚,peak,product,someday,\r\n`,
    );
    const before = readFileSync(planFile, 'utf8');
    const r = await run('import', csvFile, '--into', planFile);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/tasks\.csv:3: column workstream: /);
    expect(lines[1]).toMatch(/tasks\.csv:4: column due: "someday": expected an ISO 8601 date-time/);
    expect(readFileSync(planFile, 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['plan.json', 'tasks.csv']);
  });

  it('replaces all tasks with --replace and writes to --out', async () => {
    const { dir, planFile, csvFile } = setup(`${HEADER}\r\nonly,Only task,唯一,peak,product,2026-11-11 12:00,\r\n`);
    const out = join(dir, 'next.json');
    expect((await run('import', csvFile, '--into', planFile, '--replace', '--out', out)).code).toBe(0);
    expect(parsePlan(JSON.parse(readFileSync(out, 'utf8'))).tasks.map((t) => t.id)).toEqual(['only']);
  });

  it('needs --into and an existing CSV (usage errors, exit 2)', async () => {
    const { planFile, csvFile } = setup(`${HEADER}\r\n`);
    expect((await run('import', csvFile)).code).toBe(2);
    expect((await run('import', '/nonexistent.csv', '--into', planFile)).code).toBe(2);
    expect((await run('import', '--help')).out).toMatch(/^Usage: campaign-planner import/);
  });
});
