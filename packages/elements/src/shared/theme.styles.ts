import { css } from 'lit';

// One dark palette for both ways of asking for it: the theme attribute and the system preference.
const darkPalette = css`
  --cp-bg: #0d1117;
  --cp-fg: #e6edf3;
  --cp-muted: #9198a1;
  --cp-surface: #151b23;
  --cp-border: #3d444d;
  --cp-accent: #4493f8;
  --cp-phase-bar: #ab7df8;
  --cp-task-bar: #4493f8;
  --cp-done: #3fb950;
  --cp-critical: #f85149;
  --cp-overdue: #db6d28;
  --cp-today: #f85149;
  --cp-focus: #4493f8;
  --cp-weekend: rgba(255, 255, 255, 0.04);
  color-scheme: dark;
`;

/**
 * Design tokens shared by every element: custom properties with light defaults on `:host`, a dark set
 * for `theme="dark"` and for `theme="auto"` (the default) when the page prefers dark. Everything is
 * scoped to the shadow root, so nothing leaks into the page.
 */
export const themeStyles = css`
  :host {
    --cp-font: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    --cp-bg: #ffffff;
    --cp-fg: #1f2328;
    --cp-muted: #59636e;
    --cp-surface: #f6f8fa;
    --cp-border: #d1d9e0;
    --cp-accent: #0969da;
    --cp-phase-bar: #8250df;
    --cp-task-bar: #0969da;
    --cp-done: #1a7f37;
    --cp-critical: #cf222e;
    --cp-overdue: #bc4c00;
    --cp-today: #cf222e;
    --cp-focus: #0969da;
    --cp-weekend: rgba(0, 0, 0, 0.035);
    --cp-radius: 4px;
    color-scheme: light;
    display: block;
    font-family: var(--cp-font);
    font-size: 14px;
    color: var(--cp-fg);
    background: var(--cp-bg);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
  /* Status marks (overdue, blocked, critical) look the same in every element; sizes may differ. */
  .badge {
    font-size: 11px;
    padding: 0 6px;
    border-radius: 8px;
    border: 1px solid currentColor;
  }
  .badge.overdue {
    color: var(--cp-overdue);
  }
  .badge.blocked,
  .badge.critical {
    color: var(--cp-critical);
  }
  :focus-visible {
    outline: 2px solid var(--cp-focus);
    outline-offset: -2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  select {
    font: inherit;
    color: inherit;
    background: var(--cp-bg);
    border: 1px solid var(--cp-border);
    border-radius: var(--cp-radius);
    padding: 2px 8px;
    min-height: 28px;
  }
  button[aria-pressed='true'] {
    background: var(--cp-accent);
    border-color: var(--cp-accent);
    color: var(--cp-bg);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    padding: 6px 8px;
    border-bottom: 1px solid var(--cp-border);
    background: var(--cp-surface);
  }
  .toolbar label {
    display: inline-flex;
    gap: 4px;
    align-items: center;
  }
  .segmented {
    display: inline-flex;
  }
  .segmented button:not(:first-child) {
    border-top-left-radius: 0;
    border-bottom-left-radius: 0;
    margin-left: -1px;
  }
  .segmented button:not(:last-child) {
    border-top-right-radius: 0;
    border-bottom-right-radius: 0;
  }
  /* A zone the element cannot use, and the drop-down menus of the toolbars (columns, export). */
  .zone-problem {
    color: var(--cp-critical);
    font-weight: 600;
  }
  .menu {
    position: relative;
  }
  .menu summary {
    cursor: pointer;
    padding: 2px 8px;
    border: 1px solid var(--cp-border);
    border-radius: var(--cp-radius);
    min-height: 28px;
    line-height: 22px;
    background: var(--cp-bg);
  }
  .menu-body {
    position: absolute;
    z-index: 5;
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: 8px;
    margin-top: 2px;
    background: var(--cp-bg);
    border: 1px solid var(--cp-border);
    border-radius: var(--cp-radius);
  }
  .is-overdue {
    background: var(--cp-overdue);
  }
  .is-done {
    background: var(--cp-done);
    opacity: 0.7;
  }
`;
