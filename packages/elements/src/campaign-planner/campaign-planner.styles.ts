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
  .zone,
  .filters {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: center;
  }
  .filters {
    display: flex;
    gap: 6px 12px;
    padding: 6px 0 10px;
  }
  input[type='search'],
  input[data-zone-name] {
    font: inherit;
    color: inherit;
    background: var(--cp-bg);
    border: 1px solid var(--cp-border);
    border-radius: var(--cp-radius);
    padding: 2px 8px;
    min-height: 28px;
    max-width: 100%;
  }
  .matched {
    color: var(--cp-muted);
  }
  .menu-body {
    right: 0;
  }
  .export .menu-body button {
    text-align: left;
    white-space: nowrap;
  }
  /* Several campaigns: each campaign's formats under its name. */
  .export-group {
    display: flex;
    flex-direction: column;
  }
  .export-group + .export-group {
    border-top: 1px solid var(--cp-border);
    margin-top: 4px;
    padding-top: 4px;
  }
  .export-name {
    font-weight: 600;
    padding: 2px 8px;
    white-space: nowrap;
  }
  /* Several plans: one group per campaign, its heading a disclosure button. */
  .campaign {
    margin: 0 0 12px;
  }
  .campaign campaign-gantt {
    height: var(--cp-season-gantt-height, 360px);
  }
  .campaign-heading button {
    display: flex;
    gap: 8px;
    align-items: baseline;
    width: 100%;
    text-align: left;
    font-weight: 600;
  }
  .campaign-heading button::before {
    content: '▾';
  }
  .campaign-heading button[aria-expanded='false']::before {
    content: '▸';
  }
  .campaign-heading .dates {
    color: var(--cp-muted);
    font-weight: normal;
  }
  .season-warnings {
    margin: 0 0 12px;
  }
  .season-warnings [role='heading'] {
    font-weight: 600;
  }
  /* Phones: controls wrap and shrink, and nothing is wider than the screen. */
  @media (max-width: 600px) {
    header,
    .filters {
      gap: 6px;
    }
    h2 {
      flex-basis: 100%;
    }
    label {
      flex-wrap: wrap;
      max-width: 100%;
    }
    select {
      max-width: 100%;
    }
    campaign-gantt {
      height: min(var(--cp-gantt-height), 70vh);
    }
  }
  @media print {
    header,
    .filters {
      display: none;
    }
    campaign-gantt {
      height: auto;
    }
  }
`;
