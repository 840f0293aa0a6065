import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { axeViolations } from '../test/axe.js';
import { frames, mount, plan1111, shadow } from '../test/fixtures.js';
import type { CampaignGantt } from '../campaign-gantt/campaign-gantt.element.js';
import type { CampaignTaskPanel } from '../campaign-task-panel/campaign-task-panel.element.js';
import type { OpenTaskChangeEvent } from '../events/task-panel-events.js';

const NOW = new Date('2026-10-25T12:00:00-07:00');

async function planner() {
  await page.viewport(1280, 900);
  const el = await mount('campaign-planner', { plan: plan1111(), now: NOW, editable: true });
  await frames();
  const gantt = shadow(el).querySelector<CampaignGantt>('campaign-gantt')!;
  await gantt.updateComplete;
  const opened: Array<string | null> = [];
  el.addEventListener('open-task-change', (e: OpenTaskChangeEvent) => opened.push(e.detail.taskId));
  return { el, gantt, opened };
}
const panelOf = (gantt: CampaignGantt) => shadow(gantt).querySelector<CampaignTaskPanel>('campaign-task-panel');
const viewersText = (panel: CampaignTaskPanel) => shadow(panel).querySelector('.viewers')?.textContent?.replace(/\s+/g, ' ').trim();

describe('<campaign-planner> viewers (who else has a task open)', () => {
  it('tells the page which task the panel shows, and when it closes', async () => {
    const { el, gantt, opened } = await planner();
    const [a, b] = el.plan!.tasks;
    expect(el.openTaskId).toBeNull();
    gantt.openTaskPanel(a!.id);
    await panelOf(gantt)!.updateComplete;
    expect(el.openTaskId).toBe(a!.id);
    gantt.openTaskPanel(b!.id);
    await panelOf(gantt)!.updateComplete;
    shadow(panelOf(gantt)!).querySelector<HTMLButtonElement>('.head button')!.click();
    // Reopening the same task after a close is told again (the Gantt reuses its panel).
    gantt.openTaskPanel(b!.id);
    await panelOf(gantt)!.updateComplete;
    expect(opened).toEqual([a!.id, b!.id, null, b!.id]);
  });

  it('closing because the task was removed clears the open task', async () => {
    const { el, gantt, opened } = await planner();
    const task = el.plan!.tasks.find((t) => !el.plan!.tasks.some((o) => o.dependsOn.includes(t.id)))!;
    gantt.openTaskPanel(task.id);
    await panelOf(gantt)!.updateComplete;
    el.plan = { ...el.plan!, tasks: el.plan!.tasks.filter((t) => t.id !== task.id) };
    await el.updateComplete;
    expect(el.openTaskId).toBeNull();
    expect(opened).toEqual([task.id, null]);
  });

  it('shows the viewers of the open task in the panel, escaped, in English and Chinese; others not', async () => {
    const { el, gantt } = await planner();
    const [a, b] = el.plan!.tasks;
    el.viewers = new Map([
      [
        a!.id,
        [
          { name: 'Ana', color: 'hsl(10 65% 42%)' },
          { name: '<b>Bo</b>', color: 'red;background:url(x)' },
        ],
      ],
      [b!.id, [{ name: 'Cai' }]],
    ]);
    gantt.openTaskPanel(a!.id);
    const panel = panelOf(gantt)!;
    await panel.updateComplete;
    expect(viewersText(panel)).toBe('Also open by: Ana, <b>Bo</b>');
    expect(shadow(panel).querySelector('.viewers b')).toBeNull();
    const [ana, bo] = shadow(panel).querySelectorAll<HTMLElement>('.viewer');
    expect(ana!.style.getPropertyValue('--cp-viewer').trim()).toBe('hsl(10 65% 42%)');
    // A value that is not a color (it comes from other people) sets no style at all.
    expect(bo!.getAttribute('style')).toBeNull();
    expect(await axeViolations(panel)).toEqual([]);

    // Presence changes while the panel is open: the planner passes the new list on.
    el.viewers = new Map([[a!.id, [{ name: 'Dee' }]]]);
    el.locale = 'zh-CN';
    await el.updateComplete;
    await panel.updateComplete;
    expect(viewersText(panel)).toBe('也打开了此任务: Dee');

    el.viewers = new Map([[b!.id, [{ name: 'Cai' }]]]);
    await el.updateComplete;
    await panel.updateComplete;
    expect(shadow(panel).querySelector('.viewers')).toBeNull();
  });
});
