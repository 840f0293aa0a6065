import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.js';
import { campaignEnd, campaignStart, phaseAt, taskOccurrences } from './occurrences.js';
import { planFixture } from '../__fixtures__/plan.js';
import { formatInZone } from '../time/wall-time.js';

describe('occurrences and phases', () => {
  const plan = parsePlan(planFixture());

  it('expands a recurring task until the campaign ends, at the same platform wall time', () => {
    const monitor = plan.tasks.find((t) => t.id === 'monitor')!;
    expect(taskOccurrences(plan, monitor).map((d) => formatInZone(d, plan.platformTimeZone))).toEqual(['2026-11-11 09:00', '2026-11-12 09:00']);
    expect(taskOccurrences(plan, plan.tasks[0]!)).toEqual([plan.tasks[0]!.due]);
  });

  it('treats phases as half-open intervals', () => {
    const [warm, peak] = plan.phases;
    expect(phaseAt(plan.phases, warm!.start)?.id).toBe('warm-up');
    expect(phaseAt(plan.phases, new Date(peak!.start.getTime() - 1))?.id).toBe('warm-up');
    expect(phaseAt(plan.phases, peak!.start)?.id).toBe('peak');
    expect(phaseAt(plan.phases, campaignEnd(plan))).toBeUndefined();
    expect(campaignStart(plan)).toEqual(warm!.start);
  });
});
