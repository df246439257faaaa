// Theme application for widgets: the chosen theme's `--mc-*` declarations go on `:host` through a
// constructed stylesheet adopted by the widget's shadow root. Nothing is written into the page's
// <head>, no inline <style> is needed (works under a strict CSP), and CSS the host page writes on
// the widget tag itself still wins over `:host` rules.
import { themeIds, themeStylesheet, type ThemeId } from '@motcua/tokens';
import { warnDev } from '@motcua/ui';

const sheets = new Map<ThemeId, CSSStyleSheet>();

export function isThemeId(value: string): value is ThemeId {
  return (themeIds as readonly string[]).includes(value);
}

/** One shared constructed stylesheet per theme (every widget on the page adopts the same one). */
export function themeSheet(id: ThemeId): CSSStyleSheet {
  let sheet = sheets.get(id);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(themeStylesheet(id));
    sheets.set(id, sheet);
  }
  return sheet;
}

const ALL = new WeakSet<CSSStyleSheet>();

/**
 * Adopts the stylesheet of `theme` into `root` (replacing a previous theme). An empty value
 * removes the theme: the widget then inherits the page's `--mc-*` values or the defaults.
 */
export function applyTheme(root: ShadowRoot | null | undefined, theme: string, tag = 'mc-widget'): void {
  if (!root) return;
  const others = root.adoptedStyleSheets.filter((s) => !ALL.has(s));
  if (!theme) {
    root.adoptedStyleSheets = others;
    return;
  }
  if (!isThemeId(theme)) {
    warnDev(`<${tag}> theme="${theme}" is not valid; use one of: ${themeIds.join(', ')}.`);
    root.adoptedStyleSheets = others;
    return;
  }
  const sheet = themeSheet(theme);
  ALL.add(sheet);
  // The theme comes first so the component's own rules (which read the variables) are unaffected.
  root.adoptedStyleSheets = [sheet, ...others];
}
