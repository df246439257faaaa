// Sizes that follow the reader, not the host page. Our styles are written in rem (tokens and
// components), and `rem` is the font size of the host page's <html>: a commune theme with
// `html { font-size: 62.5% }` would shrink every widget to 10 px text. A widget's :host has
// `font-size: medium` (the reader's own browser setting, see the widgets' isolation.ts); when the
// page's root size differs from it, rem-fit.ts (loaded only then: most pages leave the root alone
// and pay only for this check) rewrites the rem lengths of our shadow roots to that size in px.

let fit: ((root: ShadowRoot) => void) | undefined;
/** A fitted copy → the sheet it was made from (a theme's, for theme.ts to replace it). */
export const sourceSheet = new WeakMap<CSSStyleSheet, CSSStyleSheet>();
let checked = false;
const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);

/** `host` has `font-size: medium`: compares it with the page's root size (once per page). */
export const measureRem = (host: Element): void => {
  if (checked) return;
  checked = true;
  const px = size(host);
  if (Math.abs(px - size(document.documentElement)) > 0.1) void import('./rem-fit.js').then((m) => (fit = m.fitter(px, sourceSheet)));
};

/** Gives `root` its fitted sheets, once rem-fit.ts is loaded (it fits the roots already there itself). */
export const fitRoot = (root: Node | null | undefined): void => {
  if (fit && root instanceof ShadowRoot) fit(root);
};
