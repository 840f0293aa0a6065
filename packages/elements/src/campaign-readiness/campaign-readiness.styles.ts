import { css } from 'lit';

/** Styles of `<campaign-readiness>` (on top of the shared theme). */
export const readinessStyles = css`
  :host {
    border: 1px solid var(--cp-border);
    border-radius: var(--cp-radius);
    padding: 12px 16px;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 16px 32px;
    align-items: center;
  }
  .score {
    font-size: 40px;
    font-weight: 700;
    line-height: 1;
    color: var(--cp-accent);
  }
  .score small {
    font-size: 14px;
    color: var(--cp-muted);
    font-weight: normal;
  }
  dl.counts {
    display: flex;
    gap: 16px;
    margin: 0;
  }
  dl.counts div {
    text-align: center;
  }
  dl.counts dt {
    font-size: 12px;
    color: var(--cp-muted);
  }
  dl.counts dd {
    margin: 0;
    font-size: 20px;
    font-weight: 600;
  }
  .warn {
    color: var(--cp-overdue);
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
    gap: 16px 32px;
    margin-top: 12px;
  }
  h3 {
    font-size: 14px;
    margin: 8px 0;
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .bars li {
    display: grid;
    grid-template-columns: 9em 1fr 3.5em;
    gap: 8px;
    align-items: center;
    margin: 4px 0;
  }
  .track {
    height: 8px;
    border-radius: 4px;
    background: var(--cp-surface);
    border: 1px solid var(--cp-border);
    overflow: hidden;
  }
  .fill {
    height: 100%;
    background: var(--cp-done);
  }
  .pct {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  ol.actions {
    margin: 0;
    padding-left: 1.4em;
  }
  ol.actions li {
    margin: 6px 0;
  }
  ol.actions button {
    border: none;
    padding: 0;
    min-height: 0;
    background: none;
    text-align: left;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .when {
    display: block;
    font-size: 12px;
    color: var(--cp-muted);
  }
  .badge {
    margin-left: 4px;
  }
  .not-started {
    display: flex;
    flex-direction: column;
    gap: 2px;
    max-width: 32em;
  }
  .not-started strong {
    font-size: 24px;
    color: var(--cp-accent);
  }
  [title] dt {
    text-decoration: underline dotted;
    text-underline-offset: 2px;
    cursor: help;
  }
`;
