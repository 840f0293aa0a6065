// Fuzzing the CLI's file inputs in-process: whatever bytes a status log or a CSV holds, a command either
// succeeds or says what is wrong in lines that name the file, and nothing already written is lost.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../packages/core/src/cli/run.js';
import { captureIO } from '../../packages/core/src/cli/__fixtures__/cli-io.js';
import { serializePlan } from '../../packages/core/src/plan/serialize-plan.js';
import { toCSV } from '../../packages/core/src/export/csv.js';
import { serializeStatusEvent } from '../../packages/core/src/readiness/event-log.js';
import { ev, testPlan } from '../../packages/core/src/readiness/__fixtures__/readiness-plan.js';

const plan = testPlan();
const dir = mkdtempSync(join(tmpdir(), 'cp-fuzz-cli-'));
const planFile = join(dir, 'plan.json');
writeFileSync(planFile, serializePlan(plan));
let n = 0;

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const goodLine = fc
  .record({ task: fc.constantFrom('register', 'banner', 'dst-coupons'), by: fc.string({ minLength: 1, maxLength: 6 }), hour: fc.integer({ min: 0, max: 23 }) })
  .map(({ task, by, hour }) => serializeStatusEvent(ev(task, 'done', `2026-10-20T${String(hour).padStart(2, '0')}:00:00Z`, by)));
const junkLine = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('{"taskId":"register"', '{"taskId":"ghost","status":"done","at":"2026-10-20T00:00:00Z","by":"x"}', '[]', 'null', '{}'),
);
const logText = fc
  .record({
    bom: fc.boolean(),
    lines: fc.array(fc.oneof({ weight: 3, arbitrary: goodLine }, { weight: 1, arbitrary: junkLine }), { maxLength: 6 }),
    eol: fc.constantFrom('\n', '\r\n'),
    lastNewline: fc.boolean(),
  })
  .map(({ bom, lines, eol, lastNewline }) => `${bom ? '\uFEFF' : ''}${lines.join(eol)}${lastNewline && lines.length ? eol : ''}`);

describe('CLI fuzz', () => {
  it('done on any log: appends one line and keeps every byte, or refuses naming the file and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(logText, async (text) => {
        const log = join(dir, `log-${++n}.jsonl`);
        writeFileSync(log, text);
        const r = await run('done', planFile, 'banner', '--log', log, '--by', 'fuzz', '--at', '2026-10-21T00:00:00Z');
        const after = readFileSync(log, 'utf8');
        expect([0, 1]).toContain(r.code);
        if (r.code === 0) {
          expect(after.startsWith(text)).toBe(true);
          expect(after.slice(text.length).trim().split('\n')).toHaveLength(1);
          const status = await run('status', planFile, '--log', log, '--now', '2026-10-22T00:00:00Z', '--format', 'json');
          expect(status.code).toBe(0);
        } else {
          expect(after).toBe(text);
          for (const line of r.err.trim().split('\n')) expect(line.startsWith(`${log}:`)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('import of any CSV: a valid plan, or one line per problem naming the CSV or the plan, the plan file untouched', async () => {
    const header = toCSV(plan).split('\r\n')[0]!;
    const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('=1+1', "'", '"', 'register', 'peak', '2026-11-11 08:00', 'x,y', 'a\nb'));
    const row = fc
      .array(cell, { minLength: 1, maxLength: 18 })
      .map((cells) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(','));
    const csvText = fc
      .record({ withHeader: fc.boolean(), rows: fc.array(row, { maxLength: 4 }), junk: fc.string({ maxLength: 20 }) })
      .map(({ withHeader, rows, junk }) => [...(withHeader ? [header] : []), ...rows, junk].join('\r\n'));
    await fc.assert(
      fc.asyncProperty(csvText, fc.boolean(), async (text, replace) => {
        const csv = join(dir, `tasks-${++n}.csv`);
        const into = join(dir, `into-${n}.json`);
        writeFileSync(csv, text);
        writeFileSync(into, serializePlan(plan));
        const r = await run('import', csv, '--into', into, ...(replace ? ['--replace'] : []));
        expect([0, 1]).toContain(r.code);
        if (r.code === 1) {
          expect(readFileSync(into, 'utf8')).toBe(serializePlan(plan));
          for (const line of r.err.trim().split('\n')) expect(line.startsWith(`${csv}:`) || line.startsWith(`${into}:`), line).toBe(true);
        } else {
          expect((await run('check', into)).code).toBe(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});
