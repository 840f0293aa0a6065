import { css } from 'lit';

/** Styles of `<campaign-planner>` (on top of the shared theme). */
export const plannerStyles = css`
  :host {
    --cp-gantt-height: 560px;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: center;
    padding: 8px 0;
  }
  h2 {
    font-size: 18px;
    margin: 0 auto 0 0;
  }
  [role='tablist'] {
    display: inline-flex;
  }
  [role='tab'] {
    border-radius: 0;
    margin-left: -1px;
  }
  [role='tab']:first-child {
    border-radius: var(--cp-radius) 0 0 var(--cp-radius);
  }
  [role='tab']:last-child {
    border-radius: 0 var(--cp-radius) var(--cp-radius) 0;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--cp-accent);
    border-color: var(--cp-accent);
    color: var(--cp-bg);
  }
  label {
    display: inline-flex;
    gap: 4px;
    align-items: center;
  }
  campaign-gantt {
    height: var(--cp-gantt-height);
  }
`;
