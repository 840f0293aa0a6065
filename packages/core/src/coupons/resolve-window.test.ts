import { describe, expect, it } from 'vitest';
import { resolveWindow } from './resolve-window.js';
import { CTX, at } from './__fixtures__/offers-plan.js';

describe('resolveWindow', () => {
  it('resolves whole phases and phase spans', () => {
    expect(resolveWindow({ phase: 'peak' }, CTX)).toEqual({ ok: true, start: at('2026-11-11 00:00'), end: at('2026-11-13 00:00') });
    expect(resolveWindow({ phase: 'warm-up', through: 'peak' }, CTX)).toEqual({ ok: true, start: at('2026-10-28 00:00'), end: at('2026-11-13 00:00') });
  });

  it('resolves day N of a phase as a platform-time calendar day', () => {
    const day2 = resolveWindow({ phase: 'peak', day: 2 }, CTX);
    expect(day2).toEqual({ ok: true, start: new Date('2026-11-12T08:00:00Z'), end: new Date('2026-11-13T08:00:00Z') });
    // Nov 1 2026 is the 5th day of the warm-up and the day US DST ends: 25 hours long in Los Angeles.
    const dst = resolveWindow({ phase: 'warm-up', day: 5 }, CTX);
    if (!dst.ok) throw new Error(dst.message);
    expect(dst.start.toISOString()).toBe('2026-11-01T07:00:00.000Z');
    expect((dst.end.getTime() - dst.start.getTime()) / 3_600_000).toBe(25);
  });

  it('names the key at fault', () => {
    expect(resolveWindow({ phase: 'peak', day: 3 }, CTX)).toEqual({ ok: false, key: 'day', message: 'phase "peak" has no day 3' });
    expect(resolveWindow({ phase: 'peak', day: 2, days: 2 }, CTX)).toMatchObject({ ok: false, key: 'days' });
    expect(resolveWindow({ phase: 'peak', through: 'warm-up' }, CTX)).toMatchObject({ ok: false, key: 'through' });
    expect(resolveWindow({ phase: 'peak', through: 'x' }, CTX)).toMatchObject({ ok: false, key: 'through' });
    expect(resolveWindow({ phase: 'peak', day: 1, through: 'review' }, CTX)).toMatchObject({ ok: false, key: 'through' });
    expect(resolveWindow({ phase: 'peak', days: 1 }, CTX)).toMatchObject({ ok: false, key: 'days' });
    expect(resolveWindow({ start: at('2026-11-12 00:00'), end: at('2026-11-11 00:00') }, CTX)).toMatchObject({ ok: false, key: 'end' });
  });
});
