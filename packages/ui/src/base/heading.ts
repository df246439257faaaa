// A real <h2>…<h6> whose level the page chooses (`heading-level`), so a component fits the page's
// outline. Shared by mc-card, mc-empty-state and mc-alert (the widgets keep their own, see
// widgets/src/shared/heading.ts, for size).
import { html, type TemplateResult } from 'lit';
import { DEV, warnDev } from './dev.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Clamps any value to a heading level 2–6; `fallback` when it is not a number. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(6, Math.max(2, Math.round(n))) as HeadingLevel;
}

/** The level of `el`'s `heading-level` (`value`), warning in development when it had to be clamped. */
export function headingLevel(el: Element, value: unknown, fallback: HeadingLevel): HeadingLevel {
  const level = toHeadingLevel(value, fallback);
  if (DEV && Number(value) !== level) {
    warnDev(`<${el.localName}> heading-level="${el.getAttribute('heading-level') ?? value}" is not valid; use one of: 2, 3, 4, 5, 6. Using "${level}".`);
  }
  return level;
}

/** `<hN part=… class=…>content</hN>` for N in 2–6. */
export function renderHeading(level: HeadingLevel, content: unknown, part = 'heading', cls = 'heading'): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part} class=${cls}>${content}</h2>`;
    case 4:
      return html`<h4 part=${part} class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${cls}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class=${cls}>${content}</h6>`;
    default:
      return html`<h3 part=${part} class=${cls}>${content}</h3>`;
  }
}
