// Loaded by rem.ts only on a page whose root font size is not the reader's: copies of our
// stylesheets with every rem length in px of the reader's size (one copy per sheet, shared by
// every element that adopts it), applied to the shadow roots already on the page and, through
// rem.ts, to every root connected later. A sheet without rem is kept as it is.

export function fitter(px: number, sources: WeakMap<CSSStyleSheet, CSSStyleSheet>): (root: ShadowRoot) => void {
  const copies = new WeakMap<CSSStyleSheet, CSSStyleSheet>();
  const fit = (root: ShadowRoot) => {
    root.adoptedStyleSheets = root.adoptedStyleSheets.map((sheet) => {
      let copy = copies.get(sheet);
      if (!copy) {
        const text = [...sheet.cssRules].map((r) => r.cssText).join('');
        copies.set(sheet, (copy = /rem\b/.test(text) ? new CSSStyleSheet() : sheet));
        copies.set(copy, copy);
        if (copy !== sheet) {
          sources.set(copy, sheet);
          copy.replaceSync(text.replace(/([\d.]+)rem\b/g, (_, n: string) => `${+n * px}px`));
        }
      }
      return copy;
    });
  };
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*'))
      if (el.shadowRoot) {
        fit(el.shadowRoot);
        walk(el.shadowRoot);
      }
  };
  walk(document);
  return fit;
}
