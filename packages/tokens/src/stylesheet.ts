import { themes, motionDurationNames, type ThemeId } from './generated/themes.js';

/**
 * A theme as a stylesheet for a shadow root or a page (the same rules as `dist/css/<id>.css`):
 * `:root, :host` declarations, the page-level font for `:root` only, and motion durations zeroed
 * under `prefers-reduced-motion: reduce`.
 */
export function themeStylesheet(id: ThemeId): string {
  const theme = themes[id];
  const rule = (selector: string, declarations: string): string =>
    declarations ? `${selector} { ${declarations} }\n` : '';
  return (
    rule(':root, :host', theme.css) +
    rule(':root', theme.rootCss) +
    `@media (prefers-reduced-motion: reduce) { :root, :host { ${motionDurationNames.map((n) => `${n}: 0ms;`).join(' ')} } }\n`
  );
}
