// Language of a component = the nearest `lang` attribute above it, crossing shadow roots, so a
// widget embedded in `<div lang="en">` or inside another component's shadow DOM follows the page.
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/** The raw `lang` in force for a node, walking up through shadow hosts; '' when none is set. */
export function findLang(start: Node): string {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

/** Maps a BCP 47 tag to a supported locale: "en-GB" → "en"; unknown or empty → Vietnamese. */
export function toLocale(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : DEFAULT_LOCALE;
}

/** Anything that wants to hear when some `lang` attribute in the document changes. */
export interface LangListener {
  langChanged(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/**
 * One MutationObserver for the whole document (not one per element): `lang` changes are rare,
 * and each listener re-resolves its own language cheaply when told.
 */
export function observeLang(listener: LangListener): void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const l of [...listeners]) l.langChanged();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unobserveLang(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}
