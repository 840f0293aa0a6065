import { css } from 'lit';

/** Styles of `<campaign-gantt>` (on top of the shared theme). */
export const ganttStyles = css`
  :host {
    --cp-name-width: 280px;
    height: 480px;
    border: 1px solid var(--cp-border);
    border-radius: var(--cp-radius);
    overflow: hidden;
    contain: content;
  }
  .frame {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  .scroller {
    position: relative;
    flex: 1;
    overflow: auto;
    overscroll-behavior: contain;
  }
  .header {
    position: sticky;
    top: 0;
    z-index: 3;
    display: flex;
    height: 44px;
    background: var(--cp-surface);
    border-bottom: 1px solid var(--cp-border);
  }
  .name-col {
    position: sticky;
    left: 0;
    z-index: 2;
    flex: 0 0 var(--cp-name-width);
    width: var(--cp-name-width);
    background: inherit;
    border-right: 1px solid var(--cp-border);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .header .name-col {
    display: flex;
    align-items: flex-end;
    padding: 4px 8px;
    font-weight: 600;
  }
  .axis {
    position: relative;
    flex: none;
  }
  .tick {
    position: absolute;
    overflow: hidden;
    white-space: nowrap;
    text-align: center;
    font-size: 11px;
    line-height: 20px;
    border-left: 1px solid var(--cp-border);
    color: var(--cp-muted);
  }
  .tick.month {
    top: 0;
    height: 22px;
    text-align: left;
    padding-left: 4px;
    font-weight: 600;
    color: var(--cp-fg);
  }
  .tick.minor {
    top: 22px;
    height: 22px;
  }
  .tick.dst {
    background: repeating-linear-gradient(135deg, transparent 0 4px, var(--cp-weekend) 4px 8px);
    color: var(--cp-fg);
    font-weight: 600;
  }
  /* Containment keeps a change of rows from restyling or laying out anything outside the body. Its size
     is explicit (a style attribute), so size containment changes nothing on screen. Not on the rows: a
     contained row is a stacking context (arrows would paint over the name cells), and contained cells
     made more work for the compositor in traces, not less. */
  .body {
    position: relative;
    contain: strict;
  }
  .layer {
    position: absolute;
    top: 0;
    bottom: 0;
    left: var(--cp-name-width);
    pointer-events: none;
  }
  .grid-day {
    position: absolute;
    top: 0;
    bottom: 0;
    border-left: 1px solid var(--cp-border);
    opacity: 0.5;
  }
  .grid-day.weekend {
    background: var(--cp-weekend);
  }
  .grid-day.dst {
    border-left-style: dashed;
    opacity: 1;
  }
  .today {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 2px;
    margin-left: -1px;
    background: var(--cp-today);
    z-index: 1;
  }
  svg.deps {
    position: absolute;
    left: var(--cp-name-width);
    top: 0;
    overflow: visible;
    pointer-events: none;
    z-index: 1;
  }
  svg.deps .lines {
    fill: none;
    stroke: var(--cp-muted);
    stroke-width: 1.25;
    stroke-opacity: 0.55;
  }
  svg.deps .heads {
    fill: var(--cp-muted);
  }
  .row {
    position: absolute;
    left: 0;
    display: flex;
    background: transparent;
    cursor: default;
  }
  /* Lines on the cells, not the row: the opaque name cell then hides arrows passing under it. */
  .row > * {
    border-bottom: 1px solid var(--cp-border);
  }
  .row .name-col {
    display: flex;
    gap: 6px;
    align-items: center;
    padding: 0 8px 0 calc(8px + (var(--level) - 1) * 16px);
    background: var(--cp-bg);
  }
  .row.group .name-col {
    font-weight: 600;
    cursor: pointer;
  }
  .row.phase .name-col {
    background: var(--cp-surface);
  }
  .row[aria-selected='true'] .name-col {
    box-shadow: inset 3px 0 0 var(--cp-accent);
  }
  .row:focus-visible {
    outline: 2px solid var(--cp-focus);
    outline-offset: -2px;
    z-index: 4;
  }
  .row:focus-visible .name-col {
    outline: 2px solid var(--cp-focus);
    outline-offset: -2px;
  }
  .chevron {
    display: inline-block;
    width: 1em;
    transition: transform 0.1s;
  }
  .row[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .title {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .count {
    color: var(--cp-muted);
    font-weight: normal;
  }
  .badge {
    flex: none;
    font-size: 10px;
    line-height: 16px;
    padding: 0 4px;
  }
  .bars {
    position: relative;
    flex: none;
  }
  .bar {
    position: absolute;
    top: 25%;
    height: 50%;
    min-width: 3px;
    border-radius: 3px;
    background: var(--cp-task-bar);
  }
  .bar.phase {
    top: 30%;
    height: 40%;
    background: var(--cp-phase-bar);
    opacity: 0.85;
  }
  .bar.group {
    top: 42%;
    height: 16%;
    background: var(--cp-muted);
    opacity: 0.5;
  }
  .milestone {
    position: absolute;
    top: 50%;
    width: 12px;
    height: 12px;
    margin: -6px 0 0 -6px;
    transform: rotate(45deg);
    background: var(--cp-task-bar);
  }
  .is-critical {
    box-shadow: 0 0 0 2px var(--cp-critical);
  }
  .is-overdue {
    background: var(--cp-overdue);
  }
  .is-done {
    background: var(--cp-done);
    opacity: 0.7;
  }
`;
