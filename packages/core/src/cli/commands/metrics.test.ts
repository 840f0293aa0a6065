import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { targetsPlan } from '../../targets/__fixtures__/targets-plan.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-metrics-'));
const plan = join(dir, 'plan.json');
writeFileSync(plan, serializePlan(targetsPlan()));

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('campaign-planner metrics', () => {
  it('imports a daily sheet into the log beside status events, then reports targets, pace and budgets', async () => {
    const log = join(dir, 'events.jsonl');
    writeFileSync(log, '{"taskId":"register","status":"done","at":"2026-10-20T10:00:00-07:00","by":"li"}\n');
    const sheet = join(dir, 'sheet.csv');
    writeFileSync(sheet, 'date,visitors,add-to-cart,spend:ads\n2026-11-01,7000,700,300.00\n');
    const imported = await run('metrics', plan, '--log', log, '--import', sheet, '--by', 'mei', '--now', '2026-11-02T09:00:00+08:00');
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/appended 3 figures/);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('"status":"done"');
    const r = await run('metrics', plan, '--log', log, '--now', '2026-11-04T07:30:00Z');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Visitors · Warm-up  7,000 / 14,000  50%  (pace 7,000)');
    expect(r.out).toContain('Add-to-cart · Warm-up  700 / 2,800  25%  (pace 1,400) BEHIND PACE');
    const zh = await run('metrics', plan, '--log', log, '--now', '2026-11-04T07:30:00Z', '--locale', 'zh-CN');
    expect(zh.out).toContain('加购数 · Warm-up：700 / 2,800，低于进度线（1,400），请加大引流');
    const json = JSON.parse((await run('metrics', plan, '--log', log, '--now', '2026-11-04T07:30:00Z', '--format', 'json')).out);
    expect(json.progress.find((p: { target: { id: string } }) => p.target.id === 'cart-warm-up').behind).toBe(true);
  });
  it('status shows the targets beside task readiness, from the same log', async () => {
    const log = join(dir, 'status.jsonl');
    writeFileSync(log, '{"taskId":"register","status":"done","at":"2026-10-20T10:00:00-07:00","by":"li"}\n');
    const sheet = join(dir, 'status-sheet.csv');
    writeFileSync(sheet, 'date,add-to-cart\n2026-11-01,700\n');
    expect((await run('metrics', plan, '--log', log, '--import', sheet, '--by', 'mei')).code).toBe(0);
    const text = await run('status', plan, '--log', log, '--now', '2026-11-04T07:30:00Z');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Add-to-cart · Warm-up  700 / 2,800  25%  (pace 1,400) BEHIND PACE');
    const json = JSON.parse((await run('status', plan, '--log', log, '--now', '2026-11-04T07:30:00Z', '--format', 'json')).out);
    expect(json.targets.progress.find((p: { target: { id: string } }) => p.target.id === 'cart-warm-up').actual).toBe(700);
    expect(typeof json.overall.score).toBe('number');
  });

  it('refuses a bad sheet with line and column, appending nothing', async () => {
    const log = join(dir, 'bad.jsonl');
    writeFileSync(log, '');
    const sheet = join(dir, 'bad.csv');
    writeFileSync(sheet, 'date,visitors\n2026-11-01,many\n');
    const r = await run('metrics', plan, '--log', log, '--import', sheet, '--by', 'mei');
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.csv: line 2, column visitors: expected a whole number');
    expect(readFileSync(log, 'utf8')).toBe('');
  });
  it('names a bad metric line of the log', async () => {
    const log = join(dir, 'corrupt.jsonl');
    writeFileSync(log, '{"type":"metric","metric":"visitors","value":"lots","refersTo":"2026-11-01T00:00:00Z","at":"2026-11-01T00:00:00Z","by":"x"}\n');
    const r = await run('metrics', plan, '--log', log);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/corrupt\.jsonl:1: value: expected an exact decimal as text/);
  });
});
