import { css } from 'lit';

/** Styles of `<campaign-gantt>` (on top of the shared theme). */
export const ganttStyles = css`
  :host {
    height: 480px;
    --cp-hover: color-mix(in srgb, var(--cp-accent) 7%, transparent);
    --cp-selected: color-mix(in srgb, var(--cp-accent) 16%, transparent);
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
  /* The name block (name and optional columns) stays at the left while the timeline scrolls. */
  .name-col {
    position: sticky;
    left: 0;
    z-index: 2;
    display: flex;
    flex: 0 0 var(--cp-left);
    width: var(--cp-left);
    background: inherit;
    border-right: 1px solid var(--cp-border);
  }
  .cell {
    position: relative;
    flex: none;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    padding: 0 8px;
  }
  .cell + .cell {
    border-left: 1px solid var(--cp-border);
  }
  .cell.name {
    flex: 0 0 var(--cp-name-width);
    width: var(--cp-name-width);
  }
  .header .cell {
    display: flex;
    align-items: flex-end;
    padding: 4px 8px;
    font-weight: 600;
    background: var(--cp-surface);
  }
  .resizer {
    position: absolute;
    top: 0;
    right: 0;
    bottom: 0;
    width: 8px;
    cursor: col-resize;
    touch-action: none;
  }
  .resizer:hover,
  .resizer:focus-visible {
    background: var(--cp-accent);
    opacity: 0.6;
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
  /* The band clips (no scroll container, unlike hidden) so its label can stick to the timeline's left edge. */
  .tick.major {
    top: 0;
    height: 22px;
    text-align: left;
    overflow: clip;
    font-weight: 600;
    color: var(--cp-fg);
  }
  .tick.major .sticky {
    position: sticky;
    left: calc(var(--cp-left) + 4px);
    padding: 0 4px;
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
  /* The grid's lines are the same on every row: one screen of them sticks under the header instead of a
     layer as tall as every row, so a vertical scroll paints no grid again. */
  .layer {
    position: sticky;
    top: 44px;
    height: var(--cp-grid-height, 100vh);
    margin-left: var(--cp-left);
    pointer-events: none;
  }
  .grid-day {
    position: absolute;
    top: 0;
    bottom: 0;
    border-left: 1px solid color-mix(in srgb, var(--cp-border) 50%, transparent);
  }
  .weekend {
    position: absolute;
    top: 0;
    bottom: 0;
    background: color-mix(in srgb, var(--cp-weekend) 50%, transparent);
  }
  .grid-day.dst {
    border-left: 1px dashed var(--cp-border);
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
    left: var(--cp-left);
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
  svg.deps .chain {
    fill: none;
    stroke: var(--cp-critical);
    stroke-width: 2;
  }
  svg.deps .stubs {
    fill: none;
    stroke: var(--cp-muted);
    stroke-width: 1.25;
    stroke-dasharray: 3 2;
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
  /* The row's name and column cells stick at the left, each at its offset (set inline). */
  .row > .cell.lead {
    position: sticky;
    z-index: 2;
    background-color: var(--cp-bg);
  }
  .row > .cell.name {
    left: 0;
  }
  .row > .cell.edge {
    border-right: 1px solid var(--cp-border);
  }
  .row .cell {
    display: flex;
    align-items: center;
    font-size: 13px;
  }
  .row .cell.name {
    gap: 6px;
    font-size: 14px;
    padding: 0 8px 0 calc(8px + (var(--level) - 1) * 16px);
  }
  .compact .row .cell.name {
    padding: 0 4px;
  }
  .cell.is-estimate {
    font-style: italic;
  }
  .row.group > .cell.name {
    font-weight: 600;
    cursor: pointer;
  }
  .row.phase > .cell.lead {
    background-color: var(--cp-surface);
  }
  .row:hover > * {
    background-image: linear-gradient(var(--cp-hover), var(--cp-hover));
  }
  .row[aria-selected='true'] > * {
    background-image: linear-gradient(var(--cp-selected), var(--cp-selected));
  }
  .row[aria-selected='true'] > .cell.name {
    box-shadow: inset 3px 0 0 var(--cp-accent);
  }
  .row:focus-visible {
    outline: 2px solid var(--cp-focus);
    outline-offset: -2px;
    z-index: 4;
  }
  .row:focus-visible > .cell.name {
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
  .bar .fill {
    position: absolute;
    inset: 0 auto 0 0;
    border-radius: inherit;
    background: rgba(0, 0, 0, 0.28);
  }
  .label {
    position: absolute;
    white-space: nowrap;
    font-size: 11px;
    line-height: 16px;
    pointer-events: none;
  }
  .bar.has-label {
    padding: 0 5px;
    color: #fff;
    font-size: 11px;
    line-height: 16px;
    white-space: nowrap;
    overflow: hidden;
    isolation: isolate;
  }
  .bar .fill {
    z-index: -1;
  }
  .label.beside {
    top: calc(50% - 8px);
    color: var(--cp-fg);
  }
  .label.group-label {
    top: 0;
    padding: 0 2px;
    background: var(--cp-bg);
    font-weight: 600;
    color: var(--cp-fg);
  }
  .slack {
    position: absolute;
    top: 0;
    transform: translateX(-100%);
    display: none;
    font-size: 10px;
    line-height: 14px;
    padding: 0 4px;
    border-radius: 3px;
    background: var(--cp-fg);
    color: var(--cp-bg);
    white-space: nowrap;
    z-index: 2;
  }
  .row:hover .slack,
  .row:focus .slack,
  .row:focus-within .slack {
    display: block;
  }
  .jump {
    position: absolute;
    top: calc(50% - 8px);
    width: 16px;
    height: 16px;
    min-height: 0;
    padding: 0;
    font-size: 10px;
    line-height: 14px;
    cursor: pointer;
  }
  .is-critical {
    box-shadow: 0 0 0 2px var(--cp-critical);
  }
  .on-chain {
    outline: 2px solid var(--cp-critical);
    outline-offset: 1px;
  }
  .bar.is-estimate {
    background-image: repeating-linear-gradient(135deg, transparent 0 4px, rgba(255, 255, 255, 0.35) 4px 7px);
    border: 1px dashed var(--cp-fg);
  }
  .milestone.is-estimate {
    background-image: none;
    background: transparent;
    border: 2px dashed var(--cp-task-bar);
  }
  .badge.chain,
  .badge.impossible {
    color: var(--cp-critical);
  }
  .row.is-impossible .cell.name {
    box-shadow: inset 3px 0 0 var(--cp-critical);
  }
  /* Printing: every row is drawn (see printing), and the chart flows across pages at its full height. */
  @media print {
    :host {
      height: auto !important;
      overflow: visible;
      contain: none;
      border: none;
    }
    .frame {
      height: auto;
    }
    .toolbar,
    .jump,
    .slack {
      display: none;
    }
    .scroller {
      overflow: visible;
    }
    .header {
      position: static;
    }
    .name-col {
      position: static;
    }
    .body {
      contain: none;
    }
    .layer {
      position: absolute;
      top: 0;
      bottom: 0;
      height: auto;
      margin-left: 0;
      left: var(--cp-left);
    }
    .row {
      break-inside: avoid;
    }
  }
`;
