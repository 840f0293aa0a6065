// The elements inside another component's shadow root, and several instances on one page: the cases
// users of frappe-gantt and dhtmlx-gantt report broken.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../packages/elements/src/define.js';
import type { CampaignGantt } from '../../packages/elements/src/index.js';
import { bigPlan, frames, mount, plan1111 } from '../../packages/elements/src/test/fixtures.js';

class HostApp extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = `<style>div { color: rgb(1, 2, 3) }</style>
      <div><campaign-gantt></campaign-gantt><campaign-checklist></campaign-checklist></div>`;
  }
}
customElements.define('host-app', HostApp);

describe('embedding', () => {
  it('works inside another component’s shadow root; events cross both roots', async () => {
    const host = await mount('host-app' as 'div', {});
    const gantt = host.shadowRoot!.querySelector('campaign-gantt')!;
    const checklist = host.shadowRoot!.querySelector('campaign-checklist')!;
    gantt.plan = plan1111();
    checklist.plan = gantt.plan;
    await gantt.updateComplete;
    await checklist.updateComplete;
    await frames();
    const row = gantt.shadowRoot!.querySelector<HTMLElement>('[role="row"][aria-level="3"]')!;
    const selected = new Promise<string>((resolve) => document.addEventListener('task-select', (e) => resolve(e.detail.taskId), { once: true }));
    row.click();
    expect(await selected).toBe(gantt.selectedTaskId);

    const changed = new Promise<string>((resolve) => document.addEventListener('task-status-change', (e) => resolve(e.detail.status), { once: true }));
    await userEvent.click(checklist.shadowRoot!.querySelector('input[type="checkbox"]')!);
    expect(await changed).toBe('done');

    const active = gantt.shadowRoot!.querySelector<HTMLElement>('[role="row"][tabindex="0"]')!;
    active.focus();
    await userEvent.keyboard('{ArrowDown}');
    await gantt.updateComplete;
    expect(Number((gantt.shadowRoot!.activeElement as HTMLElement).dataset.index)).toBe(Number(active.dataset.index) + 1);
  });

  it('runs several instances on one page independently, and leaks no CSS', async () => {
    const outside = document.createElement('div');
    outside.className = 'row bar toolbar';
    document.body.append(outside);
    const before = getComputedStyle(outside).cssText + getComputedStyle(outside).position + getComputedStyle(outside).display;
    const sheets = document.styleSheets.length;

    const a = await mount('campaign-gantt', { plan: plan1111(), timeZone: 'platform' });
    const b = await mount('campaign-gantt', { plan: bigPlan(500), timeZone: 'team', locale: 'zh-CN' });
    await frames();
    const phaseRow = (g: CampaignGantt) => g.shadowRoot!.querySelector<HTMLElement>('[role="row"][data-index="0"]')!;
    phaseRow(a).click();
    await a.updateComplete;
    expect(phaseRow(a).getAttribute('aria-expanded')).toBe('false');
    expect(phaseRow(b).getAttribute('aria-expanded')).toBe('true');
    expect(a.displayZone).toBe('America/Los_Angeles');
    expect(b.displayZone).toBe('Asia/Shanghai');
    expect(b.shadowRoot!.textContent).toContain('任务');
    expect(a.shadowRoot!.textContent).not.toContain('任务');

    expect(document.styleSheets.length).toBe(sheets);
    expect(getComputedStyle(outside).cssText + getComputedStyle(outside).position + getComputedStyle(outside).display).toBe(before);
    outside.remove();
  });
});
