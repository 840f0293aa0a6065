import { describe, expect, it } from 'vitest';
import { carryEvents } from './carry-events.js';
import { parsePlan } from '../plan/parse-plan.js';
import { statusEventSchema } from '../schemas/status-event.js';
import { resolveWallTime } from '../time/wall-time.js';

const LA = 'America/Los_Angeles';
const pt = (wall: string) => resolveWallTime(wall, LA);
const title = { en: 'T', 'zh-CN': '任务' };

function plan(daily: { due: string; rule?: string }, extra = true) {
  return parsePlan({
    version: 1,
    id: 'p',
    name: title,
    platform: 'test',
    teamTimeZone: 'Asia/Shanghai',
    phases: [{ id: 'peak', label: title, start: pt('2021-11-11 00:00'), end: pt('2021-11-14 00:00') }],
    tasks: [
      { id: 'check', title, phase: 'peak', workstream: 'operations', due: pt(daily.due), ...(daily.rule ? { recurrence: daily.rule } : {}) },
      ...(extra ? [{ id: 'extra', title, phase: 'peak', workstream: 'operations', due: pt('2021-11-12 12:00') }] : []),
    ],
  });
}
const ev = (taskId: string, occurrence?: string) =>
  statusEventSchema.parse({ taskId, status: 'done', at: pt('2021-11-11 20:00'), by: 'li', ...(occurrence ? { occurrence: pt(occurrence) } : {}) });

describe('carryEvents', () => {
  it('moves an occurrence to the new one on the same platform day, keeping who and when', () => {
    const before = plan({ due: '2021-11-11 09:00', rule: 'FREQ=DAILY;COUNT=2' });
    const after = plan({ due: '2021-11-11 07:30', rule: 'FREQ=DAILY;COUNT=3' });
    const r = carryEvents(before, after, [ev('check', '2021-11-12 09:00'), ev('extra')]);
    expect(r.events).toEqual([{ ...ev('check'), occurrence: pt('2021-11-12 07:30') }, ev('extra')]);
    expect(r.unmapped).toEqual([]);
  });

  it('lists what it cannot carry: a task gone, a day gone, a task that stopped or started repeating', () => {
    const before = plan({ due: '2021-11-11 09:00', rule: 'FREQ=DAILY;COUNT=3' });
    const shorter = plan({ due: '2021-11-11 09:00', rule: 'FREQ=DAILY;COUNT=2' }, false);
    const r = carryEvents(before, shorter, [ev('check', '2021-11-13 09:00'), ev('extra'), ev('check', '2021-11-11 09:00')]);
    expect(r.events).toHaveLength(1);
    expect(r.unmapped.map((u) => u.reason)).toEqual([
      expect.stringMatching(/no occurrence on 2021-11-13 .*the event was for 2021-11-13T09:00:00-08:00/),
      'task "extra" is not in the new plan',
    ]);
    const oneOff = plan({ due: '2021-11-11 09:00' });
    expect(carryEvents(before, oneOff, [ev('check', '2021-11-11 09:00')]).unmapped[0]!.reason).toMatch(/no longer repeats/);
    expect(carryEvents(oneOff, before, [ev('check')]).unmapped[0]!.reason).toMatch(/now repeats/);
  });
});
