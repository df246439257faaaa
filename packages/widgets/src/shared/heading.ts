// A heading whose level the page chooses (`heading-level`), so a widget fits the page's outline.
// Not ui's renderHeading (ui/src/base/heading.ts): the widgets need id and tabindex too, and both
// ways of serving them from ui grew the first view of widgets that do not use this helper
// (static-html in alert's chunk: status tracker +178 B gzip; ui's five templates with four
// attributes: +36 B), since mc-alert is in every widget's closure. Measured 2026-12-06.
import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

export interface HeadingAttributes {
  id?: string;
  part?: string;
  class?: string;
  tabindex?: string;
}

/** `<h{level}>` (kept within h2–h6) with the given attributes around `content`. */
export function heading(level: number, content: unknown, attrs: HeadingAttributes = {}): TemplateResult {
  const tag = unsafeStatic(`h${Math.min(6, Math.max(2, level))}`);
  return staticHtml`<${tag} id=${attrs.id ?? nothing} class=${attrs.class ?? nothing} part=${attrs.part ?? nothing} tabindex=${attrs.tabindex ?? nothing}>${content}</${tag}>`;
}
