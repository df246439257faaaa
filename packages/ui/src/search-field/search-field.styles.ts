// The look of <mc-search-field> (its own rules; the class lists them after the shared ones in base/styles.ts).
import { css } from 'lit';
import { focusRing } from '../base/styles.js';
import { token } from '../base/tokens.js';

export const searchFieldStyles = css`
  :host {
    container-type: inline-size;
  }
  .combo {
    position: relative;
  }
  .field {
    display: flex;
    align-items: stretch;
    min-width: 0;
    background: ${token('color-surface')};
    border: 2px solid ${token('color-border-strong')};
    border-radius: ${token('radius-md')};
  }
  .field:focus-within {
    ${focusRing}
  }
  .field.invalid {
    border-color: ${token('color-danger')};
  }
  input {
    flex: 1;
    min-width: 0;
    min-height: max(${token('control-height')}, 2.75rem);
    margin: 0;
    padding: ${token('space-2')} ${token('space-3')};
    font: inherit;
    font-size: ${token('font-size-md')};
    color: ${token('color-text')};
    background: transparent;
    border: 0;
    border-radius: ${token('radius-md')};
    outline: none;
  }
  input:disabled {
    color: ${token('color-on-disabled')};
    cursor: not-allowed;
  }
  button {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    min-width: 2.75rem;
    min-height: 2.75rem;
    margin: 0;
    padding: 0 ${token('space-2')};
    font: inherit;
    color: ${token('color-text-muted')};
    background: transparent;
    border: 0;
    border-radius: ${token('radius-sm')};
    cursor: pointer;
  }
  button:focus-visible {
    ${focusRing}
    outline-offset: -4px;
  }
  .search-button {
    color: ${token('color-on-brand')};
    background: ${token('color-brand')};
    border-radius: 0 calc(${token('radius-md')} - 2px) calc(${token('radius-md')} - 2px) 0;
  }
  .search-button:hover {
    background: ${token('color-brand-hover')};
  }
  .search-button:focus-visible {
    outline-color: ${token('color-on-brand')};
  }
  .search-text {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Narrow (a phone at 200% text): the search button gets its own row, with its text. */
  @container (max-width: 15em) {
    .field {
      flex-wrap: wrap;
    }
    input {
      flex-basis: 0;
    }
    .search-button {
      flex: 1 0 100%;
      gap: ${token('space-2')};
      border-radius: 0 0 calc(${token('radius-md')} - 2px) calc(${token('radius-md')} - 2px);
      font-weight: ${token('font-weight-bold')};
    }
    .search-text {
      position: static;
      width: auto;
      height: auto;
      clip-path: none;
      white-space: normal;
    }
  }
  button:disabled {
    cursor: not-allowed;
    color: ${token('color-on-disabled')};
    background: ${token('color-disabled')};
  }
  button svg {
    width: 1.25em;
    height: 1.25em;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + ${token('space-1')});
    max-height: min(20rem, 60vh);
    overflow-y: auto;
    margin: 0;
    padding: ${token('space-1')} 0;
    list-style: none;
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border-strong')};
    border-radius: ${token('radius-md')};
    box-shadow: ${token('shadow-2')};
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-height: 2.75rem;
    justify-content: center;
    padding: ${token('space-2')} ${token('space-3')};
    border-inline-start: 4px solid transparent;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  [role='option']:hover {
    background: ${token('color-surface-alt')};
  }
  [role='option'][aria-selected='true'] {
    background: ${token('color-brand-subtle')};
    border-inline-start-color: ${token('color-brand')};
  }
  .option-description {
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;
