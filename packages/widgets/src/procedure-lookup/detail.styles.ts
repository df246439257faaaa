// Styles of a procedure's detail (detail.view.ts), added to <mc-procedure-lookup>'s shadow root when
// the detail is first shown; the lookup's `.muted`, `a` and heading rules apply too.
import { css } from 'lit';
import { focusRing, token } from '@motcua/ui';

/** Styles of the detail view (the lookup's `.muted`, `a` and heading rules apply too). */
export const detailStyles = css`
  .detail {
    display: flex;
    flex-direction: column;
    gap: ${token('space-5')};
    overflow-wrap: anywhere;
  }
  .detail-header {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }
  #detail-heading {
    font-size: ${token('font-size-xl')};
  }
  #detail-heading:focus-visible {
    ${focusRing}
  }
  .meta-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-1')} ${token('space-3')};
    color: ${token('color-text-muted')};
  }
  .online {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
    align-items: flex-start;
  }
  .detail-section {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }
  .detail-section h3,
  .detail-section h4,
  .detail-section h5 {
    font-size: ${token('font-size-lg')};
  }
  .detail-section ul,
  .detail-section ol {
    margin: 0;
    padding-inline-start: 1.5em;
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: ${token('space-2')};
    border: 1px solid ${token('color-border')};
  }
  thead th {
    background: ${token('color-surface-alt')};
  }
  /* Narrow screens: each channel becomes a block with its labels, no sideways scrolling. */
  @media (max-width: 36rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
      width: auto;
    }
    tr {
      border: 1px solid ${token('color-border')};
      margin-block-end: ${token('space-2')};
    }
    th,
    td {
      border: 0;
    }
    td::before {
      content: attr(data-label) ': ';
      font-weight: ${token('font-weight-bold')};
    }
  }
`;
