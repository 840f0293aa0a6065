import { css } from 'lit';

/** Styles of `<campaign-checklist>` (on top of the shared theme). */
export const checklistStyles = css`
  :host {
    border: 1px solid var(--cp-border);
    border-radius: var(--cp-radius);
  }
  .summary {
    margin-left: auto;
    color: var(--cp-muted);
  }
  .groups {
    padding: 0 12px 12px;
  }
  h3 {
    margin: 16px 0 4px;
    font-size: 16px;
  }
  h3 .dates {
    font-weight: normal;
    color: var(--cp-muted);
    font-size: 13px;
  }
  h4 {
    margin: 10px 0 4px;
    font-size: 14px;
    color: var(--cp-muted);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 8px;
    padding: 6px 4px;
    border-bottom: 1px solid var(--cp-border);
    content-visibility: auto;
    contain-intrinsic-size: auto 52px;
  }
  .item input {
    width: 18px;
    height: 18px;
    margin: 2px 0 0;
    accent-color: var(--cp-done);
  }
  .item input:focus-visible {
    outline: 2px solid var(--cp-focus);
    outline-offset: 2px;
  }
  .item label {
    font-weight: 500;
  }
  .item.is-done label {
    text-decoration: line-through;
    color: var(--cp-muted);
  }
  .meta {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    font-size: 12px;
    color: var(--cp-muted);
  }
  /* With editable: status menu, owner and notes under the item. */
  .edit-tools {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: start;
    margin-top: 4px;
    font-size: 12px;
  }
  .edit-tools input.owner {
    width: 10em;
    height: auto;
    margin: 0;
  }
  .edit-tools textarea {
    display: block;
    width: min(100%, 32em);
  }
  .more {
    margin-top: 12px;
  }
  .empty {
    padding: 12px;
    color: var(--cp-muted);
  }
`;
