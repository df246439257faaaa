// Styles of <mc-procedure-lookup>: one column that reflows from 320 px to a wide page, sizes in
// rem/em (200% text zoom wraps instead of clipping), tokens only.
import { css } from 'lit';
import { focusRing, token } from '@motcua/ui';

export const lookupStyles = css`
  :host {
    display: block;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: ${token('space-4')};
  }
  .heading {
    font-size: ${token('font-size-xl')};
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: ${token('space-3')};
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
  }
  .filters > * {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .status {
    font-weight: ${token('font-weight-bold')};
    min-height: 1.5em;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .result {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
    padding-block: ${token('space-3')};
    border-block-end: 1px solid ${token('color-border')};
    overflow-wrap: anywhere;
  }
  .result-heading {
    font-size: ${token('font-size-lg')};
  }
  /* the result's link or button: the only child of its heading */
  .result-heading > * {
    font: inherit;
    font-weight: ${token('font-weight-bold')};
    color: ${token('color-link')};
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: 0;
    padding: 0.25em 0;
    margin: 0;
    min-height: 2.75rem;
    text-align: start;
    cursor: pointer;
    display: inline-block;
  }
  .result-heading > :hover {
    text-decoration-thickness: 2px;
  }
  .status:focus-visible,
  .result-heading > :focus-visible,
  .back:focus-visible {
    ${focusRing}
  }
  .result-meta {
    margin: 0;
    display: grid;
    gap: ${token('space-1')};
  }
  .result-meta > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-2')};
  }
  .result-meta dt {
    font-weight: ${token('font-weight-bold')};
  }
  .result-meta dt::after {
    content: ':';
  }
  .result-meta dd {
    margin: 0;
    flex: 1 1 12rem;
  }
  .result-foot,
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
  }
  .code {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }
  .back {
    align-self: flex-start;
    font: inherit;
    color: ${token('color-link')};
    background: none;
    border: 0;
    padding: ${token('space-2')} 0;
    min-height: 2.75rem;
    text-decoration: underline;
    cursor: pointer;
  }
  /* <mc-pagination> is imported with the first search of more than one page: until it is defined
     its place is kept (one row of controls), so nothing below moves when it appears. */
  mc-pagination:not(:defined) {
    display: block;
    min-height: max(2.75rem, ${token('control-height')});
  }
  @media print {
    .back,
    .search,
    mc-pagination {
      display: none !important;
    }
  }
`;
