// <campaign-checklist> under a host's shared filter and zone: task ids, hidden own filters, display zone,
// heading levels (the page's outline decides, not a fixed h3).
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../test/axe.js';
import { mount, plan1111, shadow } from '../test/fixtures.js';

const NOW = new Date('2026-10-25T12:00:00-07:00');

describe('<campaign-checklist> in a planner', () => {
  it('lists only the tasks whose ids it is given and can hide its own filter bar', async () => {
    const plan = plan1111();
    const ids = new Set(plan.tasks.filter((t) => t.critical).map((t) => t.id));
    const el = await mount('campaign-checklist', { plan, now: NOW, shownTaskIds: ids, hideFilters: true });
    const keys = [...shadow(el).querySelectorAll<HTMLElement>('[part="item"]')].map((li) => li.dataset.key!.split('@')[0]!);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys)).toEqual(ids);
    expect(shadow(el).querySelector('[part="toolbar"]')).toBeNull();
  });

  it('shows deadlines in the display zone, with platform time beside another zone', async () => {
    const plan = plan1111();
    const el = await mount('campaign-checklist', { plan, now: NOW, timeZone: 'Europe/Berlin' });
    const meta = shadow(el).querySelector('[part="item"] .meta')!.textContent!;
    expect(meta).toContain('Europe/Berlin:');
    expect(meta).toContain('Platform time:');
    el.timeZone = 'platform';
    await el.updateComplete;
    const platformOnly = shadow(el).querySelector('[part="item"] .meta')!.textContent!;
    expect(platformOnly.match(/Platform time:/g)).toHaveLength(1);
  });

  it('puts its headings at the level the page asks for, so axe finds no skipped level under an h1', async () => {
    const h1 = document.createElement('h1');
    h1.textContent = 'Page';
    document.body.prepend(h1);
    const headingOrder = async () => (await axeViolations(document)).filter((v) => v.startsWith('heading-order'));
    try {
      // Without a level: h1 then h3 skips a level.
      const fixed = await mount('campaign-checklist', { plan: plan1111(), now: NOW });
      expect(await headingOrder()).not.toEqual([]);
      fixed.remove();
      const el = await mount('campaign-checklist', { plan: plan1111(), now: NOW, headingLevel: 2 });
      expect(shadow(el).querySelector('h3')!.getAttribute('aria-level')).toBe('2');
      expect(shadow(el).querySelector('h4')!.getAttribute('aria-level')).toBe('3');
      expect(await headingOrder()).toEqual([]);
    } finally {
      h1.remove();
    }
  });
});
