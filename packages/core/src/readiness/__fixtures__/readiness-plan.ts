// A small hand-written 11.11 plan for readiness tests: platform time Los Angeles, team Shanghai.
import { parsePlan } from '../../plan/parse-plan.js';
import type { PlanInput } from '../../schemas/plan.js';
import type { StatusEvent } from '../../schemas/status-event.js';

const title = (en: string) => ({ en, 'zh-CN': en });

export const PLAN_INPUT: PlanInput = {
  version: 1,
  id: 'test-1111',
  name: title('Test 11.11'),
  platform: 'aliexpress',
  platformTimeZone: 'America/Los_Angeles',
  teamTimeZone: 'Asia/Shanghai',
  phases: [
    { id: 'build-up', label: title('Build-up'), start: '2026-10-01T00:00:00-07:00', end: '2026-10-28T00:00:00-07:00' },
    { id: 'warm-up', label: title('Warm-up'), start: '2026-10-28T00:00:00-07:00', end: '2026-11-11T00:00:00-08:00' },
    { id: 'peak', label: title('Peak'), start: '2026-11-11T00:00:00-08:00', end: '2026-11-13T00:00:00-08:00' },
    { id: 'review', label: title('Review'), start: '2026-11-13T00:00:00-08:00', end: '2026-11-21T00:00:00-08:00' },
  ],
  tasks: [
    {
      id: 'register',
      title: title('Register for platform activities'),
      phase: 'build-up',
      workstream: 'operations',
      due: '2026-10-21T23:59:00-07:00',
      owner: 'li',
      critical: true,
      weight: 3,
      tags: ['registration'],
    },
    {
      id: 'banner',
      title: title('Replace the store banner'),
      phase: 'build-up',
      workstream: 'visual',
      due: '2026-10-27T00:00:00-07:00',
      dependsOn: ['register'],
      owner: 'wang',
    },
    // 01:30 on the night US DST ends happens twice; this is the first one (PDT).
    { id: 'dst-coupons', title: title('Set coupons'), phase: 'warm-up', workstream: 'marketing', due: '2026-11-01T01:30:00-07:00' },
    {
      id: 'daily-check',
      title: title('Monitor live data'),
      phase: 'peak',
      workstream: 'operations',
      due: '2026-11-11T09:00:00-08:00',
      recurrence: 'FREQ=DAILY;COUNT=2',
    },
    {
      id: 'review-data',
      title: title('Data review'),
      phase: 'review',
      workstream: 'operations',
      due: '2026-11-20T18:00:00-08:00',
      dependsOn: ['daily-check'],
    },
  ],
};

/** The fixture plan, parsed afresh. */
export const testPlan = () => parsePlan(PLAN_INPUT);

/** A valid event with instants from ISO strings. */
export function ev(taskId: string, status: StatusEvent['status'], at: string, by = 'li', occurrence?: string, id?: string): StatusEvent {
  return {
    taskId,
    status,
    at: new Date(at),
    by,
    ...(occurrence ? { occurrence: new Date(occurrence) } : {}),
    ...(id ? { id } : {}),
  };
}
