import { describe, expect, it } from 'vitest';
import { taskOccurrences } from '../plan/occurrences.js';
import { instantiate } from '../templates/instantiate.js';
import { getTemplate } from '../templates/registry.js';
import { formatDuration } from '../time/dual-time.js';
import { formatDualTimeText, formatZonedTime, recurrenceSentence } from './time-text.js';
import { zoneName } from './zone-names.js';

const SH = 'Asia/Shanghai';
const LA = 'America/Los_Angeles';
const plan = instantiate(getTemplate('aliexpress-11-11'), { year: 2026, teamTimeZone: SH });
const task = (id: string) => plan.tasks.find((t) => t.id === id)!;
const sentence = (id: string, locale: 'en' | 'zh-CN') => {
  const t = task(id);
  return recurrenceSentence(t.recurrence!, taskOccurrences(plan, t), t.clock === 'team' ? SH : LA, locale);
};

describe('time as sellers read it', () => {
  it('names the zones 美西时间 and 北京时间, and other zones by their own name', () => {
    expect([zoneName(LA, 'zh-CN'), zoneName(SH, 'zh-CN'), zoneName(LA, 'en'), zoneName(SH, 'en')]).toEqual([
      '美西时间',
      '北京时间',
      'US Pacific time',
      'Beijing time',
    ]);
    expect(zoneName('Europe/Moscow', 'zh-CN')).toMatch(/莫斯科/);
    expect(zoneName('Europe/Moscow', 'zh-CN')).not.toMatch(/GMT|Europe/);
  });

  it('shows a deadline in both clocks with their names, the Beijing face moving by an hour when US DST ends', () => {
    const before = new Date('2026-10-22T06:59:00Z');
    expect(formatDualTimeText(before, plan, 'zh-CN')).toBe('10月21日 23:59（美西时间） · 10月22日 14:59（北京时间）');
    expect(formatDualTimeText(before, plan, 'en')).toBe('Oct 21 23:59 US Pacific time · Oct 22 14:59 Beijing time');
    expect(formatZonedTime(new Date('2026-11-11T07:59:00Z'), SH, 'zh-CN')).toBe('11月11日 15:59（北京时间）');
  });

  it('reads durations as 7天15小时', () => {
    expect(formatDuration(7 * 86_400_000 + 15 * 3_600_000, 'zh-CN')).toBe('7天15小时');
    expect(formatDuration(90 * 60_000, 'zh-CN')).toBe('1小时30分钟');
    expect(formatDuration(7 * 86_400_000 + 15 * 3_600_000)).toBe('7d 15h');
  });

  it('says a recurrence as a sentence, never as RRULE text', () => {
    expect(sentence('peak-daily-data-check', 'zh-CN')).toBe('每天 10:00（北京时间），至 11月13日');
    expect(sentence('peak-daily-data-check', 'en')).toBe('daily at 10:00 Beijing time until Nov 13');
    expect(sentence('warm-up-daily-cart-check', 'zh-CN')).toBe('每个工作日（周一至周五） 10:00（北京时间），至 11月11日');
    expect(sentence('warm-up-daily-cart-check', 'en')).toBe('every weekday (Mon-Fri) at 10:00 Beijing time until Nov 11');
    expect(sentence('peak-payment-reminders', 'zh-CN')).toBe('每天 20:00（美西时间），至 11月12日');
    expect(sentence('monitor-build-up-data', 'en')).toMatch(/^weekly on (Mon|Tue|Wed|Thu|Fri) at 16:00 Beijing time until Oct \d+$/);
    expect(recurrenceSentence('FREQ=DAILY;INTERVAL=2;COUNT=3', [], SH, 'zh-CN')).toBe('每2天');
    for (const locale of ['en', 'zh-CN'] as const) expect(sentence('peak-daily-data-check', locale)).not.toMatch(/FREQ|UNTIL|RRULE/);
  });
});
