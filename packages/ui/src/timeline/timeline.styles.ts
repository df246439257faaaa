// The look of <mc-timeline> (its own rules; the class lists them after the shared ones in base/styles.ts).
import { css } from 'lit';
import { token } from '../base/tokens.js';

export const timelineStyles = css`
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    --marker: 1.5em;
    --accent: ${token('color-success')};
    position: relative;
    display: grid;
    grid-template-columns: var(--marker) minmax(0, 1fr);
    column-gap: ${token('space-3')};
    padding-bottom: ${token('space-4')};
    overflow-wrap: anywhere;
  }
  .item:last-child {
    padding-bottom: 0;
  }
  /* the line joining this marker to the next */
  .item:not(:last-child)::before {
    content: '';
    position: absolute;
    top: calc(var(--marker) + 0.25em);
    bottom: 0.25em;
    inset-inline-start: calc(var(--marker) / 2 - 1px);
    width: 2px;
    background: ${token('color-border')};
  }
  .marker {
    display: flex;
    align-items: center;
    justify-content: center;
    width: var(--marker);
    height: var(--marker);
    border: 2px solid var(--accent);
    border-radius: 50%;
    background: var(--accent);
    color: ${token('color-on-brand')};
  }
  .marker svg {
    width: 100%;
    height: 100%;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.25;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .marker circle {
    fill: currentColor;
    stroke: none;
  }
  .current {
    --accent: ${token('color-brand')};
  }
  .current .marker,
  .upcoming .marker {
    background: ${token('color-surface')};
  }
  .current .marker {
    color: var(--accent);
    box-shadow: 0 0 0 0.2em ${token('color-brand-subtle')};
  }
  .upcoming {
    --accent: ${token('color-border-strong')};
  }
  .late {
    --accent: ${token('color-danger')};
  }
  .content {
    min-width: 0;
  }
  .title {
    margin: 0;
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
    /* aligns the first line with the marker */
    padding-top: 0.2em;
  }
  .current .title {
    color: ${token('color-text')};
  }
  .upcoming .title {
    font-weight: ${token('font-weight-medium')};
  }
  /* every visible tag has a tone class: its colours come from statusColors */
  .tag {
    display: inline-block;
    margin-inline-start: ${token('space-2')};
    padding: 0 0.5em;
    border: 1px solid var(--_b);
    border-radius: ${token('radius-pill')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-medium')};
    vertical-align: 0.1em;
    background: var(--_s);
    color: var(--_c);
  }
  .when,
  .description {
    margin: ${token('space-1')} 0 0;
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-3')};
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }
  @media (forced-colors: active) {
    .marker {
      border-color: CanvasText;
    }
    .item:not(:last-child)::before {
      background: CanvasText;
    }
  }
`;
