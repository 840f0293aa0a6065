// The React example rendered with react-dom 19 in Chromium: properties reach the element, events reach React.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { act } from 'react';
import { expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { PlannerApp } from '../../examples/react/PlannerApp.js';
import { frames, plan1111 } from '../../packages/elements/src/test/fixtures.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

it('React 19 passes plan and state as properties and hears the elements’ events', async () => {
  const plan = plan1111();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(createElement(PlannerApp, { plan, now: new Date('2026-10-25T12:00:00-07:00') })));
  const planner = container.querySelector('campaign-planner')!;
  await planner.updateComplete;
  expect(planner.plan).toBe(plan);
  expect(planner.state).toBeDefined();

  planner.view = 'checklist';
  await planner.updateComplete;
  const checklist = planner.shadowRoot!.querySelector('campaign-checklist')!;
  await checklist.updateComplete;
  const li = checklist.shadowRoot!.querySelector<HTMLElement>('[part="item"]')!;
  await act(async () => {
    await userEvent.click(li.querySelector('input')!);
    await frames(1);
  });
  const taskId = li.dataset.key!.split('@')[0];
  expect(container.querySelector('[role="status"]')!.textContent).toBe(`${taskId}: done`);
  await act(async () => root.unmount());
  container.remove();
});
