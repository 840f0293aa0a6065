import { css } from 'lit';

/** Styles of `<campaign-targets>` (on top of the shared theme). */
export const targetsStyles = css`
  :host {
    display: block;
  }
  .heading {
    font-weight: 600;
    margin: 12px 0 6px;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: grid;
    grid-template-columns: minmax(10em, 1fr) auto auto auto;
    gap: 4px 12px;
    align-items: center;
    padding: 4px 0;
    border-bottom: 1px solid var(--cp-border);
  }
  .warnings li {
    display: block;
    color: var(--cp-overdue);
  }
  .figures {
    font-variant-numeric: tabular-nums;
  }
  .pace {
    fill: none;
    stroke: var(--cp-muted);
    stroke-dasharray: 3 2;
  }
  .actual {
    fill: none;
    stroke: var(--cp-accent);
    stroke-width: 2;
  }
  .now {
    stroke: var(--cp-overdue);
  }
  .track {
    fill: var(--cp-surface);
  }
  .fill {
    fill: var(--cp-accent);
  }
  .behind .fill,
  .behind .actual {
    stroke: var(--cp-overdue);
    fill: var(--cp-overdue);
  }
  .behind .actual {
    fill: none;
  }
  .badge {
    color: var(--cp-overdue);
    font-size: 12px;
    font-weight: 600;
  }
  @media (max-width: 600px) {
    li {
      grid-template-columns: 1fr auto;
    }
  }
`;
