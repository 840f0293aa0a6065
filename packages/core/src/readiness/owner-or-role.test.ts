import { describe, expect, it } from 'vitest';
import { taskOccurrences } from '../plan/occurrences.js';
import { instantiate } from '../templates/instantiate.js';
import { getTemplate } from '../templates/registry.js';
import { resolveWallTime } from '../time/wall-time.js';
import { ownerOrRole, readiness, UNASSIGNED } from './readiness.js';
import { createStatusState } from './status-state.js';

describe('readiness by person or role', () => {
  it("groups work under the roster's people, and under the role's label where the roster names nobody", () => {
    const plan = instantiate(getTemplate('aliexpress-11-11'), {
      year: 2026,
      teamTimeZone: 'Asia/Shanghai',
      roster: { roles: { designer: 'Chen Jing', 'operations-lead': 'Li Wei' } },
    });
    const r = readiness(plan, createStatusState(plan, []), resolveWallTime('2026-10-20 09:00', 'America/Los_Angeles'));
    const groups = Object.keys(r.byOwner).sort();
    expect(groups).toEqual(['Chen Jing', 'Li Wei', 'Logistics & service', 'Marketing', 'Product', 'Traffic & ads'].sort());
    expect(groups).not.toContain(UNASSIGNED);
    // Work items: one-off tasks plus each occurrence of a recurring one (the daily leaderboards).
    const designerItems = plan.tasks.filter((t) => t.role === 'designer').reduce((n, t) => n + taskOccurrences(plan, t).length, 0);
    expect(r.byOwner['Chen Jing']!.total).toBe(designerItems);
  });

  it("names a role in the reader's language, and falls back to unassigned without owner or role", () => {
    expect(ownerOrRole({ role: 'designer' }, 'zh-CN')).toBe('美工/视觉');
    expect(ownerOrRole({ owner: 'Wang', role: 'designer' })).toBe('Wang');
    expect(ownerOrRole({})).toBe(UNASSIGNED);
  });
});
