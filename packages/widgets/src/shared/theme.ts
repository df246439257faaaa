// Theme application for widgets: the chosen theme's `--mc-*` declarations go on `:host` through a
// constructed stylesheet adopted by the widget's shadow root. Nothing is written into the page's
// <head>, no inline <style> is needed (works under a strict CSP), and CSS the host page writes on
// the widget tag itself still wins over `:host` rules.
//
// Themes load on demand: `loadThemeStylesheet(id)` imports that one theme's module (its own lazy
// chunk in the CDN build, ~1 KB gzip), so a page fetches only the themes its widgets use, and a
// widget without `theme` fetches none (the components' `var(--mc-x, <default>)` fallbacks are the
// default theme). Until the theme has arrived the widget shows the default look; the request starts
// with the first render, in parallel with the widget's API request, and `mc-ready` waits for it.
import { themeIds, loadThemeStylesheet, type ThemeId } from '@motcua/tokens';
import { fitRoot, sourceSheet, warnDev } from '@motcua/ui';

const sheets = new Map<ThemeId, Promise<CSSStyleSheet>>();
/** The sheets already built, for a synchronous apply (no flash for the page's next widgets). */
const ready = new Map<ThemeId, CSSStyleSheet>();
const ALL = new WeakSet<CSSStyleSheet>();
/** The theme each shadow root asked for last (an older load that arrives late is ignored). */
const wanted = new WeakMap<ShadowRoot, string>();

export function isThemeId(value: string): value is ThemeId {
  return (themeIds as readonly string[]).includes(value);
}

/** One shared constructed stylesheet per theme (every widget on the page adopts the same one). */
export function themeSheet(id: ThemeId): Promise<CSSStyleSheet> {
  let sheet = sheets.get(id);
  if (!sheet) {
    sheet = loadThemeStylesheet(id).then((text) => {
      const built = new CSSStyleSheet();
      built.replaceSync(text);
      ALL.add(built);
      ready.set(id, built);
      return built;
    });
    // A failed load (the chunk could not be fetched) may be retried by the next widget.
    sheet.catch(() => sheets.delete(id));
    sheets.set(id, sheet);
  }
  return sheet;
}

function adopt(root: ShadowRoot, sheet: CSSStyleSheet | undefined): void {
  const others = root.adoptedStyleSheets.filter((s) => !ALL.has(sourceSheet.get(s) ?? s));
  // The theme comes first so the component's own rules (which read the variables) are unaffected.
  root.adoptedStyleSheets = sheet ? [sheet, ...others] : others;
  // On a page with another root font size, the theme's copy in px (@motcua/ui rem.ts).
  fitRoot(root);
}

/**
 * Adopts the stylesheet of `theme` into `root` (replacing a previous theme). An empty value
 * removes the theme: the widget then inherits the page's `--mc-*` values or the defaults.
 * Resolves once the theme is applied (at once when it is already loaded, or empty/invalid); a theme
 * that fails to load leaves the default look (and resolves: the widget itself still works).
 */
export function applyTheme(root: ShadowRoot | null | undefined, theme: string, tag = 'mc-widget'): Promise<void> {
  if (!root) return Promise.resolve();
  wanted.set(root, theme);
  if (!theme) {
    adopt(root, undefined);
    return Promise.resolve();
  }
  if (!isThemeId(theme)) {
    warnDev(`<${tag}> theme="${theme}" is not valid; use one of: ${themeIds.join(', ')}.`);
    adopt(root, undefined);
    return Promise.resolve();
  }
  const loaded = ready.get(theme);
  if (loaded) {
    adopt(root, loaded);
    return Promise.resolve();
  }
  return themeSheet(theme).then(
    (sheet) => {
      if (wanted.get(root) === theme) adopt(root, sheet);
    },
    (error: unknown) => {
      warnDev(`<${tag}> theme="${theme}" could not be loaded (${String(error)}); the default look is kept.`);
    },
  );
}
