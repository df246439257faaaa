// Sizes that follow the reader, not the host page. Our styles are written in rem (tokens and
// components), and `rem` is the font size of the host page's <html>: a commune theme with
// `html { font-size: 62.5% }` would shrink every widget to 10 px text. A widget's :host has
// `font-size: medium` (the reader's own browser setting, see isolation.ts); when the page's root
// size differs from it, the rem lengths of every shadow root on the page are rewritten to that
// size in px. Pages that leave the root alone (most) pay nothing: no sheet is copied.

/** px of one rem for our shadow roots, once a widget has found that the page's root size differs. */
let remPx = 0;
const fitted = new WeakMap<CSSStyleSheet, CSSStyleSheet>();

/** `host` has `font-size: medium`: compares it with the page's root size (once per page). */
export function measureRem(host: Element): void {
  if (remPx) return;
  const medium = parseFloat(getComputedStyle(host).fontSize);
  if (Math.abs(medium - parseFloat(getComputedStyle(document.documentElement).fontSize)) > 0.1) remPx = medium;
}

/** CSS text with its rem lengths in px (unchanged while the page's root size is the reader's). */
export function fitRem(text: string): string {
  return remPx ? text.replace(/(\d*\.?\d+)rem\b/g, (_, n: string) => `${+n * remPx}px`) : text;
}

/** Replaces the adopted sheets of `root` that hold rem lengths by their fitted copies. */
export function fitRoot(root: Node | undefined | null): void {
  if (!remPx || !(root instanceof ShadowRoot)) return;
  root.adoptedStyleSheets = root.adoptedStyleSheets.map((sheet) => {
    let copy = fitted.get(sheet);
    if (!copy) {
      const text = [...sheet.cssRules].map((r) => r.cssText).join('');
      copy = /rem\b/.test(text) ? new CSSStyleSheet() : sheet;
      if (copy !== sheet) copy.replaceSync(fitRem(text));
      fitted.set(sheet, copy);
      fitted.set(copy, copy);
    }
    return copy;
  });
}
