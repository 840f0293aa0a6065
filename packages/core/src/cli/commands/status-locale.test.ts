import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../run.js';
import { captureIO } from '../__fixtures__/cli-io.js';
import { serializePlan } from '../../plan/serialize-plan.js';
import { instantiate } from '../../templates/instantiate.js';
import { getTemplate } from '../../templates/registry.js';

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('campaign-planner status --locale', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cp-status-'));
  const file = join(dir, 'plan.json');
  const plan = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: 'Asia/Shanghai', roster: { roles: { designer: 'Chen Jing' } } });
  writeFileSync(file, serializePlan(plan));

  it('reads in Chinese with zone names and durations a seller uses', async () => {
    const r = await run('status', file, '--now', '2026-10-20T09:00:00-07:00', '--locale', 'zh-CN');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('2026 速卖通双11 — 准备度，时间 10月20日 09:00（美西时间） · 10月21日 00:00（北京时间）');
    expect(r.out).toContain('时区: 平台 美西时间 · 团队 北京时间');
    expect(r.out).toMatch(/阶段: 造势期, 剩余 7天15小时/);
    expect(r.out).toContain('@Chen Jing');
    expect(r.out).toContain('即将到期 2天');
    // Unmapped roles show as the role, in Chinese.
    expect(r.out).toContain('@流量/广告');
    expect(r.out).not.toMatch(/GMT|\(平台 America/);
  });

  it('stays in English by default and refuses an unknown locale', async () => {
    const en = await run('status', file, '--now', '2026-10-20T09:00:00-07:00');
    expect(en.out).toMatch(/phase: Build-up, 7d 15h left/);
    const bad = await run('status', file, '--locale', 'fr');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/--locale must be one of en, zh-CN/);
  });
});
