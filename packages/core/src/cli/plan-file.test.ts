import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlanFile } from './plan-file.js';
import { InputError } from './errors.js';
import { serializePlan } from '../plan/serialize-plan.js';
import { testPlan } from '../readiness/__fixtures__/readiness-plan.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-planfile-'));

describe('readPlanFile', () => {
  it('reads a plan with or without a byte order mark', () => {
    const text = serializePlan(testPlan());
    const plain = join(dir, 'plain.json');
    const bom = join(dir, 'bom.json');
    writeFileSync(plain, text);
    writeFileSync(bom, `\uFEFF${text}`);
    expect(serializePlan(readPlanFile(bom))).toBe(serializePlan(readPlanFile(plain)));
  });

  it('prefixes every problem with the file name', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(serializePlan(testPlan())), teamTimeZone: 'Nowhere', id: 'a b' }));
    try {
      readPlanFile(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).lines.length).toBeGreaterThan(1);
      for (const line of (e as InputError).lines) expect(line.startsWith(`${bad}: `)).toBe(true);
    }
  });

  it('is the only way CLI code reads a plan (no parsePlan(readJson()) with its own error output)', () => {
    const cli = fileURLToPath(new URL('.', import.meta.url));
    const sources = [...readdirSync(cli).map((f) => join(cli, f)), ...readdirSync(join(cli, 'commands')).map((f) => join(cli, 'commands', f))].filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('plan-file.ts'),
    );
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/plan\/parse-plan\.js/);
    }
  });
});
