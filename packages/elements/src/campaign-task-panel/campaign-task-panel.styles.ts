import { css } from 'lit';

export const panelStyles = css`
  /* Fixed to the nearest containing box: the page, or the chart when it contains its layout (the Gantt does). */
  :host {
    position: fixed;
    inset: 0 0 0 auto;
    width: min(380px, 100%);
    z-index: 10;
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .drawer {
    box-sizing: border-box;
    height: 100%;
    overflow: auto;
    padding: 12px 16px 24px;
    background: var(--cp-bg, #fff);
    color: var(--cp-fg, #1a1a1a);
    border-left: 1px solid var(--cp-border, #ccc);
    box-shadow: -4px 0 16px rgb(0 0 0 / 0.15);
    font: 14px/1.4 var(--cp-font, system-ui, sans-serif);
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  h2 {
    font-size: 16px;
    margin: 0;
  }
  label,
  fieldset {
    display: block;
    margin: 10px 0 0;
  }
  fieldset {
    border: 1px solid var(--cp-border, #ccc);
    padding: 6px 8px;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
    margin-top: 2px;
    font: inherit;
  }
  .other-clock,
  .hint {
    color: var(--cp-muted, #555);
    font-size: 12px;
  }
  .error {
    color: var(--cp-overdue, #a4000f);
    font-size: 12px;
  }
  [aria-invalid='true'] {
    outline: 2px solid var(--cp-overdue, #a4000f);
  }
  .deps {
    max-height: 160px;
    overflow: auto;
  }
  .deps label {
    margin: 2px 0;
  }
  .danger {
    margin-top: 16px;
  }
  /* Others with this task open: a colored dot before each name (their presence color). */
  .viewers {
    margin: 8px 0 0;
    color: var(--cp-muted, #555);
  }
  .viewer::before {
    content: '';
    display: inline-block;
    width: 8px;
    height: 8px;
    margin-right: 4px;
    border-radius: 50%;
    background: var(--cp-viewer, var(--cp-accent, #1a73e8));
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--cp-focus, #1a73e8);
    outline-offset: 1px;
  }
  /* A sheet from the bottom on phones. */
  @media (max-width: 600px) {
    :host {
      inset: auto 0 0 0;
      width: 100%;
      /* Inside a contained chart, 100% is the chart's height. */
      height: min(70vh, 100%);
    }
    .drawer {
      border-left: 0;
      border-top: 1px solid var(--cp-border, #ccc);
      border-radius: 12px 12px 0 0;
      box-shadow: 0 -4px 16px rgb(0 0 0 / 0.15);
    }
  }
`;
