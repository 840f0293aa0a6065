// React 19 using the web components: properties go straight to the element (React 19 sets a prop as a
// property when the element has one), and `on<event-name>` props listen to its custom events.
import { useMemo, useState } from 'react';
import type { Plan } from '@campaign-planner/core';
import { createStatusState, type StatusState } from '@campaign-planner/core/readiness';
import type { CampaignPlanner, TaskSelectEvent, TaskStatusChangeEvent } from '@campaign-planner/elements';
import '@campaign-planner/elements/define.js';

type ElementProps<E, Events> = Partial<Omit<E, keyof HTMLElement>> & Events & { children?: never; id?: string };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'campaign-planner': ElementProps<
        CampaignPlanner,
        { 'ontask-status-change'?: (e: TaskStatusChangeEvent) => void; 'ontask-select'?: (e: TaskSelectEvent) => void }
      >;
    }
  }
}

/** The planner of a plan, with the last change shown by React. */
export function PlannerApp({ plan, now }: { plan: Plan; now?: Date }) {
  const initial = useMemo(() => createStatusState(plan), [plan]);
  const [state, setState] = useState<StatusState>(initial);
  const [last, setLast] = useState('');
  return (
    <section>
      <campaign-planner
        plan={plan}
        state={state}
        now={now}
        ontask-status-change={(e) => {
          const planner = e.currentTarget as CampaignPlanner;
          const { taskId, status } = e.detail;
          // The planner applies the change after the event; read its state once it has.
          queueMicrotask(() => planner.state && setState(planner.state));
          setLast(`${taskId}: ${status}`);
        }}
        ontask-select={(e) => setLast(`selected ${e.detail.taskId}`)}
      />
      <p role="status">{last}</p>
    </section>
  );
}
